/**
 * What the corpus says about each registry person, precomputed at build time for the hover card
 * and the side panel.
 *
 * `computePersonStats(articles, people)` returns one entry per registry person, in registry order
 * (people the corpus never mentions get empty lists):
 * - `articles`: every article that names the person (title, subtitle, subheadings, paragraphs and
 *   captions, read as one document so `Kim'in` counts after `Kim Jong Un`) or quotes them, with
 *   the number of mentions; most mentions first, then newest first.
 * - `quotes`: the person's own quotes; full quotes before fragments, then newest article first,
 *   then text order. Undated articles count as oldest.
 * - `coMentions`: other people named in the same articles, by number of shared articles.
 * - `roles`: the roles articles state (`article.roles`), grouped case/diacritic-insensitively
 *   under the first spelling seen, most articles first, then the newest statement first.
 */

import { articleTexts } from '../../core/protocol/article-texts';
import type { Article, PersonEntry, PersonStats, QuoteRef } from '../../core/protocol/types';
import { foldText } from '../../core/text/fold';
import { scanDocument } from '../quotes/speaker-resolver';

/** Newest first; a missing date sorts last. `YYYY` < `YYYY-MM` < `YYYY-MM-DD` compare as strings. */
function byDateDesc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

export function computePersonStats(
  articles: readonly Article[],
  people: readonly PersonEntry[],
): PersonStats[] {
  // Article position, for stable tie-breaks in corpus order.
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const dateOf = new Map(articles.map((a) => [a.id, a.date]));
  const newestFirst = (x: string, y: string) =>
    byDateDesc(dateOf.get(x) ?? null, dateOf.get(y) ?? null) || (order.get(x) ?? 0) - (order.get(y) ?? 0);

  // personId → articleId → mention count.
  const counts = new Map<string, Map<string, number>>(people.map((p) => [p.id, new Map()]));
  for (const article of articles) {
    for (const mentions of scanDocument(people, articleTexts(article))) {
      for (const m of mentions) {
        const perArticle = counts.get(m.personId);
        perArticle?.set(article.id, (perArticle.get(article.id) ?? 0) + 1);
      }
    }
    for (const q of article.quotes) {
      const perArticle = q.speakerId ? counts.get(q.speakerId) : undefined;
      if (perArticle && !perArticle.has(article.id)) perArticle.set(article.id, 0);
    }
  }

  // Per person, in one pass each: their quotes in corpus order, their roles newest article first.
  const quotesOf = new Map<string, (QuoteRef & { fragment: boolean })[]>();
  for (const article of articles) {
    article.quotes.forEach((q, index) => {
      if (q.speakerId === null) return;
      const list = quotesOf.get(q.speakerId) ?? [];
      quotesOf.set(q.speakerId, list);
      list.push({ articleId: article.id, index, fragment: q.fragment });
    });
  }
  const rolesOf = new Map<string, Map<string, { role: string; articleIds: string[] }>>();
  const byNewest = [...articles].sort((a, b) => newestFirst(a.id, b.id));
  for (const article of byNewest) {
    for (const r of article.roles) {
      const roleGroups = rolesOf.get(r.personId) ?? new Map<string, { role: string; articleIds: string[] }>();
      rolesOf.set(r.personId, roleGroups);
      const key = foldText(r.role);
      const group = roleGroups.get(key) ?? { role: r.role, articleIds: [] };
      if (!group.articleIds.includes(article.id)) group.articleIds.push(article.id);
      roleGroups.set(key, group);
    }
  }
  const registryOrder = new Map(people.map((p, i) => [p.id, i]));

  return people.map((person): PersonStats => {
    const perArticle = counts.get(person.id) ?? new Map<string, number>();
    const articleList = [...perArticle.entries()]
      .map(([articleId, count]) => ({ articleId, count }))
      .sort((a, b) => b.count - a.count || newestFirst(a.articleId, b.articleId));

    const quotes = quotesOf.get(person.id) ?? [];
    quotes.sort(
      (a, b) =>
        Number(a.fragment) - Number(b.fragment) || newestFirst(a.articleId, b.articleId) || a.index - b.index,
    );

    const shared = new Map<string, number>();
    for (const other of people) {
      if (other.id === person.id) continue;
      const theirs = counts.get(other.id);
      let n = 0;
      for (const [articleId, count] of perArticle) if (count > 0 && (theirs?.get(articleId) ?? 0) > 0) n++;
      if (n > 0) shared.set(other.id, n);
    }
    const coMentions = [...shared.entries()]
      .map(([personId, count]) => ({ personId, count }))
      .sort(
        (a, b) =>
          b.count - a.count || (registryOrder.get(a.personId) ?? 0) - (registryOrder.get(b.personId) ?? 0),
      );

    const roleGroups = rolesOf.get(person.id) ?? new Map<string, { role: string; articleIds: string[] }>();
    // Map keeps insertion order (newest statement first), and sort is stable.
    const roles = [...roleGroups.values()].sort((a, b) => b.articleIds.length - a.articleIds.length);

    return {
      id: person.id,
      roles,
      articles: articleList,
      quotes: quotes.map(({ articleId, index }) => ({ articleId, index })),
      coMentions,
    };
  });
}
