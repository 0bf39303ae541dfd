/**
 * Statements set out as a list under a lead: `X'in mesajındaki önemli bölümler şöyle:` followed by
 * paragraphs like `⚡️ ‘…'`, `• "…"` or `- '…'`. Each quoted list item is the words of the lead's
 * speaker: the person the lead names last, else whoever spoke last before the list. The quote
 * extractor reads neither form (a bullet before the mark, or single marks with no speech verb).
 */
import type { Quote } from '../../core/protocol/types';
import { foldText } from '../../core/text/fold';
import type { ArticlePeople } from '../people/article-people';

/** Bullets, dashes and emoji (with their variation selectors) that open a list item. */
const BULLET = /^(?:\s|\p{Extended_Pictographic}|\uFE0F|\u200D|[•●▪■►▶➤*·\-–—])+/u;
/** A list item that is wholly a quotation, closing mark and end punctuation included. */
const QUOTED_ITEM = /^["“„«'‘](.+?)["”»'’][.!…]?\s*$/u;
/** Shorter than this, a quoted item is a slogan or a term. */
const MIN_STATEMENT_CHARS = 12;

/**
 * A paragraph that opens a quotation and does not close it: Turkish and English leave a quotation
 * open at a paragraph's end when it goes on in the next one.
 */
const OPEN_ITEM = /^["“„«'‘](\p{Lu}.*)$/u;
/** A closing mark: a quote mark not followed by a letter (`Hürmüz'ün` is an apostrophe). */
const CLOSING_MARK = /["”»]|['’](?![\p{L}])/u;

export interface ListItem {
  /** The quoted words. */
  text: string;
  /** True when a bullet opens the item. */
  bulleted: boolean;
  /** True when the quotation is left open at the paragraph's end (it may go on below). */
  open?: boolean;
}

/** The quotation a paragraph opens and leaves open, bullet aside, or null. */
export function openItemOf(paragraph: string): ListItem | null {
  const bullet = BULLET.exec(paragraph)?.[0] ?? '';
  const inner = OPEN_ITEM.exec(paragraph.slice(bullet.length).trim())?.[1]?.trim();
  if (!inner || inner.length < MIN_STATEMENT_CHARS || CLOSING_MARK.test(inner)) return null;
  return { text: inner, bulleted: bullet.trim() !== '', open: true };
}

/** The quotation a paragraph consists of, bullet aside, or null. */
export function listItemOf(paragraph: string): ListItem | null {
  const bullet = BULLET.exec(paragraph)?.[0] ?? '';
  const inner = QUOTED_ITEM.exec(paragraph.slice(bullet.length))?.[1]?.trim();
  if (!inner || inner.length < MIN_STATEMENT_CHARS) return null;
  // A quotation with a quotation inside is a sentence about it, not one item.
  if (/["“”]/.test(inner)) return null;
  return { text: inner, bulleted: bullet.trim() !== '' };
}

const key = (s: string) => foldText(s).replace(/[^a-z0-9]+/g, '');

/**
 * Quotes for the list items of `texts` (title first) that no quote of `quotes` holds yet. An item
 * counts when it is bulleted or its list follows a lead ending in a colon.
 */
export function listedStatements(
  texts: readonly string[],
  quotes: readonly Quote[],
  model: ArticlePeople,
  registered: ReadonlySet<string>,
): Quote[] {
  const have = quotes.map((q) => key(q.text));
  const out: Quote[] = [];
  for (let t = 1; t < texts.length; t++) {
    const item = listItemOf(texts[t] as string) ?? openItemOf(texts[t] as string);
    if (!item) continue;
    const k = key(item.text);
    if (have.some((h) => h.includes(k) || k.includes(h))) continue;
    let lead = t - 1;
    while (lead > 0 && (listItemOf(texts[lead] as string) || BULLET.test(texts[lead] as string))) lead--;
    const leadText = (texts[lead] as string).trim();
    const colon = leadText.endsWith(':');
    // An open quotation is a statement only where a lead announces it: `… şöyle:`.
    if ((!item.bulleted || item.open) && !colon) continue;
    const named = colon ? model.mentions.filter((m) => m.text === lead).pop()?.personId : undefined;
    const earlier = [...quotes, ...out].filter((q) => q.paragraph < t - 1 && q.personId != null).pop();
    const personId = named ?? earlier?.personId ?? null;
    out.push({
      text: item.text,
      speakerId: personId !== null && registered.has(personId) ? personId : null,
      speakerName: null,
      fragment: false,
      paragraph: t - 1,
      personId,
    });
  }
  return out;
}
