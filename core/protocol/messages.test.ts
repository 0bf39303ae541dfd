import { describe, expect, it } from 'vitest';
import { fixtureRegistryJson } from '../../test/fixtures/paths';
import {
  PageMentionsResponseSchema,
  PersonCardResponseSchema,
  parseResponse,
  RegistryResponseSchema,
  ResponseError,
  SearchResponseSchema,
} from './messages';
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
};

const pageMentions = {
  mentions: [{ personId: 'vladimir-putin', text: 'Putin' }],
  stats: { textNodes: 10, chars: 300, scanMs: 1.2 },
};

describe('parseResponse accepts well-formed answers as they came', () => {
  it.each([
    ['get-registry', RegistryResponseSchema, { people }],
    ['get-person-card', PersonCardResponseSchema, card],
    ['get-person-card', PersonCardResponseSchema, null],
    ['search', SearchResponseSchema, searchAnswer],
    ['page-mentions', PageMentionsResponseSchema, pageMentions],
  ] as const)('%s', (type, schema, answer) => {
    expect(parseResponse(type, schema as never, answer)).toBe(answer);
  });
});

describe('parseResponse rejects malformed answers with a clear error', () => {
  it.each([
    ['get-registry', RegistryResponseSchema, undefined, /^Unexpected answer to get-registry: /],
    [
      'get-registry',
      RegistryResponseSchema,
      { people: [{ ...person, names: { tr: 'Putin' } }] },
      /at people\.0\.names\.en:/,
    ],
    [
      'get-person-card',
      PersonCardResponseSchema,
      { ...card, articles: 'none' },
      /get-person-card at articles:/,
    ],
    ['get-person-card', PersonCardResponseSchema, { ...card, person: undefined }, /at person:/],
    ['search', SearchResponseSchema, { hits: [] }, /search at suggestion:/],
    [
      'search',
      SearchResponseSchema,
      { ...searchAnswer, hits: [{ ...searchAnswer.hits[0], kind: 'x' }] },
      /at hits\.0\.kind:/,
    ],
    ['page-mentions', PageMentionsResponseSchema, { mentions: [] }, /page-mentions at stats:/],
    ['page-mentions', PageMentionsResponseSchema, 'ok', /^Unexpected answer to page-mentions: /],
  ] as const)('%s: %j', (type, schema, answer, message) => {
    expect(() => parseResponse(type, schema as never, answer)).toThrow(ResponseError);
    expect(() => parseResponse(type, schema as never, answer)).toThrow(message);
  });
});
