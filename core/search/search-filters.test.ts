import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  byDateNewestFirst,
  inDateRange,
  narrows,
  passesFilters,
  SearchFiltersSchema,
} from './search-filters';
import type { SearchHit } from './search-types';

const hit = (
  kind: SearchHit['kind'],
  id: string,
  date: string | null,
  personId: string | null = null,
): SearchHit => ({
  kind,
  id,
  title: id,
  articleId: kind === 'person' ? null : (id.split('#')[0] ?? id),
  personId,
  date,
  snippet: [],
  score: 1,
});

const mentions = (articleId: string) => (articleId === 'a1' ? ['putin'] : []);

describe('search filters', () => {
  it.each<[string | null, string | undefined, string | undefined, boolean]>([
    ['2024-11-05', '2024-11-01', '2024-11-30', true],
    ['2024-11-05', '2024-12-01', undefined, false],
    ['2024-11-05', undefined, '2024-11-04', false],
    // A month or a year overlaps the range: it may be inside it.
    ['2024-11', '2024-11-20', '2024-12-31', true],
    ['2024', '2024-06-01', '2024-06-30', true],
    ['2023', '2024-01-01', undefined, false],
    [null, '2024-01-01', undefined, false],
    [null, undefined, undefined, true],
    ['not a date', '2024-01-01', undefined, false],
  ])('date %s in [%s, %s]: %s', (date, from, to, inside) => {
    expect(inDateRange(date, from, to)).toBe(inside);
  });

  it('keeps only the kinds asked for', () => {
    const f = { kinds: ['quote' as const] };
    expect(passesFilters(hit('quote', 'a1#0', '2024'), f, mentions)).toBe(true);
    expect(passesFilters(hit('article', 'a1', '2024'), f, mentions)).toBe(false);
  });

  it('keeps what involves the person: their quotes, articles naming them, themselves', () => {
    const f = { personId: 'putin' };
    expect(passesFilters(hit('article', 'a1', null), f, mentions)).toBe(true);
    expect(passesFilters(hit('article', 'a2', null), f, mentions)).toBe(false);
    expect(passesFilters(hit('quote', 'a2#1', null, 'putin'), f, mentions)).toBe(true);
    expect(passesFilters(hit('quote', 'a1#1', null, 'kim'), f, mentions)).toBe(false);
    expect(passesFilters(hit('person', 'putin', null, 'putin'), f, mentions)).toBe(true);
  });

  it('drops people and undated results when a date range is set', () => {
    const f = { from: '2024-01-01' };
    expect(passesFilters(hit('person', 'putin', null, 'putin'), f, mentions)).toBe(false);
    expect(passesFilters(hit('article', 'a1', null), f, mentions)).toBe(false);
    expect(passesFilters(hit('article', 'a1', '2024-02'), f, mentions)).toBe(true);
  });

  it('sorts newest first, undated last, relevance order among equals', () => {
    const sorted = byDateNewestFirst([
      hit('article', 'old', '2023-01-01'),
      hit('article', 'none', null),
      hit('article', 'new', '2024-11'),
      hit('article', 'new2', '2024-11-01'),
    ]);
    expect(sorted.map((h) => h.id)).toEqual(['new', 'new2', 'old', 'none']);
  });

  it('says whether filters narrow anything, and validates them', () => {
    expect(narrows(undefined)).toBe(false);
    expect(narrows({ sort: 'date' })).toBe(false);
    expect(narrows({ kinds: ['person', 'article', 'quote'] })).toBe(false);
    expect(narrows({ kinds: ['article'] })).toBe(true);
    expect(v.safeParse(SearchFiltersSchema, { from: '2024-13' }).success).toBe(false);
    expect(v.safeParse(SearchFiltersSchema, { kinds: ['video'] }).success).toBe(false);
    expect(v.safeParse(SearchFiltersSchema, { from: '2024-01-02', sort: 'date' }).success).toBe(true);
  });
});
