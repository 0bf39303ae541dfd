import { describe, expect, it } from 'vitest';
import { type PageColors, parseCssColor, themeOf } from './page-theme';

describe('themeOf', () => {
  it.each<[string, PageColors, 'light' | 'dark']>([
    [
      'a white body is light',
      { backgrounds: ['rgb(255, 255, 255)'], colorScheme: 'normal', systemDark: true },
      'light',
    ],
    [
      'a near-black body is dark',
      { backgrounds: ['rgb(18, 18, 18)'], colorScheme: 'normal', systemDark: false },
      'dark',
    ],
    [
      'a transparent body defers to the html background',
      { backgrounds: ['rgba(0, 0, 0, 0)', 'rgb(30, 30, 40)'], colorScheme: 'normal', systemDark: false },
      'dark',
    ],
    [
      'an unpainted page is white even when the system is dark',
      { backgrounds: ['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'], colorScheme: 'normal', systemDark: true },
      'light',
    ],
    [
      'an unpainted page that opts into dark follows a dark system',
      { backgrounds: ['transparent'], colorScheme: 'light dark', systemDark: true },
      'dark',
    ],
    [
      'an unpainted page that opts into dark stays light on a light system',
      { backgrounds: ['transparent'], colorScheme: 'light dark', systemDark: false },
      'light',
    ],
    [
      'a mid grey counts as light',
      { backgrounds: ['rgb(140, 140, 140)'], colorScheme: 'normal', systemDark: false },
      'light',
    ],
    [
      'a faint tint does not decide',
      { backgrounds: ['rgba(0, 0, 0, 0.1)'], colorScheme: 'normal', systemDark: false },
      'light',
    ],
  ])('%s', (_rule, colors, theme) => {
    expect(themeOf(colors)).toBe(theme);
  });
});

describe('parseCssColor', () => {
  it.each<[string, [number, number, number, number] | null]>([
    ['rgb(1, 2, 3)', [1, 2, 3, 1]],
    ['rgba(1, 2, 3, 0.5)', [1, 2, 3, 0.5]],
    ['rgb(1 2 3 / 50%)', [1, 2, 3, 0.5]],
    ['transparent', [0, 0, 0, 0]],
    ['color(srgb 1 0 0)', null],
  ])('%s', (value, parsed) => {
    expect(parseCssColor(value)).toEqual(parsed);
  });
});
