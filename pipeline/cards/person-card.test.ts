import { describe, expect, it } from 'vitest';
import type { Article, BuiltCorpus, PersonEntry, PersonStats, Quote } from '../../core/protocol/types';
import {
  buildPersonCard,
  buildPersonCards,
  CARD_MAX_ARTICLES,
  CARD_MAX_QUOTES,
  CARD_SNIPPET_CHARS,
} from './person-card';

const person = (id: string, tr: string, en: string, aliases: string[]): PersonEntry => ({
  id,
  names: { tr, en },
  aliases: { tr: aliases },
  ambiguous: [],
  notThisPerson: [],
  description: { tr: `${tr} açıklaması`, en: `${en} description` },
});
const khamenei = person('ali-khamenei', 'Ali Hamaney', 'Ali Khamenei', ['Ali Hamaney', 'Hamaney']);
const trump = person('donald-trump', 'Donald Trump', 'Donald Trump', ['Donald Trump', 'Trump']);
const lonely = person('nobody', 'Hiç Kimse', 'Nobody', ['Hiç Kimse']);

const quote = (text: string, fragment = false): Quote => ({
  text,
  speakerId: 'ali-khamenei',
  speakerName: 'Hamaney',
  fragment,
  paragraph: 0,
});
const article = (id: string, date: string | null, paragraphs: string[], quotes: Quote[] = []): Article => ({
  id,
  title: `Başlık ${id}`,
  date,
  category: null,
  source: 'Şarku’l Avsat',
  wire: 'Reuters',
  dateline: null,
  subtitle: null,
  captions: [],
  headings: [],
  paragraphs,
  quotes,
  roles: [],
  file: 'x.txt',
});

const longLead = `${'Bölgedeki gelişmeler hakkında uzun bir giriş cümlesi yazıldı. '.repeat(4)}Tahran’da konuşan İran Dini Lideri Ali Hamaney’in sözleri geniş yankı uyandırdı ve ${'tartışma sürdü '.repeat(10)}.`;
const articles = [
  article(
    'a1',
    '2024-11',
    ['Hamaney, ABD’yi suçladı.'],
    [quote('ABD Ortadoğu’dan çekilmeli'), { ...quote('yalan söylemekle', true), kind: 'reported' }],
  ),
  article('a2', '2024-10', [longLead], [quote('Bu rejim yok olacak')]),
  ...Array.from({ length: 8 }, (_, i) =>
    article(`b${i}`, '2023-01', [`Hamaney ve Trump hakkında haber ${i}.`], [quote(`Söz ${i}`)]),
  ),
];
const stats: PersonStats[] = [
  {
    id: 'ali-khamenei',
    roles: [
      { role: 'İran Dini Lideri', articleIds: ['a1', 'a2'] },
      { role: 'İran lideri', articleIds: ['a1'] },
    ],
    articles: [
      { articleId: 'a2', count: 3 },
      { articleId: 'a1', count: 2 },
      ...articles.slice(2).map((a) => ({ articleId: a.id, count: 1 })),
    ],
    quotes: [
      { articleId: 'a1', index: 0 },
      { articleId: 'a2', index: 0 },
      { articleId: 'missing', index: 0 },
      { articleId: 'a1', index: 1 },
      ...articles.slice(2).map((a) => ({ articleId: a.id, index: 0 })),
    ],
    coMentions: [
      { personId: 'donald-trump', count: 9 },
      { personId: 'not-in-registry', count: 1 },
    ],
  },
];
const corpus: BuiltCorpus = { articles, registry: { version: 1, people: [khamenei, trump, lonely] }, stats };

describe('buildPersonCard', () => {
  const card = buildPersonCard('ali-khamenei', corpus, 'tr');

  it('carries the person, the most stated role and the full counts', () => {
    expect(card?.person).toBe(khamenei);
    expect(card?.role).toBe('İran Dini Lideri');
    expect(card?.articleCount).toBe(10);
    expect(card?.quoteCount).toBe(12);
  });

  it('keeps the first quotes in stats order, resolved, skipping dangling references', () => {
    expect(card?.quotes).toHaveLength(CARD_MAX_QUOTES);
    expect(card?.quotes.slice(0, 3)).toEqual([
      {
        text: 'ABD Ortadoğu’dan çekilmeli',
        fragment: false,
        articleId: 'a1',
        articleTitle: 'Başlık a1',
        date: '2024-11',
        source: 'Şarku’l Avsat',
        wire: 'Reuters',
      },
      {
        text: 'Bu rejim yok olacak',
        fragment: false,
        articleId: 'a2',
        articleTitle: 'Başlık a2',
        date: '2024-10',
        source: 'Şarku’l Avsat',
        wire: 'Reuters',
      },
      {
        text: 'yalan söylemekle',
        fragment: true,
        articleId: 'a1',
        articleTitle: 'Başlık a1',
        date: '2024-11',
        source: 'Şarku’l Avsat',
        wire: 'Reuters',
        kind: 'reported',
      },
    ]);
  });

  it('carries the wire service and marks only reported speech (citations must not drop them)', () => {
    expect(card?.quotes[0]?.wire).toBe('Reuters');
    expect(card?.quotes[0]).not.toHaveProperty('kind');
    expect(card?.quotes[2]?.kind).toBe('reported');
  });

  it('keeps the first articles with a snippet where the person is mentioned', () => {
    expect(card?.articles).toHaveLength(CARD_MAX_ARTICLES);
    const [first, second] = card?.articles ?? [];
    expect(first).toMatchObject({ id: 'a2', title: 'Başlık a2', date: '2024-10', count: 3 });
    expect(first?.snippet).toContain('Ali Hamaney’in');
    expect(first?.snippet.startsWith('…')).toBe(true);
    expect(first?.snippet.length).toBeLessThanOrEqual(CARD_SNIPPET_CHARS + 2);
    expect(second?.snippet).toBe('Hamaney, ABD’yi suçladı.');
  });

  it('names co-mentioned registry people in the requested language and drops unknown ids', () => {
    expect(card?.coMentions).toEqual([{ id: 'donald-trump', name: 'Donald Trump', count: 9 }]);
    expect(buildPersonCard('ali-khamenei', corpus, 'en')?.person.names.en).toBe('Ali Khamenei');
  });

  it('gives an empty card for a registry person the corpus never mentions, null for an unknown id', () => {
    expect(buildPersonCard('nobody', corpus, 'tr')).toEqual({
      person: lonely,
      role: null,
      articleCount: 0,
      quoteCount: 0,
      quotes: [],
      articles: [],
      coMentions: [],
    });
    expect(buildPersonCard('no-such-person', corpus, 'tr')).toBeNull();
  });
});

describe('buildPersonCards', () => {
  it('has one card per registry person, small enough for a hover', () => {
    const cards = buildPersonCards(corpus, 'tr');
    expect(Object.keys(cards)).toEqual(['ali-khamenei', 'donald-trump', 'nobody']);
    expect(JSON.stringify(cards['ali-khamenei']).length).toBeLessThan(4000);
  });
});
