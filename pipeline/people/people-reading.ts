/**
 * One article's people and the speakers of its quotes, read together: the people model
 * (`article-people.ts`) decides who the article names, then each quote's speaker becomes one of
 * them (`quote-speakers.ts`). The corpus builder calls this once per article.
 */
import type { ArticlePerson, Heading, PersonEntry, Quote } from '../../core/protocol/types';
import { listedStatements } from '../quotes/listed-statements';
import { extractQuotes } from '../quotes/quote-extractor';
import { attributeQuotes, headingQuotesGoOn } from '../quotes/quote-speakers';
import { singleQuotedQuotes } from '../quotes/single-quoted';
import { findArticlePeople } from './article-people';
import type { ArticlePersonFacts } from './discovered-people';

export interface PeopleReading {
  quotes: Quote[];
  people: ArticlePerson[];
  /** The unregistered people, with the forms and roles the article uses: for `discovered-people.ts`. */
  facts: ArticlePersonFacts[];
}

export function readPeople(
  article: { title: string; subtitle: string | null; paragraphs: string[]; headings: Heading[] },
  quotes: readonly Quote[],
  registry: readonly PersonEntry[],
): PeopleReading {
  // The subtitle (spot) often names the speaker and holds the lead quote: it is read last, so the
  // quotes' paragraph indices into title + paragraphs stay as they are.
  const texts = [article.title, ...article.paragraphs, ...(article.subtitle ? [article.subtitle] : [])];
  const fromSubtitle = article.subtitle ? subtitleQuotes(article.subtitle, registry, texts.length - 2) : [];
  const all = [...quotes, ...fromSubtitle];
  const speakerNames = all.flatMap((q) => (q.speakerName ? [q.speakerName] : []));
  const model = findArticlePeople(texts, registry, speakerNames);
  const attributed = attributeQuotes(all, model, texts, subtitleFirst(article)).map((q) =>
    // Subtitle quotes are shown with the title's.
    q.paragraph >= article.paragraphs.length ? { ...q, paragraph: -1 } : q,
  );
  const registered = new Set(registry.map((p) => p.id));
  const bodyTexts = texts.slice(0, article.paragraphs.length + 1);
  const single = singleQuotedQuotes(bodyTexts, attributed, model, registered);
  const sorted = [...attributed, ...single].sort((a, b) => a.paragraph - b.paragraph);
  const listed = listedStatements(bodyTexts, sorted, model, registered);
  const merged = headingQuotesGoOn(
    [...sorted, ...listed].sort((a, b) => a.paragraph - b.paragraph),
    subtitleFirst(article),
    registered,
  );
  return {
    quotes: mainSpeakerForHeadline(merged, article.title, registered),
    people: model.people.map((p) => ({ id: p.id, name: p.name })),
    facts: model.people
      .filter((p) => !p.registered)
      .map((p) => ({ id: p.id, name: p.name, forms: p.forms, roles: p.roles })),
  };
}

function subtitleFirst(article: { subtitle: string | null; headings: Heading[] }): Heading[] {
  return article.subtitle === null
    ? article.headings
    : [{ before: 0, text: article.subtitle }, ...article.headings];
}

function subtitleQuotes(subtitle: string, registry: readonly PersonEntry[], paragraph: number): Quote[] {
  const found = extractQuotes({ title: subtitle, subtitle: null, headings: [], paragraphs: [] }, registry);
  return found.map((q) => ({ ...q, paragraph }));
}

/**
 * A headline that is nothing but a quote names no speaker: it quotes the article's main speaker,
 * the person most of its other quotes are by.
 */
function mainSpeakerForHeadline(quotes: Quote[], title: string, registered: ReadonlySet<string>): Quote[] {
  const inner = /^["“”„«‘'](.+)["”“»’']$/u.exec(title.trim())?.[1];
  if (!inner) return quotes;
  const counts = new Map<string, number>();
  for (const q of quotes) if (q.personId) counts.set(q.personId, (counts.get(q.personId) ?? 0) + 1);
  let main: string | null = null;
  for (const [id, n] of counts) if (main === null || n > (counts.get(main) ?? 0)) main = id;
  if (main === null) return quotes;
  return quotes.map((q) =>
    q.paragraph === -1 && q.personId == null && q.text === inner
      ? { ...q, personId: main, speakerId: registered.has(main as string) ? main : null }
      : q,
  );
}
