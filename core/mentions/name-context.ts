/**
 * The words around a name that tell whose name it is, for Turkish and English news text.
 *
 * Promises:
 * - `precededByOtherGivenName`: a surname right after another person's given name is someone
 *   else's (`Melania Trump`, `Mary Trump'ın`). A capitalised word there counts as a given name when
 *   it is in the given-name list (any language), or in English text when it is any other
 *   capitalised word; never when it is a title, an honorific, a function word or sentence opener,
 *   an acronym, a word with an apostrophe suffix, or another name (`ABD Başkanı Trump`, `President
 *   Putin`, `Dün Trump`, `Moskova'da Putin`, Turkish `Erdoğan Putin'le görüştü`).
 * - `followedByOtherGivenName`: a family name written first (`Kim`, `Choe`) right before another
 *   given name is someone else's (`Kim Yo-jong`, `Choe Ryong Hae`); a hyphenated or two-part
 *   capitalised name after it always counts as one.
 * - `followedByGenerationalSuffix`: `Trump Jr.` is someone else.
 * - `isQuestionWordUse`: `Kim` used as the Turkish question word (`Kim bilir?`, `Kim olduğu`).
 * - `isPairingGap`: the text between two names pairs them (`Kim ve Putin`, `Trump-Kim`, `Kim and Putin`);
 *   `isListGap`: it lies inside one list of names (`Putin, Şi ve Kim`).
 * All comparisons use folded words (see `foldText`).
 */

import { foldTable, foldText } from '../text/fold';
import { GIVEN_NAMES } from '../text/given-names';
import { CALENDAR_WORDS, TITLE_PREFIXES } from '../text/lexicon';
import { APOSTROPHE, charClassTable, HYPHEN, LOWER, SPACE, TAB, UPPER, WORD } from '../text/name-chars';
import { apostropheSuffixEnd } from './name-suffixes';

let classTable: Uint8Array | null = null;
let foldingTable: Uint16Array | null = null;
const classes = (): Uint8Array => {
  classTable ??= charClassTable();
  return classTable;
};
const folds = (): Uint16Array => {
  foldingTable ??= foldTable();
  return foldingTable;
};

/**
 * Capitalised words that may stand right before or after a name without being part of another
 * person's name: function words and sentence openers, titles and honorifics, days and months, and
 * verbs of title-case headlines. Folded.
 */
const CONTEXT_WORDS: ReadonlySet<string> = new Set(
  [
    // Turkish function words and sentence openers.
    'ama ancak fakat lakin ve veya ile ya yani zira cunku dun bugun yarin simdi artik hatta oysa ustelik',
    'bu bunu buna bunun bundan bunda bunlar su o onu ona onun bir iki uc dort bes her hem ne ise eger',
    'yine gene sonra once daha boylece bununla ayrica ote beri icin gore karsin ragmen dolayi nitekim',
    'kuskusuz elbette belki sadece yalnizca henuz hala halen son ilk dahi bile ozellikle ornegin',
    'mesela peki evet hayir iste aslinda gecen gectigimiz onumuzdeki bugunku dunku sabah aksam gece',
    'hafta tum butun bazi diger eski yeni sayin bay bayan sn sozde merhum rahmetli genc unlu lider',
    'ozetle sonucta boyle oyle madem nasil neden niye nicin acaba kuzey guney dogu bati',
    // English function words and sentence openers.
    'the a an and but or nor so yet then now when whenever while if as after before since because',
    'although though however meanwhile moreover also still even only just yesterday today tonight',
    'tomorrow last next this that these those there here on in at for with by from to of under over',
    'about against between among during without via why how what where who whom whose which both',
    'either neither not no yes it its he she they we i you his her their our my your dear',
    'did does do has had have will would could should may might must can is was were are be been',
    'former ex late new old young elder acting interim north south east west later earlier instead',
    'indeed thus hence therefore overall initially finally recently separately asked speaking',
    'according despite unlike like including following amid once until unless whether please thanks',
    // Titles and honorifics (English).
    'mr mrs ms miss mx dr prof sir dame lady lord king queen prince princess sheikh emir sultan shah',
    'ayatollah imam cleric pope president vice deputy supreme leader chairman chairwoman chair',
    'general gen lt col maj capt adm marshal comrade minister secretary senator sen rep congressman',
    'congresswoman governor gov mayor chancellor premier ambassador envoy spokesman spokeswoman',
    'spokesperson candidate nominee republican republicans democrat democrats gop citizen billionaire',
    'tycoon dictator strongman despot autocrat',
    // Verbs of title-case headlines (`Kim Says ...`, `Trump Warns ...`).
    'says said warns vows meets met visits calls tells urges slams hails praises threatens rejects',
    'accuses orders signs backs blames plans wants seeks sends pledges claims denies admits insists',
    'announces launches oversees inspects guides fires tests',
    // Places that head news sentences without a suffix (`Kim Rusya ziyaretinde`, `In Moscow Putin`).
    'rusya cin moskova pekin washington vasington seul pyongyang tahran ukrayna kiev kyiv iran israil',
    'gazze abd amerika avrupa turkiye ankara istanbul japonya tokyo kore suriye lubnan kremlin',
    'russia china moscow beijing seoul tehran ukraine israel gaza america europe turkey japan korea',
    'syria lebanon britain france germany brussels london paris berlin',
    // Days and months, Turkish and English.
    CALENDAR_WORDS,
  ]
    .join(' ')
    .split(' '),
);

/** Turkish compound titles end in a possessive: `Sözcüsü`, `Temsilcisi`, `Valisi`, `Dışişleri`. */
const TURKISH_COMPOUND_ENDINGS: readonly string[] = ['si', 'su', 'leri', 'lari'];
/** Shorter words ending that way are given names often enough (`Elsi`). */
const MIN_COMPOUND_LENGTH = 5;

/** True when a capitalised `folded` word next to a name is context, not part of another name. */
export function isContextWord(folded: string): boolean {
  if (CONTEXT_WORDS.has(folded)) return true;
  for (const stem of TITLE_PREFIXES) if (folded.startsWith(stem)) return true;
  if (folded.length >= MIN_COMPOUND_LENGTH) {
    for (const ending of TURKISH_COMPOUND_ENDINGS) if (folded.endsWith(ending)) return true;
  }
  return false;
}

/** Spaces between a name and a neighbouring given name; more (or a line break) separates them. */
const MAX_GAP = 2;

function isBlank(code: number): boolean {
  const f = folds()[code];
  return f === SPACE || f === TAB;
}

/** True when every cased letter of `text[start, end)` is uppercase (`HAMANEY`, `KIM JONG UN`). */
export function isAllCaps(text: string, start: number, end: number): boolean {
  const cls = classes();
  let cased = 0;
  for (let i = start; i < end; i++) {
    const k = cls[text.charCodeAt(i)] as number;
    if (k & LOWER) return false;
    if (k & UPPER) cased++;
  }
  return cased > 1;
}

/** Letters only Turkish writes among Latin-script languages: they mark Turkish context. */
const TURKISH_LETTERS = /[çğışöüÇĞİŞÖÜ]/;
/** units; how far around a name to look for Turkish letters. */
const LANGUAGE_WINDOW = 60;

/**
 * True when the text around `at` reads as English (ASCII-only Latin, no Turkish letters). In English
 * a capitalised word glued to a surname is nearly always a given name; in Turkish (subject–object
 * order: `Erdoğan Putin'le görüştü`, `Analistler Trump'ın…`) and Russian it often is not.
 */
function englishContext(text: string, at: number): boolean {
  // A Turkish case suffix on the name itself (`Putin'siz`, `Trump'ı`; English has only `'s`).
  const cls = classes();
  let end = at;
  while (end < text.length && (cls[text.charCodeAt(end)] as number) & WORD) end++;
  const suffixEnd = apostropheSuffixEnd(text, end);
  if (suffixEnd >= 0 && foldText(text.slice(end + 1, suffixEnd)) !== ENGLISH_POSSESSIVE) return false;
  const from = Math.max(0, at - LANGUAGE_WINDOW);
  const window = text.slice(from, at + LANGUAGE_WINDOW);
  return !TURKISH_LETTERS.test(window);
}

const ENGLISH_POSSESSIVE = 's';

/** ASCII letters only: a given name as English text writes it. */
const ASCII_WORD = /^[A-Za-z]+$/;

/**
 * Whether the capitalised word `text[start, end)` next to a name at `nameAt` is another person's
 * given name. `joined` says the word is half of a hyphenated or two-word given name (`Yo-jong`).
 */
function isOtherGivenName(
  text: string,
  start: number,
  end: number,
  nameAt: number,
  nameAllCaps: boolean,
  joined: boolean,
): boolean {
  const cls = classes();
  if (end <= start || ((cls[text.charCodeAt(start)] as number) & UPPER) === 0) return false;
  // An acronym next to a name in normal case: `ABD Trump`, `KCNA Kim`.
  if (!nameAllCaps && end - start > 1 && isAllCaps(text, start, end)) return false;
  const word = text.slice(start, end);
  const folded = foldText(word);
  if (isContextWord(folded)) return false;
  if (GIVEN_NAMES.has(folded) || joined) return true;
  return ASCII_WORD.test(word) && englishContext(text, nameAt);
}

/**
 * True when the name at `start` follows another person's given name: `Melania Trump`, `Mary
 * Trump'ın`. `knownEnd` is where the previous mention candidate ends (a name is no given name).
 */
export function precededByOtherGivenName(
  text: string,
  start: number,
  nameAllCaps: boolean,
  knownEnd = -1,
): boolean {
  const cls = classes();
  let k = start;
  while (k > 0 && start - k < MAX_GAP && isBlank(text.charCodeAt(k - 1))) k--;
  if (k === start || (k > 0 && isBlank(text.charCodeAt(k - 1)))) return false;
  const wordEnd = k;
  if (wordEnd === knownEnd) return false;
  // A middle initial (`Mary L. Trump`, `Fred C. Trump`): the given name stands before it.
  if (isInitialBefore(text, wordEnd))
    return precededByOtherGivenName(text, wordEnd - INITIAL_LENGTH, nameAllCaps);
  while (k > 0 && (cls[text.charCodeAt(k - 1)] as number) & WORD) k--;
  const wordStart = k;
  // The suffix of `Moskova'da Putin` is no given name.
  if (wordStart > 1 && folds()[text.charCodeAt(wordStart - 1)] === APOSTROPHE) return false;
  const hyphenated = wordStart > 1 && folds()[text.charCodeAt(wordStart - 1)] === HYPHEN;
  return isOtherGivenName(text, wordStart, wordEnd, start, nameAllCaps, hyphenated);
}

/** `L.`: one capital letter and a period. */
const INITIAL_LENGTH = 2;

/** True when `text` has a standalone initial (`L.`) ending at `end`. */
function isInitialBefore(text: string, end: number): boolean {
  const cls = classes();
  const at = end - INITIAL_LENGTH;
  if (at < 0 || text.charCodeAt(end - 1) !== PERIOD_CODE) return false;
  if (((cls[text.charCodeAt(at)] as number) & UPPER) === 0) return false;
  return at === 0 || ((cls[text.charCodeAt(at - 1)] as number) & WORD) === 0;
}
const PERIOD_CODE = 0x2e;

/** Generational suffixes: `Trump Jr.` is the son, not the person the surname alone names. Folded. */
const GENERATIONAL: ReadonlySet<string> = new Set(['jr', 'junior', 'sr', 'senior', 'ii', 'iii']);

/** True when a surname ending at `end` is followed by `Jr.`, `Junior`, `Sr.`, `III`. */
export function followedByGenerationalSuffix(text: string, end: number): boolean {
  const cls = classes();
  let k = end;
  if (k >= text.length || !isBlank(text.charCodeAt(k))) return false;
  k++;
  const start = k;
  while (k < text.length && (cls[text.charCodeAt(k)] as number) & WORD) k++;
  return k - start <= GENERATIONAL_MAX_LENGTH && GENERATIONAL.has(foldText(text.slice(start, k)));
}
const GENERATIONAL_MAX_LENGTH = 6;

/**
 * True when the family name ending at `end` precedes another given name: `Kim Yo-jong`, `Choe Ryong
 * Hae`. `knownStart` is where the next mention candidate starts.
 */
export function followedByOtherGivenName(
  text: string,
  end: number,
  nameAllCaps: boolean,
  knownStart = -1,
): boolean {
  const cls = classes();
  let k = end;
  while (k < text.length && k - end < MAX_GAP && isBlank(text.charCodeAt(k))) k++;
  if (k === end || (k < text.length && isBlank(text.charCodeAt(k)))) return false;
  const wordStart = k;
  if (wordStart === knownStart) return false;
  while (k < text.length && (cls[text.charCodeAt(k)] as number) & WORD) k++;
  const wordEnd = k;
  // `Kim Pyongyang'da`: a place with a suffix, not a given name.
  if (apostropheSuffixEnd(text, wordEnd) >= 0) return false;
  return isOtherGivenName(
    text,
    wordStart,
    wordEnd,
    end,
    nameAllCaps,
    isJoinedGivenName(text, wordEnd, nameAllCaps),
  );
}

/**
 * After a word ending at `end`: `-jong` (a hyphen and a lowercase part, Korean style) or a second
 * capitalised part without suffix (`Ryong Hae`) makes it a two-part given name.
 */
function isJoinedGivenName(text: string, end: number, nameAllCaps: boolean): boolean {
  const cls = classes();
  const fold = folds();
  if (end + 1 < text.length && fold[text.charCodeAt(end)] === HYPHEN) {
    return ((cls[text.charCodeAt(end + 1)] as number) & (nameAllCaps ? WORD : LOWER)) !== 0;
  }
  if (end >= text.length || !isBlank(text.charCodeAt(end))) return false;
  const start = end + 1;
  let k = start;
  while (k < text.length && (cls[text.charCodeAt(k)] as number) & WORD) k++;
  if (k === start || ((cls[text.charCodeAt(start)] as number) & UPPER) === 0) return false;
  if (apostropheSuffixEnd(text, k) >= 0) return false;
  return !isContextWord(foldText(text.slice(start, k)));
}

/**
 * Words after the Turkish question word `kim` (who) that a sentence about Kim Jong Un would hardly
 * have right after his name: `Kim bilir`, `Kim olduğu`, `Kim ne derse desin`. Folded.
 */
const QUESTION_FOLLOWERS: ReadonlySet<string> = new Set(
  [
    'bilir bilebilir bilsin bilemez bilmez bilmiyor bilinmiyor bilinmez',
    'oldugu oldugunu olduguna oldugunun oldugundan olduklari olduklarini olursa olsa olsun olacak oldu',
    'olabilir olmali olmaz olmus idi imis dir dur acaba kimi kime kimin ki sorusu sorusunun',
  ]
    .join(' ')
    .split(' '),
);

/** Turkish yes/no question particles (`mi`, `mısınız`, `midir`): with one, `Kim` is not the question word. */
const QUESTION_PARTICLE = /^(mi|mu)(sin|siniz|yim|yiz|dir|ydi|ymis|sun|sunuz|dur|ydu|ymus|ki|y)?$/;

const QUESTION_MARK = 0x3f;

/** Other question words: with one of them (`Kim ne zaman gelecek?`), `Kim` is the subject. */
const WH_WORDS: ReadonlySet<string> = new Set([
  'ne',
  'neden',
  'nasil',
  'nerede',
  'nereye',
  'niye',
  'nicin',
  'hangi',
  'kac',
]);

/** A Turkish conditional verb (`Kim gelirse gelsin`, `Kim ne derse desin`). */
const CONDITIONAL = /s[ae]$/;
const MIN_CONDITIONAL_LENGTH = 4;
/** How many words after `Kim` may hold that conditional. */
const CONDITIONAL_REACH = 2;

const SENTENCE_OPENERS = '.!?:;"\'“”«»(—-\n';

/** True when `start` opens a sentence, a quote, a line or a text (only spaces before). */
export function atSentenceStart(text: string, start: number): boolean {
  const fold = folds();
  let k = start - 1;
  while (k >= 0 && (fold[text.charCodeAt(k)] === SPACE || text.charCodeAt(k) === TAB)) k--;
  return k < 0 || SENTENCE_OPENERS.includes(String.fromCharCode(fold[text.charCodeAt(k)] as number));
}

/** The next word from `from` on, before `limit`: its [start, end), or null. */
function nextWordSpan(text: string, from: number, limit: number): [number, number] | null {
  const cls = classes();
  let k = from;
  while (k < limit && ((cls[text.charCodeAt(k)] as number) & WORD) === 0) k++;
  if (k >= limit) return null;
  const start = k;
  while (k < limit && (cls[text.charCodeAt(k)] as number) & WORD) k++;
  return [start, k];
}

/**
 * True when a capitalised short form (`Kim`) at `[start, end)` reads as the Turkish question word.
 * Only a sentence-initial or all-caps `Kim` can be the question word with a capital letter.
 */
export function isQuestionWordUse(text: string, start: number, end: number): boolean {
  if (!atSentenceStart(text, start) && !isAllCaps(text, start, end)) return false;
  if (end < text.length && text.charCodeAt(end) === QUESTION_MARK) return true;
  const cls = classes();
  const sentenceEnd = findSentenceEnd(text, end);
  let span = nextWordSpan(text, end, sentenceEnd);
  if (span && QUESTION_FOLLOWERS.has(foldText(text.slice(span[0], span[1])))) return true;
  for (let w = 0; span && w < CONDITIONAL_REACH; w++) {
    const [from, to] = span;
    const lower = ((cls[text.charCodeAt(from)] as number) & UPPER) === 0;
    if (lower && to - from >= MIN_CONDITIONAL_LENGTH && CONDITIONAL.test(foldText(text.slice(to - 2, to))))
      return true;
    span = nextWordSpan(text, to, sentenceEnd);
  }
  // A wh-question (`Kim kazanacak?`): `?` at the end, no yes/no particle, no other question word.
  if (text.charCodeAt(sentenceEnd) !== QUESTION_MARK) return false;
  for (span = nextWordSpan(text, end, sentenceEnd); span; span = nextWordSpan(text, span[1], sentenceEnd)) {
    const word = foldText(text.slice(span[0], span[1]));
    if (QUESTION_PARTICLE.test(word) || WH_WORDS.has(word)) return false;
  }
  return true;
}

function findSentenceEnd(text: string, from: number): number {
  for (let k = from; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a) return k;
  }
  return text.length;
}

/** Words and signs that pair two names: `Kim ve Putin`, `Kim and Putin`, `Trump-Kim`, `Putin, Kim`. Folded. */
const PAIRING_WORDS: ReadonlySet<string> = new Set([
  've',
  'ile',
  'veya',
  'ya da',
  'hem',
  'and',
  'or',
  'with',
  'vs',
  'vs.',
  'versus',
  '&',
  ',',
  '-',
  '/',
]);
/** A longer gap between two names is no pairing. */
const MAX_PAIRING_GAP = 12;

/**
 * True when `text[from, to)`, the gap between two names, pairs them. A leading apostrophe suffix of
 * the first name is skipped: `Putin'le Kim`, `Putin'in ve Kim'in`.
 */
export function isPairingGap(text: string, from: number, to: number): boolean {
  if (to - from > MAX_PAIRING_GAP || to < from) return false;
  let start = from;
  const suffixEnd = apostropheSuffixEnd(text, from);
  if (suffixEnd >= 0 && suffixEnd <= to) start = suffixEnd;
  const gap = foldText(text.slice(start, to)).replace(/\s+/g, ' ').trim();
  if (gap === '') return start > from;
  return PAIRING_WORDS.has(gap);
}

/** Words that join the items of a list: `Putin, Şi ve Kim`, `Xi, Putin and Kim`. Folded. */
const LIST_JOINERS: ReadonlySet<string> = new Set([',', 've', 'ile', 'veya', 'and', 'or', '&']);
/** units; a list gap holds a few short names. */
const MAX_LIST_GAP = 40;
/** Other people's names between the two: `Putin, Şi ve Kim` has one (`Şi`). */
const MAX_LIST_ITEMS = 2;
/** Words per other name in the list (`Şi Cinping`). */
const MAX_ITEM_WORDS = 2;
const LIST_TOKEN = /,|&|[^\s,&]+/g;
const NAME_WORD = /^[\p{L}\p{M}-]+$/u;

/**
 * True when `text[from, to)` lies inside one list of names: joiners alternating with a few
 * capitalised names (`, Şi ve `, `, Xi Jinping and `). A leading apostrophe suffix is skipped.
 */
export function isListGap(text: string, from: number, to: number): boolean {
  if (to - from > MAX_LIST_GAP || to <= from) return false;
  // Another name between the two is set off by a comma (`, Şi ve `): a cheap first test.
  const comma = text.indexOf(',', from);
  if (comma < 0 || comma >= to) return false;
  const suffixEnd = apostropheSuffixEnd(text, from);
  const start = suffixEnd >= 0 && suffixEnd <= to ? suffixEnd : from;
  const tokens = text.slice(start, to).match(LIST_TOKEN);
  if (!tokens) return false;
  const cls = classes();
  let items = 0;
  let words = 0;
  let joined = false;
  for (const token of tokens) {
    if (LIST_JOINERS.has(foldText(token))) {
      joined = true;
      if (words > 0) items++;
      words = 0;
      continue;
    }
    if (!joined || ((cls[token.charCodeAt(0)] as number) & UPPER) === 0 || !NAME_WORD.test(token))
      return false;
    if (++words > MAX_ITEM_WORDS) return false;
  }
  return words === 0 && items > 0 && items <= MAX_LIST_ITEMS;
}
