import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../core/mentions/mention-matcher';
import type { DiscoveredPerson, PeopleRegistry, PersonEntry } from '../../core/protocol/types';
import { FIXTURE_PEOPLE, FIXTURES } from '../../test/fixtures/paths';
import { buildPersonCards } from '../cards/person-card';
import { buildCorpus } from '../corpus-builder';
import { discoveredRegistryEntries } from './discovered-registry';

const registry = JSON.parse(readFileSync(FIXTURE_PEOPLE, 'utf8')) as PeopleRegistry;

const found = (id: string, name: string, articles: number, forms: string[] = []): DiscoveredPerson => ({
  id,
  name,
  origin: 'discovered',
  forms,
  roles: ['Kremlin Sözcüsü'],
  articleIds: Array.from({ length: articles }, (_, i) => `a${i}`),
  quotes: [],
});

describe('discoveredRegistryEntries', () => {
  it('lets in people named in enough articles, by their full names', () => {
    const [entry] = discoveredRegistryEntries(
      [found('dmitriy-peskov', 'Dmitriy Peskov', 3, ['Peskov'])],
      registry.people,
    );
    expect(entry).toMatchObject({
      id: 'dmitriy-peskov',
      names: { tr: 'Dmitriy Peskov', en: 'Dmitriy Peskov' },
      aliases: { tr: ['Dmitriy Peskov'] },
      ambiguous: ['Peskov'],
      description: { tr: 'Kremlin Sözcüsü', en: 'Kremlin Sözcüsü' },
    } satisfies Partial<PersonEntry>);
  });

  it.each([
    ['named in one article only', found('ahmet-yilmaz', 'Ahmet Yılmaz', 1)],
    ['no full name', found('peskov', 'Peskov', 5)],
    ['a full name a registered person already uses', found('vladimir-putin-2', 'Vladimir Putin', 4)],
  ])('leaves out %s', (_why, person) => {
    expect(discoveredRegistryEntries([person], registry.people)).toEqual([]);
  });

  it('never gives a registered person’s family name as a short form', () => {
    const [entry] = discoveredRegistryEntries(
      [found('oleg-putin', 'Oleg Putin', 2, ['Putin'])],
      registry.people,
    );
    expect(entry?.ambiguous).toEqual([]);
  });

  it('can be switched off with 0', () => {
    expect(
      discoveredRegistryEntries([found('dmitriy-peskov', 'Dmitriy Peskov', 3)], registry.people, 0),
    ).toEqual([]);
  });
});

describe('discovered people in a built corpus', () => {
  const dir = join(FIXTURES, 'real');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, 12)
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
  const { corpus } = buildCorpus(files, registry);
  const peskov = corpus.registry.people.find((p) => p.names.tr.endsWith('Peskov'));

  it('joins the registry the pages, cards and search read, after the hand-curated people', () => {
    expect(corpus.registry.people.slice(0, registry.people.length)).toEqual(registry.people);
    expect(peskov).toBeDefined();
    const stats = corpus.stats.find((s) => s.id === peskov?.id);
    expect(stats?.articles.length).toBeGreaterThanOrEqual(2);
    // Their hover card has their quotes (attributed through the people model).
    const card = buildPersonCards(corpus, 'tr')[peskov?.id ?? ''];
    expect(card?.quotes.length).toBeGreaterThan(0);
  });

  it('is marked on a page by full name, and by family name only after it', () => {
    const matcher = createMatcher(corpus.registry.people);
    const ids = (text: string) => matcher.findMentions(text).map((m) => m.personId);
    const full = peskov?.names.tr ?? '';
    expect(ids(`Kremlin Sözcüsü ${full} açıklama yaptı. Peskov ayrıca soruları yanıtladı.`)).toEqual([
      peskov?.id,
      peskov?.id,
    ]);
    expect(ids('Peskov ayrıca soruları yanıtladı.')).toEqual([]);
  });

  it('stays out when the build says so', () => {
    const off = buildCorpus(files, registry, { minDiscoveredArticles: 0 }).corpus;
    expect(off.registry.people).toEqual(registry.people);
  });
});
