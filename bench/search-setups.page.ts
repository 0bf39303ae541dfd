/**
 * The page side of `search-setups.bench.ts`, bundled by esbuild into a blank page in Chromium: each
 * set-up loads its index from the bench's local server as the extension would from its files, and
 * answers queries. Every function returns plain numbers, so Playwright can carry them back.
 */
import FlexSearch, { type Index as FlexIndex } from 'flexsearch';
import { loadSearchIndex, planSearch, type SearchIndex } from '../core/search/search-index';

const LIMIT = 20;

export interface Timed {
  ms: number;
  hits: number;
}

async function text(path: string): Promise<string> {
  return (await fetch(path)).text();
}

function timed<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

/** Hits of several indexes merged the way one index would rank them: by score, people once. */
function mergedHits(indexes: readonly SearchIndex[], query: string): number {
  const seen = new Set<string>();
  const hits: { id: string; score: number }[] = [];
  for (const index of indexes)
    for (const hit of planSearch(index, query, { limit: LIMIT }).hits) {
      const key = `${hit.kind}:${hit.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      hits.push({ id: key, score: hit.score });
    }
  hits.sort((a, b) => b.score - a.score);
  return Math.min(LIMIT, hits.length);
}

let whole: SearchIndex | null = null;
const shards: SearchIndex[] = [];
let flex: FlexIndex | null = null;

/** The same options as the bench's build of the FlexSearch index. */
export const FLEX_OPTIONS = { tokenize: 'forward', encoder: FlexSearch.Charset.LatinBalance } as const;

const api = {
  /** The current design: the one serialized index read and loaded, then the query. */
  async wholeCold(query: string): Promise<Timed> {
    const t0 = performance.now();
    whole = loadSearchIndex(await text('/whole.json'));
    const hits = planSearch(whole, query, { limit: LIMIT }).hits.length;
    return { ms: performance.now() - t0, hits };
  },
  /** Per-shard indexes, newest first: the first results come from the newest shard alone. */
  async shardFirst(query: string): Promise<Timed> {
    const t0 = performance.now();
    shards.length = 0;
    shards.push(loadSearchIndex(await text('/shard-0.json')));
    const hits = mergedHits(shards, query);
    return { ms: performance.now() - t0, hits };
  },
  /** The remaining shards loaded one by one after the first, then the query over all. */
  async shardRest(query: string, count: number): Promise<Timed> {
    const t0 = performance.now();
    for (let i = shards.length; i < count; i++) shards.push(loadSearchIndex(await text(`/shard-${i}.json`)));
    const hits = mergedHits(shards, query);
    return { ms: performance.now() - t0, hits };
  },
  /** FlexSearch (yardstick): its own export format imported key by key, then the query. */
  async flexCold(query: string): Promise<Timed> {
    const t0 = performance.now();
    const exported = JSON.parse(await text('/flex.json')) as [string, string][];
    flex = new FlexSearch.Index(FLEX_OPTIONS);
    for (const [key, data] of exported) flex.import(key, data);
    const hits = (flex.search(query, LIMIT) as unknown[]).length;
    return { ms: performance.now() - t0, hits };
  },
  /** Each keystroke's query on the loaded set-up, in ms, in order. */
  keystrokes(setup: 'whole' | 'shards' | 'flex', typed: readonly string[]): number[] {
    return typed.map((query) => {
      if (setup === 'whole' && whole)
        return timed(() => planSearch(whole as SearchIndex, query, { limit: LIMIT })).ms;
      if (setup === 'shards') return timed(() => mergedHits(shards, query)).ms;
      if (flex) return timed(() => (flex as FlexIndex).search(query, LIMIT)).ms;
      throw new Error(`${setup} is not loaded`);
    });
  },
  /** Drops every index, so that the heap measured next holds one set-up only. */
  reset(): void {
    whole = null;
    shards.length = 0;
    flex = null;
  },
};

export type SetupsApi = typeof api;
(globalThis as { searchSetups?: SetupsApi }).searchSetups = api;
