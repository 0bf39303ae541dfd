/**
 * Loads the packaged corpus into IndexedDB when the package holds a version the database does not
 * have (first install, update). Atomic: the new version is written beside the active one, checked
 * (every shard's count), and only then switched on; a crash or error half-way leaves the previous
 * archive active, and the half-written records are removed by the next load. When the user has
 * imported collections, an update does not drop them: the new package and the stored imports are
 * built into one archive again (`lib/archive/archive-update.ts`).
 */
import type { CorpusManifest } from '@/core/protocol/corpus-manifest';
import { type ActiveArchive, type ArchiveDb, activeBundledVersion } from '@/lib/archive/archive-db';
import { withArchiveLock } from '@/lib/archive/archive-lock';
import { commitArchive, readBundled } from '@/lib/archive/archive-update';
import type { CorpusSource } from '@/lib/archive/packaged-corpus';

/** Shards written so far, of all. */
export type LoadProgress = (done: number, total: number) => void;

export class ArchiveLoadError extends Error {
  override name = 'ArchiveLoadError';
}

/** The active archive after making sure it is the package's version. */
export async function loadArchive(
  db: ArchiveDb,
  source: CorpusSource,
  onProgress: LoadProgress = () => {},
): Promise<ActiveArchive> {
  const manifest = await source.manifest();
  const current = await db.active();
  if (current && activeBundledVersion(current) === manifest.corpusVersion) return current;
  // A change is needed: wait for any import in progress, then look again.
  return withArchiveLock(() => load(db, source, manifest, onProgress));
}

async function load(
  db: ArchiveDb,
  source: CorpusSource,
  manifest: CorpusManifest,
  onProgress: LoadProgress,
): Promise<ActiveArchive> {
  const active = await db.active();
  if (active && activeBundledVersion(active) === manifest.corpusVersion) return active;
  // The user's imports: the active archive's, or, when that record is damaged or was switched off,
  // the list saved with the last switch, or, with that damaged too, what the imported records say.
  // They are built in again, never dropped.
  const collections = (await db.collections()) ?? (await db.recoverCollections());
  if (collections.length > 0) {
    onProgress(0, 1);
    const { active: next } = await commitArchive(db, await readBundled(source), collections);
    onProgress(1, 1);
    return next;
  }

  const version = manifest.corpusVersion;
  // Records of an earlier load that did not finish.
  await db.deleteOtherVersions(active?.version ?? null);
  const total = manifest.articleShards.length + manifest.peopleShards.length;
  let done = 0;
  onProgress(done, total);
  for (const shard of manifest.articleShards) {
    const articles = await source.articleShard(shard.file);
    if (articles.length !== shard.count)
      throw new ArchiveLoadError(
        `${shard.file}: ${articles.length} articles, the manifest says ${shard.count}`,
      );
    await db.putArticles(version, articles);
    onProgress(++done, total);
  }
  for (const shard of manifest.peopleShards) {
    const rows = await source.peopleShard(shard.file);
    if (rows.length !== shard.count)
      throw new ArchiveLoadError(`${shard.file}: ${rows.length} people, the manifest says ${shard.count}`);
    await db.putPeople(version, rows);
    onProgress(++done, total);
  }
  const written = await db.count('articles', version);
  if (written !== manifest.counts.articles)
    throw new ArchiveLoadError(`${written} articles stored, the manifest says ${manifest.counts.articles}`);

  const next: ActiveArchive = { version, counts: manifest.counts, recent: manifest.recent };
  await db.activate(next);
  await db.deleteOtherVersions(version);
  return next;
}
