/**
 * The message protocol: every message any context sends, with its payload and its answer, in one
 * place. Receivers validate with `parseRequest` / `parseContentRequest` and ignore anything else,
 * because a message can come from a compromised page context or a stale extension version.
 * Answers are validated the same way where they are received (`parseResponse` with the answer's
 * schema), so an answer from another version of the worker fails with a clear error, not deep
 * inside the card or the search list. Each schema is its own export, so a bundle carries only the
 * schemas of the answers it reads.
 */
import * as v from 'valibot';
import { PACKED_FORMAT, type PackedMatcher } from '../mentions/packed-matcher';
import { SearchFiltersSchema } from '../search/search-filters';
import type { SearchHit } from '../search/search-types';
import type { PersonRowArticle } from './corpus-manifest';
import type { PagePerson } from './page-people';
import type { Article, PersonCardData, PersonEntry, PersonStats } from './types';

/** Longest search accepted: longer text is a paste gone wrong, not a query. */
export const MAX_QUERY_LENGTH = 500;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

/** What the side panel should show. */
export const PanelTargetSchema = v.variant('kind', [
  v.object({ kind: v.literal('article'), id }),
  v.object({ kind: v.literal('person'), id }),
  v.object({ kind: v.literal('search'), query: v.pipe(v.string(), v.maxLength(MAX_QUERY_LENGTH)) }),
  v.object({ kind: v.literal('page') }),
]);
export type PanelTarget = v.InferOutput<typeof PanelTargetSchema>;

/** Requests handled by the background service worker. */
export const RequestSchema = v.variant('type', [
  v.object({ type: v.literal('ping') }),
  /** The content script's matcher, compiled once by the background (see `packed-matcher.ts`). */
  v.object({ type: v.literal('get-matcher') }),
  v.object({ type: v.literal('get-person-card'), personId: id }),
  v.object({ type: v.literal('get-person'), personId: id }),
  v.object({ type: v.literal('get-article'), articleId: id }),
  v.object({ type: v.literal('list-people') }),
  /** Whether the archive is ready, being prepared (first run, update) or read from the package. */
  v.object({ type: v.literal('corpus-status') }),
  /** From the options page: an import or a removal switched the archive; read it again. */
  v.object({ type: v.literal('archive-changed') }),
  v.object({
    type: v.literal('recent-articles'),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))),
  }),
  v.object({
    type: v.literal('search'),
    query: v.pipe(v.string(), v.maxLength(MAX_QUERY_LENGTH)),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200))),
    /** UI language: people hits are named and described in it. */
    lang: v.optional(v.picklist(['tr', 'en'])),
    filters: v.optional(SearchFiltersSchema),
    /** A keystroke: answer within a short time budget, newest shards first (`complete: false` if cut). */
    quick: v.optional(v.boolean()),
  }),
  v.object({ type: v.literal('open-panel'), target: PanelTargetSchema }),
  v.object({ type: v.literal('load-card-ui') }),
  /** From the card ("muted people in options"): a content script cannot open the options page itself. */
  v.object({ type: v.literal('open-options') }),
  /** From the card: turn Bağlam off on the sender frame's site (the background reads the URL). */
  v.object({ type: v.literal('turn-off-site') }),
]);
export type Request = v.InferOutput<typeof RequestSchema>;

/** Requests a content script answers (sent with `tabs.sendMessage`). */
export const ContentRequestSchema = v.variant('type', [
  v.object({ type: v.literal('page-mentions') }),
  v.object({ type: v.literal('reveal-mention'), personId: id }),
]);
export type ContentRequest = v.InferOutput<typeof ContentRequestSchema>;

export interface PageMentions {
  /** The page's mentions in document order, at most MAX_LISTED_MENTIONS of them. */
  mentions: { personId: string; text: string }[];
  /** Everyone the page mentions, with counts over all mentions (listed or not). */
  people: PagePerson[];
  /** `shadowRoots`: open shadow roots being watched (released when their hosts leave). */
  stats: { textNodes: number; chars: number; scanMs: number; shadowRoots?: number };
}

/**
 * The archive's state: `preparing` while the packaged corpus is loaded into IndexedDB (`done` of
 * `total` shards), `fallback` when IndexedDB cannot be used (`quota`: the disk is full; `storage`:
 * IndexedDB is unavailable or broken) and requests read the packaged files instead.
 */
export type CorpusStatus =
  | { state: 'preparing'; done: number; total: number }
  | { state: 'ready'; articles: number }
  | { state: 'fallback'; reason: 'quota' | 'storage'; message: string };

/** The answer to each request type. */
export interface ResponseMap {
  ping: { ok: true; workerStartedAt: number };
  /** `labels`: per person of `matcher.ids`, what the card shows while its data loads (`person-labels.ts`). */
  'get-matcher': { matcher: PackedMatcher; labels: string };
  'get-person-card': PersonCardData | null;
  /** `articles`: the person's row: summaries and their quotes of the articles the view lists. */
  /** `stats` lists only what the view shows (the row's articles); `counts` are the full ones. */
  'get-person': {
    person: PersonEntry;
    stats: PersonStats;
    counts: { articles: number; quotes: number; roles: number[] };
    articles: PersonRowArticle[];
  } | null;
  'get-article': Article | null;
  'list-people': { people: PersonEntry[] };
  'corpus-status': CorpusStatus;
  'archive-changed': CorpusStatus;
  'recent-articles': { articles: Pick<Article, 'id' | 'title' | 'date' | 'category'>[] };
  /** `complete`: false while older shards of the index still load (ask again for their hits). */
  search: { hits: SearchHit[]; suggestion: string | null; complete: boolean };
  'open-panel': { opened: boolean };
  'load-card-ui': { loaded: boolean };
  'open-options': { opened: boolean };
  'turn-off-site': { off: boolean };
  'page-mentions': PageMentions;
  'reveal-mention': { revealed: boolean };
}

export type ResponseOf<T extends Request | ContentRequest> = ResponseMap[T['type']];

/** Validates an incoming background request; `null` for anything that is not one. */
export function parseRequest(message: unknown): Request | null {
  const result = v.safeParse(RequestSchema, message);
  return result.success ? result.output : null;
}

/** Validates an incoming content-script request; `null` for anything that is not one. */
export function parseContentRequest(message: unknown): ContentRequest | null {
  const result = v.safeParse(ContentRequestSchema, message);
  return result.success ? result.output : null;
}

// ---------------------------------------------------------------------------------------------
// Answers

const text = v.string();
// `v.custom` rather than `v.nullable` and `v.record`: those weigh on the content script's budget.
const nullableText = v.custom<string | null>(
  (value) => value === null || typeof value === 'string',
  'Invalid type: Expected string or null',
);
const count = v.number();
const perLanguage = v.object({ tr: text, en: text });

/** Texts per language tag (`tr`, `ru`, `ko`…). */
const textsByTag = v.custom<Record<string, string[]>>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((texts) => Array.isArray(texts) && texts.every((t) => typeof t === 'string')),
  'Invalid type: Expected texts by language',
);

const PersonEntrySchema: v.GenericSchema<PersonEntry> = v.object({
  id: text,
  names: perLanguage,
  aliases: textsByTag,
  ambiguous: v.array(text),
  notThisPerson: v.array(text),
  description: perLanguage,
});

/** The answer to `get-matcher`; `unpackMatcher` checks the packed numbers themselves. */
export const MatcherResponseSchema: v.GenericSchema<ResponseMap['get-matcher']> = v.object({
  matcher: v.object({
    format: v.literal(PACKED_FORMAT),
    nodes: v.string(),
    claims: v.string(),
    starts: v.string(),
    tables: v.string(),
    ids: v.array(v.string()),
    descriptions: v.array(v.tuple([v.number(), v.array(v.array(v.string()))])),
  }),
  labels: v.string(),
});

const PersonCardSchema: v.GenericSchema<PersonCardData> = v.object({
  person: PersonEntrySchema,
  role: nullableText,
  articleCount: count,
  quoteCount: count,
  quotes: v.array(
    v.object({
      text,
      fragment: v.boolean(),
      articleId: text,
      articleTitle: text,
      date: nullableText,
      source: nullableText,
      // `wire` and `kind` pass unchecked (valibot's `optional` would cost the always-on content
      // script 0.15 kB): `citationPartsOf` keeps them only when they have the right type.
    }),
  ),
  articles: v.array(v.object({ id: text, title: text, date: nullableText, snippet: text, count })),
  coMentions: v.array(v.object({ id: text, name: text, count })),
});

/** The answer to `get-person-card`: the card, or null for a person the corpus does not know. */
export const PersonCardResponseSchema: v.GenericSchema<ResponseMap['get-person-card']> = v.custom(
  (value) => value === null || v.is(PersonCardSchema, value),
  'Invalid type: Expected a person card or null',
);

/** The answer to `search`. */
export const SearchResponseSchema: v.GenericSchema<ResponseMap['search']> = v.object({
  hits: v.array(
    v.object({
      kind: v.picklist(['person', 'article', 'quote']),
      id: text,
      title: text,
      articleId: nullableText,
      personId: nullableText,
      date: nullableText,
      snippet: v.array(v.object({ text, mark: v.boolean() })),
      score: count,
    }),
  ),
  suggestion: nullableText,
  complete: v.boolean(),
});

/** The answer to `page-mentions`. */
export const PageMentionsResponseSchema: v.GenericSchema<ResponseMap['page-mentions']> = v.object({
  mentions: v.array(v.object({ personId: text, text })),
  people: v.array(v.object({ personId: text, count, firstText: text })),
  stats: v.object({ textNodes: count, chars: count, scanMs: count, shadowRoots: v.optional(count) }),
});

/** The answer to `list-people`: the registry (names and aliases: the reader's person links). */
export const PeopleResponseSchema: v.GenericSchema<ResponseMap['list-people']> = v.object({
  people: v.array(PersonEntrySchema),
});

const ids = v.array(text);

const PersonStatsSchema: v.GenericSchema<PersonStats> = v.object({
  id: text,
  roles: v.array(v.object({ role: text, articleIds: ids })),
  articles: v.array(v.object({ articleId: text, count })),
  quotes: v.array(v.object({ articleId: text, index: count })),
  coMentions: v.array(v.object({ personId: text, count })),
});

const QuoteSchema = v.object({
  text,
  speakerId: nullableText,
  speakerName: nullableText,
  fragment: v.boolean(),
  paragraph: count,
});

/** Quotes by their index in the article. */
const quotesByIndex = v.custom<Record<string, v.InferOutput<typeof QuoteSchema>>>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    Object.entries(value).every(([key, quote]) => /^\d+$/u.test(key) && v.is(QuoteSchema, quote)),
  'Invalid type: Expected quotes by index',
);

/** The answer to `get-person`: the person, their stats and article rows, or null for an unknown id. */
export const PersonResponseSchema = v.nullable(
  v.object({
    person: PersonEntrySchema,
    stats: PersonStatsSchema,
    counts: v.object({ articles: count, quotes: count, roles: v.array(count) }),
    articles: v.array(
      v.object({
        id: text,
        title: text,
        date: nullableText,
        category: nullableText,
        source: nullableText,
        wire: nullableText,
        quotes: quotesByIndex,
      }),
    ),
  }),
) as unknown as v.GenericSchema<ResponseMap['get-person']>;

/** The answer to `corpus-status`. */
export const CorpusStatusResponseSchema: v.GenericSchema<ResponseMap['corpus-status']> = v.variant('state', [
  v.object({ state: v.literal('preparing'), done: count, total: count }),
  v.object({ state: v.literal('ready'), articles: count }),
  v.object({ state: v.literal('fallback'), reason: v.picklist(['quota', 'storage']), message: text }),
]);

/** The fields the reader shows; anything else an article carries is passed along as it came. */
const ArticleSchema = v.object({
  id: text,
  title: text,
  date: nullableText,
  category: nullableText,
  source: nullableText,
  wire: nullableText,
  dateline: nullableText,
  subtitle: nullableText,
  captions: v.array(v.object({ text, credit: nullableText })),
  headings: v.array(v.object({ before: count, text })),
  paragraphs: v.array(text),
  quotes: v.array(QuoteSchema),
  roles: v.array(v.object({ personId: text, role: text })),
  file: text,
});

/**
 * The answer to `get-article`: the article, or null for an unknown id. Cast because `Article`'s
 * optional fields (`people`, quote `kind`…) are passed along unchecked, not part of the schema.
 */
export const ArticleResponseSchema = v.nullable(ArticleSchema) as unknown as v.GenericSchema<
  ResponseMap['get-article']
>;

/** The answer to `recent-articles`. */
export const RecentArticlesResponseSchema: v.GenericSchema<ResponseMap['recent-articles']> = v.object({
  articles: v.array(v.object({ id: text, title: text, date: nullableText, category: nullableText })),
});

/** An answer that does not have the shape of the protocol: from another version, or broken. */
export class ResponseError extends Error {
  override name = 'ResponseError';
}

/**
 * `answer` when it has the shape `schema` describes, as it came (nothing is copied or stripped);
 * otherwise throws a `ResponseError` naming the request and the first wrong field.
 */
export function parseResponse<T>(type: string, schema: v.GenericSchema<T>, answer: unknown): T {
  const result = v.safeParse(schema, answer);
  if (result.success) return answer as T;
  const issue = result.issues[0];
  const at = issue.path ? ` at ${issue.path.map((item) => item.key).join('.')}` : '';
  throw new ResponseError(`Unexpected answer to ${type}${at}: ${issue.message}`);
}
