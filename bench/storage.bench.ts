/**
 * Storage and cold start, the shards + IndexedDB archive against the whole-file design it replaced,
 * in the same run on the same synthetic corpora (1k and 10k articles; 50k with `BENCH_50K=1`):
 * what a stopped worker does before it can answer the first search, the popup's recent list and
 * the person view. "Whole files" parses `articles.json` and `people.json` (and the search index) as
 * the worker did; "archive" opens the database, reads the manifest and answers from the records
 * (and, for search, the index parts) as `lib/background/corpus-store.ts` does now. Files are served
 * from memory (no disk, no `fetch`), IndexedDB is `fake-indexeddb` in Node: the ratios say what is
 * no longer read; Chromium's own IndexedDB and `fetch` add their costs to both columns.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import type { Article, BuiltCorpus, PeopleRegistry, PersonStats } from '../core/protocol/types';
import {
  buildSearchIndex,
  indexToJSON,
  loadSearchIndex,
  search,
  searchIndexParts,
} from '../core/search/search-index';
import { ArchiveDb } from '../lib/archive/archive-db';
import { PackagedCorpus } from '../lib/archive/packaged-corpus';
import { CorpusStore } from '../lib/background/corpus-store';
import { handleRequest } from '../lib/background/request-handler';
import { buildPersonCards } from '../pipeline/cards/person-card';
import { buildCorpus } from '../pipeline/corpus-builder';
import { corpusShardFiles } from '../pipeline/shards/corpus-shards';
import { generateSyntheticCorpus, syntheticFileBytes } from './synthetic-corpus';
import type { BenchTable } from './table';

const SIZES = process.env.BENCH_50K ? [1_000, 10_000, 50_000] : [1_000, 10_000];
const RUNS = 3;
const QUERY = 'hamaney';
const RECENT = 5;
/** The person view before rows: one `get-article` per article, at most this many. */
const OLD_PERSON_VIEW_ARTICLES = 60;
const PERSON = 'ali-khamenei';

const registry = JSON.parse(
  readFileSync(new URL('../corpus/people.json', import.meta.url), 'utf8'),
) as PeopleRegistry;

async function medianMs(fn: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

interface Prepared {
  corpus: BuiltCorpus;
  old: { articles: string; people: string; index: string };
  files: Map<string, string>;
}

function prepare(articles: number): Prepared {
  const sources = [...generateSyntheticCorpus({ articles, people: registry.people, seed: 7 })].map((f) => ({
    name: f.name,
    bytes: syntheticFileBytes(f),
  }));
  const corpus = buildCorpus(sources, registry).corpus;
  const cards = buildPersonCards(corpus, 'tr');
  // Whole files: the index as one text, as the old design read it; the package: its parts.
  const built = buildSearchIndex(corpus);
  const index = indexToJSON(built);
  const files = new Map(corpusShardFiles(corpus, corpus.registry.people, cards, searchIndexParts(built)));
  files.set('registry.json', JSON.stringify({ version: 1, people: corpus.registry.people }));
  files.set('cards.json', JSON.stringify(cards));
  return {
    corpus,
    old: {
      articles: JSON.stringify({ version: 1, articles: corpus.articles }),
      people: JSON.stringify({ version: 1, people: corpus.registry.people, stats: corpus.stats }),
      index,
    },
    files,
  };
}

/** A store as a freshly started worker has it: nothing in memory, the database on disk. */
function coldStore(files: Map<string, string>, dbName: string): CorpusStore {
  const packaged = new PackagedCorpus(async (path) => files.get(path.replace(/^\/corpus\//u, '')) ?? '');
  return new CorpusStore({ packaged, openDb: () => ArchiveDb.open(dbName) });
}

// The whole-file design, as `corpus-store.ts` and `request-handler.ts` did it before shards.
function oldArticles(p: Prepared): Article[] {
  return (JSON.parse(p.old.articles) as { articles: Article[] }).articles;
}

function oldFirstSearch(p: Prepared) {
  const articles = oldArticles(p);
  JSON.parse(p.old.people);
  return search(loadSearchIndex(p.old.index, { articles }), QUERY, { limit: 20 });
}

function oldRecent(p: Prepared) {
  return [...oldArticles(p)].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')).slice(0, RECENT);
}

function oldPersonView(p: Prepared) {
  const people = JSON.parse(p.old.people) as { stats: PersonStats[] };
  const stats = people.stats.find((s) => s.id === PERSON);
  const byId = new Map(oldArticles(p).map((a) => [a.id, a]));
  const ids = [
    ...new Set([
      ...(stats?.quotes ?? []).map((q) => q.articleId),
      ...(stats?.articles ?? []).map((a) => a.articleId),
    ]),
  ].slice(0, OLD_PERSON_VIEW_ARTICLES);
  return ids.map((id) => byId.get(id));
}

const ms = (n: number) => n.toFixed(n < 10 ? 1 : 0);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export default async (): Promise<BenchTable[]> => {
  const rows: (string | number)[][] = [];
  const sizes: (string | number)[][] = [];
  for (const n of SIZES) {
    const p = prepare(n);
    const dbName = `bench-storage-${n}-${Date.now()}`;
    const t0 = performance.now();
    const first = coldStore(p.files, dbName);
    await first.prepare();
    const firstRunMs = performance.now() - t0;
    if (first.status().state !== 'ready')
      throw new Error(`archive not ready: ${JSON.stringify(first.status())}`);

    const cases: [string, () => unknown, () => Promise<unknown>][] = [
      [
        'first search after a stopped worker',
        () => oldFirstSearch(p),
        async () => {
          const store = coldStore(p.files, dbName);
          await store.prepare();
          return handleRequest({ type: 'search', query: QUERY }, store);
        },
      ],
      [
        `popup recent list (${RECENT})`,
        () => oldRecent(p),
        async () => {
          const store = coldStore(p.files, dbName);
          await store.prepare();
          return handleRequest({ type: 'recent-articles', limit: RECENT }, store);
        },
      ],
      [
        'person view',
        () => oldPersonView(p),
        async () => {
          const store = coldStore(p.files, dbName);
          await store.prepare();
          return handleRequest({ type: 'get-person', personId: PERSON }, store);
        },
      ],
    ];
    for (const [name, old, next] of cases) {
      const oldMs = await medianMs(old);
      const newMs = await medianMs(next);
      rows.push([n, name, ms(oldMs), ms(newMs), (oldMs / newMs).toFixed(1)]);
    }
    rows.push([n, 'first run: package → IndexedDB', '—', ms(firstRunMs), '']);

    const bytes = (names: string[]) =>
      names.reduce((sum, name) => sum + Buffer.byteLength(p.files.get(name) ?? ''), 0);
    const names = [...p.files.keys()];
    const largest = Math.max(...[...p.files.values()].map((t) => Buffer.byteLength(t)));
    const oldLargest = Math.max(...Object.values(p.old).map((t) => Buffer.byteLength(t)));
    sizes.push([
      n,
      mb(
        Buffer.byteLength(p.old.articles) + Buffer.byteLength(p.old.people) + Buffer.byteLength(p.old.index),
      ),
      mb(oldLargest),
      names.length,
      mb(bytes(names)),
      mb(largest),
      mb(bytes(names.filter((f) => f.startsWith('search-index-')))),
      (bytes(['manifest.json']) / 1024).toFixed(1),
    ]);
  }
  return [
    {
      title: 'Cold start: whole files vs shards + IndexedDB (median ms of 3, Node, fake-indexeddb)',
      columns: ['articles', 'task', 'whole files ms', 'archive ms', 'ratio'],
      rows,
      notes: [
        `Search: \`${QUERY}\`, 20 hits. Whole files: parse articles.json + people.json, load the index with the corpus, search. Archive: open the database and check the manifest's version, read and load the index parts (no article), rank, read the ≤ 20 articles shown, make snippets.`,
        `Recent list: whole files parse articles.json and sort it; the archive reads the active record (the manifest's precomputed list). Person view (\`${PERSON}\`): whole files parse people.json and articles.json for up to ${OLD_PERSON_VIEW_ARTICLES} articles; the archive reads one person row.`,
        "First run: every shard parsed and written, one transaction per shard, then switched on. fake-indexeddb is a pure-JS IndexedDB; Chromium's is faster at writes and slower to open.",
        'The index is the same in both columns (the archive reads it in parts); it holds article dates and quote speakers so that it ranks and filters without reading any article.',
        'All sizes run in one process that also holds the built corpus and the fake database: at 50k its multi-GB heap slows every parse through garbage collection, in both columns alike.',
      ],
    },
    {
      title: 'Package: whole files vs shards',
      columns: [
        'articles',
        'whole files MB',
        'largest file MB',
        'shard files',
        'shards MB',
        'largest shard MB',
        'index parts MB',
        'manifest kB',
      ],
      rows: sizes,
      notes: [
        '`web-ext lint` refuses files over 5 MB; shards stay under 4 MB (a single record larger than that would get a file of its own).',
      ],
    },
  ];
};
