/**
 * The corpus as the background reads it. On worker start the packaged corpus is loaded into
 * IndexedDB when the database does not hold its version yet (`archive-loader.ts`); from then on
 * every request reads only the records it answers with (one article, one person row, the recent
 * list). While the archive is prepared, or when IndexedDB cannot be used (the disk is full, the
 * database is broken or unavailable), requests read the packaged shards instead (`packaged-corpus.ts`)
 * and `status()` says why. The search index is read from its packaged parts (or, when the archive
 * holds the user's imports, from the archive) on the first search and needs no article: the few a search shows are read afterwards. MV3 stops idle workers, so nothing
 * here assumes it survives — a cold worker opens the database again.
 */

import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { MatcherAnswer } from '@/core/mentions/matcher-answer';
import type { ArticleSummary, PersonRow } from '@/core/protocol/corpus-manifest';
import { type CorpusStatus, MatcherResponseSchema } from '@/core/protocol/messages';
import type { Article, PersonCardData, PersonEntry } from '@/core/protocol/types';
import {
  loadSearchBase,
  loadSearchShard,
  loadSearchShardAsync,
  type SearchIndex,
  withShard,
} from '@/core/search/search-index';
import { type ActiveArchive, ArchiveDb } from '@/lib/archive/archive-db';
import { PackagedCorpus } from '@/lib/archive/packaged-corpus';
import { loadArchive } from './archive-loader';
import { packedMatcherFor } from './matcher-cache';

export interface CorpusStoreOptions {
  packaged?: PackagedCorpus;
  openDb?: () => Promise<ArchiveDb>;
  /** Called every `KEEP_ALIVE_MS` while the archive loads (see `keepWorkerAlive`). */
  keepAlive?: () => void;
}

/** Articles kept in memory after a read (a few MB at most). */
const ARTICLES_KEPT = 200;

/**
 * ms a request waits at most for the worker start's check of the archive (a few ms normally); a
 * database that does not open in that time is read around, from the package.
 */
const CHECK_WAIT_MS = 1_000;

/** Chrome stops a service worker after 30 s without extension API calls. */
const KEEP_ALIVE_MS = 20_000;

/**
 * An extension API call, so that Chrome does not stop the worker in the middle of a long first
 * load (a stopped load starts over on the next start). Nothing where there is no extension API.
 */
function keepWorkerAlive(): void {
  void browser.runtime?.getPlatformInfo?.().catch(() => {});
}

/** A promise and the function that resolves it (Node 20, which runs the tests, lacks `Promise.withResolvers`). */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

function fallbackReason(error: unknown): 'quota' | 'storage' {
  return (error as { name?: string } | null)?.name === 'QuotaExceededError' ? 'quota' : 'storage';
}

async function readStoredMatcher(db: ArchiveDb, version: string): Promise<MatcherAnswer | null> {
  try {
    const text = await db.matcher(version);
    const answer: unknown = text === undefined ? null : JSON.parse(text);
    return v.is(MatcherResponseSchema, answer) ? answer : null;
  } catch {
    return null;
  }
}

/** A search index's parts: the people part's text, the shard count, and each shard on demand. */
interface IndexSource {
  base: string;
  shards: number;
  shard(n: number): Promise<string>;
}

/** The search index while its older shards load: `settled` shards have loaded or failed. */
interface LoadingIndex {
  index: SearchIndex;
  total: number;
  settled: number;
  /** The archive changed: this index is no longer read, its loading stops. */
  dropped?: boolean;
}

export class CorpusStore {
  private readonly packaged: PackagedCorpus;
  private readonly openDb: () => Promise<ArchiveDb>;
  private readonly keepAlive: () => void;
  private current: CorpusStatus = { state: 'preparing', done: 0, total: 0 };
  private archive: { db: ArchiveDb; active: ActiveArchive } | null = null;
  private preparing: Promise<void> | null = null;
  /** Resolved when the archive must be loaded (first run, update): requests then read the package. */
  private loadBegun = signal();
  private index: Promise<LoadingIndex> | null = null;
  /** Articles read lately, by version and id, least recently used first. */
  private readonly readLately = new Map<string, Article>();
  /** The packed matcher an import stored with the archive, read once per version. */
  private storedMatcher: { version: string; answer: Promise<MatcherAnswer | null> } | null = null;
  /** The one the build packed (`matcher.json`), read once per worker; null when it does not read back. */
  private packagedMatcher: Promise<MatcherAnswer | null> | null = null;

  constructor(options: CorpusStoreOptions = {}) {
    this.packaged = options.packaged ?? new PackagedCorpus();
    this.openDb = options.openDb ?? (() => ArchiveDb.open());
    this.keepAlive = options.keepAlive ?? keepWorkerAlive;
  }

  /** Loads the archive if needed; resolves when it is ready or the store has fallen back. */
  prepare(): Promise<void> {
    this.preparing ??= this.load();
    return this.preparing;
  }

  /**
   * Waits until the archive is known, unless it has to be loaded: a request arriving as the worker
   * starts (a cold start) reads the archive's few records once the check is done, instead of whole
   * package shards; one arriving during a first load reads the package meanwhile.
   */
  private async known(): Promise<void> {
    if (this.archive || !this.preparing) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      this.preparing,
      this.loadBegun.promise,
      new Promise<void>((done) => {
        timer = setTimeout(done, CHECK_WAIT_MS);
      }),
    ]);
    clearTimeout(timer);
  }

  status(): CorpusStatus {
    return this.current;
  }

  private async load(): Promise<void> {
    let db: ArchiveDb;
    try {
      db = await this.openDb();
    } catch (error) {
      this.fallBack(error);
      return;
    }
    const alive = setInterval(this.keepAlive, KEEP_ALIVE_MS);
    try {
      const active = await loadArchive(db, this.packaged, (done, total) => {
        this.loadBegun.resolve();
        this.current = { state: 'preparing', done, total };
      });
      const archive = { db, active };
      this.archive = archive;
      // Deleted under the worker: answer from the package at once, and say so (what is kept in
      // memory of the archive would otherwise hide that it is gone).
      db.onLost(() => {
        if (this.archive !== archive) return;
        this.readLately.clear();
        this.fallBack(new Error('the archive database was deleted'));
      });
      this.current = { state: 'ready', articles: active.counts.articles };
    } catch (error) {
      // Whatever was active before stays in the database (the load is atomic), but it is another
      // version than the packaged search index: read the package, consistent with it.
      db.close();
      this.fallBack(error);
    } finally {
      clearInterval(alive);
    }
  }

  private fallBack(error: unknown): void {
    this.archive = null;
    this.current = {
      state: 'fallback',
      reason: fallbackReason(error),
      message: error instanceof Error ? error.message : String(error),
    };
  }

  /**
   * The database's answer; the package's when there is no archive, the read fails, or the database
   * lost records (a damaged archive: the store then falls back, and switches the archive off so
   * that the next worker start loads it again).
   */
  private async read<T>(
    fromDb: (db: ArchiveDb, version: string) => Promise<T>,
    fromPackage: () => Promise<T>,
    found: (value: T) => boolean = (value) => value !== undefined && value !== null,
  ): Promise<T> {
    await this.known();
    const archive = this.archive;
    if (!archive) return fromPackage();
    try {
      const value = await fromDb(archive.db, archive.active.version);
      // Not found: unknown to the corpus, or lost from the database. The record counts tell which.
      if (found(value) || (await archive.db.isWhole(archive.active))) return value;
    } catch (error) {
      this.fallBack(error);
      return fromPackage();
    }
    if (this.archive === archive) {
      this.fallBack(new Error('records are missing from the archive'));
      void archive.db
        .deactivate()
        .catch(() => undefined)
        .finally(() => archive.db.close());
    }
    return fromPackage();
  }

  async article(id: string): Promise<Article | null> {
    const found = await this.read(
      (db, version) => db.article(version, id),
      async () => (await this.packaged.findArticles([id]))[0],
    );
    return found ?? null;
  }

  /**
   * The articles with these ids, in that order. Those read lately come from memory: the results of
   * a query as it is typed are mostly the same few articles, keystroke after keystroke.
   */
  async articles(ids: readonly string[]): Promise<Article[]> {
    if (ids.length === 0) return [];
    const version = this.archive?.active.version;
    const key = (id: string) => `${version}\u0000${id}`;
    const missing = version === undefined ? ids : ids.filter((id) => !this.readLately.has(key(id)));
    const fetched =
      missing.length === 0
        ? []
        : await this.read(
            (db, v) => db.articles(v, missing),
            () => this.packaged.findArticles(missing),
            (found) => found.length === missing.length,
          );
    if (version === undefined) return fetched;
    const byId = new Map(fetched.map((a) => [a.id, a]));
    const out = ids.flatMap((id) => byId.get(id) ?? this.readLately.get(key(id)) ?? []);
    for (const article of out) {
      // Oldest first out: delete and set again moves an article to the end.
      this.readLately.delete(key(article.id));
      this.readLately.set(key(article.id), article);
    }
    for (const oldest of this.readLately.keys()) {
      if (this.readLately.size <= ARTICLES_KEPT) break;
      this.readLately.delete(oldest);
    }
    return out;
  }

  async person(id: string): Promise<PersonRow | null> {
    const row = await this.read(
      (db, version) => db.person(version, id),
      () => this.packaged.findPerson(id),
    );
    return row ?? null;
  }

  /** The hover card: from the person's row, or `cards.json` (one small file) without an archive. */
  async card(id: string): Promise<PersonCardData | null> {
    return this.read(
      async (db, version) => (await db.person(version, id))?.card ?? null,
      async () => {
        const cards = await this.packaged.cards();
        return Object.hasOwn(cards, id) ? (cards[id] ?? null) : null;
      },
    );
  }

  async recent(limit: number): Promise<ArticleSummary[]> {
    await this.known();
    const recent = this.archive?.active.recent ?? (await this.packaged.manifest()).recent;
    return recent.slice(0, limit);
  }

  /** The version of the archive read now, or null while there is none (the package is read). */
  archiveVersion(): string | null {
    return this.archive?.active.version ?? null;
  }

  /**
   * What `get-matcher` answers: the one an import packed with the archive, else (the packaged
   * corpus alone) the one the build packed. One that does not read back is never sent: the
   * registry is packed here instead, once per worker.
   */
  async matcher(): Promise<MatcherAnswer> {
    await this.known();
    const archive = this.archive;
    if (archive?.active.ownIndex) {
      const { version } = archive.active;
      if (this.storedMatcher?.version !== version)
        this.storedMatcher = { version, answer: readStoredMatcher(archive.db, version) };
      const stored = await this.storedMatcher.answer;
      if (stored) return stored;
    } else {
      // Without imports the archive is the package's own version (`loadArchive`): same registry.
      this.packagedMatcher ??= this.packaged.matcher().catch(() => null);
      const packaged = await this.packagedMatcher;
      if (packaged) return packaged;
    }
    return packedMatcherFor(await this.registry());
  }

  /** Names and aliases for the matcher: with imports, the archive's own (their discovered people too). */
  async registry(): Promise<PersonEntry[]> {
    await this.known();
    return this.archive?.active.registry ?? this.packaged.registry();
  }

  /**
   * The options page changed the archive (an import, a removal): forget the one read so far and
   * read the new one, its registry and its search index.
   */
  reload(): Promise<void> {
    // The old connection is left open: a request still reading from it must not fail over to the
    // package (closing it would); it holds nothing back, since no one upgrades the database.
    this.archive = null;
    this.readLately.clear();
    void this.index?.then(
      (loading) => {
        loading.dropped = true;
      },
      () => {},
    );
    this.index = null;
    this.current = { state: 'preparing', done: 0, total: 0 };
    this.loadBegun = signal();
    this.preparing = this.load();
    return this.preparing;
  }

  /** Where the search index's parts are read: the archive's own (it holds imports), or the package's. */
  private async indexSource(): Promise<IndexSource> {
    await this.known();
    const archive = this.archive;
    if (archive?.active.ownIndex) {
      const { db, active } = archive;
      const stored = await db.index(active.version);
      if (stored)
        return {
          base: stored.base,
          shards: stored.shards,
          shard: async (n) => {
            const json = await db.indexShard(active.version, n);
            if (json === undefined) throw new Error(`search index shard ${n} is missing from the archive`);
            return json;
          },
        };
    }
    const packaged = this.packaged;
    const [base, shards] = await Promise.all([packaged.searchBaseText(), packaged.searchShardCount()]);
    return { base, shards, shard: (n) => packaged.searchShardText(n) };
  }

  /**
   * The search index as far as it is loaded: its people part and newest shard before the first
   * answer, older shards one after another behind it (`complete` is false until they are all in).
   * Only the newest shard is waited for, so a cold start answers in the time one small shard
   * takes, whatever the size of the archive.
   */
  async searchIndex(): Promise<{ index: SearchIndex; complete: boolean }> {
    this.index ??= this.openIndex().catch((error: unknown) => {
      this.index = null; // let the next search try again
      throw error;
    });
    const loading = await this.index;
    return { index: loading.index, complete: loading.settled >= loading.total };
  }

  private async openIndex(): Promise<LoadingIndex> {
    const source = await this.indexSource();
    let index = loadSearchBase(source.base, 'search index');
    if (source.shards > 0)
      index = withShard(index, loadSearchShard(await source.shard(0), 'search index shard 0'));
    const loading: LoadingIndex = { index, total: source.shards, settled: Math.min(1, source.shards) };
    void this.loadOlderShards(loading, source);
    return loading;
  }

  private async loadOlderShards(loading: LoadingIndex, source: IndexSource): Promise<void> {
    for (let n = loading.settled; n < loading.total && !loading.dropped; n++) {
      try {
        // Parsed in slices (MiniSearch yields every 1,000 terms): searches keep being answered.
        const json = JSON.parse(await source.shard(n)) as unknown;
        const shard = await loadSearchShardAsync(json, `search index shard ${n}`);
        loading.index = withShard(loading.index, shard);
      } catch (error) {
        // Its articles are missing from results until the worker starts again; the rest still load.
        console.warn(`Bağlam: ${error instanceof Error ? error.message : String(error)}`);
      }
      loading.settled = n + 1;
    }
  }
}
