/**
 * Citation text for one quote, the way a fact-checker pastes it into a note, a document or a
 * tweet: the words, who said them, where and when. What the corpus does not know is said to be
 * unknown, never invented and never silently dropped; words an article only reports (indirect
 * speech) are cited as a report, not as the person's own words.
 */
import type { CITATION_STYLES } from '../../core/protocol/settings-schema';
import type { UiLanguage } from '../../core/protocol/types';

export type CitationStyle = (typeof CITATION_STYLES)[number];

export interface CitationParts {
  /** The quoted words, without quote marks. */
  text: string;
  /** The speaker's display name. */
  speaker: string;
  articleTitle: string;
  /** Publisher, when the article states one. */
  source: string | null;
  /** Wire service the article credits (`Reuters`), when stated. */
  wire?: string | null;
  /** The article's original address, when known. */
  url?: string | null;
  /** Already formatted for the UI language (`5 Kasım 2024`), or empty when unknown. */
  dateText: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, for the academic style's year; null when unknown. */
  date?: string | null;
  /** Marks a short piece of a longer statement, so the reader knows it is not the whole quote. */
  fragment: boolean;
  /** The article paraphrases the person (indirect speech): not their own words. */
  reported?: boolean;
}

const WORDS = {
  tr: {
    fragment: '(kısmi alıntı)',
    reported: 'Aktarılan (doğrudan alıntı değil):',
    noSource: 'kaynak bilinmiyor',
    noDate: 'tarih bilinmiyor',
    via: (wire: string) => `${wire} aracılığıyla`,
    quotedIn: 'aktaran:',
    noYear: 't.y.',
  },
  en: {
    fragment: '(partial quote)',
    reported: 'Reported (not a direct quote):',
    noSource: 'source unknown',
    noDate: 'date unknown',
    via: (wire: string) => `via ${wire}`,
    quotedIn: 'quoted in',
    noYear: 'n.d.',
  },
} as const;

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/gu, ' ').trim();

function words(parts: CitationParts, lang: UiLanguage): string {
  const w = WORDS[lang];
  const quoted = `“${clean(parts.text)}”${parts.fragment ? ` ${w.fragment}` : ''}`;
  return parts.reported ? `${w.reported} ${quoted}` : quoted;
}

/** `Source (via Wire)`, `Wire`, or "source unknown". */
function publisher(parts: CitationParts, lang: UiLanguage): string {
  const source = clean(parts.source);
  const wire = clean(parts.wire);
  if (source && wire && source.toLocaleLowerCase('tr') !== wire.toLocaleLowerCase('tr'))
    return `${source} (${WORDS[lang].via(wire)})`;
  return source || wire || WORDS[lang].noSource;
}

/** `“…” — Speaker, “Article title”, Source (via Wire), 5 November 2024. URL` */
function plain(parts: CitationParts, lang: UiLanguage): string {
  const where = [
    clean(parts.speaker),
    clean(parts.articleTitle) ? `“${clean(parts.articleTitle)}”` : '',
    publisher(parts, lang),
    clean(parts.dateText) || WORDS[lang].noDate,
  ].filter(Boolean);
  const url = clean(parts.url);
  return `${words(parts, lang)} — ${where.join(', ')}.${url ? ` ${url}` : ''}`;
}

/** A block quote with the attribution under it and the title linked when the address is known. */
function markdown(parts: CitationParts, lang: UiLanguage): string {
  const title = clean(parts.articleTitle).replace(/([\\[\]*_`])/gu, '\\$1');
  const url = clean(parts.url);
  const where = [
    `**${clean(parts.speaker).replace(/([\\*_`])/gu, '\\$1')}**`,
    title ? (url ? `[${title}](<${url}>)` : `*${title}*`) : '',
    publisher(parts, lang),
    clean(parts.dateText) || WORDS[lang].noDate,
  ].filter(Boolean);
  return `> ${words(parts, lang).replace(/\n/gu, ' ')}\n>\n> — ${where.join(', ')}`;
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** APA 7 for a news article without a byline: the title takes the author's place. */
function academicDate(date: string | null | undefined, lang: UiLanguage): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(clean(date));
  if (!m) return WORDS[lang].noYear;
  const [, year, month, day] = m;
  if (!month) return year as string;
  const monthName =
    lang === 'en'
      ? MONTHS_EN[Number(month) - 1]
      : new Intl.DateTimeFormat('tr', { month: 'long' }).format(
          new Date(Date.UTC(2000, Number(month) - 1, 15)),
        );
  return `${year}, ${monthName}${day ? ` ${Number(day)}` : ''}`;
}

/** The in-text citation, then the reference entry on its own line. */
function academic(parts: CitationParts, lang: UiLanguage): string {
  const title = clean(parts.articleTitle);
  const url = clean(parts.url);
  const when = academicDate(parts.date, lang);
  const year = when.split(',')[0];
  const inText = `${words(parts, lang)} (${clean(parts.speaker)}, ${WORDS[lang].quotedIn} “${title}”, ${year}).`;
  const reference = `${title}${/[.?!]$/u.test(title) ? '' : '.'} (${when}). ${publisher(parts, lang)}.${url ? ` ${url}` : ''}`;
  return `${inText}\n${reference}`;
}

/** Words of a quote that tell its "Copy citation" button from the others: `Bu rejim yok…`. */
export function quotePreview(text: string, maxWords = 6): string {
  const all = clean(text).split(' ');
  return all.length > maxWords ? `${all.slice(0, maxWords).join(' ')}…` : all.join(' ');
}

/** Citation parts from what a card or the side panel knows of a quote. */
export function citationPartsOf(
  quote: {
    text: string;
    fragment: boolean;
    articleTitle: string;
    date: string | null;
    source: string | null;
    wire?: unknown;
    kind?: unknown;
  },
  speaker: string,
  dateText: string,
): CitationParts {
  return {
    text: quote.text,
    speaker,
    articleTitle: quote.articleTitle,
    source: quote.source,
    // Checked here, not in the message schema (see `PersonCardSchema`).
    wire: typeof quote.wire === 'string' ? quote.wire : null,
    dateText,
    date: quote.date,
    fragment: quote.fragment,
    reported: quote.kind === 'reported',
  };
}

export function formatCitation(
  parts: CitationParts,
  lang: UiLanguage,
  style: CitationStyle = 'plain',
): string {
  switch (style) {
    case 'markdown':
      return markdown(parts, lang);
    case 'academic':
      return academic(parts, lang);
    default:
      return plain(parts, lang);
  }
}
