import { describe, expect, it } from 'vitest';
import { fixtureRegistryJson } from '../../test/fixtures/paths';
import { findArticlePeople } from './article-people';
import { parsePeopleRegistry } from './people-registry';

const registry = parsePeopleRegistry(fixtureRegistryJson(), 'people.json').people;
const ids = (texts: string[], speakers: string[] = []) =>
  findArticlePeople(texts, registry, speakers).people.map((p) => p.id);

describe('findArticlePeople', () => {
  it.each([
    ['a role before a name makes a person', ['Kremlin Sözcüsü Dmitriy Peskov konuştu.'], ['dmitriy-peskov']],
    ['a given name first makes a person', ['Görüşmeye Marco Rubio da katıldı.'], ['marco-rubio']],
    [
      'registered people keep their registry id',
      ['Rusya Devlet Başkanı Vladimir Putin konuştu.'],
      ['vladimir-putin'],
    ],
    ['institutions are not people', ['Beyaz Saray ve Devrim Muhafızları açıklama yaptı.'], []],
    ['a capitalised word opening a sentence is not a person', ['Tarım ve sanayi büyüdü.'], []],
    [
      'a registered surname inside a longer name is someone else',
      ['İran’ın yeni dini lideri Mücteba Hamaney konuştu.'],
      ['mucteba-hamaney'],
    ],
  ])('%s', (_rule, texts, expected) => {
    expect(ids(texts)).toEqual(expected);
  });

  it('merges a bare surname into the full name and keeps the forms and roles', () => {
    const { people } = findArticlePeople(
      ['Kremlin Sözcüsü Dmitriy Peskov konuştu.', "Peskov'a göre görüşme yarın."],
      registry,
    );
    expect(people).toEqual([
      {
        id: 'dmitriy-peskov',
        name: 'Dmitriy Peskov',
        registered: false,
        forms: ['Dmitriy Peskov', 'Peskov'],
        roles: ['Kremlin Sözcüsü'],
      },
    ]);
  });

  it('gives a bare surname to the person last named in full with it, not the registered namesake', () => {
    const { mentions } = findArticlePeople(
      [
        'İran Dini Lideri Ali Hamaney hayatını kaybetti.',
        'Uzmanlar Meclisi yeni lider olarak Mücteba Hamaney’in seçildiğini açıkladı.',
        'Hamaney, açıklamasını yaptı.',
      ],
      registry,
    );
    expect(mentions.filter((m) => m.text === 2).map((m) => m.personId)).toEqual(['mucteba-hamaney']);
    expect(mentions.filter((m) => m.text === 0).map((m) => m.personId)).toEqual(['ali-khamenei']);
  });

  it('a speaker phrase is evidence that its name is a person', () => {
    expect(ids(['Ülkede Pezeşkiyan açıklama yaptı.'], ['Pezeşkiyan'])).toEqual(['pezeskiyan']);
    expect(ids(['Ülkede Pezeşkiyan açıklama yaptı.'])).toEqual([]);
  });
});
