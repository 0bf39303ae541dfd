/**
 * Loads the packaged corpus into IndexedDB when the package holds a version the database does not
 * have (first install, update). Atomic: the new version is written beside the active one, checked
 * (every shard's count), and only then switched on; a crash or error half-way leaves the previous
 * archive active, and the half-written records are removed by the next load.
 */
import type { CorpusManifest, PersonRow } from '@/core/protocol/corpus-manifest';
import type { Article } from '@/core/protocol/types';
import type { ActiveArchive, ArchiveDb } from './archive-db';

/** Where the corpus files come from: the extension package (`packaged-corpus.ts`), or a test. */
export interface CorpusSource {
  manifest(): Promise<CorpusManifest>;
  /** A shard's records, checked against its schema and the manifest's version. */
  articleShard(file: string): Promise<Article[]>;
  peopleShard(file: string): Promise<PersonRow[]>;
}

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
  const active = await db.active();
  if (active?.version === manifest.corpusVersion) return active;

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
