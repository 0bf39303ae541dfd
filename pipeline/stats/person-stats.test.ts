import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article, PeopleRegistry, Quote, RoleMention } from '../../core/protocol/types';
import { FIXTURE_PEOPLE } from '../../test/fixtures/paths';
import { computePersonStats } from './person-stats';

const people = (JSON.parse(readFileSync(FIXTURE_PEOPLE, 'utf8')) as PeopleRegistry).people;

function article(
  id: string,
  date: string | null,
  paragraphs: string[],
  extra: { title?: string; quotes?: Partial<Quote>[]; roles?: RoleMention[]; captions?: string[] } = {},
): Article {
  return {
    id,
    title: extra.title ?? `Haber ${id}`,
    date,
    category: null,
    source: null,
    wire: null,
    dateline: null,
    subtitle: null,
    captions: (extra.captions ?? []).map((text) => ({ text, credit: null })),
    headings: [],
    paragraphs,
    quotes: (extra.quotes ?? []).map((q) => ({
      text: 'söz',
      speakerId: null,
      speakerName: null,
      fragment: false,
      paragraph: 0,
      ...q,
    })),
    roles: extra.roles ?? [],
    file: 'test.txt',
  };
}

const corpus: Article[] = [
  article('old', '2024-06', ['Putin, Trump ile görüştü.', "Putin'e göre görüşme iyiydi."], {
    quotes: [
      { speakerId: 'vladimir-putin', fragment: true, text: 'iyi' },
      { speakerId: 'vladimir-putin', text: 'Görüşme iyiydi' },
    ],
    roles: [{ personId: 'vladimir-putin', role: 'Rusya Devlet Başkanı' }],
  }),
  article('new', '2025-01-02', ['Rusya Devlet Başkanı Vladimir Putin Kim Jong Un ile buluştu.'], {
    title: 'Putin Pyongyang’da',
    quotes: [
      { speakerId: 'vladimir-putin', text: 'Yeni dönem' },
      { speakerId: 'kim-jong-un', text: 'Dostluk' },
    ],
    roles: [
      { personId: 'vladimir-putin', role: 'rusya devlet başkanı' },
      { personId: 'kim-jong-un', role: 'Kuzey Kore lideri' },
    ],
    captions: ['Kim Jong Un ve Putin (AFP)'],
  }),
  article('undated', null, ['Trump, Putin hakkında konuştu.'], {
    roles: [{ personId: 'vladimir-putin', role: 'Rus lider' }],
  }),
  article('kim', '2024-12', ["Kuzey Kore lideri Kim Jong Un'un mektubu. Kim'in sözleri."]),
];

const stats = computePersonStats(corpus, people);
const of = (id: string) => {
  const s = stats.find((x) => x.id === id);
  if (!s) throw new Error(id);
  return s;
};

describe('computePersonStats', () => {
  it('has one entry per registry person, in registry order', () => {
    expect(stats.map((s) => s.id)).toEqual(people.map((p) => p.id));
  });

  it('counts mentions over title, paragraphs and captions; most mentions first, then newest', () => {
    expect(of('vladimir-putin').articles).toEqual([
      { articleId: 'new', count: 3 },
      { articleId: 'old', count: 2 },
      { articleId: 'undated', count: 1 },
    ]);
  });

  it('reads an article as one document, so a short form counts after the full name', () => {
    expect(of('kim-jong-un').articles).toContainEqual({ articleId: 'kim', count: 2 });
  });

  it('lists own quotes: full before fragments, newest article first, then text order', () => {
    expect(of('vladimir-putin').quotes).toEqual([
      { articleId: 'new', index: 0 },
      { articleId: 'old', index: 1 },
      { articleId: 'old', index: 0 },
    ]);
    expect(of('kim-jong-un').quotes).toEqual([{ articleId: 'new', index: 1 }]);
  });

  it('counts co-mentions by shared articles', () => {
    expect(of('vladimir-putin').coMentions).toEqual([
      { personId: 'donald-trump', count: 2 },
      { personId: 'kim-jong-un', count: 1 },
    ]);
    expect(of('donald-trump').coMentions).toEqual([{ personId: 'vladimir-putin', count: 2 }]);
  });

  it('groups roles case-insensitively, most articles first, newest spelling kept', () => {
    expect(of('vladimir-putin').roles).toEqual([
      { role: 'rusya devlet başkanı', articleIds: ['new', 'old'] },
      { role: 'Rus lider', articleIds: ['undated'] },
    ]);
  });

  it('gives empty lists to people the corpus never mentions', () => {
    expect(of('kim-il-sung')).toEqual({
      id: 'kim-il-sung',
      roles: [],
      articles: [],
      quotes: [],
      coMentions: [],
    });
  });

  it('lists an article that quotes a person without naming them', () => {
    const s = computePersonStats(
      [article('x', null, ['İran lideri konuştu.'], { quotes: [{ speakerId: 'ali-khamenei' }] })],
      people,
    );
    expect(s.find((p) => p.id === 'ali-khamenei')?.articles).toEqual([{ articleId: 'x', count: 0 }]);
  });
});
