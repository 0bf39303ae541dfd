/**
 * A person's registry description written right before an ambiguous short form says who it is:
 * `Kuzey Kore lideri Kim`, `North Korean leader Kim`, `Kuzey Kore'nin kurucu lideri Kim`.
 *
 * Promises:
 * - `descriptionStems(description)` turns one description into word stems (folded, apostrophe
 *   suffix cut, short function words dropped); null when fewer than `MIN_DESCRIPTION_WORDS` remain,
 *   as one word (`lideri`) is too weak a clue.
 * - `describedPerson` returns the candidate one of whose descriptions the words right before the
 *   name cover exactly (same stems, any order: `North Korean leader` ~ `Leader of North Korea`),
 *   preferring the longest description; -1 when none does. Words are compared by their first
 *   `STEM_LENGTH` letters so inflections match (`Kore`, `Koreli`, `Korean`; `lider`, `lideri`).
 */

import { foldTable, foldText } from '../text/fold';
import { DESCRIPTION_STOP_WORDS } from '../text/lexicon';
import { APOSTROPHE, charClassTable, SPACE, TAB, WORD } from '../text/name-chars';

/** Letters compared per word. */
const STEM_LENGTH = 4;
/** Fewer words than this do not identify anyone. */
const MIN_DESCRIPTION_WORDS = 2;
/** Shorter description words are function words (`of`, `ve`). */
const MIN_WORD_LENGTH = 3;
const STOP_WORDS: ReadonlySet<string> = new Set(DESCRIPTION_STOP_WORDS);

const stem = (folded: string): string => folded.slice(0, STEM_LENGTH);

/** The sorted stems of a description, or null when it is too short to identify anyone. */
export function descriptionStems(description: unknown): string[] | null {
  if (typeof description !== 'string') return null;
  const stems: string[] = [];
  for (const raw of foldText(description).split(/\s+/)) {
    const word = raw.split("'")[0]?.replace(/[^\p{L}\p{N}]/gu, '') ?? '';
    if (word.length >= MIN_WORD_LENGTH && !STOP_WORDS.has(word)) stems.push(stem(word));
  }
  return stems.length >= MIN_DESCRIPTION_WORDS ? stems.sort() : null;
}

/**
 * Stems of up to `count` words right before `start` in the same clause (blanks only between them;
 * an apostrophe suffix stays with its word: `Kore'nin`), nearest first.
 */
function stemsBefore(text: string, start: number, count: number): string[] {
  const cls = charClassTable();
  const fold = foldTable();
  const stems: string[] = [];
  let k = start;
  while (stems.length < count) {
    const blankEnd = k;
    while (k > 0 && (fold[text.charCodeAt(k - 1)] === SPACE || text.charCodeAt(k - 1) === TAB)) k--;
    if (k === blankEnd || k === 0) break;
    let end = k;
    while (
      k > 0 &&
      ((cls[text.charCodeAt(k - 1)] as number) & WORD || fold[text.charCodeAt(k - 1)] === APOSTROPHE)
    )
      k--;
    if (k === end) break;
    // Cut the suffix: `Kore'nin` → `Kore`.
    for (let i = k; i < end; i++) {
      if (fold[text.charCodeAt(i)] === APOSTROPHE) {
        end = i;
        break;
      }
    }
    stems.push(stem(foldText(text.slice(k, end))));
  }
  return stems;
}

/**
 * Among `candidates[from, to)` (registry indices, with their description stems in `stemsOf`), the
 * one whose description stands right before `start`, or -1.
 */
export function describedPerson(
  text: string,
  start: number,
  candidates: Int32Array,
  from: number,
  to: number,
  stemsOf: (person: number) => readonly (readonly string[])[],
): number {
  let longest = 0;
  for (let c = from; c < to; c++) {
    for (const s of stemsOf(candidates[c] as number)) longest = Math.max(longest, s.length);
  }
  if (longest === 0) return -1;
  const before = stemsBefore(text, start, longest);
  let best = -1;
  let bestLength = 0;
  for (let c = from; c < to; c++) {
    const person = candidates[c] as number;
    for (const stems of stemsOf(person)) {
      if (stems.length <= bestLength || stems.length > before.length) continue;
      const words = before.slice(0, stems.length).sort();
      if (words.every((w, i) => w === stems[i])) {
        best = person;
        bestLength = stems.length;
      }
    }
  }
  return best;
}
