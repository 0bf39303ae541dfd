/**
 * Turkish-aware term processing for the search index: one tokenizer and one term processor, used
 * the same way for documents and for queries, so that `HAMANEY'İN`, `Hamaney’in` and `hamaney`
 * all become the index term `hamaney`.
 *
 * Promises:
 * - `tokenize(text)` splits *folded* text (see `foldText`) into word tokens; a token keeps inner
 *   apostrophes and hyphens (`putin'e`, `jong-un`) so that `processTerm` can decide about them.
 * - `processTerm(token)` folds, strips the apostrophe suffix (`putin'e` → `putin`), splits
 *   hyphenated names into their parts plus the joined form, and drops stop-words and one-letter
 *   terms. It is idempotent: processing a processed term gives the term back.
 * - `queryTerms(query)` = the processed, de-duplicated terms of a query, in order.
 * - `tokenSpans(text)` = the tokens of an original (unfolded) text with their offsets and terms,
 *   for marking matches in snippets.
 * - `softenedStem(term)` = the stem a suffix gives a word ending in k/p/t (`ortaklik` → `ortaklig`,
 *   as in `ortaklığı`), to search by prefix alongside the word.
 * - `stripTurkishSuffix(term)` = candidate stems of an unapostrophed inflected word
 *   (`savaslarindan` → `savas`), for the query-side fallback when the whole word is unknown.
 */
import { foldText } from '../text/fold';
import { FUNCTION_WORDS } from '../text/lexicon';

/** Function words are not indexed (see the lexicon). */
export const STOP_WORDS: ReadonlySet<string> = new Set(FUNCTION_WORDS);

/** Shortest term worth indexing: one letter or digit says nothing and would slow prefix search. */
export const MIN_TERM_LENGTH = 2;

/** Letters, digits and marks of any script, joined by inner apostrophes or hyphens (folded text). */
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['-][\p{L}\p{N}\p{M}]+)*/gu;

/** Anything that folding could change; a term without such characters is already folded. */
const NEEDS_FOLD = /[^a-z0-9'-]/;

/** Splits already folded text into raw tokens (apostrophe and hyphen parts kept). */
export function tokenize(folded: string): string[] {
  return folded.match(TOKEN) ?? [];
}

function keep(term: string): boolean {
  return term.length >= MIN_TERM_LENGTH && !STOP_WORDS.has(term);
}

/**
 * Index terms of one token, or null when it has none. A one-letter head before an apostrophe is
 * an elided article or prefix (`O'Brien`, `D'Alema`), not a word with a Turkish suffix: it is
 * indexed joined (`obrien`) and without the head (`brien`).
 */
export function processTerm(token: string): string[] | null {
  const folded = NEEDS_FOLD.test(token) ? foldText(token) : token;
  const apostrophe = folded.indexOf("'");
  let words: string[];
  if (apostrophe < 0) words = [folded];
  else if (apostrophe === 1) {
    const tail = folded.slice(2).split("'")[0] ?? '';
    words = [folded[0] + tail, tail];
  } else words = [folded.slice(0, apostrophe)];

  const out: string[] = [];
  for (const word of words) {
    if (word.includes('-')) {
      const parts = word.split('-').filter((p) => p.length > 0);
      out.push(parts.join(''), ...parts);
    } else out.push(word);
  }
  const terms = [...new Set(out.filter(keep))];
  return terms.length > 0 ? terms : null;
}

/** The processed terms of a query, de-duplicated, in the order typed. */
export function queryTerms(query: string): string[] {
  const terms = tokenize(foldText(query)).flatMap((t) => processTerm(t) ?? []);
  return [...new Set(terms)];
}

/** A word of an original text: `[start, end)` offsets in that text and its index terms. */
export interface TokenSpan {
  start: number;
  end: number;
  terms: string[];
}

/** The tokens of an original text with offsets; folding preserves length, so offsets carry over. */
export function tokenSpans(text: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  for (const m of foldText(text).matchAll(TOKEN)) {
    const terms = processTerm(m[0]);
    if (terms) spans.push({ start: m.index, end: m.index + m[0].length, terms });
  }
  return spans;
}

/**
 * Inflectional suffixes (folded: ı→i, ü→u, so `ları`/`leri` look alike), longest first. Only
 * plural, possessive, case and `-ki` endings: they stack on nouns and proper names alike. Used
 * only for words the index does not know, so a wrong cut costs little.
 */
const SUFFIXES = [
  'sindan',
  'sinden',
  'sinda',
  'sinde',
  'sinin',
  'sini',
  'sina',
  'sine',
  'larindaki',
  'lerindeki',
  'larindan',
  'lerinden',
  'larinda',
  'lerinde',
  'larina',
  'lerine',
  'larini',
  'lerini',
  'larin',
  'lerin',
  'lari',
  'leri',
  'lar',
  'ler',
  'daki',
  'deki',
  'taki',
  'teki',
  'ndan',
  'nden',
  'nda',
  'nde',
  'dan',
  'den',
  'tan',
  'ten',
  'nin',
  'nun',
  'yla',
  'yle',
  'da',
  'de',
  'ta',
  'te',
  'ya',
  'ye',
  'yi',
  'yu',
  'in',
  'un',
  'si',
  'su',
  'i',
  'u',
  'a',
  'e',
];

/** Under a case ending, only plural and possessive endings: `secim-ler-de`, `aciklama-si-ndan`. */
const INNER_SUFFIXES = ['lari', 'leri', 'lar', 'ler', 'si', 'su'];

/** A stem shorter than this is too ambiguous to search by prefix (`sa` from `salar`). */
const MIN_STEM_LENGTH = 4;
/** Suffix layers peeled at most: `savas-lar-indan`. */
const MAX_SUFFIX_LAYERS = 2;

/** Candidate stems of an inflected word, longest first: `gazetecilerin` → `gazeteci`. */
export function stripTurkishSuffix(term: string): string[] {
  const stems: string[] = [];
  let current = term;
  for (let layer = 0; layer < MAX_SUFFIX_LAYERS; layer++) {
    const suffix = (layer === 0 ? SUFFIXES : INNER_SUFFIXES).find(
      (s) => current.endsWith(s) && current.length - s.length >= MIN_STEM_LENGTH,
    );
    if (!suffix) break;
    current = current.slice(0, -suffix.length);
    stems.push(current);
  }
  return stems;
}

/** Final consonants that soften before a vowel suffix: `ortaklık` → `ortaklığı`, `kitap` → `kitabı`. */
const SOFTENING: Record<string, string> = { k: 'g', p: 'b', t: 'd' };
/** Shorter words mostly keep their consonant (`kent` → `kenti`), and their softened forms collide (`kend-i`). */
const MIN_SOFTENING_LENGTH = 5;

/** The softened stem of a word ending in k, p or t (`ortaklik` → `ortaklig`), or null. */
export function softenedStem(term: string): string | null {
  if (term.length < MIN_SOFTENING_LENGTH) return null;
  const soft = SOFTENING[term.charAt(term.length - 1)];
  return soft ? term.slice(0, -1) + soft : null;
}
