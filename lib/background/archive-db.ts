/**
 * The archive in IndexedDB (through `idb`): one record per article and per person row, keyed by
 * `[corpus version, id]`, and a `meta` record naming the active version with its counts and recent
 * list. A version is written beside the active one and becomes active in one write, so readers see
 * the old archive or the new one, never half of one (`archive-loader.ts`).
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import * as v from 'valibot';
import {
  type ArticleSummary,
  type CorpusManifest,
  ManifestSchema,
  type PersonRow,
} from '@/core/protocol/corpus-manifest';
import type { Article } from '@/core/protocol/types';

/** The version in use: what readers read. */
export interface ActiveArchive {
  version: string;
  counts: CorpusManifest['counts'];
  recent: ArticleSummary[];
}

/** `meta.active` is checked when read: a damaged record means no archive (it is loaded again). */
const ActiveArchiveSchema = v.object({
  version: v.pipe(v.string(), v.minLength(1)),
  ...v.pick(ManifestSchema, ['counts', 'recent']).entries,
});

interface ArchiveSchema extends DBSchema {
  articles: { key: [string, string]; value: { version: string; id: string; article: Article } };
  people: { key: [string, string]; value: { version: string; id: string; row: PersonRow } };
  meta: { key: string; value: ActiveArchive };
}

export const ARCHIVE_DB_NAME = 'baglam-archive';
const DB_VERSION = 1;
const ACTIVE_KEY = 'active';

type Records = 'articles' | 'people';

export class ArchiveDb {
  private constructor(private readonly db: IDBPDatabase<ArchiveSchema>) {}

  static async open(name = ARCHIVE_DB_NAME): Promise<ArchiveDb> {
    const db = await openDB<ArchiveSchema>(name, DB_VERSION, {
      upgrade(database) {
        database.createObjectStore('articles', { keyPath: ['version', 'id'] });
        database.createObjectStore('people', { keyPath: ['version', 'id'] });
        database.createObjectStore('meta');
      },
      // Someone deletes or upgrades the database (the browser's "clear data", a test): let go of
      // it rather than block them; reads then fail and the store answers from the package.
      blocking(_current, _blocked, event) {
        (event.target as IDBDatabase).close();
      },
    });
    return new ArchiveDb(db);
  }

  close(): void {
    this.db.close();
  }

  async active(): Promise<ActiveArchive | undefined> {
    const stored: unknown = await this.db.get('meta', ACTIVE_KEY);
    const checked = v.safeParse(ActiveArchiveSchema, stored);
    return checked.success ? checked.output : undefined;
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

  /** Makes `archive` the one readers read: a single write, the switch of an atomic load. */
  async activate(archive: ActiveArchive): Promise<void> {
    await this.db.put('meta', archive, ACTIVE_KEY);
  }

  /** Removes every record of any other version: earlier archives and half-written loads. */
  async deleteOtherVersions(keep: string | null): Promise<void> {
    const tx = this.db.transaction(['articles', 'people'], 'readwrite');
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
    await Promise.all(requests);
  }
}
