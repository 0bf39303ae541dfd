/**
 * Loading a serialized MiniSearch index with its postings packed. MiniSearch keeps each term's
 * postings per field as a `Map` of document → term frequency: with hundreds of thousands of terms
 * (most in one or two documents) those maps are most of an index's heap — ≈144 MB for 10k articles,
 * ≈12 MB once packed (measured in Node). An index loaded from its serialized form is never changed
 * (an import builds a new one), so its postings can be read-only: every document id and frequency
 * of one index in two typed arrays, and per term and field a small view of its run with the part
 * of the `Map` interface MiniSearch reads when it searches (`size`, `keys`, `get`, iteration).
 * Results are the same, score for score (`compact-postings.test.ts`).
 */
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';

/** The serialized postings: term → field id → document short id → term frequency. */
type SerializedPostings = AsPlainObject['index'];

/** Frequencies are stored in 16 bits; a term is never that often in one field of one document. */
const MAX_FREQUENCY = 0xffff;
/** Terms loaded between two yields to the event loop (`loadCompactAsync`). */
const TERMS_PER_SLICE = 2_000;

/** One term's postings in one field: documents `ids[start…end)` (ascending) and their frequencies. */
class PackedPostings {
  /** Where the last `keys()` walk is: `get` right after it reads there (MiniSearch's pattern). */
  private at: number;

  constructor(
    private readonly ids: Uint32Array,
    private readonly frequencies: Uint16Array,
    private readonly start: number,
    private readonly end: number,
  ) {
    this.at = start;
  }

  get size(): number {
    return this.end - this.start;
  }

  *keys(): IterableIterator<number> {
    for (let i = this.start; i < this.end; i++) {
      this.at = i;
      yield this.ids[i] as number;
    }
  }

  has(id: number): boolean {
    return this.indexOf(id) >= 0;
  }

  get(id: number): number | undefined {
    const i = this.ids[this.at] === id && this.at < this.end ? this.at : this.indexOf(id);
    return i >= 0 ? this.frequencies[i] : undefined;
  }

  *[Symbol.iterator](): IterableIterator<[number, number]> {
    for (let i = this.start; i < this.end; i++) yield [this.ids[i] as number, this.frequencies[i] as number];
  }

  entries(): IterableIterator<[number, number]> {
    return this[Symbol.iterator]();
  }

  private indexOf(id: number): number {
    let low = this.start;
    let high = this.end - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const value = this.ids[middle] as number;
      if (value === id) return middle;
      if (value < id) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }
}

interface TermSink {
  set(term: string, data: Map<number, unknown>): unknown;
}

function postingCount(postings: SerializedPostings): number {
  let count = 0;
  for (const [, fields] of postings)
    for (const docs of Object.values(fields)) count += Object.keys(docs).length;
  return count;
}

/** Packs terms `from…to` of `postings` into `ids`/`frequencies` from `at`; returns the next free slot. */
function packTerms(
  postings: SerializedPostings,
  from: number,
  to: number,
  ids: Uint32Array,
  frequencies: Uint16Array,
  at: number,
  sink: TermSink,
): number {
  let next = at;
  for (let t = from; t < to; t++) {
    const [term, fields] = postings[t] as SerializedPostings[number];
    const data = new Map<number, PackedPostings>();
    for (const field of Object.keys(fields)) {
      const docs = fields[field] as Record<string, number>;
      const start = next;
      // Integer-like keys iterate in ascending order: the run is sorted for `get`'s binary search.
      for (const doc of Object.keys(docs)) {
        ids[next] = Number(doc);
        frequencies[next] = Math.min(MAX_FREQUENCY, docs[doc] as number);
        next++;
      }
      data.set(Number(field), new PackedPostings(ids, frequencies, start, next));
    }
    sink.set(term, data);
  }
  return next;
}

/** The index without its postings, and where they go (MiniSearch's term tree, a protected member). */
function shell<T>(js: AsPlainObject, options: Options<T>): { ms: MiniSearch<T>; sink: TermSink } {
  const ms = MiniSearch.loadJS({ ...js, index: [] }, options);
  return { ms, sink: (ms as unknown as { _index: TermSink })._index };
}

/** `MiniSearch.loadJS` with packed postings. */
export function loadCompact<T>(js: AsPlainObject, options: Options<T>): MiniSearch<T> {
  const { ms, sink } = shell(js, options);
  const total = postingCount(js.index);
  packTerms(js.index, 0, js.index.length, new Uint32Array(total), new Uint16Array(total), 0, sink);
  return ms;
}

/** The same in slices, yielding to the event loop between them (a worker answering meanwhile). */
export async function loadCompactAsync<T>(js: AsPlainObject, options: Options<T>): Promise<MiniSearch<T>> {
  const { ms, sink } = shell(js, options);
  const total = postingCount(js.index);
  const ids = new Uint32Array(total);
  const frequencies = new Uint16Array(total);
  let at = 0;
  for (let from = 0; from < js.index.length; from += TERMS_PER_SLICE) {
    at = packTerms(
      js.index,
      from,
      Math.min(js.index.length, from + TERMS_PER_SLICE),
      ids,
      frequencies,
      at,
      sink,
    );
    await new Promise((done) => setTimeout(done, 0));
  }
  return ms;
}
