/**
 * Length-preserving case and diacritic folding for Turkish and any other script.
 *
 * `foldText(s)` returns a string of exactly `s.length` UTF-16 units in which every unit is folded
 * on its own, so an offset found in the folded text is the same offset in the original (DOM text
 * nodes need that). `'İ'.toLowerCase()` is two units and `'I'.toLowerCase()` is `i` in English but
 * `ı` in Turkish; folding every I-form (İ I ı i) to `i` sidesteps both problems and is what a reader
 * expects: `HAMANEY'İN`, `Hamaney'in` and `hamaneyin` are the same word.
 */

import { APOSTROPHES } from './lexicon';

const SPECIAL: Record<string, string> = {
  İ: 'i',
  I: 'i',
  ı: 'i',
  // Hyphen look-alikes inside names (Kim Jong‑un).
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  // Spaces that are not ASCII spaces.
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  ß: 's',
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  æ: 'a',
  Æ: 'a',
  œ: 'o',
  Œ: 'o',
};
// Apostrophes of every kind become ASCII: Turkish suffixes follow any of them.
for (const apostrophe of APOSTROPHES) SPECIAL[apostrophe] = "'";

let table: Uint16Array | null = null;

function foldUnit(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return code; // surrogate halves stay as they are
  const ch = String.fromCharCode(code);
  const special = SPECIAL[ch];
  if (special !== undefined) return special.charCodeAt(0);
  const lower = ch.toLowerCase();
  const one = lower.length === 1 ? lower : ch;
  // Strip combining marks: â → a, ş → s, ü → u, é → e. Keep the unit when NFD gives no base.
  const base = one.normalize('NFD');
  if (base.length > 1 && base.charCodeAt(0) < 0x300) {
    const rest = base.slice(1);
    if (/^[\u0300-\u036f]+$/.test(rest)) return base.charCodeAt(0);
  }
  return one.charCodeAt(0);
}

/** The folding table for the whole BMP, built once (~65k entries, a few ms). */
export function foldTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c < 0x80 ? asciiFold(c) : foldUnit(c);
  table = t;
  return t;
}

/**
 * Takes a table built elsewhere (the background's, sent with the packed matcher) instead of
 * building one: a page then never spends the build's milliseconds.
 */
export function adoptFoldTable(t: Uint16Array): void {
  table = t;
}

function asciiFold(c: number): number {
  if (c === 0x49) return 0x69; // I → i (not ı)
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  if (c === 0x60) return 0x27; // ` → '
  return c;
}

/** Folds `s` unit by unit; the result has the same length as `s`. */
export function foldText(s: string): string {
  const t = foldTable();
  let out = '';
  // Chunks keep String.fromCharCode's argument list short.
  const CHUNK = 4096;
  for (let i = 0; i < s.length; i += CHUNK) {
    const end = Math.min(s.length, i + CHUNK);
    const codes = new Array<number>(end - i);
    for (let j = i; j < end; j++) codes[j - i] = t[s.charCodeAt(j)] as number;
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** True for a letter or digit of any script (after folding or not). */
export function isWordChar(ch: string): boolean {
  return /[\p{L}\p{N}\p{M}]/u.test(ch);
}

/** True when `ch` is an uppercase letter (İ, Ş and Cyrillic included). */
export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
