/**
 * Stable article ids. The id depends only on what the article says — folded title, date and the
 * start of its body — never on the file name or position, so rebuilding gives the same ids and the
 * same article scraped into two files gets the same id (the builder keeps one copy).
 */
import { foldText } from '../../core/text/fold';

/** Enough of the body to tell apart two articles that share a headline (live-blog updates). */
const BODY_PREFIX_CHARS = 400;
/** 2 × 32 bits, 16 hex digits: collisions are negligible at millions of articles. */
const ID_HEX_DIGITS = 16;

export interface ArticleIdInput {
  title: string;
  date: string | null;
  paragraphs: readonly string[];
}

export function articleId(article: ArticleIdInput): string {
  const key = [
    canonicalText(article.title),
    article.date ?? '',
    canonicalText(article.paragraphs.join(' ').slice(0, BODY_PREFIX_CHARS)),
  ].join('\n');
  return hash64(key).padStart(ID_HEX_DIGITS, '0');
}

let wordUnits: Uint8Array | null = null;

/** 1 for every BMP unit that is a letter, digit or mark (surrogates too: astral letters stay). */
function wordUnitTable(): Uint8Array {
  if (wordUnits) return wordUnits;
  const table = new Uint8Array(0x10000);
  const word = /[\p{L}\p{N}\p{M}]/u;
  for (let c = 0; c < 0x10000; c++) {
    table[c] = (c >= 0xd800 && c <= 0xdfff) || word.test(String.fromCharCode(c)) ? 1 : 0;
  }
  wordUnits = table;
  return table;
}

/**
 * Folded, punctuation-free and whitespace-collapsed text: `"Zafer" günü` and `“Zafer” Günü` agree.
 * Ids are computed from it, and the parser compares lines with it to drop scraper repeats.
 */
export function canonicalText(s: string): string {
  const folded = foldText(s);
  const table = wordUnitTable();
  const codes: number[] = [];
  let gap = false;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (table[c] === 1) {
      if (gap && codes.length > 0) codes.push(0x20);
      gap = false;
      codes.push(c);
    } else {
      gap = true;
    }
  }
  let out = '';
  const CHUNK = 4096; // keeps String.fromCharCode's argument list short
  for (let i = 0; i < codes.length; i += CHUNK) out += String.fromCharCode(...codes.slice(i, i + CHUNK));
  return out;
}

/** Two independent 32-bit FNV-1a hashes (different offsets) over UTF-16 units, as 16 hex digits. */
function hash64(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x9e3779b9;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h2 >>> 15);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
