import { describe, expect, it } from 'vitest';
import { isNonPersonName } from './non-person-words';

describe('isNonPersonName', () => {
  it.each([
    ['a listed institution', ['Beyaz', 'Saray'], true],
    ['a word naming a body', ['Devrim', 'Muhafızları'], true],
    ['an agency', ['Anadolu', 'Ajansı'], true],
    ['a council', ['Uzmanlar', 'Meclisi'], true],
    ['a listed country', ['Kuzey', 'Kore'], true],
    ['a city', ['Moskova'], true],
    ['a demonym of a listed place', ['Ukraynalı'], true],
    ['a demonym of a two-word place', ['Kuzey', 'Koreli'], true],
    ['an acronym', ['ABD'], true],
    ['a language', ['İngilizce'], true],
    ['a language after a name in one run', ['Putin', 'Rusça'], true],
    ['a person', ['Dmitriy', 'Peskov'], false],
    ['a name starting like a short body word', ['Gary', 'Adams'], false],
    ['a surname', ['Zelenskiy'], false],
  ])('%s', (_rule, words, expected) => {
    expect(isNonPersonName(words)).toBe(expected);
  });
});
