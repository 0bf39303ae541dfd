/**
 * Full-text search over the corpus: articles, quotes and people, each in its own MiniSearch index
 * (so field-length averages and term rarity are measured within one kind of document).
 *
 * Promises:
 * - `buildSearchIndex(corpus)` indexes every article (title; subtitle, headings and captions;
 *   paragraphs; and, hidden, the names and aliases of the registry people it mentions, so an
 *   English or Cyrillic alias finds a Turkish article), every quote (its words; its speaker as
 *   written plus, hidden, the speaker's aliases) and every registry person (display names; all
 *   aliases). Terms go through `processTerm` (folding, apostrophe suffixes, stop-words).
 * - The index is a people part and date shards, newest first (`shardArticles`: 500 articles,
 *   then each shard twice the one before). `searchIndexParts` serializes them apart and
 *   `loadSearchBase` / `loadSearchShard` / `withShard` load them one by one (a store answers from
 *   the shards it has); `indexToJSON` / `loadSearchIndex` round-trip the whole in one text. No
 *   document text is serialized, only what ranking and filters need beside the postings (the
 *   registry, each person's first role, the people each article mentions, article dates, quote
 *   speakers): it loads without reading any article. The texts for titles and snippets come from
 *   an `ArticleLookup` (the corpus passed to `loadSearchIndex`, or `withArticles`).
 * - `planSearch` may be given a time budget (a keystroke): it then searches shards newest first
 *   while it expects to stay within it, suggests no correction, and says the plan is `partial`.
 * - `planSearch` ranks and filters without reading any article; `articlesNeeded` names the few
 *   articles `presentSearch` will read for titles, snippets and the suggestion's spelling (so a
 *   store can fetch just those); `search` is the two in one.
 * - `search(index, query)` returns people the query names first, then articles and quotes
 *   interleaved by score (at most a few quotes per article), each with a marked snippet; prefix
 *   search for every term of 3+ letters, fuzzy search for unknown terms of 5+ letters, and a
 *   Turkish suffix fallback for unknown inflected words. `suggestion` is a corrected query when
 *   some term is unknown to the index (and is no inflection of a known stem) and a close known
 *   term exists, otherwise null.
 */
import MiniSearch, {
  type AsPlainObject,
  type Options,
  type SearchOptions,
  type SearchResult,
} from 'minisearch';
import { articleTexts } from '../protocol/article-texts';
import type { Article, BuiltCorpus, PersonEntry, Quote, UiLanguage } from '../protocol/types';
import { foldText, isUpper } from '../text/fold';
import { APOSTROPHE_CLASS } from '../text/lexicon';
import { bestByScore } from './best-by-score';
import { loadCompact, loadCompactAsync } from './compact-postings';
import { byDateNewestFirst, passesFilters, type SearchFilters } from './search-filters';
import {
  processTerm,
  queryTerms,
  softenedStem,
  stripTurkishSuffix,
  tokenize,
  tokenSpans,
} from './search-terms';
import type { SearchHit } from './search-types';
import { makeSnippet } from './snippet';

/** Bumped whenever documents, fields or term processing change: old files must be rebuilt. */
const FORMAT_VERSION = 4;

const ARTICLE_FIELDS = ['title', 'lead', 'body', 'people'] as const;
const QUOTE_FIELDS = ['quote', 'speaker', 'people'] as const;
/** `role`: what the news calls them (`İran Dini Lideri`) and the registry's descriptions. */
const PERSON_FIELDS = ['name', 'alias', 'role'] as const;

/** A title match says more than a body match; hidden alias fields count like body text. */
const ARTICLE_BOOST = { title: 3, lead: 1.5, body: 1, people: 1 };
const QUOTE_BOOST = { quote: 1, speaker: 2, people: 1.5 };
const PERSON_BOOST = { name: 2, alias: 1.5, role: 0.8 };

/**
 * Scales that make scores of the three indexes comparable. Quotes are short, so BM25 rates a match
 * in them highly; they should interleave with articles, not crowd them out.
 */
const ARTICLE_WEIGHT = 1;
const QUOTE_WEIGHT = 0.6;

/** Prefix search below 3 letters would match a large part of the vocabulary. */
const MIN_PREFIX_LENGTH = 3;
/** Fuzzy search (for unknown terms only): 1 edit from 5 letters, 2 edits from 8. */
const FUZZY_ONE_EDIT_LENGTH = 5;
const FUZZY_TWO_EDITS_LENGTH = 8;
/** Suggestions may reach a little further than search: 1 edit from 4 letters, 2 from 6. */
const SUGGEST_ONE_EDIT_LENGTH = 4;
const SUGGEST_TWO_EDITS_LENGTH = 6;
/** An article that mentions a person often ranks above one that mentions them once. */
const MAX_PEOPLE_FIELD_REPEAT = 3;
/** Quote hits per article, so that one long interview does not fill the list. */
const MAX_QUOTES_PER_ARTICLE = 2;
const DEFAULT_LIMIT = 20;

interface ArticleDoc {
  id: string;
  /** Stored (not indexed): filters and date order read it without the article. */
  date: string | null;
  title: string;
  lead: string;
  body: string;
  people: string;
}

interface QuoteDoc {
  id: string;
  /** Stored (not indexed): the article's date and the speaker, for filters. */
  date: string | null;
  speakerId: string | null;
  quote: string;
  speaker: string;
  people: string;
}

interface PersonDoc {
  id: string;
  name: string;
  alias: string;
  role: string;
}

/**
 * The parts of MiniSearch's internal term tree (`_index`, a SearchableMap) used for "is this term
 * known" and "which known term is closest". MiniSearch has no public vocabulary API; the tree is
 * stable across 7.x. Values: field id → document short id → term frequency.
 */
type FieldTermData = Map<number, Map<number, number>>;
interface Vocabulary {
  get(term: string): FieldTermData | undefined;
  atPrefix(prefix: string): { keys(): Iterable<string> };
  fuzzyGet(term: string, maxEdits: number): Map<string, [FieldTermData, number]>;
}

function vocabulary(ms: MiniSearch<unknown>): Vocabulary {
  // Protected member: see Vocabulary.
  return (ms as unknown as { _index: Vocabulary })._index;
}

/** A MiniSearch index with the field ids (MiniSearch numbers fields in order) that users can see. */
interface KindIndex<T> {
  kind: SearchHit['kind'];
  ms: MiniSearch<T>;
  visibleFieldIds: number[];
}

/** Where titles and snippet texts come from: the whole corpus in memory, or a store's few records. */
export interface ArticleLookup {
  get(id: string): Article | undefined;
}

/**
 * The articles and quotes of one stretch of the archive (its newest, or an older range), indexed
 * apart so that a cold start can answer from the newest shard while older ones load.
 */
export interface SearchShard {
  readonly articles: KindIndex<ArticleDoc>;
  readonly quotes: KindIndex<QuoteDoc>;
  /** People mentioned in each of its articles (only articles that mention someone). */
  readonly mentions: ReadonlyMap<string, readonly string[]>;
}

export interface SearchIndex {
  /** Newest first; a store may hold only the first few while the rest load. */
  readonly shards: readonly SearchShard[];
  readonly people: KindIndex<PersonDoc>;
  readonly articleById: ArticleLookup;
  readonly personById: ReadonlyMap<string, PersonEntry>;
  /** The role the corpus states most often for each person (shown in people hits). */
  readonly personRoles: ReadonlyMap<string, string>;
  /** Index terms of each person's names and aliases. */
  readonly personTerms: ReadonlyMap<string, ReadonlySet<string>>;
  /** The people part as serialized. */
  readonly context: IndexContext;
}

function options<T>(fields: readonly string[], storeFields: readonly string[] = []): Options<T> {
  return {
    fields: [...fields],
    idField: 'id',
    storeFields: [...storeFields],
    tokenize: (text) => tokenize(foldText(text)),
    processTerm: (term) => processTerm(term),
    autoVacuum: false,
  };
}

const ARTICLE_OPTIONS = options<ArticleDoc>(ARTICLE_FIELDS, ['date']);
const QUOTE_OPTIONS = options<QuoteDoc>(QUOTE_FIELDS, ['date', 'speakerId']);
const PERSON_OPTIONS = options<PersonDoc>(PERSON_FIELDS);

function fieldIds(fields: readonly string[], visible: readonly string[]): number[] {
  return visible.map((f) => fields.indexOf(f));
}

function allAliases(person: PersonEntry): string[] {
  return [...new Set([...Object.values(person.names), ...Object.values(person.aliases).flat()])];
}

function termsOf(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts)
    for (const t of tokenize(foldText(text))) for (const p of processTerm(t) ?? []) out.add(p);
  return out;
}

function articleText(article: Article): string {
  return articleTexts(article).join('\n');
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Whole-word occurrences of `needle` in `haystack` (both folded). */
function countWord(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after)))
      count++;
  }
  return count;
}

/**
 * Mention counts per article, from the corpus stats (computed by the mention matcher at build
 * time). A corpus without any stats (hand-made, in tests) falls back to a whole-word alias scan.
 */
function mentionCounts(corpus: BuiltCorpus): Map<string, Map<string, number>> {
  const byArticle = new Map<string, Map<string, number>>();
  const add = (articleId: string, personId: string, count: number) => {
    const m = byArticle.get(articleId) ?? new Map<string, number>();
    byArticle.set(articleId, m);
    m.set(personId, (m.get(personId) ?? 0) + count);
  };
  if (corpus.stats.length > 0) {
    for (const s of corpus.stats) for (const a of s.articles) add(a.articleId, s.id, a.count);
    return byArticle;
  }
  const people = corpus.registry.people.map((p) => ({ id: p.id, aliases: allAliases(p).map(foldText) }));
  for (const article of corpus.articles) {
    const text = foldText(articleText(article));
    for (const person of people) {
      const count = Math.max(0, ...person.aliases.map((alias) => countWord(text, alias)));
      if (count > 0) add(article.id, person.id, count);
    }
  }
  return byArticle;
}

/** What ranking needs beside the people index; serialized with it. */
interface IndexContext {
  people: PersonEntry[];
  roles: Record<string, string>;
}

function contextOf(corpus: BuiltCorpus): IndexContext {
  const roles: Record<string, string> = {};
  for (const s of corpus.stats) if (s.roles[0]) roles[s.id] = s.roles[0].role;
  return { people: corpus.registry.people, roles };
}

function assemble(
  context: IndexContext,
  articleById: ArticleLookup,
  people: MiniSearch<PersonDoc>,
  shards: readonly SearchShard[],
): SearchIndex {
  return {
    shards,
    people: {
      kind: 'person',
      ms: people,
      visibleFieldIds: fieldIds(PERSON_FIELDS, ['name', 'alias', 'role']),
    },
    articleById,
    personById: new Map(context.people.map((p) => [p.id, p])),
    personRoles: new Map(Object.entries(context.roles)),
    personTerms: new Map(context.people.map((p) => [p.id, termsOf(allAliases(p))])),
    context,
  };
}

function shardOf(
  articles: MiniSearch<ArticleDoc>,
  quotes: MiniSearch<QuoteDoc>,
  mentions: ReadonlyMap<string, readonly string[]>,
): SearchShard {
  return {
    articles: {
      kind: 'article',
      ms: articles,
      visibleFieldIds: fieldIds(ARTICLE_FIELDS, ['title', 'lead', 'body']),
    },
    quotes: { kind: 'quote', ms: quotes, visibleFieldIds: fieldIds(QUOTE_FIELDS, ['quote', 'speaker']) },
    mentions,
  };
}

/** The same index reading article texts from `articles` (a store's records for one search). */
export function withArticles(index: SearchIndex, articles: ArticleLookup): SearchIndex {
  return { ...index, articleById: articles };
}

/** The same index with one more (older) shard, loaded after the first answers went out. */
export function withShard(index: SearchIndex, shard: SearchShard): SearchIndex {
  return { ...index, shards: [...index.shards, shard] };
}

/** The people an article mentions, from whichever shard holds it. */
function mentionsOf(index: SearchIndex, articleId: string): readonly string[] {
  for (const shard of index.shards) {
    const people = shard.mentions.get(articleId);
    if (people) return people;
  }
  return [];
}

/**
 * Articles in the newest shard: small, so that a cold start answers quickly. Each older shard is
 * twice the one before (500, 1k, 2k…), so an archive of 50k articles has seven shards, not a hundred,
 * and a keystroke searches few indexes.
 */
export const FIRST_SHARD_ARTICLES = 500;

/** The articles of each shard, newest first: sizes `first`, `2 × first`, `4 × first`… */
export function shardArticles(articles: readonly Article[], first = FIRST_SHARD_ARTICLES): Article[][] {
  const ordered = byDateNewestFirst(articles);
  const shards: Article[][] = [];
  for (let at = 0, size = Math.max(1, first); at < ordered.length; at += size, size *= 2)
    shards.push(ordered.slice(at, at + size));
  return shards.length > 0 ? shards : [[]];
}

export interface BuildOptions {
  /** Articles in the newest shard (see `FIRST_SHARD_ARTICLES`). */
  firstShard?: number;
}

export function buildSearchIndex(corpus: BuiltCorpus, options: BuildOptions = {}): SearchIndex {
  const mentions = mentionCounts(corpus);
  const personTermText = new Map(
    corpus.registry.people.map((p) => [p.id, [...termsOf(allAliases(p))].join(' ')] as const),
  );
  const shards = shardArticles(corpus.articles, options.firstShard).map((articles) =>
    buildShard(articles, mentions, personTermText),
  );
  const people = new MiniSearch<PersonDoc>(PERSON_OPTIONS);
  const rolesOf = new Map(corpus.stats.map((st) => [st.id, st.roles.map((r) => r.role)]));
  // A role naming someone else (`Kim Jong Un'un kız kardeşi`) must not make its holder match that name.
  const nameTerms = new Set(corpus.registry.people.flatMap((p) => [...termsOf(allAliases(p))]));
  const withoutNames = (role: string) =>
    role
      .split(/\s+/u)
      .filter((word) => ![...termsOf([word])].some((t) => nameTerms.has(t)))
      .join(' ');
  for (const person of corpus.registry.people) {
    people.add({
      id: person.id,
      name: [...new Set(Object.values(person.names))].join('\n'),
      alias: allAliases(person).join('\n'),
      // Role phrases find the person: `iran lideri` → Hamaney, `supreme leader` → Khamenei.
      role: [...new Set([...(rolesOf.get(person.id) ?? []), ...Object.values(person.description)])]
        .map(withoutNames)
        .join('\n'),
    });
  }
  return assemble(contextOf(corpus), new Map(corpus.articles.map((a) => [a.id, a])), people, shards);
}

function buildShard(
  shardArticles: readonly Article[],
  mentions: ReadonlyMap<string, ReadonlyMap<string, number>>,
  personTermText: ReadonlyMap<string, string>,
): SearchShard {
  const articles = new MiniSearch<ArticleDoc>(ARTICLE_OPTIONS);
  const quotes = new MiniSearch<QuoteDoc>(QUOTE_OPTIONS);
  const mentioned = new Map<string, string[]>();
  for (const article of shardArticles) {
    const counts = mentions.get(article.id);
    if (counts) mentioned.set(article.id, [...counts.keys()]);
    const peopleField: string[] = [];
    for (const [personId, count] of mentions.get(article.id) ?? []) {
      const terms = personTermText.get(personId);
      if (terms) for (let i = 0; i < Math.min(count, MAX_PEOPLE_FIELD_REPEAT); i++) peopleField.push(terms);
    }
    articles.add({
      id: article.id,
      date: article.date,
      title: article.title,
      lead: articleTexts(article, ['subtitle', 'headings', 'captions']).join('\n'),
      body: articleTexts(article, ['paragraphs']).join('\n'),
      people: peopleField.join('\n'),
    });
    article.quotes.forEach((quote, i) => {
      const speakerId = speakerOf(quote);
      quotes.add({
        id: quoteDocId(article.id, i),
        date: article.date,
        speakerId,
        quote: quote.text,
        speaker: quote.speakerName ?? '',
        people: speakerId ? (personTermText.get(speakerId) ?? '') : '',
      });
    });
  }
  return shardOf(articles, quotes, mentioned);
}

function quoteDocId(articleId: string, index: number): string {
  return `${articleId}#${index}`;
}

function parseQuoteDocId(id: string): { articleId: string; index: number } {
  const hash = id.lastIndexOf('#');
  return { articleId: id.slice(0, hash), index: Number(id.slice(hash + 1)) };
}

interface SerializedBase {
  version: number;
  people: AsPlainObject;
  context: IndexContext;
}

interface SerializedShard {
  version: number;
  articles: AsPlainObject;
  quotes: AsPlainObject;
  mentions: Record<string, readonly string[]>;
}

function serializedBase(index: SearchIndex): SerializedBase {
  return { version: FORMAT_VERSION, people: index.people.ms.toJSON(), context: index.context };
}

function serializedShard(shard: SearchShard): SerializedShard {
  return {
    version: FORMAT_VERSION,
    articles: shard.articles.ms.toJSON(),
    quotes: shard.quotes.ms.toJSON(),
    mentions: Object.fromEntries(shard.mentions),
  };
}

/** The index as files: the people part and each shard, newest first; no document text. */
export function searchIndexParts(index: SearchIndex): { base: string; shards: string[] } {
  return {
    base: JSON.stringify(serializedBase(index)),
    shards: index.shards.map((shard) => JSON.stringify(serializedShard(shard))),
  };
}

/** The whole index as one text (tests and benchmarks; the extension reads parts). */
export function indexToJSON(index: SearchIndex): string {
  return JSON.stringify({ base: serializedBase(index), shards: index.shards.map(serializedShard) });
}

function parsed(json: string, name: string): unknown {
  try {
    return JSON.parse(json);
  } catch (e) {
    throw new Error(`${name}: not valid JSON (${(e as Error).message})`);
  }
}

/** Checks the version and MiniSearch fields every part has; `name` is the file the text came from. */
function checkPart<T extends { version: number }>(
  data: unknown,
  name: string,
  indexes: readonly string[],
): T {
  if (typeof data !== 'object' || data === null) throw new Error(`${name}: expected an object`);
  const d = data as Record<string, unknown>;
  if (d.version !== FORMAT_VERSION) {
    throw new Error(
      `${name}: format version ${String(d.version)}, expected ${FORMAT_VERSION}; rebuild the corpus`,
    );
  }
  for (const key of indexes) {
    const part = d[key] as { index?: unknown } | null | undefined;
    if (typeof part !== 'object' || part === null || !Array.isArray(part.index)) {
      throw new Error(`${name}: field "${key}" is missing or is not a MiniSearch index`);
    }
  }
  return data as T;
}

function baseFrom(data: unknown, name: string, articles: ArticleLookup): SearchIndex {
  const d = checkPart<SerializedBase>(data, name, ['people']);
  const context = d.context as Partial<IndexContext> | null | undefined;
  if (
    typeof context !== 'object' ||
    context === null ||
    !Array.isArray(context.people) ||
    typeof context.roles !== 'object' ||
    context.roles === null
  ) {
    throw new Error(`${name}: field "context" is missing or malformed`);
  }
  return assemble(d.context, articles, loadCompact(d.people, PERSON_OPTIONS), []);
}

function checkShard(data: unknown, name: string): SerializedShard {
  const d = checkPart<SerializedShard>(data, name, ['articles', 'quotes']);
  if (typeof d.mentions !== 'object' || d.mentions === null || Array.isArray(d.mentions))
    throw new Error(`${name}: field "mentions" is missing or malformed`);
  return d;
}

function shardFrom(data: unknown, name: string): SearchShard {
  const d = checkShard(data, name);
  return shardOf(
    loadCompact(d.articles, ARTICLE_OPTIONS),
    loadCompact(d.quotes, QUOTE_OPTIONS),
    new Map(Object.entries(d.mentions)),
  );
}

/**
 * The people part of `searchIndexParts`, with no shard yet: it finds people at once; add shards
 * with `withShard` as they load. Article texts come per search through `withArticles`.
 */
export function loadSearchBase(json: string, name = 'search index'): SearchIndex {
  return baseFrom(parsed(json, name), name, new Map());
}

/** One shard of `searchIndexParts`. */
export function loadSearchShard(json: string, name = 'search index shard'): SearchShard {
  return shardFrom(parsed(json, name), name);
}

/**
 * One shard, parsed already, loaded in slices (yielding to the event loop every 2,000
 * terms): what a worker loads behind the answers it is giving.
 */
export async function loadSearchShardAsync(data: unknown, name = 'search index shard'): Promise<SearchShard> {
  const d = checkShard(data, name);
  const [articles, quotes] = [
    await loadCompactAsync(d.articles, ARTICLE_OPTIONS),
    await loadCompactAsync(d.quotes, QUOTE_OPTIONS),
  ];
  return shardOf(articles, quotes, new Map(Object.entries(d.mentions)));
}

/**
 * Loads what `indexToJSON` wrote. `corpus`, when given, supplies the article texts (it must be the
 * corpus the index was built from); without it, pass the texts per search with `withArticles`.
 */
export function loadSearchIndex(json: string, corpus?: Pick<BuiltCorpus, 'articles'>): SearchIndex {
  const name = 'search-index.json';
  const data = parsed(json, name);
  if (typeof data !== 'object' || data === null) throw new Error(`${name}: expected an object`);
  const { base, shards } = data as { base?: unknown; shards?: unknown };
  if (!Array.isArray(shards)) throw new Error(`${name}: field "shards" is missing or is not a list`);
  const index = baseFrom(base, name, new Map((corpus?.articles ?? []).map((a) => [a.id, a])));
  return { ...index, shards: shards.map((shard, i) => shardFrom(shard, `${name}, shard ${i}`)) };
}

// ---------------------------------------------------------------------------------------------
// Querying

function kinds(index: SearchIndex): KindIndex<unknown>[] {
  return [...index.shards.flatMap((s) => [s.articles, s.quotes]), index.people] as KindIndex<unknown>[];
}

function knownExactly(index: SearchIndex, term: string): boolean {
  return kinds(index).some((k) => vocabulary(k.ms).get(term) !== undefined);
}

function knownAsPrefix(index: SearchIndex, term: string): boolean {
  if (term.length < MIN_PREFIX_LENGTH) return false;
  for (const k of kinds(index)) for (const _ of vocabulary(k.ms).atPrefix(term).keys()) return true;
  return false;
}

function known(index: SearchIndex, term: string): boolean {
  return knownExactly(index, term) || knownAsPrefix(index, term);
}

/** Shortest word a run-together query is split into. */
const MIN_JOINED_PART = 2;

/**
 * The known words an unknown one runs together, longest first word first (`kimjongun` → `kim jong
 * un`), at most three; the last may be a prefix as typed. Null when it is not such a run.
 */
function splitJoinedWords(index: SearchIndex, term: string, parts = 1): string[] | null {
  for (let cut = term.length - MIN_JOINED_PART; cut >= MIN_JOINED_PART; cut--) {
    const head = term.slice(0, cut);
    if (!knownExactly(index, head)) continue;
    const tail = term.slice(cut);
    if (known(index, tail)) return [head, tail];
    const rest = parts < 2 ? splitJoinedWords(index, tail, parts + 1) : null;
    if (rest) return [head, ...rest];
  }
  return null;
}

/** The term to search for instead of an unknown one: its first known stem, else itself. */
function resolveTerm(index: SearchIndex, term: string): string {
  return stripTurkishSuffix(term).find((stem) => known(index, stem)) ?? term;
}

function maxEdits(term: string, oneEdit: number, twoEdits: number): number {
  if (term.length >= twoEdits) return 2;
  return term.length >= oneEdit ? 1 : 0;
}

/** Documents of one index holding a term (its postings `data`) in fields users can see. */
function visibleDocCount(data: FieldTermData, kind: KindIndex<unknown>): number {
  let count = 0;
  for (const fieldId of kind.visibleFieldIds) count += data.get(fieldId)?.size ?? 0;
  return count;
}

/** The texts of one document, to find how an index term is written there. */
function documentTexts(index: SearchIndex, kind: KindIndex<unknown>, id: string): string[] {
  if (kind.kind === 'person') {
    const person = index.personById.get(id);
    return person ? allAliases(person) : [];
  }
  if (kind.kind === 'quote') {
    const { articleId, index: i } = parseQuoteDocId(id);
    const quote = index.articleById.get(articleId)?.quotes[i];
    return quote ? [quote.text, quote.speakerName ?? ''] : [];
  }
  const article = index.articleById.get(id);
  return article ? [articleText(article)] : [];
}

/** Where a word's apostrophe suffix starts: `Hamaney’in` is written `hamaney` as a term. */
const APOSTROPHE_RE = new RegExp(APOSTROPHE_CLASS, 'u');

/** A known term as the corpus writes it (`aciklamada` → `açıklamada`), lowercased; else the term. */
function surfaceForm(index: SearchIndex, term: string): string {
  for (const { kind, id } of firstDocs(index, term)) {
    for (const text of documentTexts(index, kind, id)) {
      for (const span of tokenSpans(text)) {
        if (!span.terms.includes(term)) continue;
        const word = (text.slice(span.start, span.end).split(APOSTROPHE_RE)[0] ?? '').toLocaleLowerCase('tr');
        if (processTerm(word)?.[0] === term) return word;
      }
    }
  }
  return term;
}

/** One word of a split run-together query as the corpus writes it, unless that is a compound. */
function spacedWord(index: SearchIndex, term: string): string {
  const surface = surfaceForm(index, term);
  return /[-\s]/u.test(surface) ? term : surface;
}

/** The closest known term to an unknown one: fewest edits, then most documents; null if none. */
function correction(index: SearchIndex, term: string): Fix | null {
  const edits = maxEdits(term, SUGGEST_ONE_EDIT_LENGTH, SUGGEST_TWO_EDITS_LENGTH);
  if (edits === 0) return null;
  const candidates = new Map<string, { distance: number; docs: number }>();
  for (const kind of kinds(index)) {
    for (const [candidate, [data, distance]] of vocabulary(kind.ms).fuzzyGet(term, edits)) {
      const docs = visibleDocCount(data, kind);
      if (docs === 0) continue;
      const prev = candidates.get(candidate);
      candidates.set(candidate, { distance, docs: (prev?.docs ?? 0) + docs });
    }
  }
  let best: [string, { distance: number; docs: number }] | null = null;
  for (const entry of candidates) {
    const [word, c] = entry;
    if (
      !best ||
      c.distance < best[1].distance ||
      (c.distance === best[1].distance &&
        (c.docs > best[1].docs || (c.docs === best[1].docs && word < best[0])))
    ) {
      best = entry;
    }
  }
  return best ? { term: best[0] } : null;
}

/** The query as typed with corrected words swapped in (capitalised like the typed word). */
function correctedQuery(query: string, corrections: Map<string, string>): string {
  const folded = foldText(query);
  let out = '';
  let at = 0;
  for (const m of folded.matchAll(/[\p{L}\p{N}\p{M}]+(?:['-][\p{L}\p{N}\p{M}]+)*/gu)) {
    const head = m[0].split("'")[0] ?? '';
    const fixed = corrections.get(head);
    if (fixed === undefined) continue;
    const original = query[m.index] ?? '';
    const replacement = isUpper(original) ? fixed.charAt(0).toLocaleUpperCase('tr') + fixed.slice(1) : fixed;
    out += query.slice(at, m.index) + replacement;
    at = m.index + head.length;
  }
  out += query.slice(at);
  return out.trim();
}

function searchOptions(
  boost: Record<string, number>,
  fuzzy: (term: string) => number | false,
): SearchOptions {
  return {
    boost,
    combineWith: 'OR',
    prefix: (term) => term.length >= MIN_PREFIX_LENGTH,
    fuzzy,
  };
}

/**
 * Edits allowed per query term, asked by every index searched (people and each shard's two), so
 * worked out once per term. Known words and known beginnings of words (a word being typed) are
 * matched as typed and by prefix; only unknown ones may be typos.
 */
function fuzzyEdits(index: SearchIndex, guesses: ReadonlySet<string>): (term: string) => number | false {
  const edits = new Map<string, number | false>();
  return (term) => {
    let allowed = edits.get(term);
    if (allowed === undefined) {
      allowed =
        guesses.has(term) || known(index, term)
          ? false
          : maxEdits(term, FUZZY_ONE_EDIT_LENGTH, FUZZY_TWO_EDITS_LENGTH) || false;
      edits.set(term, allowed);
    }
    return allowed;
  };
}

interface Ranked {
  kind: SearchHit['kind'];
  result: SearchResult;
  score: number;
}

/** A hit chosen and filtered, before its article is read: what `presentSearch` turns into a `SearchHit`. */
interface PlannedHit extends Pick<SearchHit, 'kind' | 'id' | 'articleId' | 'personId' | 'date' | 'score'> {
  result: SearchResult;
}

/** How an unknown word is corrected: its closest known term, or the known words it runs together. */
type Fix = { term: string } | { parts: string[] };

/** A search ranked and filtered without any article text (see `planSearch`). */
export interface SearchPlan {
  query: string;
  lang: UiLanguage;
  hits: PlannedHit[];
  fixes: Map<string, Fix>;
  /** The time budget ran out before the older shards were searched. */
  partial: boolean;
}

export interface PlanOptions {
  limit?: number;
  lang?: UiLanguage;
  filters?: SearchFilters;
  /**
   * Stop before a shard that would end past `ms` (each shard is twice the one before, so it is
   * expected to take twice as long; the newest is always searched): a keystroke's answer in
   * bounded time whatever the archive's size; the plan says it is `partial`.
   * `now` is the caller's clock (this module uses no platform API).
   */
  budget?: { ms: number; now: () => number };
}

function storedText(result: SearchResult, field: string): string | null {
  const value = result[field];
  return typeof value === 'string' ? value : null;
}

function planned(index: SearchIndex, r: Ranked): PlannedHit | null {
  const id = r.result.id as string;
  if (r.kind === 'person') {
    if (!index.personById.has(id)) return null;
    return {
      kind: 'person',
      id,
      articleId: null,
      personId: id,
      date: null,
      score: r.score,
      result: r.result,
    };
  }
  const date = storedText(r.result, 'date');
  if (r.kind === 'article')
    return { kind: 'article', id, articleId: id, personId: null, date, score: r.score, result: r.result };
  return {
    kind: 'quote',
    id,
    articleId: parseQuoteDocId(id).articleId,
    personId: storedText(r.result, 'speakerId'),
    date,
    score: r.score,
    result: r.result,
  };
}

function personHit(index: SearchIndex, h: PlannedHit, lang: UiLanguage): SearchHit | null {
  const person = index.personById.get(h.id);
  if (!person) return null;
  const role = (lang === 'tr' ? index.personRoles.get(person.id) : undefined) ?? person.description[lang];
  const matched = new Set(h.result.terms);
  const nameTerms = termsOf([person.names[lang]]);
  // Show the alias that matched when the display name does not contain it (`khamenei` → Ali Hamaney).
  const unseen = [...matched].filter((t) => !nameTerms.has(t));
  const alias =
    unseen.length > 0 ? allAliases(person).find((a) => unseen.some((t) => termsOf([a]).has(t))) : undefined;
  return {
    kind: 'person',
    id: person.id,
    title: person.names[lang],
    articleId: null,
    personId: person.id,
    date: null,
    snippet: makeSnippet([alias ? `${alias} · ${role}` : role], matched),
    score: h.score,
  };
}

/** Terms to mark in an article: matched text terms, plus the in-text names of people matched by alias. */
function articleMarkTerms(index: SearchIndex, article: Article, result: SearchResult): Set<string> {
  const terms = new Set<string>();
  for (const [term, fields] of Object.entries(result.match)) {
    if (fields.some((f) => f !== 'people')) terms.add(term);
    if (!fields.includes('people')) continue;
    for (const personId of mentionsOf(index, article.id)) {
      const personTerms = index.personTerms.get(personId);
      if (personTerms?.has(term)) for (const t of personTerms) terms.add(t);
    }
  }
  return terms;
}

function articleHit(index: SearchIndex, h: PlannedHit): SearchHit | null {
  const article = index.articleById.get(h.id);
  if (!article) return null;
  const texts = articleTexts(article, ['subtitle', 'paragraphs', 'headings', 'captions']);
  return {
    kind: 'article',
    id: article.id,
    title: article.title,
    articleId: article.id,
    personId: null,
    date: article.date,
    snippet: makeSnippet(texts, articleMarkTerms(index, article, h.result)),
    score: h.score,
  };
}

/**
 * Who said a quote: the person of the article it was resolved to (registered or discovered), else
 * the registry id of older corpora.
 */
function speakerOf(quote: Quote): string | null {
  return quote.personId ?? quote.speakerId;
}

function quoteHit(index: SearchIndex, h: PlannedHit, lang: UiLanguage): SearchHit | null {
  const { articleId, index: quoteIndex } = parseQuoteDocId(h.id);
  const article = index.articleById.get(articleId);
  const quote = article?.quotes[quoteIndex];
  if (!article || !quote) return null;
  const speakerId = speakerOf(quote);
  const speaker = speakerId ? index.personById.get(speakerId) : undefined;
  return {
    kind: 'quote',
    id: h.id,
    // The person's display name, not the words the article used (`Kim`, `İran lideri`).
    title: speaker?.names[lang] ?? quote.speakerName ?? article.title,
    articleId,
    personId: speakerId,
    date: article.date,
    snippet: makeSnippet([quote.text], new Set(h.result.terms)),
    score: h.score,
  };
}

/**
 * Ranks and filters without reading any article: people the query names first, then articles and
 * quotes by score, at most `limit` (all of them, date-sorted, for `sort: 'date'`).
 */
export function planSearch(index: SearchIndex, query: string, opts: PlanOptions = {}): SearchPlan {
  const started = opts.budget?.now();
  const { filters } = opts;
  const byDate = filters?.sort === 'date';
  // Sorting by date needs every match first; a filter only needs enough that pass it.
  const limit = byDate ? Number.POSITIVE_INFINITY : (opts.limit ?? DEFAULT_LIMIT);
  const lang = opts.lang ?? 'tr';
  const terms = queryTerms(query);
  const fixes = new Map<string, Fix>();
  if (terms.length === 0) return { query, lang, hits: [], fixes, partial: false };

  // Unknown words: search by a known stem if there is one (no fuzzy on stems, they are guesses),
  // else by the known words it joins (`kimjong` → `kim jong`), else suggest the closest known word.
  const unknown = new Set(terms.filter((t) => !known(index, t)));
  const stemOf = new Map<string, string>();
  const joined = new Map<string, string[]>();
  for (const term of unknown) {
    const stem = resolveTerm(index, term);
    if (stem !== term) stemOf.set(term, stem);
    else {
      const parts = splitJoinedWords(index, term);
      if (parts) joined.set(term, parts);
    }
  }
  const resolved = terms.flatMap((t) => joined.get(t) ?? [stemOf.get(t) ?? t]);
  const stems = new Set(stemOf.values());
  let correctionSkipped = false;
  for (const term of unknown) {
    // A word with a known stem is an inflection, not a typo: `açıklaması` is not `açıklamada`.
    if (stemOf.has(term)) continue;
    const parts = joined.get(term);
    // A keystroke's quick answer suggests no correction: the word is most likely still being
    // typed, and the fuzzy lookup in every shard's vocabulary is the slowest step; the full
    // search when typing pauses does.
    if (!parts && opts.budget) {
      correctionSkipped = true; // the answer is partial: the full one may suggest a correction
      continue;
    }
    const fixed = parts ? { parts } : correction(index, term);
    if (fixed) fixes.set(term, fixed);
  }

  // Softened stems are searched beside their word (`ortaklık` also finds `ortaklığı`) and count as
  // that word when MiniSearch multiplies a score by the number of query terms matched.
  const variants = new Map<string, string>();
  for (const term of resolved) {
    const soft = softenedStem(term);
    if (soft && !resolved.includes(soft) && knownAsPrefix(index, soft)) variants.set(soft, term);
  }
  const guesses = new Set([...stems, ...variants.keys()]);
  // Words of the query a result matched (a softened stem counts as its word). MiniSearch lists
  // each query term once per result, so without variants that is their number.
  const matchedWords = (r: SearchResult) =>
    variants.size === 0 ? r.queryTerms.length : new Set(r.queryTerms.map((t) => variants.get(t) ?? t)).size;
  const score = (r: SearchResult, words = matchedWords(r)) =>
    (r.score / Math.max(1, r.queryTerms.length)) * words;

  const q = [...resolved, ...variants.keys()].join(' ');
  const fuzzy = fuzzyEdits(index, guesses);
  const people = index.people.ms.search(q, searchOptions(PERSON_BOOST, fuzzy));
  // Shards are searched newest first and their hits ranked together (document ids are unique).
  const rankedArticles: Ranked[] = [];
  const rankedQuotes: Ranked[] = [];
  let docsMostWords = 0;
  const rank = (
    results: readonly SearchResult[],
    into: Ranked[],
    kind: 'article' | 'quote',
    weight: number,
  ) => {
    for (const result of results) {
      const words = matchedWords(result);
      if (words > docsMostWords) docsMostWords = words;
      into.push({ kind, result, score: score(result, words) * weight });
    }
  };
  let partial = correctionSkipped;
  let lastShardMs = 0;
  for (const [i, shard] of index.shards.entries()) {
    const { budget } = opts;
    const before = budget?.now();
    if (i > 0 && budget && started !== undefined && before !== undefined) {
      if (before - started + 2 * lastShardMs >= budget.ms) {
        partial = true;
        break;
      }
    }
    rank(
      shard.articles.ms.search(q, searchOptions(ARTICLE_BOOST, fuzzy)),
      rankedArticles,
      'article',
      ARTICLE_WEIGHT,
    );
    rank(shard.quotes.ms.search(q, searchOptions(QUOTE_BOOST, fuzzy)), rankedQuotes, 'quote', QUOTE_WEIGHT);
    if (budget && before !== undefined) lastShardMs = budget.now() - before;
  }

  // The query names a person when no other person matched more of its words: `kim jong un` names
  // Kim Jong Un, not Kim Il-sung. Fuzzy matches count: fuzzy search only runs for unknown words.
  // A person is what the query names when it spells one of their names in full (`trump gazze`),
  // or when nothing else matched more of its words; a common word inside a name is not enough:
  // `son dakika` ("breaking news") is not Choe Son Hui.
  const mostWords = Math.max(0, ...people.map((r) => matchedWords(r)));
  const spellsAName = (r: SearchResult) => {
    const typed = new Set(r.queryTerms.map((t) => variants.get(t) ?? t));
    const person = index.personById.get(r.id as string);
    return person
      ? allAliases(person).some((alias) => [...termsOf([alias])].every((t) => typed.has(t)))
      : false;
  };
  const named = people
    .filter((r) => matchedWords(r) === mostWords && (mostWords >= docsMostWords || spellsAName(r)))
    .sort((a, b) => score(b) - score(a));
  const namedIds = new Set(named.map((r) => r.id as string));
  // Articles before quotes, newest shard first: the order equal scores keep.
  const ranked = rankedArticles.concat(rankedQuotes);

  /** The hits from the best-ranked documents, and whether they ran out before the limit. */
  const choose = (best: readonly Ranked[]) => {
    const quotesPerArticle = new Map<string, number>();
    const ordered: Ranked[] = named.map((result) => ({
      kind: 'person' as const,
      result,
      score: score(result),
    }));
    for (const r of best) {
      if (r.kind === 'quote') {
        const articleId = parseQuoteDocId(r.result.id as string).articleId;
        const n = quotesPerArticle.get(articleId) ?? 0;
        if (n >= MAX_QUOTES_PER_ARTICLE) continue;
        quotesPerArticle.set(articleId, n + 1);
      }
      ordered.push(r);
    }
    const documentsEnd = ordered.length;
    for (const result of people) {
      if (!namedIds.has(result.id as string)) ordered.push({ kind: 'person', result, score: score(result) });
    }
    const hits: PlannedHit[] = [];
    const seen = new Set<string>();
    let used = 0;
    for (const r of ordered) {
      if (hits.length >= limit) break;
      used++;
      const key = `${r.kind}:${String(r.result.id)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const hit = planned(index, r);
      if (hit && passesFilters(hit, filters, (articleId) => mentionsOf(index, articleId))) hits.push(hit);
    }
    return { hits, ranOut: used >= documentsEnd };
  };
  // Only the best few are sorted (twice the limit leaves room for skipped quotes and filtered
  // hits); when they run out before the limit, all of them.
  let { hits, ranOut } = choose(bestByScore(ranked, 2 * limit));
  if (ranOut && ranked.length > 2 * limit) ({ hits } = choose(bestByScore(ranked, ranked.length)));
  return {
    query,
    lang,
    hits: byDate ? byDateNewestFirst(hits).slice(0, opts.limit ?? DEFAULT_LIMIT) : hits,
    fixes,
    partial,
  };
}

/** The first document of each kind (article, quote, person) holding `term`: where `surfaceForm` reads how it is written. */
function firstDocs(index: SearchIndex, term: string): { kind: KindIndex<unknown>; id: string }[] {
  const out: { kind: KindIndex<unknown>; id: string }[] = [];
  for (const kind of kinds(index)) {
    if (out.some((doc) => doc.kind.kind === kind.kind)) continue; // the newest shard holding it will do
    const hit = kind.ms.search(term, { prefix: false, fuzzy: false, combineWith: 'OR' })[0];
    if (hit) out.push({ kind, id: hit.id as string });
  }
  return out;
}

/** The articles `presentSearch` reads for `plan`: its hits', and where corrected words are spelled. */
export function articlesNeeded(index: SearchIndex, plan: SearchPlan): string[] {
  const ids = new Set<string>();
  for (const hit of plan.hits) if (hit.articleId) ids.add(hit.articleId);
  for (const fix of plan.fixes.values()) {
    for (const term of 'term' in fix ? [fix.term] : fix.parts) {
      for (const doc of firstDocs(index, term)) {
        if (doc.kind.kind === 'article') ids.add(doc.id);
        else if (doc.kind.kind === 'quote') ids.add(parseQuoteDocId(doc.id).articleId);
      }
    }
  }
  return [...ids];
}

/** Titles, snippets and the suggestion for a plan, read from `index.articleById`. */
export function presentSearch(
  index: SearchIndex,
  plan: SearchPlan,
): { hits: SearchHit[]; suggestion: string | null } {
  const corrections = new Map<string, string>();
  for (const [typed, fix] of plan.fixes) {
    corrections.set(
      typed,
      'term' in fix
        ? surfaceForm(index, fix.term)
        : fix.parts.map((part) => spacedWord(index, part)).join(' '),
    );
  }
  const suggestion = corrections.size > 0 ? correctedQuery(plan.query, corrections) : null;
  const hits: SearchHit[] = [];
  for (const h of plan.hits) {
    const hit =
      h.kind === 'person'
        ? personHit(index, h, plan.lang)
        : h.kind === 'article'
          ? articleHit(index, h)
          : quoteHit(index, h, plan.lang);
    if (hit) hits.push(hit);
  }
  return { hits, suggestion };
}

export function search(
  index: SearchIndex,
  query: string,
  opts: PlanOptions = {},
): { hits: SearchHit[]; suggestion: string | null } {
  return presentSearch(index, planSearch(index, query, opts));
}
