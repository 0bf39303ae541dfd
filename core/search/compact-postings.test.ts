import MiniSearch, { type Options } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { loadCompact, loadCompactAsync } from './compact-postings';

interface Doc {
  id: string;
  title: string;
  body: string;
}

const OPTIONS: Options<Doc> = { fields: ['title', 'body'], storeFields: ['title'], idField: 'id' };

const WORDS = ['barış', 'görüşme', 'bakan', 'ateşkes', 'seçim', 'enflasyon', 'kriz', 'zirve', 'ziyaret'];

/** Deterministic documents with repeated words (frequencies above one) and rare ones. */
function docs(count: number): Doc[] {
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed;
  };
  return Array.from({ length: count }, (_, i) => ({
    id: `d${i}`,
    title: `${WORDS[next() % WORDS.length]} ${WORDS[next() % WORDS.length]}`,
    body: Array.from({ length: 12 }, () => WORDS[next() % WORDS.length])
      .concat(i % 17 === 0 ? [`nadir${i}`] : [])
      .join(' '),
  }));
}

function built(count: number): MiniSearch<Doc> {
  const ms = new MiniSearch<Doc>(OPTIONS);
  ms.addAll(docs(count));
  return ms;
}

const QUERIES: [string, Parameters<MiniSearch['search']>[1]][] = [
  ['barış', {}],
  ['bakan ziyaret', { combineWith: 'AND' }],
  ['zir', { prefix: true }],
  ['enflasyom', { fuzzy: 1 }],
  ['nadir34', {}],
  ['nadir', { prefix: true, boost: { title: 2 } }],
  ['yok', {}],
];

describe('loadCompact', () => {
  const original = built(300);
  const js = original.toJSON();
  const plain = MiniSearch.loadJS(js, OPTIONS);
  const compact = loadCompact(js, OPTIONS);

  it('finds the same documents with the same scores as MiniSearch.loadJS', () => {
    for (const [query, options] of QUERIES)
      expect(compact.search(query, options), query).toEqual(plain.search(query, options));
    expect(compact.documentCount).toBe(plain.documentCount);
    expect(compact.termCount).toBe(plain.termCount);
  });

  it('serializes back to the same JSON', () => {
    expect(JSON.parse(JSON.stringify(compact))).toEqual(JSON.parse(JSON.stringify(plain)));
  });

  it("answers MiniSearch's Map reads on a term's postings, in and out of order", () => {
    const data = (
      compact as unknown as { _index: { get(t: string): Map<number, Map<number, number>> } }
    )._index
      .get('barış')
      ?.get(1);
    const reference = (
      plain as unknown as { _index: { get(t: string): Map<number, Map<number, number>> } }
    )._index
      .get('barış')
      ?.get(1);
    if (!data || !reference) throw new Error('no postings for barış');
    expect(data.size).toBe(reference.size);
    expect([...data.keys()]).toEqual([...reference.keys()].sort((a, b) => a - b));
    const ids = [...reference.keys()];
    for (const id of [...ids].reverse()) expect(data.get(id)).toBe(reference.get(id));
    expect(data.get(-1)).toBeUndefined();
    expect(data.get(1e9)).toBeUndefined();
    expect(data.has(ids[0] as number)).toBe(true);
    expect(new Map(data)).toEqual(new Map(reference));
  });

  it('stores a frequency beyond 16 bits as the largest it can hold', () => {
    const big = structuredClone(js);
    const entry = big.index.find(([term]) => term === 'barış');
    const fields = entry?.[1] as Record<string, Record<string, number>>;
    const [field] = Object.keys(fields);
    const [doc] = Object.keys(fields[field as string] as object);
    (fields[field as string] as Record<string, number>)[doc as string] = 1e6;
    const data = (
      loadCompact(big, OPTIONS) as unknown as { _index: { get(t: string): Map<number, Map<number, number>> } }
    )._index
      .get('barış')
      ?.get(Number(field));
    expect(data?.get(Number(doc))).toBe(0xffff);
  });

  it('loads the same in slices', async () => {
    const sliced = await loadCompactAsync(built(3000).toJSON(), OPTIONS);
    const whole = MiniSearch.loadJS(built(3000).toJSON(), OPTIONS);
    for (const [query, options] of QUERIES)
      expect(sliced.search(query, options), query).toEqual(whole.search(query, options));
  });
});
