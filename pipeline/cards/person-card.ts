/**
 * The hover card's data for one person, cut from the built corpus: the person, the role the corpus
 * states most often, counts, the first few quotes and articles (in `PersonStats` order) with a
 * snippet where the article mentions the person, and the people most often mentioned alongside.
 * Small on purpose: the build writes every card into `cards.json`, so a hover never has to load the
 * articles or the search index. The background can call it too (it is pure).
 */

import { articleTexts } from '../../core/protocol/article-texts';
import type {
  Article,
  BuiltCorpus,
  PersonCardData,
  PersonEntry,
  UiLanguage,
} from '../../core/protocol/types';
import { foldText, isWordChar } from '../../core/text/fold';

/** What the card shows before "more in the side panel". */
export const CARD_MAX_QUOTES = 5;
export const CARD_MAX_ARTICLES = 5;
export const CARD_MAX_CO_MENTIONS = 6;
/** About two lines of the card. */
export const CARD_SNIPPET_CHARS = 160;
/** Context kept before the mention so the snippet does not start with the name cold. */
const SNIPPET_CONTEXT_BEFORE = 50;
const ELLIPSIS = '…';

interface Lookup {
  articles: Map<string, Article>;
  people: Map<string, PersonEntry>;
  stats: Map<string, BuiltCorpus['stats'][number]>;
}

const lookups = new WeakMap<BuiltCorpus, Lookup>();

function lookupOf(corpus: BuiltCorpus): Lookup {
  let lookup = lookups.get(corpus);
  if (!lookup) {
    lookup = {
      articles: new Map(corpus.articles.map((a) => [a.id, a])),
      people: new Map(corpus.registry.people.map((p) => [p.id, p])),
      stats: new Map(corpus.stats.map((s) => [s.id, s])),
    };
    lookups.set(corpus, lookup);
  }
  return lookup;
}

/** The card for `personId`, or null when the registry has no such person. */
export function buildPersonCard(
  personId: string,
  corpus: BuiltCorpus,
  lang: UiLanguage,
): PersonCardData | null {
  const { articles, people, stats: statsById } = lookupOf(corpus);
  const person = people.get(personId);
  if (!person) return null;
  const stats = statsById.get(personId);
  const needles = aliasNeedles(person);

  const quotes: PersonCardData['quotes'] = [];
  for (const ref of stats?.quotes ?? []) {
    if (quotes.length >= CARD_MAX_QUOTES) break;
    const article = articles.get(ref.articleId);
    const quote = article?.quotes[ref.index];
    if (!article || !quote) continue;
    quotes.push({
      text: quote.text,
      fragment: quote.fragment,
      articleId: article.id,
      articleTitle: article.title,
      date: article.date,
      source: article.source,
      wire: article.wire,
      ...(quote.kind === 'reported' ? { kind: 'reported' as const } : {}),
    });
  }

  const cardArticles: PersonCardData['articles'] = [];
  for (const { articleId, count } of stats?.articles ?? []) {
    if (cardArticles.length >= CARD_MAX_ARTICLES) break;
    const article = articles.get(articleId);
    if (!article) continue;
    cardArticles.push({
      id: article.id,
      title: article.title,
      date: article.date,
      snippet: snippetFor(article, needles),
      count,
    });
  }

  const coMentions: PersonCardData['coMentions'] = [];
  for (const { personId: otherId, count } of stats?.coMentions ?? []) {
    if (coMentions.length >= CARD_MAX_CO_MENTIONS) break;
    const other = people.get(otherId);
    if (other) coMentions.push({ id: other.id, name: other.names[lang], count });
  }

  return {
    person,
    role: stats?.roles[0]?.role ?? null,
    articleCount: stats?.articles.length ?? 0,
    quoteCount: stats?.quotes.length ?? 0,
    quotes,
    articles: cardArticles,
    coMentions,
  };
}

/** Every registry person's card, keyed by id (what `cards.json` holds). */
export function buildPersonCards(corpus: BuiltCorpus, lang: UiLanguage): Record<string, PersonCardData> {
  const cards: Record<string, PersonCardData> = {};
  for (const person of corpus.registry.people) {
    const card = buildPersonCard(person.id, corpus, lang);
    if (card) cards[person.id] = card;
  }
  return cards;
}

/** Folded aliases, longest first, so `Vladimir Putin` is found before `Putin`. */
function aliasNeedles(person: PersonEntry): string[] {
  const all = new Set<string>();
  for (const list of Object.values(person.aliases)) for (const alias of list) all.add(foldText(alias));
  for (const name of Object.values(person.names)) all.add(foldText(name));
  return [...all].filter((a) => a.length > 0).sort((a, b) => b.length - a.length);
}

/** Where the article mentions the person: a word-aligned excerpt of that paragraph (or the lead). */
function snippetFor(article: Article, needles: readonly string[]): string {
  for (const paragraph of articleTexts(article, ['paragraphs'])) {
    const at = findMention(paragraph, needles);
    if (at >= 0) return excerpt(paragraph, at);
  }
  return excerpt(articleTexts(article, ['subtitle', 'paragraphs'])[0] ?? '', 0);
}

function findMention(text: string, needles: readonly string[]): number {
  const folded = foldText(text);
  for (const needle of needles) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(needle, from);
      if (at < 0) break;
      // A name starts a word; Turkish suffixes may follow it (`Putin'e`, `Putinle`).
      if (at === 0 || !isWordChar(folded[at - 1] as string)) return at;
      from = at + 1;
    }
  }
  return -1;
}

function excerpt(text: string, at: number): string {
  if (text.length <= CARD_SNIPPET_CHARS) return text;
  let start = Math.max(0, at - SNIPPET_CONTEXT_BEFORE);
  if (start > 0) {
    // Start at the sentence holding the mention when it is close, else at a word.
    const sentence = text.lastIndexOf('. ', at);
    start =
      sentence >= 0 && sentence + 2 >= start - SNIPPET_CONTEXT_BEFORE
        ? sentence + 2
        : text.indexOf(' ', start) + 1;
  }
  let end = Math.min(text.length, start + CARD_SNIPPET_CHARS);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > at) end = space;
  }
  return `${start > 0 ? ELLIPSIS : ''}${text.slice(start, end).trim()}${end < text.length ? ELLIPSIS : ''}`;
}
