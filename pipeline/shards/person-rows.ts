/**
 * The pure parts of the shipped files: articles newest first, an article's summary and one row per
 * person (stats, the summaries and quotes the person view lists, the card). No Node API, so the
 * extension's archive builder (`lib/archive/`) makes the same rows in the browser as the CLI.
 */
import {
  type ArticleSummary,
  PERSON_ROW_ARTICLES,
  type PersonCounts,
  type PersonRow,
  type PersonRowArticle,
} from '../../core/protocol/corpus-manifest';
import type {
  Article,
  BuiltCorpus,
  PersonCardData,
  PersonEntry,
  PersonStats,
  QuoteRef,
} from '../../core/protocol/types';

/** Newest first by (possibly partial) date, undated last; the build order breaks ties. */
export function newestFirst(articles: readonly Article[]): Article[] {
  return articles
    .map((article, i) => ({ article, i }))
    .sort((a, b) => {
      const da = a.article.date ?? '';
      const db = b.article.date ?? '';
      return da === db ? a.i - b.i : da < db ? 1 : -1;
    })
    .map((x) => x.article);
}

export function summaryOf(a: Article): ArticleSummary {
  return { id: a.id, title: a.title, date: a.date, category: a.category, source: a.source, wire: a.wire };
}

/** A person's stats cut to the articles a row shows, and the full counts beside them. */
export function shownStats(
  stats: PersonStats,
  shown: ReadonlySet<string>,
): { stats: PersonStats; counts: PersonCounts } {
  return {
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
  };
}

export function personRows(
  corpus: BuiltCorpus,
  people: readonly PersonEntry[],
  cards: Readonly<Record<string, PersonCardData>>,
): PersonRow[] {
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  const statsById = new Map(corpus.stats.map((s) => [s.id, s]));
  return people.flatMap((person) => {
    const stats = statsById.get(person.id);
    if (!stats) return [];
    const ids = [
      ...new Set([...stats.quotes.map((q) => q.articleId), ...stats.articles.map((a) => a.articleId)]),
    ].slice(0, PERSON_ROW_ARTICLES);
    const refsOf = new Map<string, QuoteRef[]>();
    for (const ref of stats.quotes) {
      const refs = refsOf.get(ref.articleId);
      if (refs) refs.push(ref);
      else refsOf.set(ref.articleId, [ref]);
    }
    const articles: PersonRowArticle[] = [];
    for (const id of ids) {
      const article = byId.get(id);
      if (!article) continue;
      const quotes: PersonRowArticle['quotes'] = {};
      for (const ref of refsOf.get(id) ?? []) {
        const quote = article.quotes[ref.index];
        if (quote) quotes[String(ref.index)] = quote;
      }
      articles.push({ ...summaryOf(article), quotes });
    }
    const shown = shownStats(stats, new Set(articles.map((a) => a.id)));
    return [{ id: person.id, person, ...shown, articles, card: cards[person.id] ?? null }];
  });
}
