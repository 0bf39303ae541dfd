/**
 * The top of a scraped page: what is page chrome and where the title is.
 *
 * Scrapes of Turkish news sites start in many ways: a metadata line with the title (or the lead)
 * on the same line (` date 2025-09-23 Kim Jong Un: ...`), section labels and navigation
 * (`Dünya`, `HABER`, `Menü Kapat`, `Bize Ulaşın`), empty publication stamps (`Yayınlanma:`),
 * the page URL, bylines (`Editor`), a photo caption that repeats the lead's subject. When no
 * headline survived the scrape, the lead paragraph comes first; its first sentence is the title
 * and the paragraph stays in the body.
 */
import { foldText } from '../../core/text/fold';
import { findQuoteSpans } from '../quotes/quote-extractor';

/** A metadata line's category is a section name: one to three words, no sentence punctuation. */
const CATEGORY_MAX_WORDS = 3;
/** Chrome labels are short: a section, a menu item, a byline. */
const CHROME_MAX_WORDS = 4;
/** A caption repeating the lead's subject is the subject alone: role and name. */
const SUBJECT_CAPTION_MAX_WORDS = 7;

/** Section names and navigation items sites print above or below the article (folded). */
const CHROME_LABELS = new Set(
  [
    'haber',
    'haberler',
    'dünya',
    'gündem',
    'güncel',
    'ekonomi',
    'politika',
    'siyaset',
    'spor',
    'son dakika',
    'video',
    'galeri',
    'foto galeri',
    'menü',
    'menü kapat',
    'kapat',
    'editor',
    'editör',
    'haber merkezi',
    'bize ulaşın',
    'paylaş',
    'yorumlar',
    'ilk yorum yapan olun',
    'bir yanıt bırakın',
    'e-posta hesabınız yayımlanmayacak',
    'reklam',
    'abone ol',
  ].map((w) => foldText(w)),
);
/** A publication stamp or label with no value: `Yayınlanma:`, `/ Son Güncelleme:`. */
const EMPTY_LABEL = /^[/|•-]?\s*\p{L}+(?: \p{L}+){0,2}:$/u;
/** `Putin şöyle konuştu:`, `Trump şunları söyledi:`: a short lead to a quote, not a label. */
const SPEECH_LEAD = /(?:^|\s)(?:şöyle|şunları|şunu)\s|(?:d|t)[ıiuü]:$/u;
/** An agency's initials alone on a line: the credit of the text or photo (`IHA`, `AA`, `DHA`). */
const AGENCY_INITIALS = /^\p{Lu}{2,5}$/u;
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/i;
/** A date and time on their own (`19.08.2025`, `10 Ekim 2020 16:39`, `23.09.2025 00:20`). */
const DATE_ONLY =
  /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{1,2}\s+\p{L}+\s+\d{4}|\d{4}-\d{2}-\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u;
/** Comment-form and spam-filter boilerplate, in Turkish or English. */
const BOILERPLATE = /(?:yorum yap|yanıt bırak|e-posta hesabınız|uses akismet|comment data is processed)/i;
/** Font-size controls (`A+ Yazı Boyutunu Büyüt A- Yazı Boyutunu Küçült`). */
const FONT_CONTROLS = /yazı boyutunu (?:büyüt|küçült)/iu;
/** A market ticker line: `BIST 10.858`, `DOLAR 42,23`, `ALTIN 5.553,71`. */
const TICKER = /^(?:BIST(?: 100)?|DOLAR|EURO|STERLİN|ALTIN|GRAM ALTIN|BTC|PETROL)\s+[\d.,]+$/u;
/** `Kaynak: DHA`, `Kaynak: Haber Global`: the sign-off naming where the text came from. */
const SOURCE_SIGNOFF = /^Kaynak\s*:\s*[\p{L}\p{N} .&-]{2,40}$/u;

/** A page element, not article text. */
export function isChromeLine(text: string): boolean {
  const t = text.trim();
  if (t === '' || URL_LINE.test(t) || DATE_ONLY.test(t) || AGENCY_INITIALS.test(t)) return true;
  if (EMPTY_LABEL.test(t) && !SPEECH_LEAD.test(t)) return true;
  if (SOURCE_SIGNOFF.test(t) || BOILERPLATE.test(t)) return true;
  if (FONT_CONTROLS.test(t) || TICKER.test(t)) return true;
  const words = t.split(/\s+/);
  const folded = foldText(t.replace(/[.!]+$/, ''));
  if (words.length <= CHROME_MAX_WORDS && CHROME_LABELS.has(folded)) return true;
  // Navigation printed twice in two cases: `Bize Ulaşın BİZE ULAŞIN`.
  const half = words.length / 2;
  if (words.length % 2 === 0 && words.length <= 2 * CHROME_MAX_WORDS) {
    const a = foldText(words.slice(0, half).join(' '));
    if (a === foldText(words.slice(half).join(' ')) && CHROME_LABELS.has(a)) return true;
  }
  // Image file names and stray tokens left by a scraper: one lowercase word with no sentence in it.
  return /^[a-z]+\d*$/.test(t) && t.length <= 12;
}

/**
 * The rest of a metadata line, when it is the title or the lead rather than a category:
 * more than a few words, or sentence punctuation. Null for `Güncel`, `Son Dakika`, none.
 */
export function inlineTitle(category: string | null): string | null {
  if (category === null) return null;
  const words = category.split(/\s+/);
  if (words.length <= CATEGORY_MAX_WORDS && !/[.!?:,"“”'’]/.test(category)) return null;
  return category;
}

/**
 * A short line ending in a period that the next line begins with again: a photo caption naming the
 * lead's subject (`Ukrayna Devlet Başkanı X.` above `Ukrayna Devlet Başkanı X, ...`).
 */
export function isSubjectCaption(line: string, next: string | undefined): boolean {
  if (next === undefined || !line.endsWith('.')) return false;
  const subject = line.slice(0, -1).trim();
  if (subject.split(/\s+/).length > SUBJECT_CAPTION_MAX_WORDS) return false;
  return next.startsWith(subject) && /^[,\s]/.test(next.slice(subject.length));
}

/** A headline can end in `?` or `!`; a lead that does is longer than this. */
const HEADLINE_LIKE_MAX_CHARS = 120;

/** `(ANKARA) - `, `MOSKOVA - ` at the start of a lead. */
const LEAD_DATELINE = /^\(?[\p{Lu}]{2,}(?:[ /][\p{Lu}]{2,})*\)?\s+[-–—]\s+/u;

export interface TitleFromLine {
  title: string;
  /** The whole line as the first paragraph, when it was the lead and not a headline. */
  lead: string | null;
}

/**
 * A headline is kept as it is. A lead (the line ends a sentence) gives its first sentence, without
 * a dateline, as the title, and stays in the body.
 */
export function titleFromLine(line: string): TitleFromLine {
  // A line ending in `:` introduces what follows (`İşte açıklaması:`): a lead, never a headline.
  const endsSentence = /[.!?…:]["”’»']?$/u.test(line);
  if (!endsSentence || (/[?!]$/.test(line) && line.length < HEADLINE_LIKE_MAX_CHARS)) {
    return { title: line, lead: null };
  }
  const text = line.replace(LEAD_DATELINE, '');
  return { title: firstSentence(text), lead: line };
}

/** Up to the first sentence end outside quotes that a capital letter follows; a number's period (`14.`) is not an end. */
export function firstSentence(text: string): string {
  const spans = findQuoteSpans(text);
  const inside = (i: number) => spans.some((s) => i > s.open && i < s.close);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (!/[.!?…]/.test(ch) || inside(i)) continue;
    if (ch === '.' && /\d$/.test(text.slice(0, i))) continue;
    const after = text.slice(i + 1);
    const next = /^["”’»']?\s+(\S)/u.exec(after);
    if (after.trim() === '') return text.trim();
    if (next && /[\p{Lu}"“'‘]/u.test(next[1] as string)) return text.slice(0, i + 1).trim();
  }
  return text.trim();
}
