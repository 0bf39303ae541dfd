/**
 * Properties of the matcher on arbitrary input (fast-check): random Unicode never throws, offsets
 * stay inside the text, and how the text is split into DOM text nodes does not change what is found.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PEOPLE } from '../../test/fixtures/paths';
import type { PersonEntry } from '../protocol/types';
import { createMatcher, type PieceMention } from './mention-matcher';

const people = (JSON.parse(readFileSync(FIXTURE_PEOPLE, 'utf8')) as { people: PersonEntry[] }).people;
const matcher = createMatcher(people);

/** Text mixing names (with suffixes, odd case and apostrophes) into random words and Unicode. */
const names = people.flatMap((p) => Object.values(p.aliases).flat());
const word = fc.oneof(
  fc.constantFrom(...names),
  fc.constantFrom(...names).map((n) => `${n}'in`),
  fc.constantFrom(...names).map((n) => `${n.toLocaleUpperCase('tr')}’E`),
  fc.constantFrom('Kim', 'bilir', 've', 'ile', 'dedi', '“', '”', '-', '.', ',', '\u00ad', '\u200d', '\u202e'),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);
const text = fc.array(word, { maxLength: 40 }).map((words) => words.join(' '));

/** Cuts `text` at the given positions (sorted, inside the text) into pieces. */
function split(whole: string, cuts: number[]): string[] {
  const at = [...new Set(cuts.map((c) => c % (whole.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const cut of at) {
    pieces.push(whole.slice(from, cut));
    from = cut;
  }
  pieces.push(whole.slice(from));
  return pieces;
}

/** Piece positions back to offsets in the joined text. */
function flatten(pieces: string[], found: PieceMention[]): [string, number, number][] {
  const starts: number[] = [];
  let at = 0;
  for (const piece of pieces) {
    starts.push(at);
    at += piece.length;
  }
  return found.map((m) => [
    m.personId,
    (starts[m.start.piece] as number) + m.start.offset,
    (starts[m.end.piece] as number) + m.end.offset,
  ]);
}

describe('the mention matcher on arbitrary text', () => {
  it('never throws and keeps every mention inside the text, in order, not overlapping', () => {
    fc.assert(
      fc.property(text, (t) => {
        const found = matcher.findMentions(t);
        let last = 0;
        for (const m of found) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(t.length);
          last = m.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('finds the same mentions whatever the split into text nodes', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 6 }), (t, cuts) => {
        const whole = matcher.createScanner().scanPieces([t]);
        const pieces = split(t, cuts);
        const parts = matcher.createScanner().scanPieces(pieces);
        expect(flatten(pieces, parts)).toEqual(flatten([t], whole));
      }),
      { numRuns: 400 },
    );
  });
});
