/**
 * The page side of `search-setups.bench.ts`, bundled by esbuild into a blank page in Chromium: each
 * set-up loads its index from the bench's local server as the extension would from its files, and
 * answers queries. Every function returns plain numbers, so Playwright can carry them back.
 */
import FlexSearch, { type Index as FlexIndex } from 'flexsearch';
import {
  loadSearchBase,
  loadSearchIndex,
  loadSearchShard,
  planSearch,
  type SearchIndex,
  withShard,
} from '../core/search/search-index';

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

let whole: SearchIndex | null = null;
let sharded: SearchIndex | null = null;
let flex: FlexIndex | null = null;

/** The same options as the bench's build of the FlexSearch index. */
export const FLEX_OPTIONS = { tokenize: 'forward', encoder: FlexSearch.Charset.LatinBalance } as const;

const api = {
  /** The design before shards: the one serialized index read and loaded, then the query. */
  async wholeCold(query: string): Promise<Timed> {
    const t0 = performance.now();
    whole = loadSearchIndex(await text('/whole.json'));
    const hits = planSearch(whole, query, { limit: LIMIT }).hits.length;
    return { ms: performance.now() - t0, hits };
  },
  /** Bağlam's design: the people part and the newest shard, then the query (as a cold worker). */
  async shardFirst(query: string): Promise<Timed> {
    const t0 = performance.now();
    const [base, newest] = await Promise.all([text('/base.json'), text('/shard-0.json')]);
    sharded = withShard(loadSearchBase(base), loadSearchShard(newest));
    const hits = planSearch(sharded, query, { limit: LIMIT }).hits.length;
    return { ms: performance.now() - t0, hits };
  },
  /** The older shards loaded one by one after the first, then the query over all. */
  async shardRest(query: string, count: number): Promise<Timed> {
    const t0 = performance.now();
    let index = sharded as SearchIndex;
    for (let i = index.shards.length; i < count; i++)
      index = withShard(index, loadSearchShard(await text(`/shard-${i}.json`)));
    sharded = index;
    const hits = planSearch(index, query, { limit: LIMIT }).hits.length;
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
      if (setup === 'shards' && sharded)
        return timed(() => planSearch(sharded as SearchIndex, query, { limit: LIMIT })).ms;
      if (flex) return timed(() => (flex as FlexIndex).search(query, LIMIT)).ms;
      throw new Error(`${setup} is not loaded`);
    });
  },
  /** Drops every index, so that the heap measured next holds one set-up only. */
  reset(): void {
    whole = null;
    sharded = null;
    flex = null;
  },
};

export type SetupsApi = typeof api;
(globalThis as { searchSetups?: SetupsApi }).searchSetups = api;
