/**
 * Direct quotes with their speakers, for Turkish news (and English phrasing where it is cheap).
 *
 * Promises:
 * - every quote mark style: `"…"`, `“…”`, `«…»`, `‘…’`, `„…“`, `‹…›`; a `’` followed by a letter is
 *   the Turkish apostrophe (`KCNA’ya`), never a closing mark. Nested quotes stay inside the outer one.
 * - the speaker comes from the text around the quote, never from inside it (`"… Vladimir Putin'in
 *   …" dedi` is not Putin's). In order: the `X:` prefix of a headline; a speaker named right after
 *   the quote (`"…" diyen X`, `"…" sözleriyle tepki gösteren X`, `"…", dedi X`, `"…," Putin said`,
 *   `said Putin`, `," Iran's foreign minister X wrote`); the subject before
 *   it (`X, "…" dedi`, `X yaptığı açıklamada, "…"`, `… söyleyen X, "…"`, `X'e göre "…"`,
 *   `Putin said: "…"`), where a name with a non-subject case suffix (`Trump'ı`, `Moskova'da`) or
 *   followed by `ile`/`ve` is skipped; then the previous speaker (same sentence, or carried to a
 *   following quote, a pronoun `onun`/`he`, a role phrase `İran lideri` that fits the speaker).
 *   A genitive or `that`-clause subject next to the quote (`Leavitt, Başkan'ın "…" söyledi`,
 *   `Trump said that Putin "…"`) is what is reported on, not who speaks; it speaks only through a
 *   speech participle or noun (`Erdoğan'ın "…" ilettiği belirtildi`, `X'in "…" şeklindeki
 *   açıklaması`); further back, it owns a nominalised clause (`Trump'ın … savunmasına ilişkin, "…"
 *   dedi`) and the sentence's unsaid subject speaks. Whoever asks a question (`X'in "…" sorusuna`)
 *   does not go on to answer it, and a quotation left open at a paragraph's end is said by whoever
 *   says the next paragraph's opening quote.
 * - a quote is a fragment when it is embedded in the sentence (`"yalan söylemekle" suçladı`,
 *   `İsrail'in "…" olduğunu`) or is grammatically a reported clause (`"…dilediğini" belirtti`);
 *   scare quotes (a quoted label with no speech around it, `"maksimum baskı" politikası`, or named
 *   as such: `sözde "…"`, `"…" dediği savaş`, `what the Kremlin calls its "…"`) are dropped, and so
 *   is any fragment nobody can be credited with. A quote followed by a verb form (`"her alanda"
 *   geliştirmeye`, `"…" ulaştı.`, `"…" achieving`) is an argument of that verb, so a fragment.
 * - in-text subheadings never produce quotes: a quoted subheading is a pull-quote echoing words
 *   already quoted in the body (the seed's `"Rusya'nın zafer kazanacağından şüphemiz yok"` echoes
 *   Choe) and carries no attribution; a subheading does end a carried speaker.
 * - subtitle quotes are not emitted (`Quote.paragraph` has no index for the subtitle).
 */

import type { Heading, PersonEntry, Quote } from '../../core/protocol/types';
import { foldText, isUpper } from '../../core/text/fold';
import {
  APOSTROPHE_CLASS,
  APOSTROPHES,
  ENGLISH_PREPOSITIONS,
  ENGLISH_SPEECH_VERBS,
  INVERTED_SPEECH_VERBS,
  MONTHS_EN_NOT_NAMES,
  MONTHS_TR,
  NON_NAME_OPENERS,
  UTTERANCE_NOUN_STEMS,
  WEEKDAYS_EN,
  WEEKDAYS_TR,
} from '../../core/text/lexicon';
import { runStartBefore, trimmedEnd } from '../../core/text/scan-back';
import { isNonPersonName } from '../people/non-person-words';
import { isRoleHead, isRoleModifier, roleBefore } from '../roles/role-extractor';
import { isQuestionTo } from './quote-speakers';
import { resolveRole, type SpeakerRef, scanDocument, stripCaseSuffix } from './speaker-resolver';

// ---------------------------------------------------------------------------------------------
// Quote spans

/** A quoted span: `open`/`close` are the offsets of the marks; `close` = text length if unclosed. */
export interface QuoteSpan {
  open: number;
  close: number;
}

const DOUBLE_MARKS = '"“”„‟＂';
const OPENERS_BEFORE = /[\s([{\-–—:;,/]/;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{M}\p{N}]/u.test(ch);
}

/**
 * Outermost quoted spans of `text`, in order. An opening mark with no closing one runs to the end
 * of the text (English continues a quote over paragraphs without closing it).
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    const prev = text[i - 1];
    const next = text[i + 1];
    let close = -1;
    if (DOUBLE_MARKS.includes(ch) && (ch !== '”' || prev === undefined || OPENERS_BEFORE.test(prev))) {
      close = findClose(text, i + 1, (c) => DOUBLE_MARKS.includes(c));
    } else if (ch === '«') {
      close = findClose(text, i + 1, (c) => c === '»');
    } else if (ch === '‹') {
      close = findClose(text, i + 1, (c) => c === '›');
    } else if ((ch === '‘' || ch === '‚') && !isLetter(prev) && next !== undefined && !/\s/.test(next)) {
      // `’` closes only when no letter follows: `KCNA’ya` inside the quote is an apostrophe.
      close = findClose(text, i + 1, (c, j) => (c === '’' || c === '‘') && !isLetter(text[j + 1]));
    } else {
      i++;
      continue;
    }
    if (close < 0) close = text.length;
    if (close > i + 1 && text.slice(i + 1, close).trim() !== '') spans.push({ open: i, close });
    i = close + 1;
  }
  return spans;
}

function findClose(text: string, from: number, isClose: (c: string, j: number) => boolean): number {
  for (let j = from; j < text.length; j++) if (isClose(text[j] as string, j)) return j;
  return -1;
}

function insideSpan(spans: readonly QuoteSpan[], pos: number): boolean {
  return spans.some((s) => pos >= s.open && pos <= s.close);
}

// ---------------------------------------------------------------------------------------------
// Sentences

/** Titles and initials that end in a period without ending a sentence. */
const ABBREVIATIONS = new Set([
  'dr',
  'prof',
  'doç',
  'av',
  'mr',
  'mrs',
  'ms',
  'st',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'no',
  'vs',
  'vb',
  'bkz',
]);

const SENTENCE_STOPS = '.!?…';
const LETTER_RE = /\p{L}/u;

/** `text.slice(from, to)` ends in a stop, maybe followed by spaces. */
function endsWithStop(text: string, from: number, to: number): boolean {
  const j = trimmedEnd(text, to);
  return j > from && SENTENCE_STOPS.includes(text[j - 1] as string);
}

/** Sentence ranges `[start, end)` of `text`, never splitting inside a quote. */
export function splitSentences(text: string, spans: readonly QuoteSpan[]): [number, number][] {
  const out: [number, number][] = [];
  const closeAt = new Map<number, QuoteSpan>();
  for (const s of spans) if (!closeAt.has(s.close)) closeAt.set(s.close, s);
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    let end = -1;
    const span = closeAt.get(i);
    if (span && endsWithStop(text, span.open + 1, span.close)) end = i + 1;
    else if (SENTENCE_STOPS.includes(ch) && !insideSpan(spans, i)) {
      const word = text.slice(runStartBefore(text, i, LETTER_RE, start), i);
      if (!ABBREVIATIONS.has(word.toLowerCase()) && !(word.length === 1 && isUpper(word))) end = i + 1;
    }
    if (end < 0) continue;
    const rest = /^\s+(\S)/.exec(text.slice(end));
    const nextCh = rest?.[1];
    if (nextCh === undefined || !(isUpper(nextCh) || /[\d"“„«‘‹]/.test(nextCh))) continue;
    out.push([start, end]);
    start = end + (rest?.[0].length ?? 1) - 1;
    i = start - 1;
  }
  if (text.slice(start).trim() !== '') out.push([start, text.length]);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary (folded forms)

/** Speech verbs and frames, Turkish stems then English words, matched at a word start. */
const SPEECH_RE = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:' +
    [
      'ded[ii]',
      'dedig',
      'dedik',
      'demis',
      'diye',
      'diyen',
      'diyerek',
      'soyle',
      'konustu',
      'konusma',
      'konusan',
      'konusarak',
      'ifade',
      'belirt',
      'vurgula',
      'kaydet',
      'kayded',
      'acikla',
      'dile getir',
      'ekledi',
      'ekleyen',
      'ekleyerek',
      'sucla',
      'nitelendir',
      'tanimla',
      'iddia',
      'savundu',
      'savunan',
      'uyardi',
      'uyaran',
      'uyarisinda',
      'hatirlat',
      'bildir',
      'aktar',
      'yazdi',
      'paylas',
      'sordu',
      'yanitla',
      'degerlendir',
      'anlatti',
      'duyur',
      'cagri',
      'elestir',
      'tepki',
      'ileri sur',
      'one sur',
      'yanit',
      'karsiligini',
      'karsilik ver',
      'cevap',
      'cevab',
      'iletti',
      'ilettig',
      'sozleri',
      'sozlerin',
      'said',
      'says',
      'say',
      'told',
      'tells',
      'added',
      'adds',
      'asked',
      'wrote',
      'writes',
      'warned',
      'warns',
      'insisted',
      'noted',
      'stated',
      'declared',
      'explained',
      'called',
      'calls',
      'described',
      'claimed',
      'argued',
      'replied',
      'tweeted',
      'posted',
      'according to',
      'urged',
      'accused',
      'vow',
      'stressed',
      'announced',
    ].join('|') +
    ')',
  'u',
);

/** English verbs that sit right next to the speaker's name: `Putin said`, `said Putin`. */
const EN_SAY: ReadonlySet<string> = new Set(ENGLISH_SPEECH_VERBS);

/** Verbs/frames a quote may end a sentence with, or be followed by, and still stand on its own. */
const TAIL_SPEECH_RE =
  /^(?:denil|dendi|soru|karsiligini|yonundeki|belirtil|kaydedil|vurgulan|aktaril|bildiril|derken|deyip|gorus|mesaj|uyari|elestiri|cagri|tepki|degerlendirme|yanit|cevab|cevap|ded[ii]|dedig|dedik|demis|diye|diyen|diyerek|seklinde|ifade|soz|acikla|belirt|vurgula|kaydet|ekledi|soyle|yazdi|uyardi|sordu|yanitla|paylas|konustu|said|says|told|added|asked|wrote|warned|insisted|replied|continued)/;

/** Words right after a quote that take it as direct speech whatever precedes it: `"…" dedi`. */
const DIRECT_TAIL_RE =
  /^(?:dendi|ded[ii]|dedig|dedik|demis|diyen|diyerek|derken|deyip|denil|seklinde|ifadeler|ifadesini|sozlerini|sozleriyle|said|says|told|added|asked|wrote)/;

/** Verbs after `diye` that report speech beyond SPEECH_RE: `diye karşılık verdi`, `diye seslendi`. */
const DIYE_SPEECH_RE = /^(?:karsilik|cevap|seslen|haykir|bagir|tepki|sor)/;

/**
 * Passive speech (`denildi`, `belirtildi`, `ifadelerine yer verildi`): an institution speaks, not
 * the last person quoted.
 */
const PASSIVE_SPEECH_RE =
  /^(?:(?:ifade|soz|cumle)\S* )?(?:denil|dendi|belirtil|kaydedil|vurgulan|aktaril|bildiril|ifade edil|yer veril|kullanil)/;

/** Last words of the text before a quote that introduce it: `yaptığı açıklamada, "…"`, `Trump ise "…"`. */
const LEAD_FRAME_RE = /^(?:ise|.*(?:aciklama|konusma|paylasim|mesaj|roportaj|demec|yazi)[a-z]*(?:d[ae]))$/;

/** Words after a quote that make it a reported piece of someone's words (`"…" olduğunu`). */
const FRAGMENT_CONTINUATION_RE =
  /^(?:anlam|oldug|olmadig|olacag|olarak|diye|seklinde|ifades|sozler|dedi|dedig|sucla|nitelendir|tanimla|iddia|elestir)/;

/**
 * English words after a quote that start a new phrase rather than take the quote as a modifier; a
 * determiner starts the object of a quoted verb phrase (`"violated and tore up" the accord`).
 */
const EN_FUNCTION_WORDS = new Set(
  'in into on onto at to for from with by as after during over against and but because while that which when if of about the a an its his her their our this these'.split(
    ' ',
  ),
);

/**
 * Turkish verb forms right after a quote that take it as an argument or adverb of a reported verb
 * (`"sınırsız şekilde" güçlendireceğini`, `"her alanda" geliştirmeye`, `"…yardımı" öngördüğünü`):
 * the quote is someone's words, not a label on the next noun.
 */
const VERBAL_TAIL_RE =
  /(?:[dt][iu]g[iu]n[iu]|[ae]c[ae]g[iu]n[iu]|[dt][iu]kl[ae]r[iu]n[iu]|[ae]c[ae]kl[ae]r[iu]n[iu]|m[ae]y[ae]|m[ae]k)$/;

/**
 * A finite verb right after a quote that ends the sentence: the quote is its argument
 * (`ilişkiler "tarihin en yüksek seviyesine" ulaştı.`), never a label on a following noun.
 */
const FINITE_TAIL_RE =
  /^[\p{L}]+(?:[dt][iu](?:lar|ler)?|yor(?:du)?|m[iu]s(?:tir)?|[dt][iu]r|[dt][iu]k|[dt][iu]m)\s*[.!?…]/u;

/** An English participle after a quote: `"moving toward" achieving its goals`. */
const EN_ING_TAIL_RE = /^[a-z]+ing$/;

/**
 * What a quote's lead says when the quote is someone's name for a thing, not their words:
 * `what the Kremlin calls its "special military operation"`.
 */
const EN_CALLS_LABEL_RE =
  /\bwhat\s+(?:[\p{L}'-]+\s+){1,3}call(?:s|ed)?\s+(?:(?:its|their|his|her|the|a|an)\s+)?$/iu;

/** `"…" dediği` with a noun after it (`"özel askeri operasyon" dediği savaş`) names the noun. */
const LABEL_PARTICIPLE_RE = /^(?:dedig[iu]|dedikleri|diye\s+adlandirdig[iu]|diye\s+nitelendirdig[iu])$/;
/** Word endings that make the word after `dediği` a verb (`belirtildi`, `öğreniliyor`) or speech. */
const VERB_AFTER_PARTICIPLE_RE = /(?:[dt][iu]|[dt][iu]r|yor|m[iu]s|[ae]c[ae]k)$/;

/** A name right after an English preposition is its object: `aboard Air Force One, said`. */
const EN_PREPOSITION: ReadonlySet<string> = new Set(ENGLISH_PREPOSITIONS);

/** An opening quote mark right after a name and a space. */
const OPENING_MARK_NEXT_RE = /^\s["“„«]/u;

/** Verbs that put the speaker after them: `"…", dedi Peskov`, `"…," said Peskov`. */
const INVERTED_SAY: ReadonlySet<string> = new Set(INVERTED_SPEECH_VERBS);

/** `X was quoted as saying`: a subject framed by a reporting passive. */
const QUOTED_AS_RE = /^\s+(?:was|were|is)\s+quoted\b/i;

/** Verbs after `diye` that characterise rather than quote: `"nükleer şantaj" diye nitelendirdi`. */
const DIYE_LABEL_RE = /^(?:nitele|nitelendir|tanimla|adlandir|sucla|elestir)/;

/**
 * A speech verb in its participle right after a quote: `Hamaney'in "…" dediğini hatırlatan`,
 * `Erdoğan'ın "…" ilettiği belirtildi`. The quote is the words of the participle's genitive subject.
 */
const SPEECH_PARTICIPLE_RE =
  /^(?:dedig|soyledig|ilettig|belirttig|vurguladig|kaydettig|ifade ettig|acikladig|yazdig|sordug|ekledig|hatirlattig)/;

/** Words around a quote that make it a name or a label, not speech. */
const LABEL_BEFORE = new Set(['sozde', 'sozumona', 'so-called', 'dubbed', 'named', 'titled']);
const LABEL_AFTER_RE = /^(?:adli|adini|adiyla|isimli|ismini|basligi|baslikli|etiketli|named|titled)/;

/**
 * Last words that make a quote a reported clause, not a sentence the speaker said:
 * `…dilediğini`, `…olacağını`, `…söylemekle`, `…çekilmesini`.
 */
const EMBEDDED_END_RE =
  /(?:[dt][iu]g[iu]n[iu]|[dt][iu]k?l[ae]r[iu]n[iu]|[ae]c[ae]g[iu]n[iu]|m[ae]s[iu]n[iu]|m[ae]kl[ae]|m[ae]s[iu]n[ae])$/;

/** Last words that carry a verb ending: the quote says something rather than naming something. */
const VERB_END_RE =
  /(?:m[ae]s[iu]|m[ae]k|yor[a-z]*|[ae]c[ae]k[a-z]*|m[ae]l[iu][a-z]*|m[ae]kl[ae]|m[iu]s[a-z]*|[dt][iu]r|[dt][iu](?:m|n|k|l[ae]r)?|ecegiz|ir[iu]z|er[iu]z|ar[iu]z)$/;

/** Words after a bare name that make it something other than the subject: `Lavrov ile`. */
const NOT_SUBJECT_AFTER = new Set([
  've',
  'ile',
  'veya',
  'ya',
  'ya da',
  'tarafindan',
  'hakkinda',
  'icin',
  'gibi',
  'kadar',
  'karsi',
  'and',
  'with',
  'or',
  'by',
  'of',
]);
/** Heads of compounds that use a name as a modifier: `Biden yönetimi`, `Putin rejimi`. */
const MODIFIED_HEAD_RE =
  /^(?:yonetim|hukumet|rejim|aile|kabine|ekib|donem|kampanya|ofis|administration|government|regime|family|team|campaign|era)/;
/**
 * Words after a subject that frame what they say: `Hamaney yaptığı açıklamada`, `Choe ise`. A noun
 * of speech in the accusative (`Fransızca konuşmayı seçen`) is the object of another verb, not a frame;
 * the particles are whole words (`de`, not `değerlendiren`).
 */
const FRAME_AFTER_RE =
  /^(?:yaptig|(?:ise|de|da|dun|bugun)$|(?:konusma|aciklama)(?!y[iu]$)|soyle|sunlari|soz|said|says|told|added|,)/;

/** Capitalised words that open a sentence or clause but never name a speaker. */
const NOT_A_NAME = new Set(
  [
    ...NON_NAME_OPENERS,
    // Days and months open wire sentences (`On Tuesday`, `Ekim ayında`) and follow names
    // (`Guterres on Tuesday warned`).
    ...WEEKDAYS_EN,
    ...MONTHS_EN_NOT_NAMES,
    ...WEEKDAYS_TR,
    ...MONTHS_TR,
    // Place and manner adverbs open clauses (`Burada konuşma yapan X`) like names do.
    ...['burada', 'orada', 'şurada', 'buradan', 'oradan', 'böyle', 'şöyle', 'öyle'],
  ].map(foldText),
);

/** A time phrase between a subject and its verb: `Guterres on Tuesday warned`, `Peskov dün`. */
const TIME_AFTER_NAME_RE =
  /^\s+(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|last\s+(?:week|month))\b/i;

/**
 * A sentence-initial common noun in a locative or ablative case (`Açıklamada,`, `Görüşmede,`):
 * proper names take their case suffix after an apostrophe, so a bare suffixed word is not a name.
 */
const BARE_CASE_NOUN_RE = /(?:n?[dt][ae]|n?[dt][ae]n)$/;
/** Shorter words ending like a case suffix are too often names (`Kanada`, `Rwanda`). */
const MIN_BARE_CASE_NOUN_LENGTH = 7;
/** English role heads joined to their organisation: `a spokesperson for the British Foreign Office`. */
const ROLE_OF_ORG_RE = /^\s+(?:for|of|at)\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*/u;

/** Pronouns that refer back to the current speaker, with the case they carry. */
const PRONOUNS: Record<string, Grade> = {
  o: 'strong',
  kendisi: 'strong',
  onun: 'weak',
  he: 'strong',
  she: 'strong',
};

/** Genitive endings after an apostrophe (folded): `Kim'in`, `Putin'in`, `Choe'nun`. */
const GENITIVE_RE = /^(?:n?[iu]n|s)$/;
const DATIVE_RE = /^(?:y?[ae])$/;
const ABLATIVE_RE = /^(?:[dt][ae]n)$/;

/** Longest headline prefix before `:` read as a speaker (`Kuzey Kore Dışişleri Bakanı Choe:`). */
const MAX_TITLE_SPEAKER_WORDS = 8;
/** Most words of a role phrase between a quote and the speaker after it (`," Iran's foreign minister X said`). */
const MAX_TAIL_ROLE_WORDS = 5;
/** How far after a quote a speaker may be named (`," Russian President Vladimir Putin said`). */
const MAX_TAIL_SPEAKER_OFFSET_WORDS = 1;

const APOSTROPHE_RE = new RegExp(APOSTROPHE_CLASS);
/** What may stand between a speaker and the quote they open: a suffix, `ise`, `de`, a comma. */
/** A case suffix right after a name: `'in` of `Putin'in`. */
const SUFFIX_AFTER_NAME_RE = new RegExp(`^${APOSTROPHE_CLASS}([\\p{L}\\p{M}]+)`, 'u');
/** The first word or sign after a name and its suffix: `Putin'in ardından`, `Putin,`. */
const WORD_AFTER_NAME_RE = new RegExp(
  `^(?:${APOSTROPHE_CLASS}[\\p{L}\\p{M}]+)?\\s*(,|:|[\\p{L}\\p{M}\\p{N}-]+(?:\\s+da)?)`,
  'u',
);
/** Nothing but a suffix and a comma or colon. */
const SUFFIX_ONLY_RE = new RegExp(`^(?:${APOSTROPHE_CLASS}[\\p{L}\\p{M}]+)?\\s*[,:]?\\s*$`, 'u');
const SPEAKER_TO_QUOTE_RE = /^(?:'[a-z]+)?\s*,?\s*(?:(?:ise|de|da|ayrica|also)\s*,?\s*)?[:]?\s*$/;
const WORD_RE = new RegExp(`[\\p{L}\\p{M}\\p{N}]+(?:[-${APOSTROPHES}.][\\p{L}\\p{M}\\p{N}]+)*`, 'gu');

// ---------------------------------------------------------------------------------------------
// Speaker candidates

/** How strongly a name's grammatical case marks it as the one speaking. */
/**
 * How surely a candidate is the speaker: `strong` stands where subjects stand (`X,`, `X:`), `subject`
 * opens its sentence bare but unframed (`X Y'nin … belirterek, "…"`), `weak` is a genitive.
 */
type Grade = 'strong' | 'according' | 'subject' | 'weak' | 'none';

interface Candidate {
  start: number;
  end: number;
  kind: 'person' | 'name' | 'role' | 'pronoun';
  personId: string | null;
  /** As written, role included, case suffix dropped. */
  name: string;
  grade: Grade;
}

interface Word {
  start: number;
  end: number;
  text: string;
  folded: string;
}

function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(WORD_RE)) {
    out.push({
      start: from + m.index,
      end: from + m.index + m[0].length,
      text: m[0],
      folded: foldText(m[0]),
    });
  }
  return out;
}

/** The case suffix written after a name ending at `end` (`'in` → `in`), folded; '' when bare. */
function suffixAfter(text: string, nameStart: number, end: number): { suffix: string; nameEnd: number } {
  const written = text.slice(nameStart, end);
  const inner = written.search(APOSTROPHE_RE);
  if (inner > 0) return { suffix: foldText(written.slice(inner + 1)), nameEnd: nameStart + inner };
  const m = SUFFIX_AFTER_NAME_RE.exec(text.slice(end));
  return { suffix: m ? foldText(m[1] as string) : '', nameEnd: end };
}

/** What follows the word that ends at `end` (folded, first word or comma). */
function nextToken(text: string, end: number): string {
  const m = WORD_AFTER_NAME_RE.exec(text.slice(end));
  return m ? foldText(m[1] as string) : '';
}

const WORD_CHAR_RE = /[\p{L}\p{M}-]/u;

/** The word before `start`, spaces between allowed (folded), or ''. */
function previousWord(text: string, start: number): string {
  const end = trimmedEnd(text, start);
  const from = runStartBefore(text, end, WORD_CHAR_RE);
  return from < end ? foldText(text.slice(from, end)) : '';
}

function gradeFor(text: string, end: number, suffix: string): Grade {
  const next = nextToken(text, end);
  if (suffix === '') {
    if (NOT_SUBJECT_AFTER.has(next) || MODIFIED_HEAD_RE.test(next)) return 'none';
    // English possessive without apostrophe-splitting: `Putin's` is handled as suffix `s`.
    return 'strong';
  }
  if (GENITIVE_RE.test(suffix)) return 'weak';
  if (DATIVE_RE.test(suffix) && next === 'gore') return 'according';
  return 'none';
}

interface UnitContext {
  text: string;
  spans: readonly QuoteSpan[];
  persons: readonly Candidate[];
}

/** Candidates between `from` and `to`, outside quotes, in text order. */
function candidatesIn(ctx: UnitContext, from: number, to: number): Candidate[] {
  const { text, spans } = ctx;
  const out: Candidate[] = ctx.persons.filter((c) => c.start >= from && c.end <= to);
  const taken = (pos: number) => out.some((c) => pos >= c.start && pos < c.end);
  const words = wordsIn(text, from, to).filter((w) => !insideSpan(spans, w.start) && !taken(w.start));
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const pronounGrade = PRONOUNS[w.folded];
    if (pronounGrade !== undefined) {
      const next = nextToken(text, w.end);
      const nextWord = /^\s*([\p{L}]+)/u.exec(text.slice(w.end))?.[1]?.toLowerCase() ?? '';
      if (next === ',' || EN_SAY.has(nextWord)) {
        out.push({
          start: w.start,
          end: w.end,
          kind: 'pronoun',
          personId: null,
          name: w.text,
          grade: pronounGrade,
        });
      }
      continue;
    }
    // A run of capitalised words (and lowercase role words): a name or a bare role.
    const runWords: Word[] = [];
    let j = i;
    while (j < words.length) {
      const cur = words[j] as Word;
      const prevW = runWords[runWords.length - 1];
      if (prevW && !/^\s+$/.test(text.slice(prevW.end, cur.start))) break;
      const cap = isUpper(cur.text[0] ?? '');
      if (!cap && !isRoleHead(cur.text) && !(runWords.length > 0 && isRoleModifier(cur.text))) break;
      runWords.push(cur);
      j++;
      if (APOSTROPHE_RE.test(cur.text)) break;
    }
    if (runWords.length === 0) continue;
    i = j - 1;
    while (runWords.length > 0 && NOT_A_NAME.has((runWords[0] as Word).folded)) runWords.shift();
    const lastRunWord = runWords[runWords.length - 1];
    // `Putin'in sözcüsü Peskov`: a name is written from its first capitalised word.
    if (lastRunWord && !isRoleHead(lastRunWord.text)) {
      while (runWords.length > 1 && !isUpper((runWords[0] as Word).text[0] ?? '')) runWords.shift();
    }
    // `Görüşmede Erdoğan, "…"`: a common noun in a case opening the sentence, glued to the name.
    const opener = runWords[0];
    if (runWords.length > 1 && opener && isBareCaseNoun(opener) && opensClause(text, opener.start))
      runWords.shift();
    const first = runWords[0];
    const last = runWords[runWords.length - 1];
    if (!first || !last) continue;
    // Acronyms (`KCNA`, `ABD`) are agencies and countries, not speakers on their own.
    if (runWords.every((r) => r.text.length > 1 && r.text === r.text.toUpperCase())) continue;
    if (runWords.length === 1 && isBareCaseNoun(first) && opensClause(text, first.start)) continue;
    if (EN_PREPOSITION.has(previousWord(text, first.start)) && isUpper(first.text[0] ?? '')) continue;
    let { suffix, nameEnd } = suffixAfter(text, first.start, last.end);
    let end = last.end;
    const isRole = isRoleHead(text.slice(last.start, nameEnd));
    if (!isRole && !isUpper(last.text[0] ?? '')) continue;
    const org = isRole && suffix === '' ? ROLE_OF_ORG_RE.exec(text.slice(end, to)) : null;
    if (org) {
      end += org[0].length;
      nameEnd = end;
      ({ suffix } = suffixAfter(text, first.start, end));
      while (i + 1 < words.length && (words[i + 1] as Word).start < end) i++;
    }
    let grade = gradeFor(text, end, suffix);
    if (!isRole && grade === 'strong') {
      // A capitalised word is a speaker only where speakers stand: `X,`, `X yaptığı…`, `said X`,
      // `X on Tuesday warned`, `X:` in a headline.
      const time = TIME_AFTER_NAME_RE.exec(text.slice(end));
      const next = nextToken(text, end + (time?.[0].length ?? 0));
      const framed =
        next === ',' ||
        // `Macron "…" dedi`: a bare name right before the quote it opens — a person's name, not a
        // place or body the quote is about (`the United States "…"`, `Tahran "…"`).
        (OPENING_MARK_NEXT_RE.test(text.slice(end)) &&
          previousWord(text, first.start) !== 'the' &&
          !isNonPersonName(runWords.map((w) => w.text))) ||
        next === ':' ||
        FRAME_AFTER_RE.test(next) ||
        EN_SAY.has(next) ||
        QUOTED_AS_RE.test(text.slice(end)) ||
        // `"…", dedi Peskov.` / `said Peskov`: the inverted speaker.
        INVERTED_SAY.has(previousWord(text, first.start));
      if (!framed) grade = opensSentence(text, first.start) && suffix === '' ? 'subject' : 'none';
    }
    // A bare genitive name (`Erdoğan'ın`) stays: it speaks through a participle (`"…" ilettiği`).
    if (grade === 'none') continue;
    out.push({
      start: first.start,
      end,
      kind: isRole ? 'role' : 'name',
      personId: null,
      name: text.slice(first.start, nameEnd),
      grade,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A word with a bare case ending, long enough not to be a name (`Açıklamada`, `Görüşmede`). */
function isBareCaseNoun(word: Word): boolean {
  return (
    word.folded.length >= MIN_BARE_CASE_NOUN_LENGTH &&
    !APOSTROPHE_RE.test(word.text) &&
    BARE_CASE_NOUN_RE.test(word.folded)
  );
}

/** At the start of the text, or after a sentence end, a colon or a quote mark. */
function opensClause(text: string, start: number): boolean {
  const end = trimmedEnd(text, start);
  return end === 0 || '.!?:;"“”«»'.includes(text[end - 1] as string);
}

/** Turkish puts the subject first: a bare name opening its sentence is who the sentence is about. */
function opensSentence(text: string, start: number): boolean {
  const end = trimmedEnd(text, start);
  return end === 0 || '.!?;'.includes(text[end - 1] as string);
}

/** Registry mentions of a text as candidates, with the role written before them. */
function personCandidates(
  text: string,
  spans: readonly QuoteSpan[],
  mentions: readonly { start: number; end: number; personId: string }[],
): Candidate[] {
  const out: Candidate[] = [];
  for (const m of mentions) {
    if (insideSpan(spans, m.start)) continue;
    const { suffix, nameEnd } = suffixAfter(text, m.start, m.end);
    let grade = gradeFor(text, m.end, suffix);
    if (
      grade === 'none' &&
      previousWord(text, m.start) === 'to' &&
      /according\s+to\s*$/i.test(text.slice(0, m.start))
    )
      grade = 'according';
    const role = roleBefore(text, m.start);
    const start = role ? role.start : m.start;
    out.push({
      start,
      end: m.end,
      kind: 'person',
      personId: m.personId,
      name: stripCaseSuffix(text.slice(start, nameEnd)),
      grade,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Extraction

interface State {
  last: SpeakerRef | null;
  /** Registry people in order of their latest mention, most recent first. */
  pool: string[];
  roles: Map<string, string[]>;
}

function notePerson(state: State, id: string): void {
  const at = state.pool.indexOf(id);
  if (at >= 0) state.pool.splice(at, 1);
  state.pool.unshift(id);
}

function resolveCandidate(c: Candidate, state: State): SpeakerRef | null {
  switch (c.kind) {
    case 'person':
      return { speakerId: c.personId, speakerName: c.name };
    case 'name':
      return { speakerId: null, speakerName: c.name };
    case 'pronoun':
      return state.last;
    case 'role': {
      const pool = state.last?.speakerId ? [state.last.speakerId, ...state.pool] : state.pool;
      return { speakerId: resolveRole(c.name, state.roles, pool), speakerName: c.name };
    }
  }
}

/** The speaker among `cands` (all before the quote at `quoteOpen`), by the ranking in the header. */
function pickLeadSpeaker(
  text: string,
  cands: readonly Candidate[],
  quoteOpen: number,
  quoteClose = quoteOpen,
): Candidate | null {
  const spokenAfter = quoteClose > quoteOpen && speechNounAfter(text, quoteClose);
  const usable = cands.filter((c) => c.grade !== 'none');
  if (usable.length === 0) return null;
  // `X, "…"`, `söyleyen X, "…"`, `Kim'in, "…"`, `onun, "…"`: the name right before the quote.
  const adjacent = usable.find((c) => SUFFIX_ONLY_RE.test(text.slice(c.end, quoteOpen)));
  if (adjacent && (adjacent.kind !== 'name' || adjacent.grade === 'strong' || spokenAfter)) {
    // `Rubio'ya göre Moskova "…"`: whoever the words are according to speaks; the name next to
    // the quote is what they are about.
    const source = usable.find((c) => c.grade === 'according' && c.start < adjacent.start);
    if (source && adjacent.kind !== 'pronoun') return source;
    // `Leavitt, Başkan'ın "…tuttuğunu" söyledi`: a genitive next to the quote is the subject of
    // the reported clause; the sentence's subject before it is the one speaking.
    // Unless a noun of speech follows the quote: `Leavitt, Başkan'ın "…" şeklindeki açıklamasına
    // yanıt verdi` quotes the genitive.
    if (adjacent.grade === 'weak' && adjacent.kind !== 'pronoun' && !spokenAfter) {
      const subject = usable.find(
        (c) => c.start < adjacent.start && c.grade === 'strong' && c.kind !== 'pronoun',
      );
      return subject ?? adjacent;
    }
    // English does the same with `Trump said that Putin "wants peace"`; with no subject before it
    // in this stretch, the sentence's speaker (`said the talks were "…" and that Putin "…"`) holds.
    if (previousWord(text, adjacent.start) === 'that') {
      return usable.find((c) => c.start < adjacent.start && c.grade === 'strong') ?? null;
    }
    return adjacent;
  }
  // `After meeting Trump, Putin said: "…"`: the name next to an English speech verb.
  // `Iran's foreign minister, Abbas Araghchi, said`: the appositive name before the verb.
  const saying = usable.find(
    (c) =>
      c.grade === 'strong' &&
      (EN_SAY.has(nextToken(text, c.end)) ||
        EN_SAY.has(/^\s*,\s*([\p{L}]+)/u.exec(text.slice(c.end))?.[1]?.toLowerCase() ?? '')),
  );
  if (saying) return saying;
  // A genitive further back owns the quote only through a noun of speech (`Peskov'un
  // açıklamasında, … "…"`); otherwise it is the subject of a nominalised clause (`Trump'ın …
  // savunmasına ilişkin, "…" dedi`) and the sentence's own subject, left unsaid, is the speaker.
  const byGrade = (g: Grade) =>
    usable.find(
      (c) =>
        c.grade === g &&
        (g !== 'weak' ||
          (c.kind !== 'name' &&
            (c.kind === 'pronoun' ||
              (spokenAfter && !QUOTE_MARK_RE.test(text.slice(c.end, quoteOpen))) ||
              ownsUtterance(text, c.end)))),
    );
  return byGrade('strong') ?? byGrade('according') ?? byGrade('subject') ?? byGrade('weak') ?? null;
}

/** Words after a genitive name that may stand before its noun of speech: `Peskov'un dün yaptığı açıklamada`. */
const OWNED_UTTERANCE_GAP_WORDS = 3;

/** A noun of speech among the few words after the name ending at `end`: the name owns what was said. */
function ownsUtterance(text: string, end: number): boolean {
  const after = foldText(text.slice(end, end + 80).replace(SUFFIX_AFTER_NAME_RE, ''));
  const words = after.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  return words
    .slice(0, OWNED_UTTERANCE_GAP_WORDS)
    .some((w) => UTTERANCE_NOUN_STEMS.some((stem) => w.startsWith(stem)));
}

/** Any quote mark: a genitive with another quote before this one owns that one, not this. */
const QUOTE_MARK_RE = /["“”„«»]/;
/** Words between a quote and the noun of speech it fills: `"…" olarak nitelendirmesi`, `"…" şeklindeki açıklaması`. */
const QUOTE_TO_NOUN_RE = /^(?:olarak|seklinde|seklindeki|bicimindeki|yonundeki|diye)$/;
/** A Turkish verbal noun with its possessive: `tanımlamasına`, `söylemesi`. */
const VERBAL_NOUN_RE = /m[ae]s[iu]/;

/**
 * A noun of speech right after the quote (`"…" olarak tanımlamasına`, `"…" sözleri`): the quote
 * is what the genitive before it said.
 */
function speechNounAfter(text: string, close: number): boolean {
  const words = foldText(text.slice(close + 1, close + 80))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  const noun = QUOTE_TO_NOUN_RE.test(words[0] ?? '') ? words[1] : words[0];
  if (noun === undefined) return false;
  return (
    UTTERANCE_NOUN_STEMS.some((stem) => noun.startsWith(stem)) ||
    (VERBAL_NOUN_RE.test(noun) && SPEECH_RE.test(noun))
  );
}

/** Most words between a quote and the participle naming who said it: `"…" sözleriyle sert tepki gösteren X`. */
const MAX_PARTICIPLE_GAP_WORDS = 5;
/** A Turkish subject participle: `gösteren`, `kullanan`, `konuşan`. */
const SUBJECT_PARTICIPLE_RE = /[^aeiou]y?[ae]n$/;
/** `derken`, `söylerken`: "while saying", a converb whose subject comes after, not a participle. */
const WHILE_CONVERB_RE = /[rz]ken$/;
/** A noun in the dative: the quote is what was answered (`sözlerine tepki gösteren`), not said. */
const DATIVE_END_RE = /[ny][ae]$/;

/**
 * `"…" sözleriyle tepki gösteren X`, `"…" ifadelerini kullanan X`: a relative clause of speech
 * after the quote, whose head is the one who said it.
 */
function isSpeakingParticiple(gapFolded: string): boolean {
  const words = gapFolded
    .replace(/^["”»'’]/, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  const last = words[words.length - 1];
  if (
    last === undefined ||
    words.length > MAX_PARTICIPLE_GAP_WORDS ||
    !SUBJECT_PARTICIPLE_RE.test(last) ||
    WHILE_CONVERB_RE.test(last)
  )
    return false;
  // `"…" olarak nitelendiren X` calls something by the quoted words: a label, read elsewhere.
  if (words[0] === 'olarak') return false;
  const speech = words.find((w) => SPEECH_RE.test(w) || TAIL_SPEECH_RE.test(w));
  return speech !== undefined && !DATIVE_END_RE.test(speech);
}

/** A speaker named right after the quote: `"…" diyen X`, `"…", dedi X`, `"…," Putin said`. */
function pickTailSpeaker(text: string, cands: readonly Candidate[], close: number): Candidate | null {
  // `"…" diyen Trump'a yanıt verdi`: the one who said it, whatever case the sentence gives them.
  const nearest = cands[0];
  if (
    nearest &&
    foldText(text.slice(close + 1, nearest.start))
      .replace(/[\s,]+/g, ' ')
      .trim() === 'diyen'
  )
    return nearest;
  if (nearest && isSpeakingParticiple(foldText(text.slice(close + 1, nearest.start)))) return nearest;
  const first = cands.find((c) => c.grade === 'strong');
  if (!first) return null;
  const between = foldText(text.slice(close + 1, first.start))
    .replace(/[\s,]+/g, ' ')
    .trim();
  // `"…" - Kim Jong Un` attributes with a dash.
  if (
    /^(?:-|diyen|dedi|diye (?:konustu|ekledi)|said|says|added|asked|wrote|told|continued|replied)$/.test(
      between,
    )
  )
    return first;
  const gapWords = between === '' ? 0 : between.split(' ').length;
  // `," Iran's foreign minister Abbas Araghchi wrote`: a role phrase before the name that says.
  const says = cands.find(
    (c) =>
      c.grade === 'strong' && EN_SAY.has(/^\s*([\p{L}]+)/u.exec(text.slice(c.end))?.[1]?.toLowerCase() ?? ''),
  );
  if (
    says &&
    (isRoleHead(previousWord(text, says.start)) || says.name.split(/\s+/).some(isRoleHead)) &&
    text
      .slice(close + 1, says.start)
      .trim()
      .split(/\s+/).length <= MAX_TAIL_ROLE_WORDS
  )
    return says;
  // `," Putin said` / `," the Kremlin leader said` / `," he said`.
  if (
    gapWords <= MAX_TAIL_SPEAKER_OFFSET_WORDS &&
    /^,?\s*$|^\s*,?\s*the\s*$/i.test(text.slice(close + 1, first.start))
  ) {
    const nextWord = /^\s*([\p{L}]+)/u.exec(text.slice(first.end))?.[1]?.toLowerCase() ?? '';
    if (EN_SAY.has(nextWord)) return first;
  }
  return null;
}

interface QuoteShape {
  keep: boolean;
  fragment: boolean;
}

/** Decides full quote / fragment / not a quote from the words around it. */
function classify(
  text: string,
  span: QuoteSpan,
  segStart: number,
  segEnd: number,
  speechContext: boolean,
  speakerEnd: number | null,
  speakerAfter: boolean,
): QuoteShape {
  const inner = text.slice(span.open + 1, span.close).trim();
  const lead = text.slice(segStart, span.open).trimEnd();
  const tail = text.slice(span.close + 1, segEnd).trimStart();
  const leadWord = /([\p{L}\p{M}-]+)$/u.exec(lead)?.[1] ?? '';
  const tailWord = foldText(/^([\p{L}\p{M}-]+)/u.exec(tail)?.[1] ?? '');
  const foldedLead = foldText(leadWord);

  const standaloneBefore =
    lead === '' ||
    /[,:;([{\-–—]$/.test(lead) ||
    EN_SAY.has(foldedLead) ||
    foldedLead === 'gore' ||
    LEAD_FRAME_RE.test(foldedLead) ||
    /according to$/i.test(lead) ||
    // `Hamaney "…" dedi`, `Trump ise "…" diye karşılık verdi`: right after the speaker.
    (speakerEnd !== null && SPEAKER_TO_QUOTE_RE.test(foldText(text.slice(speakerEnd, span.open))));
  const standaloneAfter =
    tail === '' ||
    speakerAfter ||
    // English closes the clause inside the marks: `"We will win," Putin said.`
    /[,.!?…]$/.test(inner) ||
    /^[,.;:!?)\]\-–—…]/.test(tail) ||
    TAIL_SPEECH_RE.test(tailWord);

  const words = inner.split(/\s+/).filter((w) => w !== '');
  const lastWord = foldText((words[words.length - 1] ?? '').replace(/[^\p{L}\p{M}]+$/u, ''));
  const endsSentence = /[.!?…]["'”’»]?$/.test(inner);
  const reportedClause = !endsSentence && EMBEDDED_END_RE.test(lastWord);

  if (LABEL_BEFORE.has(foldedLead) || LABEL_AFTER_RE.test(tailWord) || EN_CALLS_LABEL_RE.test(`${lead} `)) {
    return { keep: false, fragment: false };
  }
  const participle = /^(\S+)(?:\s+(\S+))?/u.exec(foldText(tail.replace(/[.,;:!?…]/g, ' ')));
  if (
    participle?.[1] &&
    LABEL_PARTICIPLE_RE.test(participle[1]) &&
    participle[2] !== undefined &&
    !VERB_AFTER_PARTICIPLE_RE.test(participle[2]) &&
    !SPEECH_RE.test(participle[2])
  ) {
    return { keep: false, fragment: false };
  }
  // `"…" diye konuştu` is speech, `"…" diye anıldı` names something.
  const afterDiye = foldText(/^diye\s+(\S+)/iu.exec(tail)?.[1] ?? '');
  const diyeSpeech = afterDiye !== '' && (SPEECH_RE.test(afterDiye) || DIYE_SPEECH_RE.test(afterDiye));
  if ((standaloneBefore && standaloneAfter) || DIRECT_TAIL_RE.test(tailWord) || diyeSpeech) {
    return { keep: true, fragment: reportedClause || DIYE_LABEL_RE.test(afterDiye) };
  }

  // Embedded in the sentence: someone's words only where speech is reported around it.
  if (!speechContext) return { keep: false, fragment: true };
  const verbal = VERB_END_RE.test(lastWord) || reportedClause;
  const continues = FRAGMENT_CONTINUATION_RE.test(tailWord);
  // `"maksimum baskı" politikasını`: a quoted noun phrase modifying the next word is a label.
  const modifiesNext =
    tailWord !== '' &&
    // `"…ground," according to`: punctuation inside the marks ends the phrase.
    !/[,.;:!?…]$/.test(inner) &&
    !VERBAL_TAIL_RE.test(tailWord) &&
    !FINITE_TAIL_RE.test(foldText(tail)) &&
    !EN_ING_TAIL_RE.test(tailWord) &&
    !continues &&
    !TAIL_SPEECH_RE.test(tailWord) &&
    !verbal &&
    !EN_FUNCTION_WORDS.has(tailWord);
  if (modifiesNext) return { keep: false, fragment: true };
  return { keep: true, fragment: true };
}

/** The `X:` speaker prefix of a headline, or null. */
function titleSpeaker(ctx: UnitContext): { colon: number; cand: Candidate } | null {
  const { text, spans } = ctx;
  let colon = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ':' && !insideSpan(spans, i)) {
      colon = i;
      break;
    }
  }
  if (colon < 0 || spans.some((s) => s.open < colon)) return null;
  const prefix = text.slice(0, colon).trim();
  if (prefix.split(/\s+/).length > MAX_TITLE_SPEAKER_WORDS) return null;
  const person = ctx.persons.filter((c) => c.end <= colon);
  // `Putin'den Batı'ya uyarı:` — in a headline the ablative names who speaks.
  const personPick =
    person.find((c) => c.grade === 'strong') ??
    person.find((c) => ABLATIVE_RE.test(suffixAfter(text, c.start, c.end).suffix));
  if (personPick) return { colon, cand: personPick };
  const others = candidatesIn({ ...ctx, persons: [] }, 0, colon + 1);
  const other = others.find((c) => c.grade === 'strong');
  return other ? { colon, cand: other } : null;
}

function hasSpeech(text: string, spans: readonly QuoteSpan[], from: number, to: number): boolean {
  let outside = '';
  let pos = from;
  for (const s of spans) {
    if (s.close < from || s.open >= to) continue;
    outside += `${text.slice(pos, Math.max(pos, s.open))} `;
    pos = s.close + 1;
  }
  outside += text.slice(pos, to);
  return SPEECH_RE.test(foldText(outside));
}

function processUnit(
  text: string,
  paragraph: number,
  isTitle: boolean,
  mentions: readonly { start: number; end: number; personId: string }[],
  state: State,
  out: Quote[],
  openEnded: Set<Quote>,
): void {
  const spans = findQuoteSpans(text);
  const ctx: UnitContext = { text, spans, persons: personCandidates(text, spans, mentions) };
  const title = isTitle ? titleSpeaker(ctx) : null;
  const notedUpTo = { pos: 0 };
  // `"…," Putin told reporters. "…"`: a later quote of the paragraph with no speaker of its own.
  let paragraphSpeaker: SpeakerRef | null = null;
  const noteMentionsBefore = (pos: number) => {
    for (const m of mentions) if (m.start >= notedUpTo.pos && m.start < pos) notePerson(state, m.personId);
    notedUpTo.pos = Math.max(notedUpTo.pos, pos);
  };

  for (const [sStart, sEnd] of splitSentences(text, spans)) {
    const inSentence = spans.filter((s) => s.open >= sStart && s.open < sEnd);
    const speech =
      hasSpeech(text, spans, sStart, sEnd) ||
      title !== null ||
      // `Trump'a göre savaş "…"`: the words reported are someone's.
      candidatesIn(ctx, sStart, sEnd).some((c) => c.grade === 'according');
    let sentenceSpeaker: SpeakerRef | null = paragraphSpeaker;
    let segStart = sStart;
    inSentence.forEach((span, k) => {
      const nextOpen = inSentence[k + 1]?.open ?? sEnd;
      noteMentionsBefore(span.open);
      let speaker: SpeakerRef | null = null;
      let found: Candidate | null = null;
      let leadSpeakerEnd: number | null = null;
      if (title && span.open > title.colon) found = title.cand;
      if (!found && SPEECH_PARTICIPLE_RE.test(foldText(text.slice(span.close + 1, nextOpen).trimStart()))) {
        const genitives = candidatesIn(ctx, segStart, span.open).filter((c) => c.grade === 'weak');
        found = genitives[genitives.length - 1] ?? null;
        leadSpeakerEnd = found ? found.end : null;
      }
      if (!found) found = pickTailSpeaker(text, candidatesIn(ctx, span.close + 1, nextOpen), span.close);
      if (!found) {
        found = pickLeadSpeaker(text, candidatesIn(ctx, segStart, span.open), span.open, span.close);
        leadSpeakerEnd = found ? found.end : null;
      }
      if (found) speaker = resolveCandidate(found, state);
      const shape = classify(
        text,
        span,
        segStart,
        nextOpen,
        speech,
        leadSpeakerEnd,
        found !== null && leadSpeakerEnd === null && !(title && span.open > title.colon),
      );
      const paragraphOpensWithQuote = text.slice(0, span.open).trim() === '';
      if (!speaker) speaker = sentenceSpeaker;
      // `Lavrov accused them of "militarising" the continent, adding: "…"`: after an earlier quote
      // of the sentence, its subject still speaks.
      if (!speaker && segStart > sStart) {
        const subject = pickLeadSpeaker(text, candidatesIn(ctx, sStart, span.open), span.open, span.close);
        if (subject) speaker = resolveCandidate(subject, state);
      }
      const passive = PASSIVE_SPEECH_RE.test(foldText(text.slice(span.close + 1, nextOpen).trim()));
      if (!speaker && !passive && (speech || paragraphOpensWithQuote)) speaker = state.last;
      segStart = span.close + 1;
      if (!shape.keep) return;
      if (shape.fragment && !speaker) return;
      let quoted = text.slice(span.open + 1, span.close).trim();
      // English puts the sentence's comma inside the quote: `"We will win," Putin said.`
      quoted = quoted.replace(/,$/, '');
      out.push({
        text: quoted,
        speakerId: speaker?.speakerId ?? null,
        speakerName: speaker?.speakerName ?? null,
        fragment: shape.fragment,
        paragraph,
      });
      if (span.close >= text.length) openEnded.add(out[out.length - 1] as Quote);
      // `X'in "…" sorusuna, "…" dedi`: the one asking does not go on to answer.
      if (speaker && !isQuestionTo(text.slice(span.close + 1))) {
        sentenceSpeaker = speaker;
        paragraphSpeaker = speaker;
        state.last = speaker;
      }
    });
    noteMentionsBefore(sEnd);
    // Reported speech without quote marks still sets who is speaking: `Putin şunları söyledi:`.
    if (inSentence.length === 0 && speech) {
      const subject = pickLeadSpeaker(text, candidatesIn(ctx, sStart, sEnd), sEnd);
      if (subject && subject.kind !== 'pronoun') state.last = resolveCandidate(subject, state) ?? state.last;
    }
  }
}

/**
 * The direct quotes of an article in text order (title first, paragraph -1), with speakers.
 * `people` is the registry; the roles of `roles`-less people come from their descriptions.
 */
export function extractQuotes(
  article: { title: string; subtitle: string | null; headings: Heading[]; paragraphs: string[] },
  people: readonly PersonEntry[],
): Quote[] {
  const texts = [article.title, ...article.paragraphs];
  const mentionsPer = scanDocument(people, texts);
  const state: State = { last: null, pool: [], roles: new Map() };
  for (const p of people) state.roles.set(p.id, [p.description.tr, p.description.en]);
  texts.forEach((text, i) => {
    for (const m of mentionsPer[i] ?? []) {
      const role = roleBefore(text, m.start);
      if (role) state.roles.get(m.personId)?.push(role.role);
    }
  });
  const headingBefore = new Set(article.headings.map((h) => h.before));
  const out: Quote[] = [];
  const openEnded = new Set<Quote>();
  texts.forEach((text, i) => {
    const paragraph = i - 1;
    if (headingBefore.has(paragraph)) state.last = null;
    processUnit(text, paragraph, i === 0, mentionsPer[i] ?? [], state, out, openEnded);
  });
  return continuedQuotes(out, texts, openEnded);
}

/** A paragraph that opens with a quote mark (after any space). */
const OPENS_WITH_QUOTE_RE = /^\s*["“„«]/u;

/**
 * A quotation left open at a paragraph's end goes on in the next paragraph, which reopens it with
 * a mark (the convention of Turkish and English news alike); the speaker named there, often only
 * at its end (`"…," Lavrov said.`), said the whole of it. Read backwards, so a chain of paragraphs
 * takes the speaker of its last one.
 */
function continuedQuotes(quotes: Quote[], texts: readonly string[], openEnded: ReadonlySet<Quote>): Quote[] {
  for (let i = quotes.length - 1; i >= 0; i--) {
    const q = quotes[i] as Quote;
    if (!openEnded.has(q) || q.speakerId !== null || q.speakerName !== null) continue;
    if (!OPENS_WITH_QUOTE_RE.test(texts[q.paragraph + 2] ?? '')) continue;
    const next = quotes.find((o) => o.paragraph === q.paragraph + 1);
    if (!next || (next.speakerId === null && next.speakerName === null)) continue;
    q.speakerId = next.speakerId;
    q.speakerName = next.speakerName;
  }
  return quotes;
}
