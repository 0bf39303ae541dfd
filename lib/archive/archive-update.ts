/**
 * Every change of the archive that involves the user's imports goes through `commitArchive`: it
 * builds the whole archive again (the packaged corpus plus the collections to keep plus a new one)
 * with `archive-builder.ts`, writes it as a new version beside the active one and switches to it in
 * one write. A failure or a closed browser before the switch leaves the previous archive active and
 * readable; what was half written is removed by the next change or load. The import worker, the
 * options page (removing a collection) and the background (an update with a new packaged corpus)
 * all call it.
 */
import { matcherAnswer } from '@/core/mentions/matcher-answer';
import type { CorpusManifest } from '@/core/protocol/corpus-manifest';
import { type BuiltArchive, type BundledCorpus, buildArchive } from './archive-builder';
import type { ActiveArchive, ArchiveDb, CollectionInfo, ImportedArticle } from './archive-db';
import type { CorpusSource } from './packaged-corpus';

/** Why an archive change failed; `quota`: the disk (or the browser's share of it) is full. */
export class ArchiveUpdateError extends Error {
  override name = 'ArchiveUpdateError';
  constructor(
    message: string,
    readonly reason: 'quota' | 'storage' | 'not-ready',
  ) {
    super(message);
  }
}

/** Records per write transaction: big enough to be quick, small enough to keep memory flat. */
const WRITE_BATCH = 500;

export type UpdatePhase = 'building' | 'writing';

export async function readBundled(packaged: CorpusSource): Promise<BundledCorpus> {
  const [manifest, articles, people] = await Promise.all([
    packaged.manifest(),
    packaged.allArticles(),
    packaged.registry(),
  ]);
  return { version: manifest.corpusVersion, articles, people };
}

function isQuota(error: unknown): boolean {
  return (error as { name?: string } | null)?.name === 'QuotaExceededError';
}

/** A fresh version name: a combined archive has no build hash, and two must never collide. */
function newVersion(bundledVersion: string): string {
  const random = Math.random().toString(36).slice(2, 10);
  return `${bundledVersion}+${Date.now().toString(36)}${random}`;
}

export interface CommitResult {
  active: ActiveArchive;
  built: BuiltArchive;
}

/**
 * Makes the archive `bundled` + the stored imports of `collections` + `added` (not stored yet; its
 * collection must be in `collections`). With no collection left, it is the package alone, the
 * package's own search index and registry read as before.
 */
export async function commitArchive(
  db: ArchiveDb,
  bundled: BundledCorpus,
  collections: readonly CollectionInfo[],
  added: readonly ImportedArticle[] = [],
  onPhase: (phase: UpdatePhase) => void = () => {},
  options: { minDiscoveredArticles?: number } = {},
): Promise<CommitResult> {
  // No active archive (damaged, or switched off): the new one is built from the package and the
  // stored imports all the same; the user's collections are those saved with the last switch.
  const previous = await db.active();
  const previousIds = (await db.collections())?.map((c) => c.id) ?? null;
  const fresh = new Set(added.map((a) => a.collection));
  onPhase('building');
  const stored = (
    await Promise.all(collections.filter((c) => !fresh.has(c.id)).map((c) => db.importedOf(c.id)))
  ).flat();
  const built = buildArchive(bundled, [...stored, ...added], options);
  const withImports = collections.length > 0;
  const version = newVersion(bundled.version);
  onPhase('writing');
  try {
    // Leftovers of an earlier change that did not finish, never the active archive.
    await db.deleteOtherVersions(previous?.version ?? null);
    await db.deleteImportedExcept(previousIds);
    for (let at = 0; at < added.length; at += WRITE_BATCH)
      await db.putImported(added.slice(at, at + WRITE_BATCH));
    for (let at = 0; at < built.articles.length; at += WRITE_BATCH)
      await db.putArticles(version, built.articles.slice(at, at + WRITE_BATCH));
    for (let at = 0; at < built.rows.length; at += WRITE_BATCH)
      await db.putPeople(version, built.rows.slice(at, at + WRITE_BATCH));
    // Packed here, once: the worker then answers pages without compiling the combined registry.
    if (withImports) await db.putIndex(version, built.index, JSON.stringify(matcherAnswer(built.people)));
    const written = await db.count('articles', version);
    if (written !== built.articles.length)
      throw new ArchiveUpdateError(`${written} articles stored of ${built.articles.length}`, 'storage');
  } catch (error) {
    // Give the space back; the previous archive was never touched.
    await db.deleteOtherVersions(previous?.version ?? null).catch(() => {});
    await db.deleteImportedExcept(previousIds).catch(() => {});
    if (error instanceof ArchiveUpdateError) throw error;
    throw new ArchiveUpdateError(
      error instanceof Error ? error.message : String(error),
      isQuota(error) ? 'quota' : 'storage',
    );
  }
  const counts: CorpusManifest['counts'] = built.counts;
  const active: ActiveArchive = {
    version,
    counts,
    recent: built.recent,
    bundledVersion: bundled.version,
    ...(withImports ? { collections: [...collections], registry: built.people, ownIndex: true } : {}),
  };
  await db.activate(active);
  // From here on the new archive is in use: tidying up may fail without harm (the next change does it).
  await db.deleteOtherVersions(version).catch(() => {});
  await db.deleteImportedExcept(collections.map((c) => c.id)).catch(() => {});
  return { active, built };
}

/** The archive without one collection (the bundled corpus cannot be removed). */
export async function removeCollection(
  db: ArchiveDb,
  bundled: BundledCorpus,
  collectionId: string,
): Promise<ActiveArchive> {
  const collections = await db.collections();
  if (!collections)
    throw new ArchiveUpdateError('the archive is damaged: it is being prepared again', 'not-ready');
  const kept = collections.filter((c) => c.id !== collectionId);
  return (await commitArchive(db, bundled, kept)).active;
}
