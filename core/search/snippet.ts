/**
 * Search-result snippets: a short, word-aligned excerpt of a document's text with the matched
 * words marked.
 *
 * `makeSnippet(texts, terms)` looks for words whose index terms (see `processTerm`) are in
 * `terms`, so folding and suffixes are handled: the term `hamaney` marks all of `Hamaney’in`.
 * It picks the window of about `maxLength` characters holding the most distinct terms (then the
 * most matches; earlier texts win ties), starts it at a sentence or word boundary shortly before
 * the first match in it, and adds `…` where it cuts. Without any match it returns the beginning of
 * the first non-empty text, unmarked. Parts are plain text, never HTML.
 */

import { foldText } from '../text/fold';
import { type TokenSpan, tokenSpans } from './search-terms';
import type { SearchHit } from './search-types';

export type Snippet = SearchHit['snippet'];

/** About two lines in the popup. */
export const SNIPPET_LENGTH = 160;
/** Context kept before the first marked word so it is not the very first thing read. */
const CONTEXT_BEFORE = 40;
const ELLIPSIS = '…';

interface Candidate {
  text: string;
  /** Every match in the text. */
  all: TokenSpan[];
  /** The matches inside the window. */
  matches: TokenSpan[];
  start: number;
  end: number;
  distinct: number;
}

/** Cheap pre-check: a text containing none of the terms (folded) cannot have a matching word. */
function mayContain(folded: string, terms: ReadonlySet<string>): boolean {
  for (const term of terms) if (folded.includes(term)) return true;
  return false;
}

function matchesOf(text: string, terms: ReadonlySet<string>): TokenSpan[] {
  if (!mayContain(foldText(text), terms)) return [];
  return tokenSpans(text).filter((span) => span.terms.some((t) => terms.has(t)));
}

/** Best window of one text, anchored at each match in turn. */
function bestWindow(text: string, matches: TokenSpan[], maxLength: number): Candidate | null {
  let best: Candidate | null = null;
  for (let i = 0; i < matches.length; i++) {
    const anchor = matches[i] as TokenSpan;
    const start = Math.max(0, anchor.start - CONTEXT_BEFORE);
    const limit = start + maxLength;
    const inside = matches.slice(i).filter((m) => m.end <= limit);
    const distinct = new Set(inside.flatMap((m) => m.terms)).size;
    if (
      !best ||
      distinct > best.distinct ||
      (distinct === best.distinct && inside.length > best.matches.length)
    ) {
      best = {
        text,
        all: matches,
        matches: inside.length > 0 ? inside : [anchor],
        start,
        end: limit,
        distinct,
      };
    }
  }
  return best;
}

/** Moves a window start forward to a sentence start or, failing that, a word start. */
function alignStart(text: string, start: number, firstMatch: number): number {
  if (start === 0) return 0;
  const before = text.slice(start, firstMatch);
  const sentence = before.search(/[.!?…]["”’»]?\s+\S[^.!?…]*$/u);
  if (sentence >= 0) {
    const rest = before.slice(sentence).search(/\s\S/u);
    return start + sentence + rest + 1;
  }
  const space = before.search(/\s\S/u);
  return space >= 0 ? start + space + 1 : firstMatch;
}

/** Moves a window end back to a word end, never before `minEnd`. */
function alignEnd(text: string, end: number, minEnd: number): number {
  if (end >= text.length) return text.length;
  const cut = text.lastIndexOf(' ', end);
  return cut > minEnd ? cut : Math.max(minEnd, end);
}

function tidy(s: string): string {
  return s.replace(/\s+/gu, ' ');
}

function build(text: string, start: number, end: number, marks: TokenSpan[]): Snippet {
  const parts: Snippet = [];
  const push = (s: string, mark: boolean) => {
    if (s.length === 0) return;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += s;
    else parts.push({ text: s, mark });
  };
  let at = start;
  if (start > 0) push(ELLIPSIS, false);
  for (const m of marks) {
    if (m.start < at || m.end > end) continue;
    push(tidy(text.slice(at, m.start)), false);
    push(tidy(text.slice(m.start, m.end)), true);
    at = m.end;
  }
  push(tidy(text.slice(at, end)).trimEnd(), false);
  if (end < text.length) push(ELLIPSIS, false);
  return parts;
}

/** A snippet of the best-matching text among `texts` (in priority order) for index `terms`. */
export function makeSnippet(
  texts: readonly string[],
  terms: ReadonlySet<string>,
  maxLength: number = SNIPPET_LENGTH,
): Snippet {
  let best: Candidate | null = null;
  if (terms.size > 0) {
    for (const text of texts) {
      const matches = matchesOf(text, terms);
      if (matches.length === 0) continue;
      const candidate = bestWindow(text, matches, maxLength);
      if (
        candidate &&
        (!best ||
          candidate.distinct > best.distinct ||
          (candidate.distinct === best.distinct && candidate.matches.length > best.matches.length))
      ) {
        best = candidate;
      }
    }
  }
  if (!best) {
    const first = texts.find((t) => t.trim().length > 0);
    if (first === undefined) return [];
    const text = first.trim();
    return build(text, 0, alignEnd(text, maxLength, 0), []);
  }
  const { text, matches, all } = best;
  const first = matches[0] as TokenSpan;
  const start = alignStart(text, best.start, first.start);
  const end = alignEnd(text, start + maxLength, first.end);
  return build(text, start, end, all);
}
