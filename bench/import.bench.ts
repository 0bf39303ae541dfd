/**
 * Importing an archive in the options page, in Chromium with the built extension, as a user would
 * (the folder input): synthetic news files of 1k and 10k articles (`IMPORT_SIZES=1000,10000,…`),
 * time from choosing the folder to the summary, how responsive the options page stays meanwhile
 * (the longest delay of a 50 ms timer on its main thread, and its long tasks), and the memory the
 * browser takes on top of what it held before (every Chromium process's resident memory, sampled).
 * The baseline is the same page idle for the same time, in the same browser and run.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { PeopleRegistry } from '../core/protocol/types';
import { launchExtension, openExtensionPage, waitFor } from '../test/e2e/harness';
import { fmt } from './stats';
import { generateSyntheticCorpus, syntheticFileBytes } from './synthetic-corpus';
import type { BenchTable } from './table';

const SIZES = (process.env.IMPORT_SIZES ?? '1000,10000').split(',').map(Number);
const TIMER_MS = 50;
const SAMPLE_MS = 250;

const registry = JSON.parse(
  readFileSync(new URL('../corpus/people.json', import.meta.url), 'utf8'),
) as PeopleRegistry;

/** Resident memory of every Chromium process, in MB. */
function chromiumRssMb(): number {
  const out = execFileSync('ps', ['-eo', 'rss=,comm='], { encoding: 'utf8' });
  let kb = 0;
  for (const line of out.split('\n')) {
    const [rss, comm] = line.trim().split(/\s+/u);
    if (comm?.startsWith('chrom')) kb += Number(rss) || 0;
  }
  return kb / 1024;
}

/** Starts recording timer lateness and long tasks on the page's main thread. */
async function watchMainThread(page: Page): Promise<void> {
  // tsx names nested functions with a helper the page does not have.
  await page.evaluate('globalThis.__name ??= (f) => f');
  await page.evaluate((timerMs) => {
    const seen = { maxLate: 0, longTasks: 0, longest: 0, ours: 0, stop: false };
    (window as unknown as { mainThread: typeof seen }).mainThread = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        seen.longTasks++;
        seen.longest = Math.max(seen.longest, entry.duration);
      }
    }).observe({ type: 'longtask' });
    // What ran in each long frame (IMPORT_DEBUG=1 prints it).
    const frames: string[] = [];
    (window as unknown as { longFrames: string[] }).longFrames = frames;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        startTime: number;
        duration: number;
        blockingDuration: number;
        scripts: { invoker: string; sourceURL: string; sourceFunctionName: string; duration: number }[];
      }[]) {
        if (entry.blockingDuration <= 0) continue;
        if (entry.scripts.some((x) => x.sourceURL.startsWith('chrome-extension://'))) seen.ours++;
        const scripts = entry.scripts
          .map(
            (x) =>
              `${x.invoker} ${x.sourceFunctionName}@${x.sourceURL.split('/').pop()} ${Math.round(x.duration)}ms`,
          )
          .join('; ');
        frames.push(`at ${Math.round(entry.startTime)} ms: ${Math.round(entry.duration)} ms [${scripts}]`);
      }
    }).observe({ type: 'long-animation-frame' });
    let due = performance.now() + timerMs;
    const tick = () => {
      if (seen.stop) return;
      seen.maxLate = Math.max(seen.maxLate, performance.now() - due);
      due = performance.now() + timerMs;
      setTimeout(tick, timerMs);
    };
    setTimeout(tick, timerMs);
  }, TIMER_MS);
}

interface MainThread {
  maxLate: number;
  longTasks: number;
  longest: number;
  /** Long frames in which a script of the extension ran. */
  ours: number;
}

async function mainThread(page: Page): Promise<MainThread> {
  return page.evaluate(() => {
    const seen = (window as unknown as { mainThread: { stop: boolean } }).mainThread;
    seen.stop = true;
    return seen as unknown as MainThread;
  });
}

function writeFolder(dir: string, articles: number): number {
  mkdirSync(dir, { recursive: true });
  let files = 0;
  for (const file of generateSyntheticCorpus({ articles, people: registry.people, seed: 3 })) {
    writeFileSync(join(dir, file.name), syntheticFileBytes(file));
    files++;
  }
  return files;
}

export default async function run(): Promise<BenchTable[]> {
  const rows: (string | number)[][] = [];
  const work = mkdtempSync(join(tmpdir(), 'baglam-import-bench-'));
  try {
    for (const size of SIZES) {
      const dir = join(work, `arsiv-${size}`);
      const files = writeFolder(dir, size);
      const session = await launchExtension();
      try {
        const options = await openExtensionPage(session, 'options.html');
        await waitFor(
          async () => !(await options.getByTestId('archive-export').isDisabled()),
          60_000,
          'the archive',
        );
        const before = chromiumRssMb();
        // Baseline: the page idle for as long as the import will take (measured after it).
        await watchMainThread(options);
        let peak = before;
        const sampler = setInterval(() => {
          peak = Math.max(peak, chromiumRssMb());
        }, SAMPLE_MS);
        const t0 = performance.now();
        await options.getByTestId('import-folder-input').setInputFiles(dir);
        const outcome = await waitFor(
          async () => {
            if ((await options.getByTestId('import-summary').count()) > 0)
              return (await options.getByTestId('import-summary').textContent()) ?? '';
            const error = options.getByTestId('import-error');
            if ((await error.count()) > 0) throw new Error(`import failed: ${await error.textContent()}`);
            return null;
          },
          600_000,
          'the import to end',
        );
        const seconds = (performance.now() - t0) / 1000;
        clearInterval(sampler);
        const during = await mainThread(options);
        if (process.env.IMPORT_DEBUG)
          console.log(
            await options.evaluate(() =>
              (window as unknown as { longFrames: string[] }).longFrames.join('\n'),
            ),
          );
        await watchMainThread(options);
        await options.waitForTimeout(Math.min(seconds * 1000, 20_000));
        const idle = await mainThread(options);
        const imported = /articles: ([\d,.]*\d)/u.exec(outcome)?.[1] ?? '?';
        rows.push([
          size,
          files,
          imported,
          fmt(seconds),
          fmt(during.maxLate),
          fmt(idle.maxLate),
          `${during.longTasks} (longest ${fmt(during.longest)} ms), ${during.ours} running Bağlam's scripts`,
          fmt(peak - before),
        ]);
      } finally {
        await session.close();
      }
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return [
    {
      title: 'Import in the options page (Chromium, built extension): time, responsiveness, memory',
      columns: [
        'articles',
        'files',
        'articles imported',
        'seconds to summary',
        'page: worst timer delay ms, importing',
        'same page idle (baseline) ms',
        'page long tasks while importing',
        'browser memory peak over before, MB',
      ],
      rows,
      notes: [
        'Synthetic files (synthetic-corpus.ts: both scraped shapes, some Windows-1254, CRLF and BOM files) chosen through the folder input; the import reads, parses and builds in a worker, then writes the combined archive (bundled corpus + import) to IndexedDB and switches to it.',
        `Responsiveness: a ${TIMER_MS} ms timer on the options page's main thread, the worst lateness seen while importing; the baseline is the same page idle afterwards (up to 20 s) in the same browser. Long tasks from a long-task observer on the page; long animation frames tell which ran one of Bağlam's scripts (\`IMPORT_DEBUG=1\` lists them). The long frame at the start runs no script: it is Chromium taking in the chosen folder's files, as it does when a person picks a folder.`,
        `Memory: the resident memory of every Chromium process, sampled every ${SAMPLE_MS} ms, peak during the import minus before it (the import worker's heap, the page's, IndexedDB's and the service worker reading the new archive). Target: 10k articles in ≤ 60 s with the page responsive.`,
      ],
    },
  ];
}
