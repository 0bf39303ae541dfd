/**
 * Statements in single quote marks: `Erdoğan, 'Sayın Putin'le ... görüşme gerçekleştirdik.' dedi`.
 *
 * Turkish writes the case ending of a name after an apostrophe (`Putin'le`), the same character
 * many sites use as a single quote, so a mark-pairing quote finder cannot tell where such a quote
 * ends. A statement is recognised by its frame instead: it opens with a mark at the start of a word
 * before a capital letter, and closes with a mark right before a speech verb or an utterance noun
 * (`dedi`, `diyen`, `ifadesini`, `sözlerini`).
 */
import type { Quote } from '../../core/protocol/types';
import { foldText } from '../../core/text/fold';
import type { ArticlePeople } from '../people/article-people';

const OPEN = /['‘]/;
const CLOSE = /['’]/;
const SPEECH_AFTER =
  /^[,]?\s*(?:dedi|demişti|diyor|diye|diyen|diyerek|dediği|ifade|söz|açıklama|şeklinde|yanıt|cevab|mesaj)/u;
/** Shorter than this, a quoted phrase is a term or a fragment, left to the quote extractor. */
const MIN_STATEMENT_CHARS = 12;
/** `diyen X`: how far after the closing mark the speaker's name may start. */
const SPEAKER_AFTER_CHARS = 40;

export interface SingleQuoted {
  open: number;
  close: number;
  text: string;
}

export function findSingleQuotedStatements(text: string): SingleQuoted[] {
  const out: SingleQuoted[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    const before = i === 0 ? ' ' : (text[i - 1] as string);
    if (!OPEN.test(ch) || !/[\s(:—–-]/.test(before) || !/\p{Lu}/u.test(text[i + 1] ?? '')) {
      i++;
      continue;
    }
    let close = -1;
    for (let j = i + MIN_STATEMENT_CHARS; j < text.length; j++) {
      if (CLOSE.test(text[j] as string) && SPEECH_AFTER.test(text.slice(j + 1))) {
        close = j;
        break;
      }
      // A statement does not run over another quotation.
      if (/["“”]/.test(text[j] as string)) break;
    }
    if (close < 0) {
      i++;
      continue;
    }
    out.push({ open: i, close, text: text.slice(i + 1, close).trim() });
    i = close + 1;
  }
  return out;
}

const key = (s: string) => foldText(s).replace(/[^a-z0-9]+/g, '');

/**
 * Quotes for the single-quoted statements of `texts` (title first) that no quote of `quotes`
 * holds yet, each attributed to the person named last before it in its sentence, or named right
 * after it (`diyen X`), or to nobody.
 */
export function singleQuotedQuotes(
  texts: readonly string[],
  quotes: readonly Quote[],
  model: ArticlePeople,
  registered: ReadonlySet<string>,
): Quote[] {
  const have = quotes.map((q) => key(q.text));
  const out: Quote[] = [];
  texts.forEach((text, t) => {
    for (const s of findSingleQuotedStatements(text)) {
      const k = key(s.text);
      if (k === '' || have.some((h) => h.includes(k) || k.includes(h))) continue;
      const sentenceStart = Math.max(text.lastIndexOf('. ', s.open), 0);
      const inText = model.mentions.filter((m) => m.text === t);
      const before = inText.filter((m) => m.start >= sentenceStart && m.end <= s.open).pop();
      const after = inText.find((m) => m.start > s.close && m.start - s.close <= SPEAKER_AFTER_CHARS);
      const personId =
        after && /^\S*\s+diyen\b/u.test(text.slice(s.close + 1))
          ? after.personId
          : (before?.personId ?? null);
      out.push({
        text: s.text,
        speakerId: personId !== null && registered.has(personId) ? personId : null,
        speakerName: null,
        fragment: false,
        paragraph: t - 1,
        personId,
      });
    }
  });
  return out;
}
