/**
 * Main-thread time read from a Chromium trace: the content script's own events (evaluation, compile,
 * callbacks) whose source is `content.js`, nested or overlapping ones counted once.
 */

export interface TraceEvent {
  name: string;
  ph?: string;
  pid?: number;
  tid?: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs, where the trace has it. */
  tdur?: number;
  args?: { name?: string; beginData?: { url?: string }; data?: { url?: string; scriptName?: string } };
}

const SCRIPT_EVENTS = ['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.run'];

/** ms of `events` spent in content.js (pass only one thread's events for one thread's time). */
export function contentScriptTimeMs(events: readonly TraceEvent[]): number {
  const intervals = events
    .filter((e) => e.dur !== undefined && SCRIPT_EVENTS.includes(e.name))
    .filter((e) => /content-scripts\/content\.js/.test(e.args?.data?.url ?? e.args?.data?.scriptName ?? ''))
    .map((e) => [e.ts, e.ts + (e.dur ?? 0)] as const)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [start, stop] of intervals) {
    if (stop <= end) continue;
    total += stop - Math.max(start, end);
    end = stop;
  }
  return total / 1000;
}
