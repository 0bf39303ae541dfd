import { describe, expect, it } from 'vitest';
import { fixtureRegistryJson } from '../../test/fixtures/paths';
import type { CorpusSourceFile } from '../corpus-builder';
import { buildCorpus } from '../corpus-builder';
import { parsePeopleRegistry } from './people-registry';

const registry = parsePeopleRegistry(fixtureRegistryJson(), 'people.json');
const file = (name: string, text: string): CorpusSourceFile => ({
  name,
  bytes: new TextEncoder().encode(text),
});

describe('the people model in the corpus build', () => {
  const { corpus, summary } = buildCorpus(
    [
      file(
        'a.txt',
        ' date 2025-12-30 Kremlin Sözcüsü Dmitriy Peskov, gazetecilere açıklama yaptı.\n\n' +
          'Peskov, "Görüşme yarın öğleden sonra gerçekleşecek" dedi. Rusya Devlet Başkanı Vladimir Putin de katılacak.\n',
      ),
      file(
        'b.txt',
        ' date 2025-12-31 Peskov: Görüşme sürüyor\n\n' +
          'Kremlin Sözcüsü Dmitriy Peskov, "Görüşme sürüyor" dedi.\n\n' +
          'Rus Sözcü, "Sonucu yarın açıklayacağız" diye ekledi.\n',
      ),
    ],
    registry,
  );

  it('gives each article its people, registered and discovered', () => {
    expect(corpus.articles.map((a) => a.people)).toEqual([
      [
        { id: 'dmitriy-peskov', name: 'Dmitriy Peskov' },
        { id: 'vladimir-putin', name: 'Vladimir Putin' },
      ],
      [{ id: 'dmitriy-peskov', name: 'Dmitriy Peskov' }],
    ]);
  });

  it('takes the title from the metadata line when the page put it there', () => {
    expect(corpus.articles.map((a) => a.title)).toEqual([
      'Kremlin Sözcüsü Dmitriy Peskov, gazetecilere açıklama yaptı.',
      'Peskov: Görüşme sürüyor',
    ]);
  });

  it('attributes quotes to discovered people, role-only speakers included', () => {
    const quotes = corpus.articles.flatMap((a) => a.quotes.map((q) => [q.text, q.personId, q.speakerId]));
    expect(quotes).toContainEqual(['Görüşme yarın öğleden sonra gerçekleşecek', 'dmitriy-peskov', null]);
    expect(quotes).toContainEqual(['Sonucu yarın açıklayacağız', 'dmitriy-peskov', null]);
  });

  it('merges a discovered person across articles on the full name, with roles, articles and quotes', () => {
    expect(summary.discovered).toBe(1);
    const [peskov] = corpus.discovered ?? [];
    expect(peskov).toMatchObject({
      id: 'dmitriy-peskov',
      origin: 'discovered',
      roles: ['Kremlin Sözcüsü'],
      articleIds: corpus.articles.map((a) => a.id),
    });
    expect(peskov?.quotes.length).toBeGreaterThanOrEqual(3);
  });
});
