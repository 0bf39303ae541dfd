/**
 * The archive in IndexedDB (through `idb`): one record per article and per person row, keyed by
 * `[archive version, id]`, a `meta` record naming the active version, and, once the user has
 * imported files, what is needed to rebuild the archive without the files: every imported article
 * with what the builder needs (`imported`, keyed `[collection, id]`), and the combined archive's
 * search index (`indexes`, keyed by version). A version is written beside the active one and
 * becomes active in one write, so readers see the old archive or the new one, never half of one
 * (`archive-loader.ts`, `archive-update.ts`).
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import * as v from 'valibot';
import {
  type ArticleSummary,
  type CorpusManifest,
  ManifestSchema,
  type PersonRow,
} from '@/core/protocol/corpus-manifest';
import type { Article, PersonEntry } from '@/core/protocol/types';
import type { ArticlePersonFacts } from '@/pipeline/people/discovered-people';

/** One collection of the archive as the options page lists it. */
export interface CollectionInfo {
  id: string;
  /** The folder's, zip's or export's name. */
  name: string;
  /** ISO date and time of the import. */
  importedAt: string;
  counts: { files: number; articles: number; quotes: number };
  /** Warnings the import gave (shown in its summary). */
  warnings: number;
}

/** The version in use: what readers read. */
export interface ActiveArchive {
  version: string;
  counts: CorpusManifest['counts'];
  recent: ArticleSummary[];
  /** The packaged corpus it holds (absent: `version` is the package's own). */
  bundledVersion?: string;
  /** The user's imports in it, in import order (absent or empty: the package alone). */
  collections?: CollectionInfo[];
  /** With imports: names and aliases including the people they discovered (else `registry.json`). */
  registry?: PersonEntry[];
  /** With imports: the search index is in `indexes` under `version` (else the packaged parts). */
  ownIndex?: boolean;
}

const text = v.string();
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/**
 * `meta.active` is checked when read: a damaged record means no archive (it is loaded again). The
 * registry an archive with imports carries is checked for what the matcher keys on; it was written
 * by the builder whole.
 */
const CollectionsSchema = v.array(
  v.object({
    id: v.pipe(text, v.minLength(1)),
    name: text,
    importedAt: text,
    counts: v.object({ files: count, articles: count, quotes: count }),
    warnings: count,
  }),
);

const ActiveArchiveSchema = v.object({
  version: v.pipe(text, v.minLength(1)),
  ...v.pick(ManifestSchema, ['counts', 'recent']).entries,
  bundledVersion: v.optional(v.pipe(text, v.minLength(1))),
  collections: v.optional(CollectionsSchema),
  registry: v.optional(
    v.array(
      v.looseObject({
        id: v.pipe(text, v.minLength(1)),
        names: v.looseObject({}),
        aliases: v.looseObject({}),
      }),
    ),
  ),
  ownIndex: v.optional(v.boolean()),
});

/** One imported article with what the builder needs to put the archive together again. */
export interface ImportedArticle {
  collection: string;
  id: string;
  /** The file it came from (with its folder in the import). */
  file: string;
  article: Article;
  /** Its people that are not in the packaged registry. */
  facts: ArticlePersonFacts[];
}

interface ArchiveSchema extends DBSchema {
  articles: { key: [string, string]; value: { version: string; id: string; article: Article } };
  people: { key: [string, string]; value: { version: string; id: string; row: PersonRow } };
  /** `active`: the archive readers read; `collections`: the user's imports, kept apart (below). */
  meta: { key: string; value: ActiveArchive | CollectionInfo[] };
  imported: { key: [string, string]; value: ImportedArticle };
  /**
   * The search index of a version with imports: its people part with the packed matcher
   * (`get-matcher`'s JSON) and its shard count under the version; each shard in a record of its own
   * (`shardKey`), so that a cold start reads the people part and the newest shard only.
   */
  indexes: { key: string; value: { version: string; json: string; matcher?: string; shards?: number } };
}

/** The `indexes` key of a search index shard: after its version's own key, before any other's. */
function shardKey(version: string, n: number | string): string {
  return `${version}#${n}`;
}

export const ARCHIVE_DB_NAME = 'baglam-archive';
/** 1: articles, people, meta. 2: imported, indexes (the upgrade keeps everything of 1). */
const DB_VERSION = 2;
const ACTIVE_KEY = 'active';
/**
 * The collections list is also kept under its own key, written with every switch: a damaged or
 * switched-off `active` record must not cost the user their imports (the next load builds them in
 * again from `imported`).
 */
const COLLECTIONS_KEY = 'collections';

type Records = 'articles' | 'people';

export function activeBundledVersion(active: ActiveArchive): string {
  return active.bundledVersion ?? active.version;
}

export class ArchiveDb {
  private readonly lostListeners = new Set<() => void>();

  private constructor(private readonly db: IDBPDatabase<ArchiveSchema>) {}

  /** Called when the connection was let go because someone deletes or upgrades the database. */
  onLost(listener: () => void): void {
    this.lostListeners.add(listener);
  }

  static async open(name = ARCHIVE_DB_NAME): Promise<ArchiveDb> {
    let archive: ArchiveDb | null = null;
    const db = await openDB<ArchiveSchema>(name, DB_VERSION, {
      upgrade(database, oldVersion) {
        if (oldVersion < 1) {
          database.createObjectStore('articles', { keyPath: ['version', 'id'] });
          database.createObjectStore('people', { keyPath: ['version', 'id'] });
          database.createObjectStore('meta');
        }
        if (oldVersion < 2) {
          database.createObjectStore('imported', { keyPath: ['collection', 'id'] });
          database.createObjectStore('indexes', { keyPath: 'version' });
        }
      },
      // Someone deletes or upgrades the database (the browser's "clear data", a test): let go of
      // it rather than block them; reads then fail and the store answers from the package.
      blocking(_current, _blocked, event) {
        (event.target as IDBDatabase).close();
        for (const listener of archive?.lostListeners ?? []) listener();
      },
    });
    archive = new ArchiveDb(db);
    return archive;
  }

  close(): void {
    this.db.close();
  }

  async active(): Promise<ActiveArchive | undefined> {
    const stored: unknown = await this.db.get('meta', ACTIVE_KEY);
    if (stored === undefined) return undefined;
    const checked = v.safeParse(ActiveArchiveSchema, stored);
    return checked.success ? (checked.output as ActiveArchive) : undefined;
  }

  /**
   * The user's collections: the active archive's, else the list saved with the last switch (the
   * active record damaged or switched off). Null when neither can be read: then nobody knows which
   * imported records are the user's, and none may be removed as leftovers.
   */
  async collections(): Promise<CollectionInfo[] | null> {
    const active = await this.active();
    if (active) return active.collections ?? [];
    const saved: unknown = await this.db.get('meta', COLLECTIONS_KEY);
    if (saved === undefined) return [];
    const checked = v.safeParse(CollectionsSchema, saved);
    return checked.success ? checked.output : null;
  }

  /**
   * The collections the `imported` records belong to, rebuilt from the records themselves: for when
   * `collections()` cannot say (both lists damaged). Named after the folder of their files.
   */
  async recoverCollections(): Promise<CollectionInfo[]> {
    const found = new Map<string, CollectionInfo & { files: Set<string> }>();
    let cursor = await this.db.transaction('imported').store.openCursor();
    while (cursor) {
      const { collection, file, article } = cursor.value;
      let info = found.get(collection);
      if (!info) {
        const name = file.split('/')[0] || collection;
        info = {
          id: collection,
          name,
          importedAt: '',
          counts: { files: 0, articles: 0, quotes: 0 },
          warnings: 0,
          files: new Set(),
        };
        found.set(collection, info);
      }
      info.files.add(file);
      info.counts.articles++;
      info.counts.quotes += article.quotes?.length ?? 0;
      cursor = await cursor.continue();
    }
    return [...found.values()].map(({ files, ...info }) => ({
      ...info,
      counts: { ...info.counts, files: files.size },
    }));
  }

  /** Switches the archive off: the next load writes it again (its records were found damaged). */
  async deactivate(): Promise<void> {
    await this.db.delete('meta', ACTIVE_KEY);
  }

  async article(version: string, id: string): Promise<Article | undefined> {
    return (await this.db.get('articles', [version, id]))?.article;
  }

  /** Several articles in one transaction; unknown ids are left out. */
  async articles(version: string, ids: readonly string[]): Promise<Article[]> {
    const tx = this.db.transaction('articles', 'readonly');
    const found = await Promise.all(ids.map((id) => tx.store.get([version, id])));
    await tx.done;
    return found.flatMap((record) => (record ? [record.article] : []));
  }

  async person(version: string, id: string): Promise<PersonRow | undefined> {
    return (await this.db.get('people', [version, id]))?.row;
  }

  /** One shard's articles under `version`, in one transaction. */
  async putArticles(version: string, articles: readonly Article[]): Promise<void> {
    const tx = this.db.transaction('articles', 'readwrite');
    // Every request awaited with the transaction: a failed put (quota) rejects here, not unhandled.
    await Promise.all([
      ...articles.map((article) => tx.store.put({ version, id: article.id, article })),
      tx.done,
    ]);
  }

  async putPeople(version: string, rows: readonly PersonRow[]): Promise<void> {
    const tx = this.db.transaction('people', 'readwrite');
    await Promise.all([...rows.map((row) => tx.store.put({ version, id: row.id, row })), tx.done]);
  }

  async putIndex(
    version: string,
    index: { base: string; shards: readonly string[] },
    matcher?: string,
  ): Promise<void> {
    const tx = this.db.transaction('indexes', 'readwrite');
    await Promise.all([
      tx.store.put({
        version,
        json: index.base,
        shards: index.shards.length,
        ...(matcher === undefined ? {} : { matcher }),
      }),
      ...index.shards.map((json, n) => tx.store.put({ version: shardKey(version, n), json })),
      tx.done,
    ]);
  }

  /** The packed matcher stored with a version's index (an archive with imports), as JSON text. */
  async matcher(version: string): Promise<string | undefined> {
    return (await this.db.get('indexes', version))?.matcher;
  }

  /** A version's search index: its people part and how many shards it has. */
  async index(version: string): Promise<{ base: string; shards: number } | undefined> {
    const record = await this.db.get('indexes', version);
    return record && { base: record.json, shards: record.shards ?? 0 };
  }

  /** Shard `n` (0 = newest) of a version's search index. */
  async indexShard(version: string, n: number): Promise<string | undefined> {
    return (await this.db.get('indexes', shardKey(version, n)))?.json;
  }

  async putImported(records: readonly ImportedArticle[]): Promise<void> {
    const tx = this.db.transaction('imported', 'readwrite');
    await Promise.all([...records.map((record) => tx.store.put(record)), tx.done]);
  }

  /** The imported articles of one collection, in key order. */
  async importedOf(collection: string): Promise<ImportedArticle[]> {
    return this.db.getAll('imported', IDBKeyRange.bound([collection], [collection, []]));
  }

  /**
   * Removes the imported articles of every collection not in `keep` (removed or half-written);
   * nothing when `keep` is null (the user's collections are unknown: see `collections`).
   */
  async deleteImportedExcept(keep: readonly string[] | null): Promise<void> {
    if (keep === null) return;
    const kept = new Set(keep);
    const tx = this.db.transaction('imported', 'readwrite');
    const collections = new Set((await tx.store.getAllKeys()).map(([collection]) => collection));
    await Promise.all([
      ...[...collections]
        .filter((c) => !kept.has(c))
        .map((c) => tx.store.delete(IDBKeyRange.bound([c], [c, []]))),
      tx.done,
    ]);
  }

  /** Records of `version`, to check a load wrote everything before it is switched on. */
  async count(store: Records, version: string): Promise<number> {
    return this.db.count(store, IDBKeyRange.bound([version], [version, []]));
  }

  /** Whether every record `archive` counts is still there (none lost from a damaged database). */
  async isWhole(archive: ActiveArchive): Promise<boolean> {
    const [articles, people] = await Promise.all([
      this.count('articles', archive.version),
      this.count('people', archive.version),
    ]);
    return articles >= archive.counts.articles && people >= archive.counts.people;
  }

  /** Makes `archive` the one readers read: a single transaction, the switch of an atomic load. */
  async activate(archive: ActiveArchive): Promise<void> {
    const tx = this.db.transaction('meta', 'readwrite');
    await Promise.all([
      tx.store.put(archive, ACTIVE_KEY),
      tx.store.put(archive.collections ?? [], COLLECTIONS_KEY),
      tx.done,
    ]);
  }

  /** Removes every record of any other version: earlier archives and half-written loads. */
  async deleteOtherVersions(keep: string | null): Promise<void> {
    const tx = this.db.transaction(['articles', 'people', 'indexes'], 'readwrite');
    const requests: Promise<unknown>[] = [tx.done];
    for (const store of ['articles', 'people'] as const) {
      const records = tx.objectStore(store);
      if (keep === null) requests.push(records.clear());
      else {
        // Compound keys sort by version first; `[keep, []]` sorts after every `[keep, id]`.
        requests.push(records.delete(IDBKeyRange.upperBound([keep], true)));
        requests.push(records.delete(IDBKeyRange.lowerBound([keep, []], true)));
      }
    }
    const indexes = tx.objectStore('indexes');
    if (keep === null) requests.push(indexes.clear());
    else {
      // `keep` and its shards, `keep#0`… (no version holds a character below `#`), stay.
      requests.push(indexes.delete(IDBKeyRange.upperBound(keep, true)));
      requests.push(indexes.delete(IDBKeyRange.lowerBound(shardKey(keep, '\uffff'), true)));
    }
    await Promise.all(requests);
  }
}
