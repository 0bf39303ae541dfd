import { describe, expect, it } from 'vitest';
import type { Article, Quote } from '../../core/protocol/types';
import { collectDiscoveredPeople } from './discovered-people';

function article(id: string, quotes: Partial<Quote>[] = []): Article {
  return {
    id,
    title: id,
    date: null,
    category: null,
    source: null,
    wire: null,
    dateline: null,
    subtitle: null,
    captions: [],
    headings: [],
    paragraphs: [],
    roles: [],
    file: `${id}.txt`,
    quotes: quotes.map((q) => ({
      text: 'x',
      speakerId: null,
      speakerName: null,
      fragment: false,
      paragraph: 0,
      ...q,
    })),
  };
}

describe('collectDiscoveredPeople', () => {
  const peskov = {
    id: 'dmitriy-peskov',
    name: 'Dmitriy Peskov',
    forms: ['Dmitriy Peskov', 'Peskov'],
    roles: ['Kremlin Sözcüsü'],
  };
  const facts = new Map([
    ['a1', [peskov]],
    [
      'a2',
      [
        { ...peskov, roles: ['Kremlin Sözcüsü', 'yeni sözcü'] },
        { id: 'peskov', name: 'Peskov', forms: ['Peskov'], roles: [] },
      ],
    ],
    ['a3', [{ id: 'marco-rubio', name: 'Marco Rubio', forms: ['Marco Rubio'], roles: [] }]],
  ]);
  const articles = [article('a1', [{ personId: 'dmitriy-peskov' }]), article('a2'), article('a3')];

  it('merges on the full name only, with articles, quotes and capitalised roles', () => {
    const people = collectDiscoveredPeople(articles, facts);
    expect(people.map((p) => p.id)).toEqual(['dmitriy-peskov', 'peskov', 'marco-rubio']);
    expect(people[0]).toEqual({
      id: 'dmitriy-peskov',
      name: 'Dmitriy Peskov',
      origin: 'discovered',
      forms: ['Dmitriy Peskov', 'Peskov'],
      roles: ['Kremlin Sözcüsü'],
      articleIds: ['a1', 'a2'],
      quotes: [{ articleId: 'a1', index: 0 }],
    });
  });

  it('keeps only people named in enough articles when asked', () => {
    expect(collectDiscoveredPeople(articles, facts, 2).map((p) => p.id)).toEqual(['dmitriy-peskov']);
  });
});
