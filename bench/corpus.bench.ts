/**
 * Corpus build at scale: synthetic corpora of 10k and 50k articles (`bench/synthetic-corpus.ts`)
 * go through the same code as `npm run corpus`. Reports per phase times, output sizes and load
 * times of each output, and one end-to-end CLI run on 10k files on disk.
 *
 * Baselines, measured in the same run: the build is compared with merely decoding the bytes and
 * splitting them into lines (the least any build must do); each load is compared with parsing
 * `articles.json` (what the reader needs anyway), so the hover card's `cards.json` shows how much
 * it saves against loading articles or the full-text index.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuiltCorpus, PeopleRegistry } from '../core/protocol/types';
import { buildSearchIndex, indexToJSON, loadSearchIndex } from '../core/search/search-index';
import { buildPersonCards } from '../pipeline/cards/person-card';
import { buildCorpus, type CorpusSourceFile } from '../pipeline/corpus-builder';
import { buildCorpusInParallel } from '../pipeline/file-reading-pool';
import { generateSyntheticCorpus, syntheticFileBytes } from './synthetic-corpus';
import { type BenchTable, medianMs } from './table';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
/** 50k takes a few minutes on a shared 2-core machine: opt in with CORPUS_BENCH_50K=1. */
const SIZES = process.env.CORPUS_BENCH_50K === '1' ? [10_000, 50_000] : [10_000];
/** The target for 10k articles, end to end. */
const TARGET_10K_SECONDS = 30;
const LOAD_RUNS = 3;
const MB = 1024 * 1024;

const registry = JSON.parse(readFileSync(join(root, 'corpus', 'people.json'), 'utf8')) as PeopleRegistry;

let cpuMs = 0;

/** Wall time of `fn`; its CPU time (user + system) is added to `cpuMs`. */
function timed<T>(fn: () => T): [T, number] {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const cpu = process.cpuUsage(cpu0);
  cpuMs += (cpu.user + cpu.system) / 1000;
  return [value, performance.now() - t0];
}

const s = (ms: number) => (ms / 1000).toFixed(2);
const mb = (text: string) => (Buffer.byteLength(text) / MB).toFixed(2);
const ratio = (a: number, b: number) => `${(a / b).toPrecision(2)}×`;

export default async function (): Promise<BenchTable[]> {
  const buildRows: (string | number)[][] = [];
  const sizeRows: (string | number)[][] = [];
  const loadRows: (string | number)[][] = [];

  for (const count of SIZES) {
    const files: CorpusSourceFile[] = [];
    let inputBytes = 0;
    for (const file of generateSyntheticCorpus({ articles: count, people: registry.people, seed: count })) {
      const bytes = syntheticFileBytes(file);
      inputBytes += bytes.length;
      files.push({ name: file.name, bytes });
    }

    const [, baselineMs] = timed(() => {
      let lines = 0;
      const decoder = new TextDecoder();
      for (const f of files) if ('bytes' in f) lines += decoder.decode(f.bytes).split('\n').length;
      return lines;
    });
    cpuMs = 0;
    const [built, buildMs] = timed(() => buildCorpus(files, registry));
    const corpus = built.corpus;
    const [cards, cardsMs] = timed(() => JSON.stringify(buildPersonCards(corpus, 'tr')));
    const [indexJson, indexMs] = timed(() => indexToJSON(buildSearchIndex(corpus)));
    const [outputs, serializeMs] = timed(() => ({
      articles: JSON.stringify({ version: 1, articles: corpus.articles }),
      people: JSON.stringify({ version: 1, people: corpus.registry.people, stats: corpus.stats }),
    }));
    const totalMs = buildMs + cardsMs + indexMs + serializeMs;
    // What the CLI does on an idle machine: the files read across the cores (the same corpus).
    const t0 = performance.now();
    await buildCorpusInParallel(files, registry, {}, availableParallelism());
    const threadedMs = performance.now() - t0;
    buildRows.push([
      count.toLocaleString('en'),
      built.summary.files,
      built.summary.quotes,
      s(baselineMs),
      s(buildMs),
      s(threadedMs),
      s(cardsMs),
      s(indexMs),
      s(serializeMs),
      s(totalMs),
      s(cpuMs),
      ratio(totalMs, baselineMs),
    ]);
    sizeRows.push([
      count.toLocaleString('en'),
      (inputBytes / MB).toFixed(1),
      mb(outputs.articles),
      mb(outputs.people),
      mb(cards),
      mb(indexJson),
    ]);

    const articlesMs = medianMs(LOAD_RUNS, () => JSON.parse(outputs.articles));
    const cardsLoadMs = medianMs(LOAD_RUNS, () => JSON.parse(cards));
    const loaded: BuiltCorpus = {
      articles: (JSON.parse(outputs.articles) as { articles: BuiltCorpus['articles'] }).articles,
      registry: corpus.registry,
      stats: corpus.stats,
    };
    const indexLoadMs = medianMs(LOAD_RUNS, () => loadSearchIndex(indexJson, loaded));
    loadRows.push([
      count.toLocaleString('en'),
      cardsLoadMs.toFixed(1),
      articlesMs.toFixed(0),
      indexLoadMs.toFixed(0),
      ratio(cardsLoadMs, articlesMs),
      ratio(indexLoadMs + articlesMs, articlesMs),
    ]);
  }

  const cli = cliRun(SIZES[0] as number);
  return [
    {
      title: 'Corpus build: in-process phases (seconds)',
      columns: [
        'articles',
        'files',
        'quotes',
        'baseline: decode+split',
        'parse+quotes+roles+stats',
        `same, ${availableParallelism()} threads`,
        'cards',
        'search index',
        'serialize',
        'total',
        'total CPU',
        'total / baseline',
      ],
      rows: buildRows,
      notes: [
        'Synthetic corpus from bench/synthetic-corpus.ts (both scraped shapes, 2% Windows-1254, 10% CRLF, 5% BOM), registry corpus/people.json.',
        'Baseline = decoding every file and splitting it into lines, in the same run.',
        'The CLI reads the files on as many threads as cores are idle (pipeline/file-reading-pool.ts); total and CPU are the one-thread build.',
        `Machine load average during the run: ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' / ')} on 2 cores (other builds run alongside); CPU time is the contention-free figure.`,
        'Set CORPUS_BENCH_50K=1 to add the 50k-article corpus (a few minutes).',
      ],
    },
    {
      title: 'Corpus build: end to end (`npm run corpus` on files on disk)',
      columns: ['articles', 'files', 'wall time (s)', `target (s)`, 'exit code'],
      rows: [[cli.articles.toLocaleString('en'), cli.files, s(cli.ms), TARGET_10K_SECONDS, String(cli.code)]],
      notes: [
        `Includes tsx start-up, reading the files (on the idle cores, at least one thread), and writing the outputs atomically.`,
        `Machine load average after the run: ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' / ')} on 2 cores.`,
      ],
    },
    {
      title: 'Corpus output sizes (MB)',
      columns: ['articles', 'raw input', 'articles.json', 'people.json', 'cards.json', 'search-index.json'],
      rows: sizeRows,
      notes: [
        'cards.json is bounded by the registry size (a few quotes/articles per person), not by the corpus size.',
      ],
    },
    {
      title: 'Corpus load times (ms, median of 3)',
      columns: [
        'articles',
        'cards.json (hover)',
        'articles.json (reader)',
        'search index (+articles)',
        'cards / articles',
        'search / articles',
      ],
      rows: loadRows,
      notes: [
        'Baseline = JSON.parse of articles.json in the same run. The hover path loads cards.json (and people.json) only.',
        'The search index needs the corpus (articles) to resolve hits, so its column is index load on top of articles.',
      ],
    },
  ];
}

function cliRun(count: number): { articles: number; files: number; ms: number; code: number | null } {
  const dir = join(here, 'out', `synthetic-${count}`);
  const raw = join(dir, 'raw');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(raw, { recursive: true });
  let files = 0;
  for (const file of generateSyntheticCorpus({ articles: count, people: registry.people, seed: count })) {
    writeFileSync(join(raw, file.name), syntheticFileBytes(file));
    files++;
  }
  const t0 = performance.now();
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(root, 'pipeline', 'cli.ts'),
      '--in',
      raw,
      '--out',
      join(dir, 'out'),
      '--people',
      join(root, 'corpus', 'people.json'),
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * MB },
  );
  const ms = performance.now() - t0;
  if (result.status !== 0) console.error(result.stderr.slice(0, 2000));
  rmSync(dir, { recursive: true, force: true });
  return { articles: count, files, ms, code: result.status };
}
