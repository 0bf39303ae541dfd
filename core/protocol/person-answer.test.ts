import { describe, expect, it } from 'vitest';
import type { PersonRow } from './corpus-manifest';
import { personAnswer } from './person-answer';

const person = {
  id: 'p',
  names: { tr: 'P', en: 'P' },
  aliases: {},
  description: { tr: '', en: '' },
  ambiguous: [],
} as unknown as PersonRow['person'];

function row(articles: number, shown: number): PersonRow {
  const ids = Array.from({ length: articles }, (_, i) => `a${i}`);
  return {
    id: 'p',
    person,
    stats: {
      id: 'p',
      roles: [{ role: 'Lider', articleIds: ids.filter((_, i) => i % 2 === 0) }],
      articles: ids.map((articleId) => ({ articleId, count: 1 })),
      quotes: ids.map((articleId) => ({ articleId, index: 0 })),
      coMentions: [{ personId: 'q', count: 3 }],
    },
    articles: ids.slice(0, shown).map((id) => ({
      id,
      title: id,
      date: null,
      category: null,
      source: null,
      wire: null,
      quotes: {},
    })),
    card: null,
  };
}

describe('personAnswer', () => {
  it('sends the stats of the articles the row holds, and the full counts beside them', () => {
    const answer = personAnswer(row(5_000, 100));
    expect(answer.stats.articles).toHaveLength(100);
    expect(answer.stats.quotes).toHaveLength(100);
    expect(answer.stats.roles[0]?.articleIds).toHaveLength(50);
    expect(answer.counts).toEqual({ articles: 5_000, quotes: 5_000, roles: [2_500] });
    expect(answer.stats.coMentions).toEqual([{ personId: 'q', count: 3 }]);
    expect(answer.articles).toHaveLength(100);
  });

  it('sends a small row whole', () => {
    const small = row(3, 3);
    const answer = personAnswer(small);
    expect(answer.stats).toEqual(small.stats);
    expect(answer.counts).toEqual({ articles: 3, quotes: 3, roles: [2] });
  });
});
