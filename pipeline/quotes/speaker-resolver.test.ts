import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PeopleRegistry } from '../../core/protocol/types';
import { FIXTURE_PEOPLE } from '../../test/fixtures/paths';
import { resolveRole, resolveSpeaker, roleMatches, stripCaseSuffix } from './speaker-resolver';

const people = (JSON.parse(readFileSync(FIXTURE_PEOPLE, 'utf8')) as PeopleRegistry).people;

describe('resolveSpeaker', () => {
  it.each([
    ['Kuzey Kore Dışişleri Bakanı Choe Son-hui', 'choe-son-hui', 'Kuzey Kore Dışişleri Bakanı Choe Son-hui'],
    ['Hamaney', 'ali-khamenei', 'Hamaney'],
    ["Putin'in", 'vladimir-putin', 'Putin'],
    ['Russian President Vladimir Putin', 'vladimir-putin', 'Russian President Vladimir Putin'],
    ['Peskov', null, 'Peskov'],
    ['Kremlin Sözcüsü Dmitriy Peskov', null, 'Kremlin Sözcüsü Dmitriy Peskov'],
    ['Melania Trump', null, 'Melania Trump'],
  ])('%s', (phrase, id, name) => {
    expect(resolveSpeaker(phrase, people)).toEqual({ speakerId: id, speakerName: name });
  });

  it('gives nothing for an empty phrase', () => {
    expect(resolveSpeaker('  ', people)).toEqual({ speakerId: null, speakerName: null });
  });
});

describe('stripCaseSuffix', () => {
  it.each([
    ["Kim'in", 'Kim'],
    ['Putin’e', 'Putin'],
    ["Putin's", 'Putin'],
    ['Lavrov', 'Lavrov'],
  ])('%s → %s', (a, b) => expect(stripCaseSuffix(a)).toBe(b));
});

describe('role phrases', () => {
  it.each([
    ['İran lideri', 'İran Dini Lideri', true],
    ['Rus lider', 'Rusya Devlet Başkanı', true],
    ['Kuzey Koreli Bakan', 'Kuzey Kore Dışişleri Bakanı', true],
    ['Bakan', 'Rusya Dışişleri Bakanı', true],
    ['the Russian leader', 'President of Russia', true],
    ['İran lideri', 'ABD Başkanı', false],
    ['Rus lider', 'Rusya Dışişleri Bakanı', false],
    ['Kremlin Sözcüsü', 'Rusya Devlet Başkanı', false],
  ])('%s fits %s: %s', (phrase, role, fits) => {
    expect(roleMatches(phrase, role)).toBe(fits);
  });

  const roles = new Map([
    ['vladimir-putin', ['Rusya Devlet Başkanı']],
    ['sergey-lavrov', ['Rusya Dışişleri Bakanı']],
    ['choe-son-hui', ['Kuzey Kore Dışişleri Bakanı']],
  ]);

  it('prefers the first person of the pool (the current speaker) among those that fit', () => {
    expect(resolveRole('Bakan', roles, ['choe-son-hui', 'sergey-lavrov'])).toBe('choe-son-hui');
    expect(resolveRole('Bakan', roles, ['vladimir-putin', 'sergey-lavrov'])).toBe('sergey-lavrov');
  });

  it('finds nobody when no known role fits', () => {
    expect(resolveRole('Kremlin Sözcüsü', roles, ['vladimir-putin', 'sergey-lavrov'])).toBeNull();
  });
});
