/**
 * Every character set and word list the code base reads text with, defined once.
 *
 * Modules used to keep their own copies, and the copies drifted apart (one apostrophe set knew `ʼ`,
 * another did not). Where copies disagreed, the list here is their union. Word lists are folded
 * (see `fold.ts`: lowercase, no diacritics, every I-form is `i`) unless a comment says otherwise.
 * Lists that serve different purposes stay apart on purpose; each says why it exists.
 *
 * Everything here is a plain constant, so bundles keep only the lists they import.
 */

/** The words of a space- or newline-separated list. */
function words(list: string): readonly string[] {
  return list.trim().split(/\s+/);
}

// ---------------------------------------------------------------------------------------------
// Characters

/**
 * Every apostrophe a Turkish suffix may follow (`Putin'e`, `Hamaney’in`, `KCNAʼya`, `Trump´ın`):
 * ASCII, right and left single quotes, modifier letter apostrophe, acute and grave accents, prime.
 * Keyboards and CMSs produce all of them.
 */
export const APOSTROPHES = "'’‘ʼ´`′";

/** The apostrophes as a regular-expression character class (`[...]`), for building patterns. */
export const APOSTROPHE_CLASS = `[${APOSTROPHES}]`;

/** Marks that open a quotation, in any of the styles news sites use (`"…"`, `“…”`, `„…“`, `«…»`, `‚…‘`). */
export const OPEN_QUOTE_MARKS = `"“”„«‘‚'‹`;

/** Marks that close a quotation. `“` and `‘` close German-style `„…“` and `‚…‘`. */
export const CLOSE_QUOTE_MARKS = `"”“»’‘'›`;

// ---------------------------------------------------------------------------------------------
// Calendar: dates in bylines are parsed by month; days and months open sentences next to names.

const MONTHS_TR_TEXT = 'ocak subat mart nisan mayis haziran temmuz agustos eylul ekim kasim aralik';
const MONTHS_EN_TEXT =
  'january february march april may june july august september october november december';
const WEEKDAYS_TR_TEXT = 'pazartesi sali carsamba persembe cuma cumartesi pazar';
const WEEKDAYS_EN_TEXT = 'monday tuesday wednesday thursday friday saturday sunday';

/** Turkish month names, January first (folded: `Şubat` → `subat`). */
export const MONTHS_TR: readonly string[] = /* @__PURE__ */ words(MONTHS_TR_TEXT);

/** English month names, January first. `may` is also a verb and a surname (Theresa May). */
export const MONTHS_EN: readonly string[] = /* @__PURE__ */ words(MONTHS_EN_TEXT);

/** English months that are never a person's name: all but `may`. */
export const MONTHS_EN_NOT_NAMES: readonly string[] = /* @__PURE__ */ MONTHS_EN.filter((m) => m !== 'may');

/** Turkish weekdays, Monday first. */
export const WEEKDAYS_TR: readonly string[] = /* @__PURE__ */ words(WEEKDAYS_TR_TEXT);

/** English weekdays, Monday first. */
export const WEEKDAYS_EN: readonly string[] = /* @__PURE__ */ words(WEEKDAYS_EN_TEXT);

/** Every weekday and month of both languages, space-separated (the smallest form for a bundle). */
export const CALENDAR_WORDS = `${WEEKDAYS_TR_TEXT} ${MONTHS_TR_TEXT} ${WEEKDAYS_EN_TEXT} ${MONTHS_EN_TEXT}`;

// ---------------------------------------------------------------------------------------------
// Titles and roles

/**
 * Folded stems of offices and titles that never start a name: they head a role (`Kuzey Kore
 * lideri`) and stand next to names without being part of them (`Devlet Başkanı Putin`).
 */
const OFFICE_STEMS = `
  lider baskan baskomutan cumhurbaskan basbakan bakan sozcu sekreter komutan buyukelci elci
  yetkili temsilci mustesar danisman yardimci vali kral kralice prens veliaht general maresal amiral diplomat
  milletvekil senator seyh ayetullah ayetulah ayatullah ayatollah imam sansolye diktator
  leader president minister premier chancellor secretary spokesman spokeswoman spokesperson
  ambassador envoy official prince commander governor adviser advisor chairman dictator
`;

/** Titles whose stems also start common names (`Emir`, `Papadopoulos`, `Şefik`, `Kingston`, `Patrik`). */
const NAME_LIKE_TITLE_STEMS = 'emir papa sef patrik chief king queen';

/**
 * Folded stems of every office and title (`Başkanı`, `Cumhurbaşkanı`, `Dışişleri Bakanı`,
 * `Sözcüsü`, `President`): a role is a run of words ending in one of them, a possessive or plural
 * ending may follow.
 */
export const ROLE_TITLE_STEMS: readonly string[] = /* @__PURE__ */ words(
  `${OFFICE_STEMS} ${NAME_LIKE_TITLE_STEMS}`,
);

/**
 * Folded word starts that make a capitalised word next to a name a title or a relation rather than
 * another name (`Sözcüsü`, `Yardımcısı`, `Rakibi`, `Presidents`, `Spokes…`). The mention matcher
 * matches them as prefixes, so titles whose stems start common names are left out.
 */
export const TITLE_PREFIXES: readonly string[] = /* @__PURE__ */ words(`${OFFICE_STEMS}
  yardimci yoldas muhalif rakib rakip mevkidas meslektas aday uye yonetici counterpart rival
  secretar chairm spokes
`);

/** Heads that name the same office: a country's `lider` is its `Devlet Başkanı` or `President`. */
export const ROLE_TITLE_SYNONYMS: readonly (readonly string[])[] = [
  ['lider', 'baskan', 'cumhurbaskan', 'leader', 'president'],
  ['bakan', 'minister'],
  ['sozcu', 'spokesman', 'spokeswoman', 'spokesperson'],
  // `İsrailli lider` for a prime minister; `Başkan` still never means one.
  ['lider', 'leader', 'basbakan', 'premier'],
];

/**
 * Nationality adjectives written before a role (`Rus lider`, `Alman bakan`, `Amerikan yetkili`):
 * capitalised, never a person (folded). Forms in `-li`/`-lı` (`İranlı`) are told by their ending.
 */
export const NATIONALITY_ADJECTIVES: readonly string[] = /* @__PURE__ */ words(`
  rus alman fransiz ingiliz amerikan turk arap fars kurt yahudi yunan italyan ispanyol macar leh
  cek japon cinli hintli koreli ukraynali israilli iranli
`);

// ---------------------------------------------------------------------------------------------
// Speech verbs

/** English verbs that sit right next to the speaker's name: `Putin said`, `said Putin`, `Kim Warns`. */
export const ENGLISH_SPEECH_VERBS: readonly string[] = /* @__PURE__ */ words(`
  said says told tells added adds asked wrote writes warned warns insisted insists noted
  stated declared explained continued replied stressed argued claimed claims
`);

/**
 * Stems of Turkish nouns for something said: a name in the genitive before one owns the words
 * quoted with it (`X'in açıklamasında "…"`, `X'in "…" şeklindeki mesajı`).
 */
export const UTTERANCE_NOUN_STEMS: readonly string[] = /* @__PURE__ */ words(`
  ifade soz cumle aciklama soru mesaj yanit cevab yorum paylasim tweet cagri iddia talep uyari
  tehdid degerlendirme konusma roportaj demec yazi bildiri genelge
`);

/**
 * English prepositions: a capitalised name right after one is its object (`aboard Air Force One`,
 * `in Geneva`), never the one speaking. `to` is left out: `according to X` names a source.
 */
export const ENGLISH_PREPOSITIONS: readonly string[] = /* @__PURE__ */ words(`
  aboard about across after against along among around at before behind beside between beyond
  despite during for from in inside into near of off on onto outside over past since through
  throughout toward towards under until upon via with within without
`);

/** Speech verbs that put the speaker after them: `"…", dedi Peskov`, `"…," said Peskov`. */
export const INVERTED_SPEECH_VERBS: readonly string[] = /* @__PURE__ */ words(
  'dedi diyen said says added asked wrote continued',
);

// ---------------------------------------------------------------------------------------------
// Function words

/**
 * Words that open a sentence or clause with a capital letter but never begin a name, a speaker or
 * a role (`Ancak Putin`, `Ayrıca Dışişleri Bakanı`, `Meanwhile Peskov`): dropped from the front of
 * a capitalised run.
 */
export const NON_NAME_OPENERS: readonly string[] = /* @__PURE__ */ words(`
  ama ancak fakat ve ile ayrica yine ote diger ayni daha son ilk bu su o onun buna bunun bunu
  boylece hatta nitekim oysa zira cunku yani sonra once dun bugun iki bir
  the a an in on at after before when while meanwhile however but and also it this that these
  those there here he she they we i you speaking asked according yesterday today
`);

/**
 * Function words of Turkish and English: search does not index them and role comparison skips
 * them. Words that are also names or content words in the other language are left out: `kim`
 * (who; Kim Jong Un), `is` (iş, work), `at` (horse), `un`.
 */
export const FUNCTION_WORDS: readonly string[] = /* @__PURE__ */ words(`
  acaba ama ancak bazi belki ben bile bir biri birkac bu buna bunda bundan bunu bunun da daha de
  diye en fakat gibi hem her hic icin ile ise ki mi mu ne o ona onda ondan onu onun sey siz su
  sunu sunun ve veya ya yani yada
  a an and are as be been but by for from has have he in into it its of on or she that the their
  they this to was were will with
`);

/**
 * The English function words of three or more letters that description matching skips (shorter
 * words are skipped by length). A subset of `FUNCTION_WORDS`, named apart so the content script,
 * which matches descriptions on every page, does not carry the whole list.
 */
export const DESCRIPTION_STOP_WORDS: readonly string[] = ['the', 'and', 'for'];
