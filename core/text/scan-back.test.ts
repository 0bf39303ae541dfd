import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runStartBefore, trimmedEnd } from './scan-back';

/** Text made of the characters the rules care about: letters (astral ones too), marks, spaces. */
const text = fc
  .array(fc.constantFrom('a', 'Ş', 'İ', '\u0301', '-', "'", ' ', '\n', '\u00a0', '.', '"', '𝐀', '1'), {
    maxLength: 30,
  })
  .map((cs) => cs.join(''));

describe('trimmedEnd', () => {
  it.each([
    ['Putin  ', 7, 5],
    ['   ', 3, 0],
    ['dedi.\n', 6, 5],
  ])('%j up to %i ends at %i', (s, at, expected) => {
    expect(trimmedEnd(s, at)).toBe(expected);
  });

  it('is trimEnd of the text before', () => {
    fc.assert(
      fc.property(text, fc.nat(), (s, n) => {
        const at = n % (s.length + 1);
        expect(s.slice(0, trimmedEnd(s, at))).toBe(s.slice(0, at).trimEnd());
      }),
    );
  });
});

describe('runStartBefore', () => {
  it.each([
    ['dedi Putin', 10, 5],
    ['Putin, ', 7, 7],
    ['𝐀𝐀', 4, 0],
  ])('%j up to %i: the letters start at %i', (s, at, expected) => {
    expect(runStartBefore(s, at, /\p{L}/u)).toBe(expected);
  });

  it('finds the run a `$`-anchored pattern finds', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
        const to = a % (s.length + 1);
        const from = b % (to + 1);
        const run = /([\p{L}\p{M}-]+)$/u.exec(s.slice(from, to))?.[1] ?? '';
        expect(s.slice(runStartBefore(s, to, /[\p{L}\p{M}-]/u, from), to)).toBe(run);
      }),
    );
  });
});
