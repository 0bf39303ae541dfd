/**
 * The archive store on IndexedDB (fake-indexeddb in Node): first load and switch, reloads that
 * read nothing, updates, a load that fails half-way (the previous archive stays), a full disk, a
 * database that cannot be opened, a damaged one (lost records, a garbage active record, deleted
 * under the worker), broken packaged files, and the packaged matcher, good or damaged. The package is the seed corpus cut
 * into small shards by the pipeline, served from memory.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { matcherAnswer } from '@/core/mentions/matcher-answer';
import { matcherFromParts } from '@/core/mentions/mention-matcher';
import { packMatcher, unpackMatcher } from '@/core/mentions/packed-matcher';
import type { CorpusManifest } from '@/core/protocol/corpus-manifest';
import type { ResponseMap } from '@/core/protocol/messages';
import type { BuiltCorpus } from '@/core/protocol/types';
import { buildSearchIndex, searchIndexParts } from '@/core/search/search-index';
import { foldTable } from '@/core/text/fold';
import { ArchiveDb } from '@/lib/archive/archive-db';
import { CorpusFileError, PackagedCorpus } from '@/lib/archive/packaged-corpus';
import { buildPersonCards } from '@/pipeline/cards/person-card';
import { buildCorpus } from '@/pipeline/corpus-builder';
import { parsePeopleRegistry } from '@/pipeline/people/people-registry';
import { corpusShardFiles } from '@/pipeline/shards/corpus-shards';
import { FIXTURE_PEOPLE, fixtureSeedFiles } from '@/test/fixtures/paths';
import { ArchiveLoadError, loadArchive } from './archive-loader';
import { CorpusStore } from './corpus-store';
import { handleRequest } from './request-handler';

const registry = parsePeopleRegistry(JSON.parse(readFileSync(FIXTURE_PEOPLE, 'utf8')), 'people.json');
const SEEDS = buildCorpus(fixtureSeedFiles(), registry).corpus;
const [NEWEST, SECOND] = [SEEDS.articles[2], SEEDS.articles[0]];

/** The package's files for a corpus, in shards small enough that each article has its own. */
function packageOf(corpus: BuiltCorpus, firstShard?: number): Map<string, string> {
  const cards = buildPersonCards(corpus, 'tr');
  const index = searchIndexParts(buildSearchIndex(corpus, { firstShard }));
  const files = new Map(
    corpusShardFiles(corpus, corpus.registry.people, cards, index, { maxBytes: 8 * 1024 }),
  );
  files.set('registry.json', JSON.stringify({ version: 1, people: corpus.registry.people }));
  files.set('cards.json', JSON.stringify(cards));
  return files;
}

const FULL = packageOf(SEEDS);
const SMALLER = packageOf({ ...SEEDS, articles: SEEDS.articles.slice(1) });

/**
 * A package served from memory; `read` lists the files fetched, `broken` makes some fail, `hold`
 * delays some (a slow disk).
 */
function served(
  files: Map<string, string>,
  broken: (name: string) => string | Error | null = () => null,
  hold: (name: string) => Promise<void> = async () => {},
) {
  const read: string[] = [];
  const packaged = new PackagedCorpus(async (path) => {
    const name = path.replace(/^\/corpus\//u, '');
    read.push(name);
    await hold(name);
    const fault = broken(name);
    if (fault instanceof Error) throw fault;
    if (fault !== null) return fault;
    const text = files.get(name);
    if (text === undefined) throw new CorpusFileError(`bundled ${path} is missing (404)`);
    return text;
  });
  return { packaged, read };
}

let dbCount = 0;
const freshName = () => `test-archive-${dbCount++}`;

function shardsRead(read: readonly string[]): string[] {
  return read.filter((name) => /^(articles|people)-\d{3}\.json$/u.test(name));
}

describe('the archive store', () => {
  it('loads the package into IndexedDB, then answers from it without reading a shard', async () => {
    const name = freshName();
    const { packaged, read } = served(FULL);
    const store = new CorpusStore({ packaged, openDb: () => ArchiveDb.open(name) });
    expect(store.status()).toEqual({ state: 'preparing', done: 0, total: 0 });
    await store.prepare();
    expect(store.status()).toEqual({ state: 'ready', articles: 3 });
    const loaded = read.length;
    expect(shardsRead(read).length).toBeGreaterThanOrEqual(4); // 3 article shards and the people

    expect((await store.article(SECOND?.id ?? ''))?.title).toBe(SECOND?.title);
    expect(await store.article('no-such-article')).toBeNull();
    expect((await store.recent(1)).map((a) => a.id)).toEqual([NEWEST?.id]);
    const khamenei = await store.person('ali-khamenei');
    expect(khamenei?.stats.articles.length).toBeGreaterThan(0);
    expect((await store.card('ali-khamenei'))?.person.id).toBe('ali-khamenei');
    expect(await store.card('nobody')).toBeNull();
    expect(read.length).toBe(loaded);
  });

  it('answers requests through the handler, search included, reading only the index parts', async () => {
    const name = freshName();
    const { packaged, read } = served(FULL);
    const store = new CorpusStore({ packaged, openDb: () => ArchiveDb.open(name) });
    await store.prepare();
    const before = shardsRead(read).length;
    const found = (await handleRequest({ type: 'search', query: 'hamaney' }, store)) as ResponseMap['search'];
    expect(found.hits[0]).toMatchObject({ kind: 'person', id: 'ali-khamenei' });
    expect(found.hits.some((h) => h.kind === 'article' && h.snippet.some((p) => p.mark))).toBe(true);
    expect(shardsRead(read).length).toBe(before);
    expect(await handleRequest({ type: 'corpus-status' }, store)).toEqual({ state: 'ready', articles: 3 });
    const person = (await handleRequest(
      { type: 'get-person', personId: 'ali-khamenei' },
      store,
    )) as ResponseMap['get-person'];
    expect(person?.articles.some((a) => Object.keys(a.quotes).length > 0)).toBe(true);
  });

  it('reads nothing but the manifest when the database already holds the version', async () => {
    const name = freshName();
    await new CorpusStore({ packaged: served(FULL).packaged, openDb: () => ArchiveDb.open(name) }).prepare();
    const again = served(FULL);
    const store = new CorpusStore({ packaged: again.packaged, openDb: () => ArchiveDb.open(name) });
    await store.prepare();
    expect(store.status().state).toBe('ready');
    expect(again.read).toEqual(['manifest.json']);
  });

  it('answers a request made as the worker starts from the database, not from package shards', async () => {
    const name = freshName();
    await new CorpusStore({ packaged: served(FULL).packaged, openDb: () => ArchiveDb.open(name) }).prepare();
    const again = served(FULL);
    const store = new CorpusStore({ packaged: again.packaged, openDb: () => ArchiveDb.open(name) });
    void store.prepare();
    const [article, person] = await Promise.all([
      store.article(SECOND?.id ?? ''),
      store.person('ali-khamenei'),
    ]);
    expect(article?.title).toBe(SECOND?.title);
    expect(person?.person.id).toBe('ali-khamenei');
    expect(shardsRead(again.read)).toEqual([]);
  });

  it('answers from the package while a first load is under way, without waiting for it', async () => {
    const name = freshName();
    let release = () => {};
    const held = new Promise<void>((done) => {
      release = done;
    });
    // The load's first article shard never arrives until released; the answer must not wait for it.
    let holding = true;
    const { packaged } = served(FULL, undefined, (file) =>
      holding && file === 'articles-000.json' ? held : Promise.resolve(),
    );
    const store = new CorpusStore({ packaged, openDb: () => ArchiveDb.open(name) });
    const loading = store.prepare();
    await vi.waitFor(() => {
      const status = store.status();
      expect(status.state === 'preparing' && status.total > 0).toBe(true);
    });
    holding = false;
    expect((await store.person('ali-khamenei'))?.person.id).toBe('ali-khamenei');
    release();
    await loading;
    expect(store.status().state).toBe('ready');
  });

  it('switches to a new version on update and removes the old records', async () => {
    const name = freshName();
    await new CorpusStore({ packaged: served(FULL).packaged, openDb: () => ArchiveDb.open(name) }).prepare();
    const store = new CorpusStore({ packaged: served(SMALLER).packaged, openDb: () => ArchiveDb.open(name) });
    await store.prepare();
    expect(store.status()).toEqual({ state: 'ready', articles: 2 });
    const db = await ArchiveDb.open(name);
    const active = await db.active();
    expect(await db.count('articles', active?.version ?? '')).toBe(2);
    const old = JSON.parse(FULL.get('manifest.json') as string).corpusVersion as string;
    expect(await db.count('articles', old)).toBe(0);
    db.close();
  });

  it('keeps the previous archive when a load fails half-way, and says so', async () => {
    const name = freshName();
    await new CorpusStore({
      packaged: served(SMALLER).packaged,
      openDb: () => ArchiveDb.open(name),
    }).prepare();
    const previous = JSON.parse(SMALLER.get('manifest.json') as string).corpusVersion as string;
    // The update's last article shard cannot be read: the others are written, then the load stops.
    const shards = JSON.parse(FULL.get('manifest.json') as string).articleShards as {
      file: string;
      count: number;
    }[];
    const last = shards[shards.length - 1] as { file: string; count: number };
    expect(shards.length).toBeGreaterThan(1);
    const { packaged } = served(FULL, (file) => (file === last.file ? new Error('disk error') : null));
    const store = new CorpusStore({ packaged, openDb: () => ArchiveDb.open(name) });
    await store.prepare();
    expect(store.status()).toMatchObject({ state: 'fallback', reason: 'storage', message: 'disk error' });

    const db = await ArchiveDb.open(name);
    expect((await db.active())?.version).toBe(previous);
    expect(await db.count('articles', previous)).toBe(2);
    const next = JSON.parse(FULL.get('manifest.json') as string).corpusVersion as string;
    expect(await db.count('articles', next)).toBe(3 - last.count); // half-written, never switched on
    db.close();

    // Meanwhile requests read the package, consistent with its search index.
    expect((await store.article(NEWEST?.id ?? ''))?.id).toBe(NEWEST?.id);
    expect((await store.recent(5)).length).toBe(3);

    // The next start loads the update whole and removes the half-written records.
    const retry = new CorpusStore({ packaged: served(FULL).packaged, openDb: () => ArchiveDb.open(name) });
    await retry.prepare();
    expect(retry.status()).toEqual({ state: 'ready', articles: 3 });
    const after = await ArchiveDb.open(name);
    expect(await after.count('articles', previous)).toBe(0);
    after.close();
  });

  it('falls back to the package when the disk is full', async () => {
    const name = freshName();
    const openDb = async () => {
      const db = await ArchiveDb.open(name);
      vi.spyOn(db, 'putArticles').mockRejectedValue(new DOMException('no space left', 'QuotaExceededError'));
      return db;
    };
    const store = new CorpusStore({ packaged: served(FULL).packaged, openDb });
    await store.prepare();
    expect(store.status()).toMatchObject({ state: 'fallback', reason: 'quota' });
    expect((await store.person('ali-khamenei'))?.person.id).toBe('ali-khamenei');
    expect((await store.card('ali-khamenei'))?.person.id).toBe('ali-khamenei');
  });

  it('falls back to the package when IndexedDB cannot be opened or a read fails', async () => {
    const store = new CorpusStore({
      packaged: served(FULL).packaged,
      openDb: () => Promise.reject(new DOMException('corrupt', 'UnknownError')),
    });
    await store.prepare();
    expect(store.status()).toMatchObject({ state: 'fallback', reason: 'storage', message: 'corrupt' });
    expect((await store.articles([NEWEST?.id ?? '', 'missing'])).map((a) => a.id)).toEqual([NEWEST?.id]);

    const name = freshName();
    const readFails = new CorpusStore({
      packaged: served(FULL).packaged,
      openDb: () => ArchiveDb.open(name),
    });
    await readFails.prepare();
    const db = (readFails as unknown as { archive: { db: ArchiveDb } }).archive.db;
    vi.spyOn(db, 'article').mockRejectedValue(new DOMException('gone', 'UnknownError'));
    expect((await readFails.article(NEWEST?.id ?? ''))?.id).toBe(NEWEST?.id);
    expect(readFails.status()).toMatchObject({ state: 'fallback', reason: 'storage' });
  });
});

describe('a damaged archive', () => {
  /** Runs `change` on the raw database (as another page of the extension could). */
  async function tamper(name: string, change: (db: IDBDatabase) => IDBRequest): Promise<void> {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise((resolve, reject) => {
      const request = change(db);
      request.onsuccess = resolve;
      request.onerror = () => reject(request.error);
    });
    db.close();
  }

  it('answers from the package when records were lost, says so, and loads the archive again next time', async () => {
    const name = freshName();
    const store = new CorpusStore({ packaged: served(FULL).packaged, openDb: () => ArchiveDb.open(name) });
    await store.prepare();
    // An unknown id is just unknown while the archive is whole.
    expect(await store.article('nope')).toBeNull();
    expect(store.status().state).toBe('ready');
    const version = JSON.parse(FULL.get('manifest.json') as string).corpusVersion as string;
    await tamper(name, (db) => db.transaction('articles', 'readwrite').objectStore('articles').clear());
    await tamper(name, (db) =>
      db.transaction('people', 'readwrite').objectStore('people').delete([version, 'ali-khamenei']),
    );

    // A lost record is read from the package, and the store says it fell back.
    expect((await store.articles([NEWEST?.id ?? ''])).map((a) => a.id)).toEqual([NEWEST?.id]);
    expect(store.status()).toMatchObject({ state: 'fallback', reason: 'storage' });
    expect((await store.person('ali-khamenei'))?.person.id).toBe('ali-khamenei');

    const next = served(FULL);
    const restarted = new CorpusStore({ packaged: next.packaged, openDb: () => ArchiveDb.open(name) });
    await restarted.prepare();
    expect(restarted.status()).toEqual({ state: 'ready', articles: 3 });
    expect(shardsRead(next.read).length).toBeGreaterThanOrEqual(4);
    expect((await restarted.person('ali-khamenei'))?.person.id).toBe('ali-khamenei');
  });

  it('loads the archive again when its active record is garbage', async () => {
    const name = freshName();
    await new CorpusStore({ packaged: served(FULL).packaged, openDb: () => ArchiveDb.open(name) }).prepare();
    await tamper(name, (db) =>
      db.transaction('meta', 'readwrite').objectStore('meta').put({ version: 7, recent: 'x' }, 'active'),
    );
    const next = served(FULL);
    const store = new CorpusStore({ packaged: next.packaged, openDb: () => ArchiveDb.open(name) });
    await store.prepare();
    expect(store.status()).toEqual({ state: 'ready', articles: 3 });
    expect(shardsRead(next.read).length).toBeGreaterThanOrEqual(4);
    expect((await store.recent(1)).map((a) => a.id)).toEqual([NEWEST?.id]);
  });

  it('lets go of the database when it is deleted, and answers from the package', async () => {
    const name = freshName();
    const store = new CorpusStore({ packaged: served(FULL).packaged, openDb: () => ArchiveDb.open(name) });
    await store.prepare();
    // Articles read before are kept in memory: the deletion must not hide behind them.
    await store.articles([SECOND?.id ?? '']);
    await new Promise((resolve, reject) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = resolve;
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('blocked by the store'));
    });
    // Said at once, before any read fails.
    expect(store.status()).toMatchObject({ state: 'fallback', reason: 'storage' });
    expect((await store.articles([SECOND?.id ?? '']))[0]?.title).toBe(SECOND?.title);
    expect((await store.article(SECOND?.id ?? ''))?.title).toBe(SECOND?.title);
    expect(store.status()).toMatchObject({ state: 'fallback', reason: 'storage' });
  });
});

describe('a long first load', () => {
  it('keeps the worker alive while it runs, and stops when it ends', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const { packaged } = served(FULL);
      const read = packaged.peopleShard.bind(packaged);
      let reached: () => void = () => {};
      const atPeople = new Promise<void>((resolve) => {
        reached = resolve;
      });
      vi.spyOn(packaged, 'peopleShard').mockImplementation(async (file) => {
        reached();
        await held;
        return read(file);
      });
      const keepAlive = vi.fn();
      const name = freshName();
      const store = new CorpusStore({ packaged, openDb: () => ArchiveDb.open(name), keepAlive });
      const done = store.prepare();
      await atPeople;
      expect(store.status().state).toBe('preparing');
      vi.advanceTimersByTime(45_000);
      expect(keepAlive).toHaveBeenCalledTimes(2);
      release();
      await done;
      expect(store.status().state).toBe('ready');
      vi.advanceTimersByTime(60_000);
      expect(keepAlive).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('a broken search index part', () => {
  it('fails the search with the file named, and is read again on the next search', async () => {
    const part = 'search-index-000.txt';
    let broken = true;
    const { packaged } = served(FULL, (file) =>
      file === part && broken
        ? (FULL.get(part) as string).replace(/^(baglam-search-index \d+) \w+/u, '$1 old')
        : null,
    );
    const name = freshName();
    const store = new CorpusStore({ packaged, openDb: () => ArchiveDb.open(name) });
    await store.prepare();
    await expect(handleRequest({ type: 'search', query: 'hamaney' }, store)).rejects.toThrow(
      /search-index-000\.txt: corpus version old, the manifest says/u,
    );
    broken = false;
    const found = (await handleRequest({ type: 'search', query: 'hamaney' }, store)) as ResponseMap['search'];
    expect(found.hits.length).toBeGreaterThan(0);
  });
});

describe('articles read lately', () => {
  it('come from memory the second time, in the order asked, and unknown ids are left out', async () => {
    const name = freshName();
    const { packaged } = served(FULL);
    const store = new CorpusStore({ packaged, openDb: () => ArchiveDb.open(name) });
    await store.prepare();
    const ids = SEEDS.articles.map((a) => a.id);
    const reads = vi.spyOn(ArchiveDb.prototype, 'articles');
    expect((await store.articles(ids)).map((a) => a.id)).toEqual(ids);
    expect(reads).toHaveBeenCalledTimes(1);
    const reversed = [...ids].reverse();
    expect((await store.articles(reversed)).map((a) => a.id)).toEqual(reversed);
    expect(reads).toHaveBeenCalledTimes(1);
    expect((await store.articles([ids[0] ?? '', 'no-such-article'])).map((a) => a.id)).toEqual([ids[0]]);
    expect(reads).toHaveBeenLastCalledWith(expect.any(String), ['no-such-article']);
    reads.mockRestore();
  });
});

describe('a search index in shards', () => {
  // Two shards: the newest article, then the two before it.
  const SHARDED = packageOf(SEEDS, 1);
  const manifest = JSON.parse(SHARDED.get('manifest.json') as string) as CorpusManifest;
  const older = new Set(manifest.search.shards[1]);
  const articleHits = (answer: ResponseMap['search']) =>
    answer.hits.filter((h) => h.kind !== 'person').map((h) => h.articleId);
  const search = async (store: CorpusStore) =>
    (await handleRequest({ type: 'search', query: 'dedi' }, store)) as ResponseMap['search'];

  it('answers from the newest shard before older ones load, then from all of them', async () => {
    expect(manifest.search.shards).toHaveLength(2);
    let release = () => {};
    const gate = new Promise<void>((done) => {
      release = done;
    });
    const { packaged: held } = served(SHARDED, undefined, (file) =>
      older.has(file) ? gate : Promise.resolve(),
    );
    const name = freshName();
    const store = new CorpusStore({ packaged: held, openDb: () => ArchiveDb.open(name) });
    await store.prepare();
    const first = await search(store);
    expect(first.complete).toBe(false);
    expect(new Set(articleHits(first))).toEqual(new Set([NEWEST?.id]));
    release();
    await vi.waitFor(async () => expect((await search(store)).complete).toBe(true));
    const all = await search(store);
    expect(articleHits(all)).toContain(NEWEST?.id);
    expect(new Set(articleHits(all)).size).toBeGreaterThan(1);
  });

  it('skips an older shard that cannot be read: the newest results stay, the search completes', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { packaged } = served(SHARDED, (file) => (older.has(file) ? new Error('disk error') : null));
    const name = freshName();
    const store = new CorpusStore({ packaged, openDb: () => ArchiveDb.open(name) });
    await store.prepare();
    await vi.waitFor(async () => expect((await search(store)).complete).toBe(true));
    expect(articleHits(await search(store))).toEqual([NEWEST?.id]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('disk error'));
    warn.mockRestore();
  });
});

describe('loading bad packaged files', () => {
  const stale = (file: string) =>
    file === 'articles-001.json'
      ? (FULL.get(file) as string).replace(/"corpusVersion":"\w+"/u, '"corpusVersion":"old"')
      : null;

  it.each([
    [
      'a manifest that is not JSON',
      (f: string) => (f === 'manifest.json' ? '{"format":' : null),
      /manifest\.json: not valid JSON/u,
    ],
    [
      'a manifest of another format',
      (f: string) => (f === 'manifest.json' ? '{"format":1}' : null),
      /manifest\.json: unexpected content at format/u,
    ],
    ['a shard of another build', stale, /articles-001\.json: corpus version old, the manifest says/u],
    [
      'a shard without ids',
      (f: string) => (f === 'articles-000.json' ? (FULL.get(f) as string).replace(/"id":/u, '"key":') : null),
      /articles-000\.json: unexpected content at articles\.0\.id/u,
    ],
    [
      'a missing shard',
      (f: string) =>
        f === 'people-000.json'
          ? new CorpusFileError('bundled /corpus/people-000.json is missing (404)')
          : null,
      /people-000\.json is missing/u,
    ],
  ])('rejects %s and activates nothing', async (_, broken, message) => {
    const db = await ArchiveDb.open(freshName());
    await expect(loadArchive(db, served(FULL, broken).packaged)).rejects.toThrow(message);
    expect(await db.active()).toBeUndefined();
    db.close();
  });

  it('rejects a shard holding fewer articles than the manifest says', async () => {
    const manifest = JSON.parse(FULL.get('manifest.json') as string);
    manifest.articleShards[0].count = 2;
    const db = await ArchiveDb.open(freshName());
    const broken = (f: string) => (f === 'manifest.json' ? JSON.stringify(manifest) : null);
    await expect(loadArchive(db, served(FULL, broken).packaged)).rejects.toThrow(ArchiveLoadError);
    expect(await db.active()).toBeUndefined();
    db.close();
  });

  it('reports progress shard by shard', async () => {
    const db = await ArchiveDb.open(freshName());
    const seen: [number, number][] = [];
    await loadArchive(db, served(FULL).packaged, (done, total) => seen.push([done, total]));
    const total = seen[0]?.[1] ?? 0;
    expect(seen).toEqual(Array.from({ length: total + 1 }, (_, i) => [i, total]));
    db.close();
  });
});

describe('the packaged matcher (matcher.json)', () => {
  const answerOf = (files: Map<string, string>) =>
    (JSON.parse(files.get('matcher.json') as string) as { answer: ResponseMap['get-matcher'] }).answer;
  /** The store's answer to `get-matcher`, and whether the registry had to be read (and packed). */
  async function getMatcher(broken?: (name: string) => string | Error | null) {
    const { packaged, read } = served(FULL, broken);
    const store = new CorpusStore({ packaged, openDb: () => ArchiveDb.open(freshName()) });
    await store.prepare();
    const answer = (await handleRequest({ type: 'get-matcher' }, store)) as ResponseMap['get-matcher'];
    // Read once per worker: a second request reads no file.
    const before = read.length;
    expect(await handleRequest({ type: 'get-matcher' }, store)).toBe(answer);
    expect(read.length).toBe(before);
    return { answer, packedHere: read.includes('registry.json'), store };
  }

  it('is answered as the build packed it, the registry not even read', async () => {
    const { answer, packedHere } = await getMatcher();
    expect(answer).toEqual(answerOf(FULL));
    expect(packedHere).toBe(false);
    const found = matcherFromParts(unpackMatcher(answer.matcher)).findMentions(
      "Putin'e göre Hamaney’in sözleri",
    );
    expect(found.map((m) => m.personId)).toEqual(['vladimir-putin', 'ali-khamenei']);
  });

  it('is answered before the archive is ready, and without IndexedDB', async () => {
    const { packaged, read } = served(FULL);
    const store = new CorpusStore({ packaged, openDb: () => Promise.reject(new Error('no IndexedDB')) });
    await store.prepare();
    expect(await store.matcher()).toEqual(answerOf(FULL));
    expect(read).not.toContain('registry.json');
  });

  const packedFromRegistry = matcherAnswer(SEEDS.registry.people);
  const withAnswer = (change: (answer: ResponseMap['get-matcher']) => unknown) => (f: string) => {
    if (f !== 'matcher.json') return null;
    const file = JSON.parse(FULL.get(f) as string);
    return JSON.stringify({ ...file, answer: change(file.answer) });
  };
  it.each([
    [
      'missing',
      (f: string) =>
        f === 'matcher.json' ? new CorpusFileError('bundled /corpus/matcher.json is missing (404)') : null,
    ],
    ['not JSON', (f: string) => (f === 'matcher.json' ? '{"format":' : null)],
    [
      'of another build',
      (f: string) =>
        f === 'matcher.json'
          ? (FULL.get(f) as string).replace(/"corpusVersion":"\w+"/u, '"corpusVersion":"old"')
          : null,
    ],
    ['of another packed format', withAnswer((a) => ({ ...a, matcher: { ...a.matcher, format: 1 } }))],
    [
      'cut short inside the trie',
      withAnswer((a) => ({ ...a, matcher: { ...a.matcher, nodes: a.matcher.nodes.slice(0, -3) } })),
    ],
    [
      'with a claimant out of range',
      withAnswer((a) => ({ ...a, matcher: { ...a.matcher, ids: a.matcher.ids.slice(0, 2) } })),
    ],
    [
      'with a label missing',
      withAnswer((a) => ({ ...a, labels: a.labels.slice(a.labels.indexOf('\n') + 1) })),
    ],
    [
      'with a changed folding table',
      withAnswer((a) => ({ ...a, matcher: { ...a.matcher, tables: packMatcherWithFold(a.matcher) } })),
    ],
    [
      'not named by the manifest',
      (f: string) =>
        f === 'manifest.json' ? (FULL.get(f) as string).replace(/,"matcher":"matcher\.json"/u, '') : null,
    ],
  ])('%s: is never sent; the registry is packed instead', async (_, broken) => {
    const { answer, packedHere, store } = await getMatcher(broken);
    expect(packedHere).toBe(true);
    expect(answer).toEqual(packedFromRegistry);
    expect(store.status().state).toBe('ready');
  });

  it('says what is wrong with a damaged one', async () => {
    const problem = (broken: (name: string) => string | Error | null) =>
      served(FULL, broken).packaged.matcher();
    await expect(
      problem(withAnswer((a) => ({ ...a, labels: a.labels.slice(a.labels.indexOf('\n') + 1) }))),
    ).rejects.toThrow(/matcher\.json: \d+ labels for \d+ people/u);
    await expect(
      problem(
        withAnswer((a) => ({ ...a, matcher: { ...a.matcher, tables: packMatcherWithFold(a.matcher) } })),
      ),
    ).rejects.toThrow(/matcher\.json: its folding or character tables are not the ones this version builds/u);
    await expect(
      problem((f) =>
        f === 'matcher.json'
          ? (FULL.get(f) as string).replace(/"corpusVersion":"\w+"/u, '"corpusVersion":"old"')
          : null,
      ),
    ).rejects.toThrow(/matcher\.json: corpus version old, the manifest says/u);
  });
});

/** The packed tables with one folding changed (`A` folds to `b`): well-formed, but not this version's. */
function packMatcherWithFold(matcher: ResponseMap['get-matcher']['matcher']): string {
  const parts = unpackMatcher(matcher);
  const fold = foldTable();
  const original = fold[0x41] as number;
  fold[0x41] = 0x62;
  try {
    return packMatcher(parts).tables;
  } finally {
    fold[0x41] = original;
  }
}
