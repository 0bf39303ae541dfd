/**
 * Splits an article paragraph into what the reader draws: plain text, mentions of known people
 * (links to the person view) and the paragraph's direct quotes (set off with their speaker).
 * Pure: the reader renders the segments as text nodes, never as HTML.
 */

import type { Quote } from '../../core/protocol/types';
import { foldText } from '../../core/text/fold';

/** A mention as the mention matcher reports it: UTF-16 offsets into the paragraph. */
export interface MentionSpan {
  start: number;
  end: number;
  personId: string;
}

export type InlineSegment =
  | { kind: 'text'; text: string }
  | { kind: 'mention'; text: string; personId: string };

export type ParagraphSegment =
  | InlineSegment
  | { kind: 'quote'; quoteIndex: number; quote: Quote; children: InlineSegment[] };

export interface ParagraphLayout {
  segments: ParagraphSegment[];
  /** Quotes of this paragraph whose words could not be found in it; the reader shows them after it. */
  unplaced: { quoteIndex: number; quote: Quote }[];
}

interface QuoteSpan {
  start: number;
  end: number;
  quoteIndex: number;
  quote: Quote;
}

/** Finds each quote's words in the paragraph (folded, so `’`/`'` and case differences still match). */
function placeQuotes(
  paragraph: string,
  quotes: { quoteIndex: number; quote: Quote }[],
): {
  spans: QuoteSpan[];
  unplaced: ParagraphLayout['unplaced'];
} {
  const folded = foldText(paragraph);
  const spans: QuoteSpan[] = [];
  const unplaced: ParagraphLayout['unplaced'] = [];
  for (const entry of quotes) {
    const needle = foldText(entry.quote.text.trim());
    let from = 0;
    let placed = false;
    while (needle.length > 0) {
      const start = folded.indexOf(needle, from);
      if (start === -1) break;
      const end = start + needle.length;
      // The same words quoted twice in one paragraph: the second quote takes the next occurrence.
      if (spans.every((s) => end <= s.start || start >= s.end)) {
        spans.push({ start, end, quoteIndex: entry.quoteIndex, quote: entry.quote });
        placed = true;
        break;
      }
      from = start + 1;
    }
    if (!placed) unplaced.push(entry);
  }
  spans.sort((a, b) => a.start - b.start);
  return { spans, unplaced };
}

/** Text and mention segments for `[from, to)`; a mention crossing the range's edge is left as text. */
function inline(paragraph: string, mentions: MentionSpan[], from: number, to: number): InlineSegment[] {
  const out: InlineSegment[] = [];
  let cursor = from;
  for (const m of mentions) {
    if (m.start < cursor || m.end > to || m.end <= m.start) continue;
    if (m.start > cursor) out.push({ kind: 'text', text: paragraph.slice(cursor, m.start) });
    out.push({ kind: 'mention', text: paragraph.slice(m.start, m.end), personId: m.personId });
    cursor = m.end;
  }
  if (cursor < to) out.push({ kind: 'text', text: paragraph.slice(cursor, to) });
  return out;
}

/**
 * Lays out one paragraph. `quotes` are the article's quotes whose `paragraph` is this one, with
 * their index in `article.quotes`; `mentions` may be in any order and may overlap (the earliest,
 * then longest, wins).
 */
export function layoutParagraph(
  paragraph: string,
  quotes: { quoteIndex: number; quote: Quote }[],
  mentions: readonly MentionSpan[],
): ParagraphLayout {
  const sortedMentions = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const { spans, unplaced } = placeQuotes(paragraph, quotes);
  const segments: ParagraphSegment[] = [];
  let cursor = 0;
  for (const span of spans) {
    segments.push(...inline(paragraph, sortedMentions, cursor, span.start));
    segments.push({
      kind: 'quote',
      quoteIndex: span.quoteIndex,
      quote: span.quote,
      children: inline(paragraph, sortedMentions, span.start, span.end),
    });
    cursor = span.end;
  }
  segments.push(...inline(paragraph, sortedMentions, cursor, paragraph.length));
  return { segments, unplaced };
}

/** The article's quotes grouped by paragraph index, each with its index in `article.quotes`. */
export function quotesByParagraph(quotes: Quote[]): Map<number, { quoteIndex: number; quote: Quote }[]> {
  const byParagraph = new Map<number, { quoteIndex: number; quote: Quote }[]>();
  quotes.forEach((quote, quoteIndex) => {
    const list = byParagraph.get(quote.paragraph) ?? [];
    list.push({ quoteIndex, quote });
    byParagraph.set(quote.paragraph, list);
  });
  return byParagraph;
}
