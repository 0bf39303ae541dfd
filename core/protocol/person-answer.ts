/**
 * What `get-person` sends of a person row: the stats' lists cut to what the person view shows (the
 * row's articles and their quotes), with the full counts beside them. A person named in thousands
 * of articles has stats lists of thousands of entries; sending, checking and walking them cost the
 * view far more than what it shows.
 */
import type { PersonRow } from './corpus-manifest';
import type { ResponseMap } from './messages';

export function personAnswer(row: PersonRow): NonNullable<ResponseMap['get-person']> {
  const shown = new Set(row.articles.map((a) => a.id));
  const { stats } = row;
  return {
    person: row.person,
    stats: {
      ...stats,
      roles: stats.roles.map((r) => ({
        role: r.role,
        articleIds: r.articleIds.filter((id) => shown.has(id)),
      })),
      articles: stats.articles.filter((a) => shown.has(a.articleId)),
      quotes: stats.quotes.filter((q) => shown.has(q.articleId)),
    },
    counts: {
      articles: stats.articles.length,
      quotes: stats.quotes.length,
      roles: stats.roles.map((r) => r.articleIds.length),
    },
    articles: row.articles,
  };
}
