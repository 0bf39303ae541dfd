/**
 * The archive at newsroom scale, in Chromium with the built extension: the package rebuilt with a
 * synthetic corpus of 1k and 10k articles (50k with `BENCH_50K=1`; `ARCHIVE_SIZES=…` picks), then
 * what a person waits for: the first-run load into IndexedDB, the popup's recent list, the first
 * search after the worker was stopped (first results, and all shards in), keystrokes (the message
 * round trip, and with the popup's debounce), the side panel's article and person views (cold:
 * the worker stopped first; warm: right after), the worker's heap with the whole index loaded, and
 * the package size. The built extension is copied with its `corpus/` folder replaced, so the code
 * is the shipped code; the bundled seed corpus in the same run is the baseline of each ratio.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import type { PeopleRegistry } from '../core/protocol/types';
import { runBuildCorpus } from '../pipeline/cli';
import {
  EXTENSION_DIR,
  type ExtensionSession,
  launchExtension,
  openExtensionPage,
  stopServiceWorker,
  waitFor,
} from '../test/e2e/harness';
import { FIXTURES } from '../test/fixtures/paths';
import { fmt, median, percentile } from './stats';
import { generateSyntheticCorpus, syntheticFileBytes } from './synthetic-corpus';
import type { BenchTable } from './table';

const SIZES = process.env.ARCHIVE_SIZES
  ? process.env.ARCHIVE_SIZES.split(',').map(Number)
  : process.env.BENCH_50K
    ? [1_000, 10_000, 50_000]
    : [1_000, 10_000];
const RUNS = 3;
const QUERY = 'hamaney';
const PERSON = 'ali-khamenei';
const TYPED = ['hamaney', 'putin', 'esir takası', 'dışişleri bakanı'];
const KEYSTROKES = TYPED.flatMap((p) => [...p].map((_, i) => p.slice(0, i + 1)));
/** The popup's pause after a keystroke before it asks (`lib/pages/use-search.ts`). */
const DEBOUNCE_MS = 30;
const PEOPLE_FILE = new URL('../corpus/people.json', import.meta.url).pathname;

function dirBytes(dir: string): number {
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    bytes += stat.isDirectory() ? dirBytes(path) : stat.size;
  }
  return bytes;
}

/** The real articles of the evaluation fixtures: scraped news text, chrome and all. */
const REAL_ARTICLES = join(FIXTURES, 'real');

/**
 * The built extension with a corpus of `articles` synthetic articles, the real fixture articles
 * (`real`), or the shipped seeds (null).
 */
function extensionWith(work: string, articles: number | 'real' | null): string {
  const ext = join(work, `ext-${articles ?? 'seeds'}`);
  cpSync(EXTENSION_DIR, ext, { recursive: true });
  if (articles === null) return ext;
  const input = join(work, `in-${articles}`);
  mkdirSync(input);
  const registry = JSON.parse(readFileSync(PEOPLE_FILE, 'utf8')) as PeopleRegistry;
  if (articles === 'real') cpSync(REAL_ARTICLES, input, { recursive: true });
  else
    for (const file of generateSyntheticCorpus({ articles, people: registry.people, seed: 5 }))
      writeFileSync(join(input, file.name), syntheticFileBytes(file));
  rmSync(join(ext, 'corpus'), { recursive: true });
  const errors: string[] = [];
  const code = runBuildCorpus(['--in', input, '--out', join(ext, 'corpus'), '--people', PEOPLE_FILE], {
    out: () => {},
    err: (line) => errors.push(line),
  });
  if (code !== 0) throw new Error(`corpus build failed: ${errors.slice(0, 3).join('; ')}`);
  rmSync(input, { recursive: true });
  return ext;
}

/** The service worker's V8 heap after a GC, in MB, through a CDP session attached to it. */
async function workerHeapMb(session: ExtensionSession, page: Page): Promise<number> {
  const cdp: CDPSession = await session.context.newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker');
    if (!worker) return Number.NaN;
    const { sessionId } = await cdp.send('Target.attachToTarget', {
      targetId: worker.targetId,
      flatten: false,
    });
    let id = 0;
    const call = (method: string) => {
      const mine = ++id;
      return new Promise<string>((done) => {
        cdp.on('Target.receivedMessageFromTarget', (event) => {
          if (event.sessionId === sessionId && event.message.startsWith(`{"id":${mine},`))
            done(event.message);
        });
        void cdp.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id: mine, method }),
        });
      });
    };
    await call('HeapProfiler.collectGarbage');
    const reply = JSON.parse(await call('Runtime.getHeapUsage')) as { result: { usedSize: number } };
    return reply.result.usedSize / 1024 / 1024;
  } finally {
    await cdp.detach();
  }
}

/** ms from navigating an extension page to `selector` shown in it. */
async function timeToShow(session: ExtensionSession, path: string, selector: string): Promise<number> {
  const page = await session.context.newPage();
  try {
    const t0 = performance.now();
    await page.goto(`chrome-extension://${session.extensionId}/${path}`);
    await page.locator(selector).first().waitFor({ timeout: 120_000 });
    return performance.now() - t0;
  } finally {
    await page.close();
  }
}

interface SearchTiming {
  first: number;
  complete: number;
  wasComplete: boolean;
}

/** The first search from a page, then asked again until complete, as the popup does. */
async function searchTiming(page: Page): Promise<SearchTiming> {
  return page.evaluate(async (query) => {
    const ask = () =>
      chrome.runtime.sendMessage({ type: 'search', query, limit: 20, lang: 'tr' }) as Promise<{
        complete: boolean;
      }>;
    const t0 = performance.now();
    let answer = await ask();
    const first = performance.now() - t0;
    const wasComplete = answer.complete;
    while (!answer.complete) {
      await new Promise((done) => setTimeout(done, 100));
      answer = await ask();
    }
    return { first, complete: performance.now() - t0, wasComplete };
  }, QUERY);
}

async function keystrokeTimes(page: Page): Promise<number[]> {
  return page.evaluate(async (typed) => {
    const times: number[] = [];
    for (const query of typed) {
      const t0 = performance.now();
      // As the popup asks on a keystroke: a quick answer (the rest follows when typing pauses).
      await chrome.runtime.sendMessage({ type: 'search', query, limit: 20, lang: 'tr', quick: true });
      times.push(performance.now() - t0);
    }
    return times;
  }, KEYSTROKES);
}

interface Measured {
  firstRun: number;
  recentCold: number[];
  recentWarm: number[];
  search: SearchTiming[];
  keys: number[];
  articleCold: number[];
  articleWarm: number[];
  personCold: number[];
  personWarm: number[];
  heap: number;
  packageMb: number;
}

async function measure(ext: string): Promise<Measured> {
  const t0 = performance.now();
  const session = await launchExtension(ext);
  const m: Measured = {
    firstRun: 0,
    recentCold: [],
    recentWarm: [],
    search: [],
    keys: [],
    articleCold: [],
    articleWarm: [],
    personCold: [],
    personWarm: [],
    heap: 0,
    packageMb: dirBytes(ext) / 1024 / 1024,
  };
  try {
    const home = await openExtensionPage(session, 'options.html');
    // tsx names nested functions with a helper the page does not have.
    await home.evaluate('globalThis.__name ??= (f) => f');
    await waitFor(
      async () =>
        (
          (await home.evaluate(() => chrome.runtime.sendMessage({ type: 'corpus-status' }))) as {
            state: string;
          }
        ).state === 'ready'
          ? true
          : null,
      600_000,
      'the first-run load',
    );
    m.firstRun = performance.now() - t0;
    const manifest = JSON.parse(readFileSync(join(ext, 'corpus/manifest.json'), 'utf8')) as {
      recent: { id: string }[];
    };
    const article = manifest.recent[0]?.id ?? '';
    const recentItem = '[role="option"][data-kind="article"]';
    for (let run = 0; run < RUNS; run++) {
      await stopServiceWorker(session);
      m.recentCold.push(await timeToShow(session, 'popup.html', recentItem));
      m.recentWarm.push(await timeToShow(session, 'popup.html', recentItem));
      await stopServiceWorker(session);
      m.search.push(await searchTiming(home));
      await stopServiceWorker(session);
      m.articleCold.push(
        await timeToShow(session, `sidepanel.html#/article/${article}`, '[data-testid="article-reader"]'),
      );
      m.articleWarm.push(
        await timeToShow(session, `sidepanel.html#/article/${article}`, '[data-testid="article-reader"]'),
      );
      await stopServiceWorker(session);
      m.personCold.push(
        await timeToShow(session, `sidepanel.html#/person/${PERSON}`, '[data-testid="person-view"]'),
      );
      m.personWarm.push(
        await timeToShow(session, `sidepanel.html#/person/${PERSON}`, '[data-testid="person-view"]'),
      );
    }
    // Warm keystrokes on the whole index, then the worker's heap holding it.
    await searchTiming(home);
    for (let round = 0; round < 2; round++) m.keys.push(...(await keystrokeTimes(home)));
    m.heap = await workerHeapMb(session, home);
  } finally {
    await session.close();
  }
  return m;
}

export default async function run(): Promise<BenchTable[]> {
  const work = mkdtempSync(join(tmpdir(), 'baglam-archive-bench-'));
  const rows: (string | number)[][] = [];
  try {
    const measured: [string, Measured][] = [];
    for (const size of [null, 'real' as const, ...SIZES]) {
      const ext = extensionWith(work, size);
      const label =
        size === null
          ? 'seeds (3)'
          : size === 'real'
            ? 'real articles (fixtures)'
            : size.toLocaleString('en');
      measured.push([label, await measure(ext)]);
      rmSync(ext, { recursive: true });
    }
    const base = measured[0]?.[1];
    for (const [label, m] of measured) {
      const ratio = (value: number, baseline: number | undefined) =>
        baseline ? ` (×${(value / baseline).toFixed(1)})` : '';
      const first = median(m.search.map((s) => s.first));
      rows.push([
        label,
        fmt(m.firstRun / 1000),
        `${fmt(median(m.recentCold))} / ${fmt(median(m.recentWarm))}`,
        `${fmt(first)}${ratio(first, base && median(base.search.map((s) => s.first)))}`,
        fmt(median(m.search.map((s) => s.complete))),
        `${fmt(percentile(m.keys, 0.5))} / ${fmt(percentile(m.keys, 0.95))}`,
        fmt(percentile(m.keys, 0.95) + DEBOUNCE_MS),
        `${fmt(median(m.articleCold))} / ${fmt(median(m.articleWarm))}`,
        `${fmt(median(m.personCold))} / ${fmt(median(m.personWarm))}`,
        fmt(m.heap),
        m.packageMb.toFixed(1),
      ]);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return [
    {
      title: 'The archive at scale in Chromium (built extension, synthetic corpora): what a person waits for',
      columns: [
        'articles',
        'first run: package → IndexedDB, s',
        'popup recent list cold / warm ms',
        'first search after a stopped worker ms',
        'all shards in ms',
        'keystroke message p50 / p95 ms',
        'keystroke p95 + debounce ms',
        'panel article cold / warm ms',
        'panel person cold / warm ms',
        'worker heap, whole index, MB',
        'package MB',
      ],
      rows,
      notes: [
        `Median of ${RUNS} runs. Cold = the service worker stopped first (as Chrome stops an idle one); warm = opened again at once. Popup and panel: from navigating the page to the first recent article / the article reader / the person view shown.`,
        `Search: \`${QUERY}\`, 20 hits, from an extension page; first = the first answer (the people part and the newest date shard loaded), all shards in = asked again until the answer is complete, as the popup does. Keystrokes: ${KEYSTROKES.length} prefixes of ${TYPED.length} phrases on the whole index, message round trip of the quick answer a keystroke asks for (the newest shards searched within 20 ms; the whole index is searched once typing pauses for 250 ms); the popup waits ${DEBOUNCE_MS} ms after a keystroke before asking.`,
        "Worker heap: the service worker's V8 heap after a forced GC, with every shard of the index loaded (CDP `Runtime.getHeapUsage`). Targets at 50k: first results ≤ 500 ms, keystroke ≤ 50 ms p95 with the debounce, popup and panel cold ≤ 300 ms, heap ≤ 150 MB.",
        'Synthetic corpora from synthetic-corpus.ts (template articles, few distinct words each in many articles: a heavy case for posting lists), built by `npm run corpus` in-process into a copy of the built extension; the first row is the shipped seed corpus, the baseline of the ratio; "real articles" are the evaluation fixtures\' scraped news files (test/fixtures/real).',
      ],
    },
  ];
}
