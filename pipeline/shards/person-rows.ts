/**
 * The pure parts of the shipped files: articles newest first, an article's summary and one row per
 * person (stats, the summaries and quotes the person view lists, the card). No Node API, so the
 * extension's archive builder (`lib/archive/`) makes the same rows in the browser as the CLI.
 */
import {
  type ArticleSummary,
  PERSON_ROW_ARTICLES,
  type PersonRow,
  type PersonRowArticle,
} from '../../core/protocol/corpus-manifest';
import type { Article, BuiltCorpus, PersonCardData, PersonEntry } from '../../core/protocol/types';

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
    const articles: PersonRowArticle[] = [];
    for (const id of ids) {
      const article = byId.get(id);
      if (!article) continue;
      const quotes: PersonRowArticle['quotes'] = {};
      for (const ref of stats.quotes) {
        const quote = ref.articleId === id ? article.quotes[ref.index] : undefined;
        if (quote) quotes[String(ref.index)] = quote;
      }
      articles.push({ ...summaryOf(article), quotes });
    }
    return [{ id: person.id, person, stats, articles, card: cards[person.id] ?? null }];
  });
}
