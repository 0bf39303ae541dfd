/**
 * What may follow a name inside the same word, per script. A mention covers the name only; these
 * functions say whether the rest of the word is a suffix the name may carry.
 *
 * - Turkish (and English possessive): an apostrophe of any kind, then letters: `Putin'e`,
 *   `Hamaney’in`, `Trump's`. `apostropheSuffixEnd` finds it in folded or original text.
 * - Korean: a particle written without a space: `김정은은`, `푸틴과`.
 * - Russian: a case ending: `Путина`, `Лавровым`.
 */

import { foldTable } from '../text/fold';
import { APOSTROPHE, charClassTable, WORD } from '../text/name-chars';

let classTable: Uint8Array | null = null;
let foldingTable: Uint16Array | null = null;
const classes = (): Uint8Array => {
  classTable ??= charClassTable();
  return classTable;
};
const folds = (): Uint16Array => {
  foldingTable ??= foldTable();
  return foldingTable;
};

/**
 * End offset of an apostrophe suffix starting at `at` (`'e` in `Putin'e`), or -1 when `text` has no
 * apostrophe followed by a letter there.
 */
export function apostropheSuffixEnd(text: string, at: number): number {
  if (at >= text.length || folds()[text.charCodeAt(at)] !== APOSTROPHE) return -1;
  const cls = classes();
  let j = at + 1;
  while (j < text.length && (cls[text.charCodeAt(j)] as number) & WORD) j++;
  return j > at + 1 ? j : -1;
}

/** Particles a Korean name takes without a space (subject, topic, object, genitive, with, to…). */
const KOREAN_PARTICLES: ReadonlySet<string> = new Set([
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '에게',
  '에게서',
  '께',
  '께서',
  '와',
  '과',
  '와의',
  '과의',
  '도',
  '만',
  '로',
  '으로',
  '이나',
  '나',
  '보다',
  '처럼',
  '라고',
  '이라고',
  '이다',
  '이며',
  '이고',
  '측',
  '씨',
]);

/** Russian case endings of names (Путин → Путина, Путину, Путиным, Путине; Лавров → Лаврова, Лавровым). */
const RUSSIAN_ENDINGS: ReadonlySet<string> = new Set(['а', 'у', 'ом', 'ым', 'им', 'е', 'ой', 'ою', 'ы', 'и']);

/** The script-specific suffix sets; `NONE` means the name must end the word. */
export const SuffixKind = { NONE: 0, KOREAN_PARTICLE: 1, RUSSIAN_ENDING: 2 } as const;
export type SuffixKind = (typeof SuffixKind)[keyof typeof SuffixKind];

/**
 * True when the word characters of `text` from `at` up to the next non-word unit form a suffix of
 * `kind` (case-insensitively for Russian).
 */
export function isScriptSuffix(text: string, at: number, kind: SuffixKind): boolean {
  if (kind === SuffixKind.NONE) return false;
  const cls = classes();
  let j = at;
  while (j < text.length && (cls[text.charCodeAt(j)] as number) & WORD) j++;
  const rest = text.slice(at, j);
  if (kind === SuffixKind.KOREAN_PARTICLE) return KOREAN_PARTICLES.has(rest);
  return RUSSIAN_ENDINGS.has(rest.toLowerCase());
}
