import { describe, expect, it } from 'vitest';
import { PERSON_ROW_ARTICLES } from '../../core/protocol/corpus-manifest';
import type { Article, BuiltCorpus, PersonEntry, PersonStats } from '../../core/protocol/types';
import { personRows, shownStats } from './person-rows';

function stats(articles: number): PersonStats {
  const ids = Array.from({ length: articles }, (_, i) => `a${i}`);
  return {
    id: 'p',
    roles: [{ role: 'Lider', articleIds: ids.filter((_, i) => i % 2 === 0) }],
    articles: ids.map((articleId) => ({ articleId, count: 1 })),
    quotes: ids.map((articleId) => ({ articleId, index: 0 })),
    coMentions: [{ personId: 'q', count: 3 }],
  };
}

describe('shownStats', () => {
  it('cuts the lists to the shown articles and keeps the full counts beside them', () => {
    const shown = new Set(Array.from({ length: 100 }, (_, i) => `a${i}`));
    const cut = shownStats(stats(5_000), shown);
    expect(cut.stats.articles).toHaveLength(100);
    expect(cut.stats.quotes).toHaveLength(100);
    expect(cut.stats.roles[0]?.articleIds).toHaveLength(50);
    expect(cut.counts).toEqual({ articles: 5_000, quotes: 5_000, roles: [2_500] });
    expect(cut.stats.coMentions).toEqual([{ personId: 'q', count: 3 }]);
  });

  it('keeps small stats whole', () => {
    const small = stats(3);
    const cut = shownStats(small, new Set(['a0', 'a1', 'a2']));
    expect(cut.stats).toEqual(small);
    expect(cut.counts).toEqual({ articles: 3, quotes: 3, roles: [2] });
  });

  it('keeps nothing of articles not shown', () => {
    const cut = shownStats(stats(4), new Set());
    expect(cut.stats.articles).toEqual([]);
    expect(cut.stats.quotes).toEqual([]);
    expect(cut.stats.roles).toEqual([{ role: 'Lider', articleIds: [] }]);
    expect(cut.counts.articles).toBe(4);
  });
});

describe('personRows', () => {
  const person = { id: 'p', names: { tr: 'P' } } as unknown as PersonEntry;
  const article = (i: number): Article =>
    ({
      id: `a${i}`,
      title: `T${i}`,
      date: null,
      category: null,
      source: null,
      wire: null,
      quotes: [{ text: `söz ${i}` }, { text: `ikinci ${i}` }],
    }) as unknown as Article;

  it('holds at most PERSON_ROW_ARTICLES articles with the quotes of each, and the full counts', () => {
    const n = PERSON_ROW_ARTICLES + 50;
    const s = stats(n);
    s.quotes.push({ articleId: 'a1', index: 1 });
    const corpus = {
      articles: Array.from({ length: n }, (_, i) => article(i)),
      stats: [s],
    } as unknown as BuiltCorpus;
    const [row] = personRows(corpus, [person], {});
    expect(row?.articles).toHaveLength(PERSON_ROW_ARTICLES);
    expect(Object.keys(row?.articles[1]?.quotes ?? {})).toEqual(['0', '1']);
    expect(row?.stats.articles).toHaveLength(PERSON_ROW_ARTICLES);
    expect(row?.counts).toEqual({ articles: n, quotes: n + 1, roles: [Math.ceil(n / 2)] });
    expect(row?.card).toBeNull();
  });

  it('makes no row for a person without stats', () => {
    const corpus = { articles: [], stats: [] } as unknown as BuiltCorpus;
    expect(personRows(corpus, [person], {})).toEqual([]);
  });
});
