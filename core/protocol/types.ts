/**
 * The data model, described once. Every layer (corpus build, background, content script, UI)
 * imports these types; nothing else redefines them.
 */

export type UiLanguage = 'tr' | 'en';

/** A photo caption with its agency credit split off: `... selamladı (EPA)` → credit `EPA`. */
export interface Caption {
  text: string;
  credit: string | null;
}

/** An in-text subheading; `before` is the index of the paragraph it precedes. */
export interface Heading {
  before: number;
  text: string;
}

/** A direct quote with its attributed speaker. */
export interface Quote {
  /** The quoted words, without the quote marks. */
  text: string;
  /** Registry id of the speaker, or null when the speaker is not in the registry (or unknown). */
  speakerId: string | null;
  /** The speaker as written in the article (`Hamaney`, `Kuzey Kore Dışişleri Bakanı Choe Son-hui`), or null. */
  speakerName: string | null;
  /** A short piece of someone's words embedded in a sentence, not a full quote. */
  fragment: boolean;
  /** Index of the paragraph the quote is in (-1: the title). */
  paragraph: number;
  /**
   * The speaker as a person of the article: a registry id or a discovered person's id (see
   * `ArticlePerson`), or null when the text names no speaker. Absent in corpora built before the
   * people model.
   */
  personId?: string | null;
  /** `reported`: indirect speech in quote marks (`"... dilediğini" belirtti`), not the person's own words. */
  kind?: 'direct' | 'reported';
  /** How many times the article repeats this statement (headline, lead, body); absent when once. */
  occurrences?: number;
}

/** A person an article names: registry id or discovered id, and the fullest name as written. */
export interface ArticlePerson {
  id: string;
  name: string;
}

/** A role as an article states it: `İran Dini Lideri Ali Hamaney` → `İran Dini Lideri`. */
export interface RoleMention {
  personId: string;
  role: string;
}

export interface Article {
  /** Stable: the same input gives the same id. */
  id: string;
  title: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; never invented. */
  date: string | null;
  category: string | null;
  /** Publisher named in the text (`Şarku’l Avsat`), when stated. */
  source: string | null;
  /** Wire agency named in the text (`Reuters`, `KCNA`), when stated. */
  wire: string | null;
  /** `MOSKOVA` from `MOSKOVA - ...`. */
  dateline: string | null;
  subtitle: string | null;
  captions: Caption[];
  headings: Heading[];
  paragraphs: string[];
  quotes: Quote[];
  roles: RoleMention[];
  /** Every person the article names (registered or discovered); absent in older corpora. */
  people?: ArticlePerson[];
  /** Source file name (no directory). */
  file: string;
}

/** A person as hand-curated in `corpus/people.json`. */
export interface PersonEntry {
  /** Lowercase ASCII slug of the international name: `ali-khamenei`. */
  id: string;
  /** Display name per UI language. */
  names: Record<UiLanguage, string>;
  /**
   * Full names and unambiguous short forms per language/script tag (`tr`, `en`, `ru`, `ko`, `fa`…).
   * Each alias is matched on its own: `Putin`, `Vladimir Putin`, `Путин`.
   */
  aliases: Record<string, string[]>;
  /** Short forms that count only in context (`Kim`): see the mention matcher. */
  ambiguous: string[];
  /** Other people who share a token with this person (`Kim Yo-jong`, `Melania Trump`): never this person. */
  notThisPerson: string[];
  /** One line: who this is, per UI language (fallback when the corpus states no role). */
  description: Record<UiLanguage, string>;
  /**
   * Set in built corpora: hand-curated (`registry`), or a discovered person the corpus names often
   * enough to be marked on pages (`discovered`).
   */
  origin?: 'registry' | 'discovered';
}

/**
 * A person the articles name who is not in the registry, found at build time. One per full name
 * as written (`Dmitriy Peskov`); never merged with anyone on a surname alone.
 */
export interface DiscoveredPerson {
  /** Slug of the full name: `dmitriy-peskov`. */
  id: string;
  name: string;
  origin: 'discovered';
  /** Forms the articles use, without case endings: `Dmitriy Peskov`, `Peskov`. */
  forms: string[];
  /** Roles as the articles state them, most articles first. */
  roles: string[];
  /** Articles naming them, in corpus order. */
  articleIds: string[];
  /** Their quotes (`quote.personId` = id). */
  quotes: QuoteRef[];
}

export interface PeopleRegistry {
  version: 1;
  people: PersonEntry[];
}

/** A reference to one quote of one article. */
export interface QuoteRef {
  articleId: string;
  /** Index into `article.quotes`. */
  index: number;
}

/** What the corpus says about one person: precomputed at build time, read by the card and panel. */
export interface PersonStats {
  id: string;
  /** Roles as articles state them, most frequent first, each with the articles stating it. */
  roles: { role: string; articleIds: string[] }[];
  /** Articles mentioning the person, with mention counts, most mentions first. */
  articles: { articleId: string; count: number }[];
  /** The person's own quotes (speakerId = id), newest article first, full quotes before fragments. */
  quotes: QuoteRef[];
  /** People mentioned in the same articles, most shared articles first. */
  coMentions: { personId: string; count: number }[];
}

/** A person with everything the hover card needs, small enough to ship to a content script. */
export interface PersonCardData {
  person: PersonEntry;
  role: string | null;
  articleCount: number;
  quoteCount: number;
  quotes: {
    text: string;
    fragment: boolean;
    articleId: string;
    articleTitle: string;
    date: string | null;
    source: string | null;
    /** The article's wire service, when stated; absent in older cards. */
    wire?: string | null;
    /** Set only for indirect speech (see `Quote.kind`). */
    kind?: 'reported';
  }[];
  articles: { id: string; title: string; date: string | null; snippet: string; count: number }[];
  coMentions: { id: string; name: string; count: number }[];
}

/** The built corpus, as written by `npm run corpus` and shipped in the extension. */
export interface BuiltCorpus {
  articles: Article[];
  registry: PeopleRegistry;
  stats: PersonStats[];
  /** People found in the articles who are not in the registry; absent in older corpora. */
  discovered?: DiscoveredPerson[];
}
