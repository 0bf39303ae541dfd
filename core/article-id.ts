/**
 * Stable article ids. The id depends only on what the article says — folded title, date and the
 * start of its body — never on the file name or position, so rebuilding gives the same ids and the
 * same article scraped into two files gets the same id (the builder keeps one copy).
 */
import { foldText } from './text-fold';

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
    canonical(article.title),
    article.date ?? '',
    canonical(article.paragraphs.join(' ').slice(0, BODY_PREFIX_CHARS)),
  ].join('\n');
  return hash64(key).padStart(ID_HEX_DIGITS, '0');
}

/** Folded, punctuation-free and whitespace-collapsed: `"Zafer" günü` and `“Zafer” Günü` agree. */
function canonical(s: string): string {
  return foldText(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
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
