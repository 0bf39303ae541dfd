/**
 * Character classes the mention matcher needs, as one lookup per UTF-16 unit.
 *
 * The table from `charClassTable()` tells whether a unit is part of a word, upper- or lowercase,
 * and which scripts it belongs to. Surrogate halves are never word units: names
 * outside the BMP are out of scope and emoji must not glue words together.
 */

/** A letter, digit or combining mark of any script. */
export const WORD = 1;
/** An uppercase (or titlecase) letter: İ, Ş, Д. */
export const UPPER = 2;
/** A lowercase letter of a cased script: `trump`, `путин` cannot start a name. */
export const LOWER = 4;
/** Han, Hiragana, Katakana: written without spaces, so names there have no word boundaries. */
export const CJK = 8;
/** Hangul: names take particles written without a space (`김정은은`). */
export const HANGUL = 16;
/** Cyrillic: names take case endings (`Путина`). */
export const CYRILLIC = 32;

let table: Uint8Array | null = null;

/** The class table for the whole BMP, built once (a few ms). */
export function charClassTable(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(0x10000);
  const word = /[\p{L}\p{N}\p{M}]/u;
  const upper = /[\p{Lu}\p{Lt}]/u;
  const lower = /\p{Ll}/u;
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
  const hangul = /\p{Script=Hangul}/u;
  const cyrillic = /\p{Script=Cyrillic}/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (!word.test(ch)) continue;
    let k = WORD;
    if (upper.test(ch)) k |= UPPER;
    else if (lower.test(ch)) k |= LOWER;
    if (c >= 0x2e80 && cjk.test(ch)) k |= CJK;
    if (c >= 0x1100 && hangul.test(ch)) k |= HANGUL;
    if (c >= 0x400 && c < 0x530 && cyrillic.test(ch)) k |= CYRILLIC;
    t[c] = k;
  }
  table = t;
  return t;
}

/** Takes a table built elsewhere (see `adoptFoldTable`). */
export function adoptCharClassTable(t: Uint8Array): void {
  table = t;
}

// Folded units (see text-fold.ts: every apostrophe, hyphen and space look-alike is folded to ASCII).
export const APOSTROPHE = 0x27;
export const HYPHEN = 0x2d;
export const SPACE = 0x20;
export const TAB = 0x09;
export const PERIOD = 0x2e;
/** Zero-width non-joiner: joins the parts of Persian names (`خامنه‌ای`). */
export const ZWNJ = 0x200c;
/** Zero-width joiner. */
export const ZWJ = 0x200d;
/** Soft hyphen: an invisible break hint that pages put inside long words (`Pu\u00adtin`). */
export const SOFT_HYPHEN = 0xad;
