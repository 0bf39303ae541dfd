import { describe, expect, it } from 'vitest';
import { resolveRole, roleMatches, stripCaseSuffix } from './speaker-resolver';

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
    ['İsrailli lider', 'İsrail Başbakanı', true],
    ['İsrailli Başkan', 'İsrail Başbakanı', false],
    ['Başbakan', 'ABD Başkanı', false],
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
