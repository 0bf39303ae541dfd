/**
 * One article's people and the speakers of its quotes, read together: the people model
 * (`article-people.ts`) decides who the article names, then each quote's speaker becomes one of
 * them (`quote-speakers.ts`). The corpus builder calls this once per article.
 */
import type { ArticlePerson, Heading, PersonEntry, Quote } from '../../core/protocol/types';
import { attributeQuotes } from '../quotes/quote-speakers';
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
  const texts = [article.title, ...article.paragraphs];
  const speakerNames = quotes.flatMap((q) => (q.speakerName ? [q.speakerName] : []));
  const model = findArticlePeople(texts, registry, speakerNames);
  return {
    // A quoted subtitle stands where a subheading would, before the first paragraph.
    quotes: attributeQuotes(quotes, model, texts, subtitleFirst(article)),
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
