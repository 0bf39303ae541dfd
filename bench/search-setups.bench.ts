/**
 * Search set-ups side by side, in Chromium: what a cold worker must do before the first results
 * appear, what each keystroke costs once loaded, and the heap it takes, at 1k and 10k synthetic
 * articles (50k with `BENCH_50K=1`; `BENCH_SIZES=50000` runs only the sizes listed).
 * - "one index" is the design before shards: the whole serialized MiniSearch index read and loaded.
 * - "date shards" is Bağlam's (`core/search`): the people part, then shards newest first, each
 *   twice the one before; the first results come from the newest shard, the rest load after it.
 * - FlexSearch (`Index`, forward tokenizer, its own export format) over the same article text:
 *   a yardstick from another engine, with fewer features (no fields, fuzzy, people or quotes).
 * Each cold measurement is a fresh page in one Chromium, served from memory by a local server, in
 * the same run; ratios are against "one index".
 */

import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import FlexSearch from 'flexsearch';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { Article, PeopleRegistry } from '../core/protocol/types';
import { buildSearchIndex, indexToJSON, searchIndexParts } from '../core/search/search-index';
import { buildCorpus } from '../pipeline/corpus-builder';
import { chromiumPath } from '../test/e2e/harness';
import { FLEX_OPTIONS, type SetupsApi, type Timed } from './search-setups.page';
import { fmt, median, percentile } from './stats';
import { generateSyntheticCorpus, syntheticFileBytes } from './synthetic-corpus';
import type { BenchTable } from './table';
import { withZipfParagraphs } from './zipf-words';

const SIZES = process.env.BENCH_SIZES
  ? process.env.BENCH_SIZES.split(',').map(Number)
  : process.env.BENCH_50K
    ? [1_000, 10_000, 50_000]
    : [1_000, 10_000];
const COLD_RUNS = 3;
const QUERY = 'hamaney';
/** Typed letter by letter: every prefix is one keystroke's query. */
const TYPED_PHRASES = ['hamaney', 'putin', 'esir takası', 'petrol fiyatları', 'kim jong un', 'dışişleri'];
const KEYSTROKES = TYPED_PHRASES.flatMap((p) => [...p].map((_, i) => p.slice(0, i + 1)));
const KEYSTROKE_ROUNDS = 2;

const registry = JSON.parse(
  readFileSync(new URL('../corpus/people.json', import.meta.url), 'utf8'),
) as PeopleRegistry;

function articleText(a: Article): string {
  return [a.title, a.subtitle ?? '', ...a.paragraphs].join('\n');
}

interface Served {
  files: Map<string, string>;
  shardCount: number;
  /** Articles per shard, newest first. */
  shardSizes: number[];
  build: { whole: number; shards: number; flex: number };
  mb: { whole: number; shards: number; flex: number };
}

const sizeMb = (texts: Iterable<string>) => {
  let bytes = 0;
  for (const t of texts) bytes += Buffer.byteLength(t);
  return bytes / 1024 / 1024;
};

function timedMs(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function prepare(articles: number, pageScript: string): Served {
  const sources = [...generateSyntheticCorpus({ articles, people: registry.people, seed: 7 })].map((f) => ({
    name: f.name,
    bytes: syntheticFileBytes(f),
  }));
  const built = buildCorpus(sources, registry).corpus;
  const corpus = { ...built, articles: withZipfParagraphs(built.articles) };
  const files = new Map<string, string>([
    ['/', '<!doctype html><meta charset="utf-8"><script src="/bench.js"></script>'],
    ['/bench.js', pageScript],
  ]);

  let whole = '';
  const wholeMs = timedMs(() => {
    whole = indexToJSON(buildSearchIndex(corpus, { firstShard: Number.POSITIVE_INFINITY }));
  });
  files.set('/whole.json', whole);

  let parts: { base: string; shards: string[] } = { base: '', shards: [] };
  let shardSizes: number[] = [];
  const shardsMs = timedMs(() => {
    const index = buildSearchIndex(corpus);
    shardSizes = index.shards.map((s) => s.articles.ms.documentCount);
    parts = searchIndexParts(index);
  });
  files.set('/base.json', parts.base);
  parts.shards.forEach((t, i) => {
    files.set(`/shard-${i}.json`, t);
  });
  const shardTexts = [parts.base, ...parts.shards];

  const exported: [string, string][] = [];
  const flexMs = timedMs(() => {
    const flex = new FlexSearch.Index(FLEX_OPTIONS);
    corpus.articles.forEach((a, i) => {
      flex.add(i, articleText(a));
    });
    flex.export((key, data) => {
      exported.push([key, data]);
    });
  });
  const flexJson = JSON.stringify(exported);
  files.set('/flex.json', flexJson);
  return {
    files,
    shardCount: parts.shards.length,
    shardSizes,
    build: { whole: wholeMs, shards: shardsMs, flex: flexMs },
    mb: { whole: sizeMb([whole]), shards: sizeMb(shardTexts), flex: sizeMb([flexJson]) },
  };
}

async function serve(files: Map<string, string>): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const body = files.get(req.url ?? '');
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    const type = req.url?.endsWith('.js')
      ? 'text/javascript'
      : req.url === '/'
        ? 'text/html'
        : 'application/json';
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

type Setup = 'whole' | 'shards' | 'flex';

interface Measured {
  first: number;
  all: number;
  hits: number;
  heapMb: number;
  keystrokes: number[];
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/** One cold load in a fresh page: first results, everything loaded, heap, then warm keystrokes. */
async function coldRun(
  browser: Browser,
  origin: string,
  setup: Setup,
  shardCount: number,
): Promise<Measured> {
  const page = await browser.newPage();
  try {
    await page.goto(origin);
    await page.waitForFunction(() => 'searchSetups' in globalThis);
    type Step = 'wholeCold' | 'shardFirst' | 'shardRest' | 'flexCold';
    const step = (name: Step) =>
      page.evaluate(
        ([stepName, query, count]) =>
          (globalThis as unknown as { searchSetups: SetupsApi }).searchSetups[stepName](query, count),
        [name, QUERY, shardCount] as const,
      );
    let first: Timed;
    let all: Timed;
    if (setup === 'shards') {
      first = await step('shardFirst');
      const rest = await step('shardRest');
      all = { ms: first.ms + rest.ms, hits: rest.hits };
    } else {
      first = await step(setup === 'whole' ? 'wholeCold' : 'flexCold');
      all = first;
    }
    const heap = await heapMb(page);
    const keystrokes: number[] = [];
    for (let round = 0; round < KEYSTROKE_ROUNDS; round++)
      keystrokes.push(
        ...(await page.evaluate(
          ([setupName, typed]) =>
            (globalThis as unknown as { searchSetups: SetupsApi }).searchSetups.keystrokes(setupName, typed),
          [setup, KEYSTROKES] as const,
        )),
      );
    return { first: first.ms, all: all.ms, hits: all.hits, heapMb: heap, keystrokes };
  } finally {
    await page.close();
  }
}

/** 1000 → `1k`, 2500 → `2.5k`. */
const k = (n: number) => (n >= 1000 ? `${+(n / 1000).toFixed(1)}k` : String(n));

export default async function run(): Promise<BenchTable[]> {
  const bundle = await build({
    entryPoints: [new URL('./search-setups.page.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    target: 'chrome120',
  });
  const pageScript = bundle.outputFiles[0]?.text ?? '';
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--js-flags=--expose-gc'],
  });
  const rows: (string | number)[][] = [];
  const builds: (string | number)[][] = [];
  try {
    for (const size of SIZES) {
      const served = prepare(size, pageScript);
      const { server, origin } = await serve(served.files);
      try {
        const results = new Map<Setup, Measured[]>();
        // Interleaved, so that a noisy moment on the shared machine hits every set-up alike.
        for (let run = 0; run < COLD_RUNS; run++)
          for (const setup of ['whole', 'shards', 'flex'] as const) {
            const list = results.get(setup) ?? [];
            list.push(await coldRun(browser, origin, setup, served.shardCount));
            results.set(setup, list);
          }
        const baseline = median((results.get('whole') ?? []).map((m) => m.first));
        const labels: Record<Setup, string> = {
          whole: 'MiniSearch, one index (before shards)',
          shards: `MiniSearch, date shards newest first (${served.shardSizes.map(k).join(' + ')}), Bağlam`,
          flex: 'FlexSearch Index (yardstick, articles only)',
        };
        for (const setup of ['whole', 'shards', 'flex'] as const) {
          const list = results.get(setup) ?? [];
          const first = median(list.map((m) => m.first));
          const keys = list.flatMap((m) => m.keystrokes);
          rows.push([
            size,
            labels[setup],
            fmt(first),
            fmt(median(list.map((m) => m.all))),
            (baseline / first).toFixed(1),
            fmt(percentile(keys, 0.5)),
            fmt(percentile(keys, 0.95)),
            fmt(median(list.map((m) => m.heapMb))),
            served.mb[setup].toFixed(1),
          ]);
        }
        builds.push([
          size,
          fmt(served.build.whole),
          fmt(served.build.shards),
          fmt(served.build.flex),
          (served.build.whole / served.build.flex).toFixed(1),
        ]);
      } finally {
        server.close();
      }
    }
  } finally {
    await browser.close();
  }
  return [
    {
      title: 'Search set-ups in Chromium: cold start to first results, keystrokes, heap',
      columns: [
        'articles',
        'set-up',
        'first results ms',
        'all loaded ms',
        'first results vs one index',
        'keystroke p50 ms',
        'keystroke p95 ms',
        'page heap MB',
        'serialized MB',
      ],
      rows,
      notes: [
        `Synthetic articles (synthetic-corpus.ts) with a Zipf vocabulary paragraph each (zipf-words.ts); query \`${QUERY}\`, ${COLD_RUNS} cold runs each in a fresh page (median), set-ups interleaved.`,
        'First results = fetch + parse + load of what the set-up needs before it can answer, then the query (MiniSearch: `planSearch`, people first, fuzzy, prefix, no article read). All loaded = every shard loaded and the query over all of them. In the extension the worker answers after the newest shard and loads older ones in slices behind its answers (`loadJSAsync`); the popup asks again until the answer is complete.',
        `Keystrokes: ${KEYSTROKES.length} prefixes of ${TYPED_PHRASES.length} phrases as typed, ${KEYSTROKE_ROUNDS} rounds per cold run, on the fully loaded set-up; no debounce.`,
        "Heap = the page's V8 heap after a forced GC, everything loaded. FlexSearch indexes article text only (no fields, no people, no quotes, no fuzzy), so its numbers are a floor, not a like-for-like.",
      ],
    },
    {
      title: 'Index build time (Node)',
      columns: [
        'articles',
        'MiniSearch one index ms',
        'MiniSearch shards ms',
        'FlexSearch ms',
        'MiniSearch / FlexSearch',
      ],
      rows: builds,
      notes: ['Build + serialize, once, in the bench process (the pipeline or an import would do this).'],
    },
  ];
}
