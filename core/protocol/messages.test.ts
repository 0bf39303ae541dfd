import { describe, expect, it } from 'vitest';
import { fixtureRegistryJson } from '../../test/fixtures/paths';
import { compileMatcherParts } from '../mentions/mention-matcher';
import { packMatcher } from '../mentions/packed-matcher';
import {
  ArticleResponseSchema,
  CorpusStatusResponseSchema,
  MatcherResponseSchema,
  PageMentionsResponseSchema,
  PeopleResponseSchema,
  PersonCardResponseSchema,
  PersonResponseSchema,
  parseRequest,
  parseResponse,
  RecentArticlesResponseSchema,
  ResponseError,
  SearchResponseSchema,
} from './messages';
import { personLabels } from './person-labels';
import type { PeopleRegistry, PersonCardData } from './types';

const people = (fixtureRegistryJson() as PeopleRegistry).people;
const person = people[0] as PeopleRegistry['people'][number];

const card: PersonCardData = {
  person,
  role: 'Rusya Devlet Başkanı',
  articleCount: 2,
  quoteCount: 1,
  quotes: [
    { text: 'Söz', fragment: false, articleId: 'a1', articleTitle: 'Başlık', date: '2024-11', source: null },
  ],
  articles: [{ id: 'a1', title: 'Başlık', date: null, snippet: 'Özet', count: 3 }],
  coMentions: [{ id: 'donald-trump', name: 'Donald Trump', count: 1 }],
};

const matcherAnswer = { matcher: packMatcher(compileMatcherParts(people)), labels: personLabels(people) };

const searchAnswer = {
  hits: [
    {
      kind: 'article',
      id: 'a1',
      title: 'Başlık',
      articleId: 'a1',
      personId: null,
      date: '2024',
      snippet: [{ text: 'Putin', mark: true }],
      score: 1.5,
    },
  ],
  suggestion: null,
  complete: true,
};

const pageMentions = {
  mentions: [{ personId: 'vladimir-putin', text: 'Putin' }],
  people: [{ personId: 'vladimir-putin', count: 1, firstText: 'Putin' }],
  stats: { textNodes: 10, chars: 300, scanMs: 1.2 },
};

describe('parseResponse accepts well-formed answers as they came', () => {
  it.each([
    { name: 'a registry', type: 'list-people', schema: PeopleResponseSchema, answer: { people } },
    { name: 'a packed matcher', type: 'get-matcher', schema: MatcherResponseSchema, answer: matcherAnswer },
    { name: 'a card', type: 'get-person-card', schema: PersonCardResponseSchema, answer: card },
    { name: 'no card', type: 'get-person-card', schema: PersonCardResponseSchema, answer: null },
    {
      name: 'a card whose quotes carry a wire and reported speech (kept for citations)',
      type: 'get-person-card',
      schema: PersonCardResponseSchema,
      answer: {
        ...card,
        quotes: [
          {
            text: 'x',
            fragment: false,
            articleId: 'a',
            articleTitle: 't',
            date: null,
            source: null,
            wire: 'AA',
            kind: 'reported',
          },
        ],
      },
    },
    { name: 'search results', type: 'search', schema: SearchResponseSchema, answer: searchAnswer },
    {
      name: 'page mentions',
      type: 'page-mentions',
      schema: PageMentionsResponseSchema,
      answer: pageMentions,
    },
  ])('$name', ({ type, schema, answer }) => {
    expect(parseResponse(type, schema as never, answer)).toBe(answer);
  });
});

describe('parseResponse rejects malformed answers with a clear error', () => {
  it.each([
    {
      name: 'no registry at all',
      type: 'list-people',
      schema: PeopleResponseSchema,
      answer: undefined,
      message: /^Unexpected answer to list-people: /,
    },
    {
      name: 'a person without an English name',
      type: 'list-people',
      schema: PeopleResponseSchema,
      answer: { people: [{ ...person, names: { tr: 'Putin' } }] },
      message: /list-people at people\.0\.names\.en: /,
    },
    {
      name: 'aliases that are not lists of texts',
      type: 'list-people',
      schema: PeopleResponseSchema,
      answer: { people: [{ ...person, aliases: { tr: 'Putin' } }] },
      message: /list-people at people\.0\.aliases: .*texts by language/,
    },
    {
      name: 'a packed matcher of another format',
      type: 'get-matcher',
      schema: MatcherResponseSchema,
      answer: { ...matcherAnswer, matcher: { ...matcherAnswer.matcher, format: 9 } },
      message: /get-matcher at matcher\.format: /,
    },
    {
      name: 'a packed matcher whose descriptions are not stems',
      type: 'get-matcher',
      schema: MatcherResponseSchema,
      answer: { ...matcherAnswer, matcher: { ...matcherAnswer.matcher, descriptions: [[0, 'lider']] } },
      message: /get-matcher at matcher\.descriptions\.0\.1: /,
    },
    {
      name: 'a card without its article list',
      type: 'get-person-card',
      schema: PersonCardResponseSchema,
      answer: { ...card, articles: 'none' },
      message: /^Unexpected answer to get-person-card: .*person card or null/,
    },
    {
      name: 'a card without its person',
      type: 'get-person-card',
      schema: PersonCardResponseSchema,
      answer: { ...card, person: undefined },
      message: /^Unexpected answer to get-person-card: /,
    },
    {
      name: 'search results without a suggestion',
      type: 'search',
      schema: SearchResponseSchema,
      answer: { hits: [] },
      message: /search at suggestion: /,
    },
    {
      name: 'a search hit of an unknown kind',
      type: 'search',
      schema: SearchResponseSchema,
      answer: { ...searchAnswer, hits: [{ ...searchAnswer.hits[0], kind: 'x' }] },
      message: /search at hits\.0\.kind: /,
    },
    {
      name: 'page mentions without stats',
      type: 'page-mentions',
      schema: PageMentionsResponseSchema,
      answer: { mentions: [], people: [] },
      message: /page-mentions at stats: /,
    },
    {
      name: 'page mentions as text',
      type: 'page-mentions',
      schema: PageMentionsResponseSchema,
      answer: 'ok',
      message: /^Unexpected answer to page-mentions: /,
    },
  ])('$name', ({ type, schema, answer, message }) => {
    expect(() => parseResponse(type, schema as never, answer)).toThrow(ResponseError);
    expect(() => parseResponse(type, schema as never, answer)).toThrow(message);
  });
});

describe('the reader and person view answers are checked too', () => {
  const stats = {
    id: 'vladimir-putin',
    roles: [{ role: 'Rusya Devlet Başkanı', articleIds: ['a1'] }],
    articles: [{ articleId: 'a1', count: 2 }],
    quotes: [{ articleId: 'a1', index: 0 }],
    coMentions: [{ personId: 'donald-trump', count: 1 }],
  };
  const article = {
    id: 'a1',
    title: 'Putin konuştu',
    date: '2024-11',
    category: null,
    source: null,
    wire: 'AA',
    dateline: 'MOSKOVA',
    subtitle: null,
    captions: [{ text: 'Putin', credit: null }],
    headings: [{ before: 1, text: 'Ara başlık' }],
    paragraphs: ['Birinci paragraf.'],
    quotes: [
      { text: 'Evet', speakerId: 'vladimir-putin', speakerName: 'Putin', fragment: false, paragraph: 0 },
    ],
    roles: [{ personId: 'vladimir-putin', role: 'Rusya Devlet Başkanı' }],
    file: 'a1.txt',
    people: [{ id: 'vladimir-putin', name: 'Vladimir Putin' }],
  };

  const row = {
    id: 'a1',
    title: 'Putin konuştu',
    date: '2024-11',
    category: null,
    source: null,
    wire: 'AA',
    quotes: { 0: article.quotes[0] },
  };

  it.each([
    { type: 'list-people', schema: PeopleResponseSchema, answer: { people } },
    {
      type: 'corpus-status',
      schema: CorpusStatusResponseSchema,
      answer: { state: 'preparing', done: 1, total: 4 },
    },
    { type: 'corpus-status', schema: CorpusStatusResponseSchema, answer: { state: 'ready', articles: 3 } },
    {
      type: 'corpus-status',
      schema: CorpusStatusResponseSchema,
      answer: { state: 'fallback', reason: 'quota', message: 'QuotaExceededError' },
    },
    {
      type: 'get-person',
      schema: PersonResponseSchema,
      answer: { person, stats, counts: { articles: 1, quotes: 0, roles: [] }, articles: [row] },
    },
    { type: 'get-person', schema: PersonResponseSchema, answer: null },
    { type: 'get-article', schema: ArticleResponseSchema, answer: article },
    { type: 'get-article', schema: ArticleResponseSchema, answer: null },
    {
      type: 'recent-articles',
      schema: RecentArticlesResponseSchema,
      answer: { articles: [{ id: 'a1', title: 'Putin konuştu', date: null, category: null }] },
    },
  ])('accepts a well-formed $type answer', ({ type, schema, answer }) => {
    expect(parseResponse(type, schema as never, answer)).toBe(answer);
  });

  it.each([
    { type: 'list-people', schema: PeopleResponseSchema, answer: { people: 'all' }, at: /people: / },
    {
      type: 'get-person',
      schema: PersonResponseSchema,
      answer: { person, stats: { ...stats, quotes: [{ articleId: 'a1' }] }, articles: [] },
      at: /get-person at stats\.quotes\.0\.index: /,
    },
    {
      type: 'get-person',
      schema: PersonResponseSchema,
      answer: { person, stats, counts: { articles: 'many', quotes: 0, roles: [] }, articles: [] },
      at: /get-person at counts\.articles: /,
    },
    {
      type: 'get-person',
      schema: PersonResponseSchema,
      answer: {
        person,
        stats,
        counts: { articles: 1, quotes: 0, roles: [] },
        articles: [{ ...row, quotes: { first: article.quotes[0] } }],
      },
      at: /get-person at articles\.0\.quotes: Invalid type: Expected quotes by index/,
    },
    {
      type: 'corpus-status',
      schema: CorpusStatusResponseSchema,
      answer: { state: 'preparing', done: '1' },
      at: /corpus-status at done: /,
    },
    {
      type: 'get-article',
      schema: ArticleResponseSchema,
      answer: { ...article, paragraphs: [1, 2] },
      at: /get-article at paragraphs\.0: /,
    },
    {
      type: 'recent-articles',
      schema: RecentArticlesResponseSchema,
      answer: { articles: [{ id: 'a1' }] },
      at: /recent-articles at articles\.0\.title: /,
    },
  ])('names the wrong field of a malformed $type answer', ({ type, schema, answer, at }) => {
    expect(() => parseResponse(type, schema as never, answer)).toThrow(at);
  });
});

describe('parseRequest', () => {
  it('accepts open-options (the card cannot open the options page itself) and nothing extra', () => {
    expect(parseRequest({ type: 'open-options' })).toEqual({ type: 'open-options' });
    expect(parseRequest({ type: 'open-option' })).toBeNull();
  });

  it('accepts turn-off-site without a site: the background uses the sender’s own URL', () => {
    expect(parseRequest({ type: 'turn-off-site', site: 'other.example' })).toEqual({ type: 'turn-off-site' });
  });
});
