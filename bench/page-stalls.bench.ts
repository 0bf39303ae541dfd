/**
 * Does marking ever stall the page? Real Chromium, the built extension (`npm run build` first),
 * three hostile-sized pages: a realistic 5 MB article page, a dense 5 MB page (names in every
 * paragraph) and a page of 500k text nodes. For each, a Chromium trace records every main-thread
 * task of the page's renderer, from navigation through the scan, a scroll through the page and a
 * settle period — rendering included (highlight re-painting is rendering work, not script, so a
 * long-task count of script alone would miss it). The same page is measured without the
 * extension in the same run: the difference is what Bağlam costs.
 *
 * For digging: `STALL_RUNS=1`, `STALL_DEBUG=1` (what each long task spent its time on),
 * `BENCH_PAGES=dense,nodes` (a subset), `BENCH_STYLE=background` (the other mark style),
 * `STALL_MOUSE_X=5` (scroll with the pointer beside the text, not over it). A subset run rewrites
 * the whole section of RESULTS.md: run all pages before committing it.
 */
import { createServer } from 'node:http';
import type { BrowserContext, Page } from 'playwright-core';
import type { PageMentions } from '../core/protocol/messages';
import { writeSettings } from '../test/e2e/content-helpers';
import { launchExtension, openExtensionPage, waitFor } from '../test/e2e/harness';
import type { BenchTable } from './table';
import { contentScriptTimeMs, type TraceEvent } from './trace-time';

const PAGE_BYTES = 5 * 1024 * 1024;
const HUGE_PAGE_BYTES = 20 * 1024 * 1024;
const TEXT_NODES = 500_000;
const LONG_TASK_MS = 50;
const RUNS = Number(process.env.STALL_RUNS ?? 2);
/** ms of idle time recorded after the scan and after the scroll. */
const SETTLE_MS = 1_500;
/** A reader paging down: one viewport height per step. */
const SCROLL_STEPS = 24;
const VIEWPORT_HEIGHT = 800;

const NAMES = [
  "Rusya Devlet Başkanı Vladimir Putin'e gönderdiği mektupta Kuzey Kore lideri Kim Jong Un iş birliği sözü verdi.",
  'İran Dini Lideri Ali Hamaney’in açıklamaları Tahran’da geniş yankı uyandırdı.',
  "ABD Başkanı Donald Trump'a göre müzakereler önümüzdeki hafta sürecek.",
  'Foreign Minister Sergei Lavrov met Choe Son Hui in Moscow on Wednesday.',
];
const PLAIN = [
  'Merkez Bankası faiz kararını açıkladı; piyasalarda gün boyunca dalgalı bir seyir izlendi.',
  'Oil prices edged higher on Tuesday as traders weighed supply concerns against weaker demand.',
  'Belediye, kış aylarında toplu taşıma seferlerini artıracağını duyurdu.',
];

function html(body: string): string {
  return `<!doctype html><html lang="tr"><head><meta charset="utf-8"><title>stall</title>
<style>body{font:16px/1.5 sans-serif;max-width:760px;margin:30px auto}</style></head><body>${body}</body></html>`;
}

/** Paragraphs until the page weighs `size` bytes; one in `every` names people. */
function articlePage(every: number, size = PAGE_BYTES): string {
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < size; i++) {
    const text =
      i % every === 0
        ? (NAMES[i % NAMES.length] as string)
        : `${PLAIN[i % 3]} <a href="#${i}">${(PLAIN[(i + 1) % 3] as string).slice(0, 30)}</a> <em>${i}</em>`;
    const part = `<p>${text}</p>\n`;
    parts.push(part);
    bytes += part.length;
  }
  return html(`<article>${parts.join('')}</article>`);
}

/** 500k text nodes: words in their own spans, a name now and then. */
function nodeStormPage(): string {
  const words = 'bugün meclis yeni bir yasa tasarısını görüştü ve kabul etti'.split(' ');
  const parts: string[] = [];
  let nodes = 0;
  for (let p = 0; nodes < TEXT_NODES; p++) {
    const spans: string[] = [];
    for (let w = 0; w < 40; w++) spans.push(`<span>${words[(p + w) % words.length]}</span>`);
    if (p % 10 === 0) spans.push(`<b>${NAMES[p % NAMES.length]}</b>`);
    parts.push(`<p>${spans.join(' ')}</p>`);
    nodes += spans.length * 2;
  }
  return html(parts.join('\n'));
}

interface Stalls {
  tasksOver50: number;
  /** Tasks over 50 ms of main-thread CPU (thread time): what a busy shared machine cannot inflate. */
  cpuTasksOver50: number;
  longestMs: number;
  mentions: number;
  /** Main-thread ms in content.js's own code (evaluation, idle slices, timers, observers). */
  scriptMs: number;
  /** The page's JS heap after the run, MB (the content script's isolated world shares it). */
  heapMb: number;
  /** Main-thread CPU ms in PrePaint and Paint: what re-painting highlights costs the page. */
  paintMs: number;
  /** The most of content.js's own script time inside one task, ms: our code's longest stretch. */
  scriptInOneTaskMs: number;
}

/**
 * The page's own price for the smallest visible change: one word recoloured, from the change to
 * the frame that shows it painted (median of 7). Any mark, by any means, costs at least one such
 * frame; on a huge page the browser's re-rendering alone is tens of milliseconds.
 */
async function visibleChangeMs(page: Page): Promise<number> {
  // tsx names nested functions with a helper the page does not have.
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate(async () => {
    const frame = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    const word = document.querySelector<HTMLElement>('em, span, a, p');
    if (!word) return Number.NaN;
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      await frame();
      const start = performance.now();
      word.style.color = i % 2 ? 'rgb(200, 0, 0)' : 'rgb(0, 0, 200)';
      await frame();
      times.push(performance.now() - start);
    }
    word.style.color = '';
    return times.sort((a, b) => a - b)[3] ?? Number.NaN;
  });
}

/** Every task of the page's renderer main thread while `action` runs. */
async function recordTasks(
  context: BrowserContext,
  page: Page,
  pageUrl: string,
  action: () => Promise<number>,
): Promise<Stalls> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (chunk) => events.push(...(chunk.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  const mentions = await action();
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  // The renderer that parsed the page (a navigation may move the tab to a new process).
  const pids = new Set(
    events.filter((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl).map((e) => e.pid),
  );
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .filter((e) => pids.has(e.pid))
      .map((e) => `${e.pid}:${e.tid}`),
  );
  // The page's navigation and parsing are the browser's; count from the first task after the
  // document finished parsing, which is when a document_idle content script can start.
  const parsed = Math.min(
    ...events.filter((e) => e.name === 'MarkDOMContent' && pids.has(e.pid)).map((e) => e.ts),
    Number.POSITIVE_INFINITY,
  );
  const runTasks = events
    .filter((e) => e.name === 'RunTask' && e.dur !== undefined && mainThreads.has(`${e.pid}:${e.tid}`))
    .filter((e) => e.ts >= parsed);
  const tasks = runTasks.map((e) => (e.dur ?? 0) / 1000);
  const onThread = events.filter((e) => mainThreads.has(`${e.pid}:${e.tid}`));
  // Our script inside each task (only tasks long enough to matter are looked into).
  const scriptInOneTaskMs = Math.max(
    0,
    ...runTasks
      .filter((task) => (task.dur ?? 0) > 10_000)
      .map((task) =>
        contentScriptTimeMs(
          onThread.filter((e) => e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0) && e !== task),
        ),
      ),
  );
  if (process.env.STALL_DEBUG) {
    const long = events.filter(
      (e) =>
        e.name === 'RunTask' &&
        (e.dur ?? 0) > 50_000 &&
        mainThreads.has(`${e.pid}:${e.tid}`) &&
        e.ts >= parsed,
    );
    for (const task of long.slice(0, 25)) {
      const sums = new Map<string, number>();
      for (const e of events) {
        if (e.pid !== task.pid || e.tid !== task.tid || e === task || e.dur === undefined) continue;
        if (e.ts < task.ts || e.ts >= task.ts + (task.dur ?? 0)) continue;
        const url = (e.args as { data?: { url?: string } } | undefined)?.data?.url ?? '';
        const key = `${e.name}${url.includes('content.js') ? '(content.js)' : ''}`;
        sums.set(key, (sums.get(key) ?? 0) + e.dur / 1000);
      }
      const top = [...sums]
        .filter(([k]) => !k.startsWith('ThreadControllerImpl'))
        .sort((x, y) => y[1] - x[1])
        .slice(0, 7);
      console.error(
        `task ${((task.dur ?? 0) / 1000).toFixed(0)} ms at ${((task.ts - parsed) / 1e6).toFixed(1)} s: ${top.map(([k, v]) => `${k}:${v.toFixed(0)}`).join(' | ')}`,
      );
    }
    // A change to an underline highlight re-runs PrePaint over the whole page (its ink overflow);
    // scrolling alone does not: these frames count the highlight changes (and the first layout).
    const prePaints = events
      .filter((e) => e.name === 'PrePaint' && mainThreads.has(`${e.pid}:${e.tid}`) && e.ts >= parsed)
      .map((e) => ({ at: (e.ts - parsed) / 1e6, ms: (e.tdur ?? e.dur ?? 0) / 1000 }))
      .filter((e) => e.ms > 15);
    console.error(
      `PrePaint over 15 ms (thread time): ${prePaints.length} — ${prePaints.map((e) => `${e.ms.toFixed(0)} ms at ${e.at.toFixed(1)} s`).join(', ')}`,
    );
  }
  const scriptMs = contentScriptTimeMs(events.filter((e) => mainThreads.has(`${e.pid}:${e.tid}`)));
  // Thread time, not wall time: the machine is shared, and a descheduled paint is not a slow one.
  const paintMs = events
    .filter((e) => (e.name === 'PrePaint' || e.name === 'Paint') && mainThreads.has(`${e.pid}:${e.tid}`))
    .filter((e) => e.ts >= parsed)
    .reduce((total, e) => total + (e.tdur ?? e.dur ?? 0) / 1000, 0);
  return {
    scriptMs,
    paintMs,
    scriptInOneTaskMs,
    heapMb: usedSize / 1024 / 1024,
    tasksOver50: tasks.filter((ms) => ms > LONG_TASK_MS).length,
    cpuTasksOver50: runTasks.filter((e) => (e.tdur ?? e.dur ?? 0) / 1000 > LONG_TASK_MS).length,
    longestMs: Math.max(0, ...tasks),
    mentions,
  };
}

async function scrollThrough(page: Page): Promise<void> {
  await page.mouse.move(Number(process.env.STALL_MOUSE_X ?? 600), 400);
  for (let i = 0; i < SCROLL_STEPS; i++) {
    await page.mouse.wheel(0, VIEWPORT_HEIGHT);
    await page.waitForTimeout(150);
  }
}

function serve(pages: Record<string, string>) {
  const server = createServer((req, res) => {
    const body = pages[(req.url ?? '/').slice(1)];
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  return new Promise<{ url(p: string): string; close(): void }>((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ url: (p) => `http://127.0.0.1:${port}/${p}`, close: () => server.close() });
    }),
  );
}

async function askPage(ext: Page, url: string): Promise<PageMentions> {
  return waitFor(
    () =>
      ext.evaluate(async (url) => {
        const [tab] = await chrome.tabs.query({ url });
        if (!tab?.id) return null;
        try {
          return (await chrome.tabs.sendMessage(
            tab.id,
            { type: 'page-mentions' },
            { frameId: 0 },
          )) as PageMentions;
        } catch {
          return null;
        }
      }, url),
    300_000,
    'page-mentions',
  );
}

function worst(runs: Stalls[]): Stalls {
  const most = (pick: (r: Stalls) => number) => Math.max(...runs.map(pick));
  return {
    tasksOver50: most((r) => r.tasksOver50),
    cpuTasksOver50: most((r) => r.cpuTasksOver50),
    longestMs: most((r) => r.longestMs),
    mentions: most((r) => r.mentions),
    scriptMs: most((r) => r.scriptMs),
    heapMb: most((r) => r.heapMb),
    paintMs: most((r) => r.paintMs),
    scriptInOneTaskMs: most((r) => r.scriptInOneTaskMs),
  };
}

export default async function pageStallsBench(): Promise<BenchTable[]> {
  const pages = {
    'realistic.html': articlePage(6),
    'dense.html': articlePage(1),
    'nodes.html': nodeStormPage(),
    'huge.html': articlePage(6, HUGE_PAGE_BYTES),
  };
  const labels: Record<keyof typeof pages, string> = {
    'realistic.html': 'realistic 5 MB page (names in 1 paragraph of 6)',
    'dense.html': 'dense 5 MB page (names in every paragraph)',
    'nodes.html': `${(TEXT_NODES / 1000).toFixed(0)}k text nodes (words in spans)`,
    'huge.html': '20 MB page (names in 1 paragraph of 6)',
  };
  // Two origins serving the same pages: Bağlam is turned off on the second one, so the baseline
  // runs in the same browser, with the same extension installed, and differs only in marking.
  const on = await serve(pages);
  const off = await serve(pages);
  const progress = (step: string) => console.error(`  page-stalls bench: ${step}`);
  const rows: (string | number)[][] = [];

  const session = await launchExtension();
  const ext = await openExtensionPage(session, 'options.html');
  // `BENCH_STYLE=background` measures the other mark style; `BENCH_PAGES=dense,nodes` a subset.
  await writeSettings(ext, {
    disabledSites: [new URL(off.url('')).host],
    ...(process.env.BENCH_STYLE ? { highlightStyle: process.env.BENCH_STYLE } : {}),
  });
  const only = process.env.BENCH_PAGES?.split(',');

  for (const name of (Object.keys(pages) as (keyof typeof pages)[]).filter(
    (n) => !only || only.some((o) => n.startsWith(o)),
  )) {
    const without: Stalls[] = [];
    const withExt: Stalls[] = [];
    const floor: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      for (const [server, results] of [
        [off, without],
        [on, withExt],
      ] as const) {
        const url = server.url(name);
        progress(`${name} run ${run + 1}/${RUNS}, Bağlam ${server === on ? 'on' : 'off'}`);
        const p = await session.context.newPage();
        results.push(
          await recordTasks(session.context, p, url, async () => {
            await p.goto(url, { timeout: 300_000 });
            const answer = await askPage(ext, url);
            await p.waitForTimeout(SETTLE_MS);
            await scrollThrough(p);
            await p.waitForTimeout(SETTLE_MS);
            return answer.people.reduce((total, person) => total + person.count, 0);
          }),
        );
        // After the trace: the page's own price for a visible change, with Bağlam off on it.
        if (server === off) floor.push(await visibleChangeMs(p));
        await p.close();
      }
    }
    const a = worst(without);
    const b = worst(withExt);
    const added = b.tasksOver50 - a.tasksOver50;
    rows.push([
      labels[name],
      b.mentions.toLocaleString('en'),
      `${a.tasksOver50} (longest ${a.longestMs.toFixed(0)} ms)`,
      `${b.tasksOver50} (longest ${b.longestMs.toFixed(0)} ms)`,
      added <= 0 ? 'none' : String(added),
      `${a.cpuTasksOver50} → ${b.cpuTasksOver50}`,
      `${(b.longestMs / Math.max(a.longestMs, 1)).toFixed(2)}×`,
      `${b.paintMs.toFixed(0)} / ${a.paintMs.toFixed(0)}`,
      b.scriptMs.toFixed(0),
      b.scriptInOneTaskMs.toFixed(0),
      Math.max(...floor).toFixed(0),
      `+${Math.max(0, b.heapMb - a.heapMb).toFixed(1)} (${a.heapMb.toFixed(0)} → ${b.heapMb.toFixed(0)})`,
    ]);
  }
  await session.close();
  on.close();
  off.close();
  return [
    {
      title:
        'Content script: main-thread tasks over 50 ms after the page is parsed, rendering included (Chromium)',
      columns: [
        'page',
        'mentions found',
        'Bağlam off on the site: tasks > 50 ms',
        'Bağlam on: tasks > 50 ms',
        'added by Bağlam',
        'tasks > 50 ms of CPU, off → on',
        'longest task, on / off',
        'PrePaint + Paint ms, on / off',
        'content-script main-thread ms',
        "Bağlam's script, most in one task ms",
        'the page recolouring one word, frame ms (floor)',
        'JS heap MB, on − off',
      ],
      rows,
      notes: [
        `Worst of ${RUNS} runs each. Every RunTask on the page's renderer main thread from DOMContentLoaded on, while Bağlam scans, then ${SCROLL_STEPS} wheel scrolls of one viewport height (${VIEWPORT_HEIGHT} px) 150 ms apart, then ${SETTLE_MS} ms idle; read from a Chromium trace, so style, layout and paint of the highlights count, not only script.`,
        'Tasks > 50 ms of CPU: the same tasks counted by their thread time, not their wall time, so a task the shared machine merely descheduled does not count.',
        'PrePaint + Paint: main-thread CPU time (trace thread durations) of those two phases after the page is parsed, the first layout of the page included; in Chromium every change to a highlight re-runs both over the whole page.',
        'Baseline: the same page from a second local origin on which Bağlam is turned off, in the same browser and run; its long tasks are the browser laying out and painting a huge page.',
        "Bağlam's script, most in one task: content.js's own time inside a single main-thread task, the worst task of the run — what our code holds the page for, apart from the rendering its marks cause.",
        'Floor: on the same page with Bağlam off, after the run, one word recoloured and the time to the frame that paints it (median of 7, worst run). Any visible change costs the page at least this: in Chromium a frame after a style change on a huge page re-renders it whole, so a mark of any kind (a highlight, an overlay element) cannot cost less than one such frame.',
        "Content-script ms: every evaluation, idle slice, timer and observer callback of content.js in the trace, nested calls counted once. Heap: the page's JS heap after a forced GC at the end of the run (the content script's isolated world shares the page's heap), with Bağlam on minus off.",
      ],
    },
  ];
}
