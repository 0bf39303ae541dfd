/**
 * Parses one file of scraped Turkish news text into articles. Pure: text in, articles and warnings
 * out; the same text always gives the same result.
 *
 * The scraped shape it understands (see `corpus/raw/` and `test/fixtures/corpus/`):
 * - a file holds one article or several; articles are separated by a longer run of blank lines
 *   than the paragraphs are (the seeds: 3 blank lines between articles, 1 between paragraphs), or
 *   start with a metadata line ` date 2024-11 Güncel` (date `YYYY[-MM[-DD]]` or other common forms;
 *   partial dates stay partial; the rest of the line is the category);
 * - the headline (a leading `- ` bullet is dropped), then a header zone the scraper repeats: photo
 *   captions (`... töreninden (AFP)`, often twice), a `TT` marker, the headline again; and an
 *   optional subtitle line. Each headline/caption is kept once and never again in the body;
 * - the body: paragraphs, a dateline `MOSKOVA - ` on the first one (split off into `dateline`),
 *   in-text subheadings (a short line on its own, usually quoted), photo captions in between;
 * - the publisher and wire where the text states them: `Şarku’l Avsat’ın Reuters'ten aktardığına
 *   göre` → source `Şarku’l Avsat`, wire `Reuters`. That explicit chain wins over a bare
 *   `KCNA’ya göre` (the agency a claim is attributed to), which is used only when no chain is stated.
 * Text is normalised to NFC with LF line ends; BOM, NBSP and other odd spaces, zero-width, bidi
 * control (U+202A–E, U+2066–9) and control characters are cleaned; quotes and apostrophes are kept as written.
 */

import type { Article, Caption, Heading } from '../../core/protocol/types';
import { foldText } from '../../core/text/fold';
import {
  APOSTROPHES,
  CLOSE_QUOTE_MARKS,
  MONTHS_EN,
  MONTHS_TR,
  NON_NAME_OPENERS,
  OPEN_QUOTE_MARKS,
} from '../../core/text/lexicon';
import { articleId, canonicalText } from './article-id';
import { inlineTitle, isChromeLine, isSubjectCaption, titleFromLine } from './scraped-head';

/** An article as parsed, before quotes and roles are extracted. */
export type ParsedArticle = Omit<Article, 'quotes' | 'roles'>;

export interface ParseWarning {
  file: string;
  /** 1-based line in the file. */
  line: number;
  message: string;
}

export interface ParseResult {
  articles: ParsedArticle[];
  warnings: ParseWarning[];
}

/** Paragraph gaps are one blank line in every scraped shape seen; articles need at least two. */
const MIN_ARTICLE_GAP_BLANK_LINES = 2;
/** Longer than any real headline; a longer first line is still used, with a warning. */
const HEADLINE_MAX_CHARS = 250;
/** Subtitles (spots) are one short line. */
const SUBTITLE_MAX_CHARS = 250;
/** Captions are one or two sentences. */
const CAPTION_MAX_CHARS = 400;
/** Photo credits are an agency or a photographer: `AFP`, `Getty Images`, `Fotoğraf: AA`. */
const CREDIT_MAX_CHARS = 40;
const CREDIT_MAX_WORDS = 4;
/** In-text subheadings are a short line on their own. */
const HEADING_MAX_CHARS = 120;
const HEADING_MAX_WORDS = 14;
/** Words before a `’ın`/`’a göre` suffix that can make up a publisher's name (`New York Times`). */
const SOURCE_NAME_MAX_WORDS = 5;
/** Characters looked back for such a name: five long words. */
const SOURCE_NAME_MAX_CHARS = 80;

const MARKER_LINES = new Set(['TT']);
/** Publication stamps some sites print under the headline. */
const DATE_STAMP =
  /^(?:Giriş|Yayın(?:lanma)?|Güncelleme|Son Güncelleme|Oluşturulma|Published|Updated)(?: Tarihi| Date)?\s*:\s*(.+)$/iu;
/** A photo credit on a line of its own. */
const CREDIT_LINE = /^(?:Foto(?:ğraf)?|Photo|Görsel|Kaynak)\s*:\s*\S.{0,40}$/iu;
const BULLET = /^[-–—•·*]\s+/;
const TERMINAL = /[.!?…:;]["”’»'›)]*$/;

/** Wire agencies: named after `’ın`/`’a göre`, in credits and datelines. Longest first. */
const WIRES = [
  'Kore Merkezi Haber Ajansı',
  'Associated Press',
  'Anadolu Ajansı',
  'Demirören Haber Ajansı',
  'İhlas Haber Ajansı',
  'RIA Novosti',
  'RİA Novosti',
  'Ukrinform',
  'Interfax',
  'Reuters',
  'Bloomberg',
  'Xinhua',
  'Şinhua',
  'Yonhap',
  'Kyodo',
  'Sputnik',
  'Tasnim',
  'ANSA',
  'KCNA',
  'TASS',
  'IRNA',
  'İRNA',
  'ISNA',
  'İSNA',
  'Fars',
  'Mehr',
  'WAFA',
  'SANA',
  'ANKA',
  'AFP',
  'DPA',
  'EFE',
  'UPI',
  'EPA',
  'AP',
  'AA',
  'İHA',
  'DHA',
].sort((a, b) => b.length - a.length);
/** Words that make an unlisted name a publisher or agency rather than a person. */
const MEDIA_WORDS =
  /(?<!\p{L})(?:Ajans\p{L}*|Gazete\p{L}*|Televizyon\p{L}*|Radyo\p{L}*|Dergi\p{L}*|Kanal\p{L}*|TV|Times|Post|Journal|News|Agency|Press|Herald|Tribune|Guardian|Telegraph|Independent|Avsat|Awsat|Jazeera|Arabiya|BBC|CNN|NBC|CBS|ABC|Axios|Politico|Haaretz|Monde|Spiegel|Bild|Figaro)(?!\p{L})/u;
const AGENCY_WORDS = /(?<!\p{L})(?:Ajans\p{L}*|Agency)(?!\p{L})/u;
/** Words that start a capitalised run without being part of a name. */
const RUN_STOP_WORDS: ReadonlySet<string> = new Set(NON_NAME_OPENERS);

interface Line {
  text: string;
  /** 1-based line number in the file. */
  no: number;
  /** Blank lines right before this line. */
  gapBefore: number;
}

export function parseCorpusFile(text: string, fileName: string): ParseResult {
  const warnings: ParseWarning[] = [];
  const warn = (line: number, message: string) => warnings.push({ file: fileName, line, message });
  const lines = toLines(text);
  if (lines.length === 0) {
    warn(1, 'no text in the file');
    return { articles: [], warnings };
  }
  const articles: ParsedArticle[] = [];
  for (const chunk of splitArticles(lines)) {
    const article = parseArticle(chunk, fileName, warn);
    if (article) articles.push(article);
  }
  const last = lines[lines.length - 1] as Line;
  if (articles.length > 0 && !TERMINAL.test(last.text) && !/["”»]$/.test(last.text)) {
    warn(last.no, 'the file ends mid-sentence (truncated?); the last paragraph is kept as it is');
  }
  return { articles, warnings };
}

/** Non-blank lines, cleaned, with their line numbers and the blank lines before them. */
function toLines(text: string): Line[] {
  const raw = text
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n|\u2028|\u2029|\u0085/);
  const lines: Line[] = [];
  let gap = 0;
  for (let i = 0; i < raw.length; i++) {
    const clean = cleanLine(raw[i] as string);
    if (clean === '') {
      gap++;
      continue;
    }
    lines.push({ text: clean, no: i + 1, gapBefore: lines.length === 0 ? Number.POSITIVE_INFINITY : gap });
    gap = 0;
  }
  return lines;
}

function cleanLine(line: string): string {
  return (
    line
      // Zero-width space, word joiner, soft hyphen, BOM; ZWNJ (U+200C) stays: Persian names need it.
      .replace(/[\u200b\u2060\u00ad\ufeff]/g, '')
      // Bidi embeddings, overrides and isolates: shown in our UI they could reorder it.
      .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing stray control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '')
      .replace(/[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
      .replace(/ {2,}/g, ' ')
      .trim()
  );
}

interface Metadata {
  date: string | null;
  category: string | null;
  rawDate: string;
}

/** ` date 2024-11 Güncel`, `date: 05.11.2024 Dünya`, `tarih 5 Kasım 2024`. */
function parseMetadata(line: string): Metadata | null {
  const m = /^(date|tarih)\s*:?\s+(.+)$/i.exec(line);
  if (!m) return null;
  const keyword = (m[1] as string).toLowerCase();
  const rest = m[2] as string;
  const found = matchDate(rest);
  // `Tarih boyunca ...` is a sentence, not metadata: the Turkish keyword needs a real date.
  if (keyword === 'tarih' && !found) return null;
  if (keyword === 'date' && !found && !/^\S*\d/.test(rest)) return null;
  if (!found) {
    const token = rest.split(' ')[0] as string;
    const category = rest.slice(token.length).trim();
    return { date: null, category: category || null, rawDate: token };
  }
  const category = rest.slice(found.length).trim();
  return { date: found.date, category: category || null, rawDate: rest.slice(0, found.length) };
}

interface DateMatch {
  date: string | null;
  /** Characters of the input the date took. */
  length: number;
}

function matchDate(s: string): DateMatch | null {
  const pad = (n: number) => String(n).padStart(2, '0');
  const ymd = (y: number, mo?: number, d?: number): string | null => {
    if (y < 1800 || y > 2200) return null;
    if (mo === undefined) return String(y);
    if (mo < 1 || mo > 12) return null;
    if (d === undefined) return `${y}-${pad(mo)}`;
    const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    if (d < 1 || d > daysInMonth) return null;
    return `${y}-${pad(mo)}-${pad(d)}`;
  };
  // A time after the date is dropped: the model keeps days at most.
  const time = String.raw`(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
  const end = String.raw`(?=\s|$)`;
  let m = new RegExp(String.raw`^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?${time}${end}`).exec(s);
  if (m) return withDate(m[0], ymd(+(m[1] as string), num(m[2]), num(m[3])));
  m = new RegExp(String.raw`^(\d{1,2})[./-](\d{1,2})[./-](\d{4})${time}${end}`).exec(s);
  if (m) return withDate(m[0], ymd(+(m[3] as string), +(m[2] as string), +(m[1] as string)));
  m = new RegExp(String.raw`^(\d{1,2})[./](\d{4})${end}`).exec(s);
  if (m) return withDate(m[0], ymd(+(m[2] as string), +(m[1] as string)));
  m = new RegExp(String.raw`^(\p{L}+)\s+(\d{1,2}),?\s+(\d{4})${time}${end}`, 'u').exec(s);
  if (m) {
    const month = monthNumber(m[1] as string);
    if (month !== null) return withDate(m[0], ymd(+(m[3] as string), month, num(m[2])));
  }
  m = new RegExp(String.raw`^(?:(\d{1,2})\s+)?(\p{L}+)\s+(\d{4})${time}${end}`, 'u').exec(s);
  if (m) {
    const month = monthNumber(m[2] as string);
    if (month !== null) return withDate(m[0], ymd(+(m[3] as string), month, num(m[1])));
  }
  return null;
}

function withDate(text: string, date: string | null): DateMatch {
  return { date, length: text.length };
}

function num(s: string | undefined): number | undefined {
  return s === undefined ? undefined : Number(s);
}

function monthNumber(word: string): number | null {
  const folded = foldText(word);
  const tr = MONTHS_TR.indexOf(folded);
  if (tr >= 0) return tr + 1;
  const en = MONTHS_EN.indexOf(folded);
  return en >= 0 ? en + 1 : null;
}

/** A line a scraped article can start with: a short headline, not a sentence ending in a period. */
function looksLikeHeadline(line: string): boolean {
  const text = line.replace(BULLET, '');
  return (
    text.length <= HEADLINE_MAX_CHARS && !/[.,;:]$/.test(text) && /\p{L}/u.test(text) && !splitCaption(text)
  );
}

/**
 * Splits a file into articles. When any metadata line is present, each one starts an article (and
 * blank-line runs do not, since a scrape with metadata marks every article). Otherwise an article
 * starts after a run of blank lines longer than the usual paragraph gap, when the next line looks
 * like a headline.
 */
function splitArticles(lines: Line[]): Line[][] {
  const isMeta = lines.map((l) => parseMetadata(l.text) !== null);
  const hasMetadata = isMeta.some(Boolean);
  const gapCounts = new Map<number, number>();
  for (const l of lines.slice(1)) gapCounts.set(l.gapBefore, (gapCounts.get(l.gapBefore) ?? 0) + 1);
  let usualGap = 0;
  let best = -1;
  for (const [gap, count] of gapCounts) {
    if (count > best || (count === best && gap < usualGap)) {
      usualGap = gap;
      best = count;
    }
  }
  const articleGap = Math.max(MIN_ARTICLE_GAP_BLANK_LINES, usualGap + 1);

  const chunks: Line[][] = [];
  let current: Line[] = [];
  lines.forEach((line, i) => {
    const starts = hasMetadata
      ? isMeta[i] === true
      : line.gapBefore >= articleGap &&
        line.gapBefore !== Number.POSITIVE_INFINITY &&
        looksLikeHeadline(line.text);
    if (starts && current.length > 0) {
      chunks.push(current);
      current = [];
    }
    current.push(line);
  });
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** `... töreninden (AFP)` → text + credit; null when the line does not end in a credit. */
function splitCaption(line: string): Caption | null {
  if (!line.endsWith(')')) return null;
  const open = line.lastIndexOf('(');
  if (open <= 0) return null;
  const text = line.slice(0, open).trimEnd();
  const credit = line.slice(open + 1, -1).trim();
  if (text === '' || credit === '') return null;
  if (credit.length > CREDIT_MAX_CHARS || line.length > CAPTION_MAX_CHARS) return null;
  const label = /^(?:Foto(?:ğraf)?|Photo|Görsel|Kaynak|Kredi)\s*:\s*(.+)$/iu.exec(credit);
  if (label) return { text, credit };
  const words = credit.split(/[\s/]+/);
  if (words.length > CREDIT_MAX_WORDS) return null;
  // Every word a name or an acronym (`Getty Images`, `EPA-EFE`, `AA`); `(2024)`, `(arşiv)` are not credits.
  if (!words.every((w) => /^[\p{Lu}@][\p{L}\p{N}.&@_-]*$/u.test(w))) return null;
  return { text, credit };
}

/**
 * Canonical texts differ by punctuation, case and spacing only, so their lengths stay within this
 * factor (plus a little): comparing lengths first spares folding every long paragraph.
 */
const SAME_TEXT_MAX_LENGTH_RATIO = 1.5;
const SAME_TEXT_LENGTH_SLACK = 8;

function comparableLengths(a: number, b: number): boolean {
  return Math.max(a, b) <= Math.min(a, b) * SAME_TEXT_MAX_LENGTH_RATIO + SAME_TEXT_LENGTH_SLACK;
}

/** Same text up to case, diacritics, punctuation and spacing (`“Zafer”` = `"zafer"`). */
function sameText(a: string, b: string): boolean {
  return a === b || (comparableLengths(a.length, b.length) && canonicalText(a) === canonicalText(b));
}

/** The headline, captions, subtitle and headings of an article: lines the body must not repeat. */
class SeenLines {
  private readonly keys = new Set<string>();
  private longest = 0;

  add(text: string): void {
    this.keys.add(canonicalText(text));
    this.longest = Math.max(this.longest, text.length);
  }

  has(text: string): boolean {
    if (!comparableLengths(Math.min(text.length, this.longest), text.length)) return false;
    return this.keys.has(canonicalText(text));
  }
}

/** Markers, page chrome and a subject caption before the title. */
function isHeadChrome(chunk: readonly Line[], i: number): boolean {
  const text = (chunk[i] as Line).text;
  return MARKER_LINES.has(text) || isChromeLine(text) || isSubjectCaption(text, chunk[i + 1]?.text);
}

function isWhollyQuoted(line: string): boolean {
  return (
    line.length >= 3 &&
    OPEN_QUOTE_MARKS.includes(line[0] as string) &&
    CLOSE_QUOTE_MARKS.includes(line.replace(/[.!?…]+$/, '').slice(-1)) &&
    // One quotation, not `"A" dedi, "B" diye ekledi`.
    [...line.slice(1, -1)].filter((c) => `"“”«»„`.includes(c)).length <= 1
  );
}

function parseArticle(
  lines: Line[],
  fileName: string,
  warn: (line: number, message: string) => void,
): ParsedArticle | null {
  let i = 0;
  let meta: Metadata | null = null;
  let chunk = lines;
  const first = chunk[0] as Line;
  const parsedMeta = parseMetadata(first.text);
  if (parsedMeta) {
    meta = parsedMeta;
    if (meta.date === null) warn(first.no, `unreadable date "${meta.rawDate}"; the article gets no date`);
    i++;
    const inline = inlineTitle(meta.category);
    if (inline !== null) {
      meta.category = null;
      chunk = [...chunk.slice(0, i), { text: inline, no: first.no, gapBefore: 0 }, ...chunk.slice(i)];
    }
  }
  while (i < chunk.length && isHeadChrome(chunk, i)) i++;
  const head = chunk[i] ? titleFromLine((chunk[i] as Line).text.replace(BULLET, '')) : null;
  if (head?.lead) {
    const at = chunk[i] as Line;
    chunk = [
      ...chunk.slice(0, i),
      { ...at, text: head.title },
      { ...at, gapBefore: 1, text: head.lead },
      ...chunk.slice(i + 1),
    ];
  }
  const titleLine = chunk[i];
  if (!titleLine) {
    warn(
      first.no,
      meta ? 'a metadata line with no article after it; skipped' : 'nothing but a scraper marker; skipped',
    );
    return null;
  }
  const title = titleLine.text.replace(BULLET, '');
  if (title.length > HEADLINE_MAX_CHARS) {
    warn(
      titleLine.no,
      `the first line is long for a headline (${title.length} characters); used as the title anyway`,
    );
  }
  i++;

  const seen = new SeenLines();
  seen.add(title);
  const captions: Caption[] = [];
  const addCaption = (caption: Caption) => {
    if (captions.some((c) => sameText(c.text, caption.text))) return;
    captions.push(caption);
    seen.add(caption.text);
    seen.add(`${caption.text} (${caption.credit})`);
  };

  // Header zone: captions, markers and the repeated headline, plus a subtitle line.
  let subtitle: string | null = null;
  let stampDate: string | null = null;
  const rest = joinWrappedLines(chunk.slice(i));
  let bodyStart = 0;
  for (let k = 0; k < rest.length; k++) {
    const line = rest[k] as Line;
    if (MARKER_LINES.has(line.text) || seen.has(line.text.replace(BULLET, ''))) {
      bodyStart = k + 1;
      continue;
    }
    const stamp = DATE_STAMP.exec(line.text);
    const stamped = stamp ? matchDate(stamp[1] as string) : null;
    if (stamped) {
      // `Giriş Tarihi: 05.11.2024 10:30`: the site's publication stamp.
      stampDate ??= stamped.date;
      bodyStart = k + 1;
      continue;
    }
    const credit = CREDIT_LINE.exec(line.text);
    if (credit) {
      // `Fotoğraf: AA` on its own line credits the caption above it.
      const last = captions[captions.length - 1];
      if (last && last.credit === null) last.credit = line.text;
      bodyStart = k + 1;
      continue;
    }
    const caption = splitCaption(line.text);
    if (caption) {
      addCaption(caption);
      bodyStart = k + 1;
      continue;
    }
    const next = rest[k + 1];
    if (
      next &&
      next.gapBefore === 0 &&
      subtitle === null &&
      k + 2 < rest.length &&
      sameText(next.text, line.text)
    ) {
      // The same line twice in a row in the header: a caption without a credit.
      addCaption({ text: line.text, credit: null });
      bodyStart = k + 1;
      continue;
    }
    if (subtitle === null && isSubtitle(line, rest.slice(k + 1), seen)) {
      subtitle = line.text;
      seen.add(line.text);
      bodyStart = k + 1;
      continue;
    }
    break;
  }

  const paragraphs: string[] = [];
  const headings: Heading[] = [];
  let dateline: string | null = null;
  let datelineWire: string | null = null;
  let endTagWire: string | null = null;
  const body = rest.slice(bodyStart);
  for (let k = 0; k < body.length; k++) {
    let text = (body[k] as Line).text;
    if (MARKER_LINES.has(text) || seen.has(text) || isChromeLine(text)) continue;
    const caption = splitCaption(text);
    if (caption && !TERMINAL.test(caption.text)) {
      addCaption(caption);
      continue;
    }
    if (caption && k === body.length - 1 && isWire(caption.credit ?? '')) {
      // `... dedi. (AA)`: the agency's sign-off, not part of the text.
      endTagWire = caption.credit;
      text = caption.text;
    }
    if (paragraphs.length === 0 && dateline === null) {
      const dl = splitDateline(text);
      if (dl) {
        dateline = dl.place;
        datelineWire = dl.wire;
        text = dl.rest;
      }
    }
    const isLast = k === body.length - 1;
    if (!isLast && paragraphs.length > 0 && isHeading(text)) {
      headings.push({ before: paragraphs.length, text });
      seen.add(text);
      continue;
    }
    const previous = paragraphs[paragraphs.length - 1];
    if (previous !== undefined && sameText(previous, text)) continue;
    paragraphs.push(text);
  }

  // A one-sentence lead is both the title and the whole body.
  if (paragraphs.length === 0 && head?.lead) paragraphs.push(head.lead);
  if (paragraphs.length === 0) {
    warn(titleLine.no, `article "${clip(title)}" has no body text; skipped`);
    return null;
  }
  const stated = findSourceAndWire(paragraphs);
  const date = meta?.date ?? stampDate;
  return {
    id: articleId({ title, date, paragraphs }),
    title,
    date,
    category: meta?.category ?? null,
    source: stated.source,
    wire: stated.wire ?? datelineWire ?? endTagWire ?? stated.attributedWire,
    dateline,
    subtitle,
    captions,
    headings,
    paragraphs,
    file: fileName,
  };
}

function clip(s: string): string {
  const MAX = 60;
  return s.length > MAX ? `${s.slice(0, MAX)}…` : s;
}

/** Hard-wrapped paragraphs: a line without an ending, continued in lowercase on the next line. */
function joinWrappedLines(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last && line.gapBefore === 0 && !TERMINAL.test(last.text) && /^\p{Ll}/u.test(line.text)) {
      out[out.length - 1] = { ...last, text: `${last.text} ${line.text}` };
    } else {
      out.push(line);
    }
  }
  return out;
}

/**
 * A short line without a sentence ending right after the headline; or any line (a full-sentence
 * spot) that the scraper's repeated header follows: captions, then the marker or the headline again.
 */
function isSubtitle(line: Line, after: readonly Line[], header: SeenLines): boolean {
  if (line.text.length > SUBTITLE_MAX_CHARS || splitDateline(line.text) || after.length === 0) return false;
  if (!TERMINAL.test(line.text)) return true;
  for (const next of after) {
    if (MARKER_LINES.has(next.text) || header.has(next.text.replace(BULLET, ''))) return true;
    if (!splitCaption(next.text)) return false;
  }
  return false;
}

function isHeading(text: string): boolean {
  if (text.length > HEADING_MAX_CHARS || text.split(' ').length > HEADING_MAX_WORDS) return false;
  if (isWhollyQuoted(text)) return true;
  return !TERMINAL.test(text) && !/[,]$/.test(text) && /^[\p{Lu}\p{N}]/u.test(text);
}

interface Dateline {
  place: string;
  wire: string | null;
  rest: string;
}

const UPPER_WORD = `[\\p{Lu}][\\p{Lu}${APOSTROPHES}.]*`;
const DATELINE = new RegExp(
  `^(${UPPER_WORD}(?:[ /,-]+${UPPER_WORD}){0,3})(?:\\s*,\\s*\\d{1,2}\\s+\\p{L}+)?\\s*(?:\\(([^()]{1,30})\\))?\\s+[-–—]\\s+(\\S.*)$`,
  'u',
);

/** `MOSKOVA - Kuzey Kore...` → MOSKOVA; `ANKARA (AA) – ...` → ANKARA, wire AA. */
function splitDateline(text: string): Dateline | null {
  const m = DATELINE.exec(text);
  if (!m) return null;
  const place = (m[1] as string).trim();
  // At least one real word of three letters: `AB - ` or `A.B.D. - ` are not datelines.
  if (!/\p{Lu}{3,}/u.test(place)) return null;
  return { place, wire: m[2]?.trim() ?? null, rest: m[3] as string };
}

function isWire(name: string): boolean {
  return WIRES.includes(name) || AGENCY_WORDS.test(name);
}

interface Stated {
  source: string | null;
  wire: string | null;
  /** An agency a claim is attributed to (`KCNA’ya göre`): the wire only when nothing better is stated. */
  attributedWire: string | null;
}

const SUFFIX = new RegExp(`[${APOSTROPHES}](\\p{Ll}{1,5})(?=[\\s,])`, 'gu');
const GENITIVE = new Set(['ın', 'in', 'un', 'ün', 'nın', 'nin', 'nun', 'nün']);
const ABLATIVE = new Set(['tan', 'ten', 'dan', 'den', 'ndan', 'nden']);
const DATIVE = new Set(['a', 'e', 'ya', 'ye', 'na', 'ne']);
/** After `X’ın`: ` Reuters'ten aktardığına`, ` Associated Press'ten aktaran`. */
const CHAIN = new RegExp(
  `^\\s+([^\\s${APOSTROPHES}]+(?:\\s+[^\\s${APOSTROPHES}]+){0,${SOURCE_NAME_MAX_WORDS - 1}}?)[${APOSTROPHES}](\\p{Ll}{2,4})\\s+aktar`,
  'u',
);
const REPORT_VERB = /^\s*(?:aktar|bildir|haber|verdiği|yayımla|yayınla|duyur|açıkla|göre)/u;

/** Finds `X’ın Y’den aktardığına göre`, `X’ın haberine göre`, `Y’ya göre` in the paragraphs. */
function findSourceAndWire(paragraphs: readonly string[]): Stated {
  let source: string | null = null;
  let wire: string | null = null;
  let attributedWire: string | null = null;
  for (const paragraph of paragraphs) {
    for (const m of paragraph.matchAll(SUFFIX)) {
      const suffix = m[1] as string;
      if (!GENITIVE.has(suffix) && !DATIVE.has(suffix)) continue;
      const at = m.index;
      const name = nameBefore(paragraph, at);
      if (!name) continue;
      const after = paragraph.slice(at + m[0].length);
      if (GENITIVE.has(suffix)) {
        // `Şarku’l Avsat’ın Reuters'ten aktardığına göre`: publisher, then wire.
        const chain = CHAIN.exec(after);
        if (chain && ABLATIVE.has(chain[2] as string) && source === null) {
          const wireName = chain[1] as string;
          const capitalised = wireName.split(' ').every((w) => /^[\p{Lu}\p{N}]/u.test(w));
          if (capitalised && (isMediaName(name) !== 'person' || isMediaName(wireName) !== 'person')) {
            source = name;
            wire = knownWireIn(wireName);
            continue;
          }
        }
        if (REPORT_VERB.test(after)) {
          const kind = isMediaName(name);
          if (kind === 'wire') attributedWire ??= knownWireIn(name);
          if (kind === 'publisher') source ??= name;
        }
      } else if (DATIVE.has(suffix) && /^\s+göre\b/u.test(after)) {
        const kind = isMediaName(name);
        if (kind === 'wire') attributedWire ??= knownWireIn(name);
        if (kind === 'publisher') source ??= name;
      }
    }
  }
  if (source === null || (wire === null && attributedWire === null)) {
    // English copy: `according to Reuters`, `according to the Financial Times`.
    for (const m of paragraphs.join('\n').matchAll(ACCORDING_TO)) {
      const name = (m[1] as string).replace(/\.+$/, '');
      const kind = isMediaName(name);
      if (kind === 'wire' && wire === null) attributedWire ??= knownWireIn(name);
      if (kind === 'publisher') source ??= name;
    }
  }
  return { source, wire, attributedWire };
}

const ACCORDING_TO =
  /\baccording to (?:the )?((?:[\p{Lu}][\p{L}.&-]*)(?: (?:of )?[\p{Lu}][\p{L}.&-]*){0,4})/gu;

/** The run of capitalised words that ends at `end` (`Şarku’l Avsat`), or null. */
function nameBefore(text: string, end: number): string | null {
  const words = text.slice(Math.max(0, end - SOURCE_NAME_MAX_CHARS), end).split(' ');
  // The first word of the window may be cut: it only counts when the window is the whole text.
  if (end > SOURCE_NAME_MAX_CHARS) words.shift();
  const run: string[] = [];
  for (let w = words.length - 1; w >= 0 && run.length < SOURCE_NAME_MAX_WORDS; w--) {
    const word = words[w] as string;
    // A word ending a sentence or clause, or opening a quote, is not part of the name.
    if (run.length > 0 && /[.,;:!?"“”«»)]$/.test(word)) break;
    if (!/^[\p{Lu}\p{N}]/u.test(word) || /^["“«(]/.test(word)) break;
    run.unshift(word);
  }
  while (run.length > 1 && RUN_STOP_WORDS.has(foldText(run[0] as string))) run.shift();
  return run.length > 0 ? run.join(' ') : null;
}

function knownWireIn(name: string): string {
  for (const wire of WIRES) if (name === wire || name.endsWith(` ${wire}`)) return wire;
  return name;
}

function isMediaName(name: string): 'wire' | 'publisher' | 'person' {
  if (WIRES.some((w) => name === w || name.endsWith(` ${w}`)) || AGENCY_WORDS.test(name)) return 'wire';
  if (MEDIA_WORDS.test(name)) return 'publisher';
  return 'person';
}
