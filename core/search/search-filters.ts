/**
 * Narrowing and ordering search results the way researchers ask for: only some kinds of result,
 * only what involves one person, only a date range, newest first. Dates in the corpus may be
 * partial (`2024`, `2024-11`): a partial date counts as inside a range it overlaps.
 */
import * as v from 'valibot';
import type { SearchHit } from './search-types';

const isoDay = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/u));

export const SearchFiltersSchema = v.object({
  kinds: v.optional(v.pipe(v.array(v.picklist(['person', 'article', 'quote'])), v.maxLength(3))),
  personId: v.optional(v.pipe(v.string(), v.maxLength(200))),
  from: v.optional(isoDay),
  to: v.optional(isoDay),
  sort: v.optional(v.picklist(['relevance', 'date'])),
});
export type SearchFilters = v.InferOutput<typeof SearchFiltersSchema>;

/** Whether any filter narrows the results (sorting alone does not). */
export function narrows(filters: SearchFilters | undefined): boolean {
  return Boolean(
    filters &&
      ((filters.kinds && filters.kinds.length < 3) || filters.personId || filters.from || filters.to),
  );
}

/** The first and last day a corpus date may stand for. */
function dateSpan(date: string): [string, string] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u.exec(date);
  if (!m) return null;
  const [, year, month, day] = m;
  if (day) return [`${year}-${month}-${day}`, `${year}-${month}-${day}`];
  if (month) return [`${year}-${month}-01`, `${year}-${month}-31`];
  return [`${year}-01-01`, `${year}-12-31`];
}

export function inDateRange(date: string | null, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  const span = date ? dateSpan(date) : null;
  if (!span) return false;
  return (!from || span[1] >= from) && (!to || span[0] <= to);
}

/**
 * Whether a hit passes the filters. `mentions(articleId)` lists the people an article mentions,
 * so an article "involves" a person it names even when no quote of theirs matched.
 */
export function passesFilters(
  hit: Pick<SearchHit, 'kind' | 'articleId' | 'personId' | 'date'>,
  filters: SearchFilters | undefined,
  mentions: (articleId: string) => readonly string[],
): boolean {
  if (!filters) return true;
  if (filters.kinds && !filters.kinds.includes(hit.kind)) return false;
  if (filters.personId) {
    const involved =
      hit.kind === 'article'
        ? hit.articleId !== null && mentions(hit.articleId).includes(filters.personId)
        : hit.personId === filters.personId;
    if (!involved) return false;
  }
  // People have no date: a date range asks for dated things.
  if (filters.from || filters.to)
    return hit.kind !== 'person' && inDateRange(hit.date, filters.from, filters.to);
  return true;
}

/** Newest first; undated last; ties keep their relevance order. */
export function byDateNewestFirst<T extends Pick<SearchHit, 'date'>>(hits: readonly T[]): T[] {
  return hits
    .map((hit, i) => ({ hit, i, key: hit.date ? (dateSpan(hit.date)?.[0] ?? '') : '' }))
    .sort((a, b) => (a.key === b.key ? a.i - b.i : a.key < b.key ? 1 : -1))
    .map((x) => x.hit);
}
