/**
 * Quote extraction on realistic multi-paragraph articles (Turkish wire and newspaper copy, English
 * wire copy): every direct quote, in order, with its speaker and whether it is a fragment.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../core/protocol/types';
import { parsePeopleRegistry } from '../../pipeline/people/people-registry';
import { extractQuotes } from '../../pipeline/quotes/quote-extractor';
import { FIXTURE_PEOPLE } from '../fixtures/paths';
import {
  ENGLISH_ARTICLES,
  type ExpectedQuote,
  type QuoteArticle,
  TURKISH_ARTICLES,
} from '../fixtures/quote-articles';

const people = parsePeopleRegistry(JSON.parse(readFileSync(FIXTURE_PEOPLE, 'utf8')), 'people.json').people;

function extract(a: QuoteArticle): Quote[] {
  return extractQuotes({ title: a.title, subtitle: null, headings: [], paragraphs: a.paragraphs }, people);
}

/** One line per quote so a mismatch shows which quote and which field went wrong. */
function describeGot(q: Quote, want: ExpectedQuote | undefined): string {
  const [prefix, , nameContains] = want ?? ['', null, null];
  const text = q.text.startsWith(prefix) && prefix !== '' ? prefix : q.text;
  const name =
    nameContains !== null && q.speakerName?.includes(nameContains) ? nameContains : String(q.speakerName);
  return `${text} | ${q.speakerId} | ${name} | ${q.fragment ? 'fragment' : 'full'}`;
}

function describeWant([prefix, id, nameContains, fragment]: ExpectedQuote): string {
  return `${prefix} | ${id} | ${nameContains} | ${fragment ? 'fragment' : 'full'}`;
}

describe.each([
  ['Turkish', TURKISH_ARTICLES],
  ['English', ENGLISH_ARTICLES],
])('%s articles', (_lang, articles) => {
  it.each(articles)('$name', (a) => {
    const got = extract(a);
    expect(got.map((q, i) => describeGot(q, a.quotes[i]))).toEqual(a.quotes.map(describeWant));
  });
});

describe('the article set', () => {
  it('has enough articles and quotes to mean something', () => {
    expect(TURKISH_ARTICLES.length).toBeGreaterThanOrEqual(12);
    expect(ENGLISH_ARTICLES.length).toBeGreaterThanOrEqual(5);
    expect([...TURKISH_ARTICLES, ...ENGLISH_ARTICLES].flatMap((a) => a.quotes).length).toBeGreaterThan(80);
  });
});
