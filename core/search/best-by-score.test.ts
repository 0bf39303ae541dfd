import { describe, expect, it } from 'vitest';
import { bestByScore } from './best-by-score';

type Item = { id: number; score: number };
const items = (scores: number[]): Item[] => scores.map((score, id) => ({ id, score }));
const stableTop = (list: readonly Item[], count: number) =>
  [...list]
    .sort((a, b) => {
      const [x, y] = [a, b].map((i) => (Number.isNaN(i.score) ? Number.NEGATIVE_INFINITY : i.score));
      return x === y ? 0 : (x ?? 0) > (y ?? 0) ? -1 : 1;
    })
    .slice(0, count);

/** A small deterministic generator: the same lists on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('bestByScore', () => {
  it('gives the same items in the same order as a stable full sort, on many random lists', () => {
    const next = random(7);
    for (let round = 0; round < 300; round++) {
      const length = Math.floor(next() * 400);
      // Few distinct scores in some rounds: many ties at the threshold.
      const distinct = round % 3 === 0 ? 4 : 1_000;
      const list = items(Array.from({ length }, () => Math.floor(next() * distinct) / 10));
      const count = Math.floor(next() * 30);
      expect(bestByScore(list, count)).toEqual(stableTop(list, count));
    }
  });

  it('keeps the first of equal scores, as a stable sort does', () => {
    const list = items([1, 2, 2, 2, 2, 0]);
    expect(bestByScore(list, 3).map((i) => i.id)).toEqual([1, 2, 3]);
  });

  it('handles sorted, reversed and constant lists', () => {
    const up = items(Array.from({ length: 1000 }, (_, i) => i));
    expect(bestByScore(up, 3).map((i) => i.id)).toEqual([999, 998, 997]);
    const down = items(Array.from({ length: 1000 }, (_, i) => 1000 - i));
    expect(bestByScore(down, 2).map((i) => i.id)).toEqual([0, 1]);
    const flat = items(Array.from({ length: 1000 }, () => 5));
    expect(bestByScore(flat, 4).map((i) => i.id)).toEqual([0, 1, 2, 3]);
  });

  it('ranks NaN scores last and never loses an item', () => {
    const list = items([Number.NaN, 3, Number.NaN, 1, 2]);
    expect(bestByScore(list, 4).map((i) => i.id)).toEqual([1, 4, 3, 0]);
    expect(bestByScore(list, 10)).toHaveLength(5);
  });

  it('gives nothing for a count of zero or less, and everything sorted for a count past the end', () => {
    expect(bestByScore(items([1, 2]), 0)).toEqual([]);
    expect(bestByScore(items([1, 2]), -1)).toEqual([]);
    expect(bestByScore(items([1, 3, 2]), Number.POSITIVE_INFINITY).map((i) => i.id)).toEqual([1, 2, 0]);
    expect(bestByScore([], 5)).toEqual([]);
  });
});
