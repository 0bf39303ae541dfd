/**
 * Reading backwards from a position without copying or regex-scanning everything before it.
 *
 * The quote and name rules ask "what ends right before this offset?" (the previous word, the last
 * sign before a name) for every candidate of a paragraph. Written as `text.slice(0, at)` with a
 * `$`-anchored pattern, each question scans the whole prefix, and a long paragraph costs its length
 * times its names; these answer from the few characters that matter, with the same results.
 */

const WHITESPACE = /\s/;

/** The code point ending at `at` (exclusive) and its length in UTF-16 units, or null at 0. */
function codePointBefore(text: string, at: number): { ch: string; size: number } | null {
  if (at <= 0) return null;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return { ch: text.slice(at - 2, at), size: 2 };
  }
  return { ch: text[at - 1] as string, size: 1 };
}

/** `j` such that `text.slice(0, j)` is `text.slice(0, at).trimEnd()`. */
export function trimmedEnd(text: string, at: number): number {
  let j = at;
  while (j > 0 && WHITESPACE.test(text[j - 1] as string)) j--;
  return j;
}

/**
 * Start of the longest run of code points matching `char` (a one-character pattern) that ends at
 * `to` and starts no earlier than `from`: `/(char+)$/u` on `text.slice(from, to)`.
 */
export function runStartBefore(text: string, to: number, char: RegExp, from = 0): number {
  let k = to;
  for (;;) {
    const cp = codePointBefore(text, k);
    if (!cp || k - cp.size < from || !char.test(cp.ch)) return k;
    k -= cp.size;
  }
}
