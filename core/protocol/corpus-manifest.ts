/**
 * The shipped corpus as files: a small `manifest.json` naming everything else, article shards
 * (`articles-000.json`…, newest first), person rows (`people-000.json`…: each person with their
 * stats, the summaries and quotes of the articles the person view lists, and their card), and the
 * search index in parts (`search-index-000.txt`…: its people part and each of its shards, newest
 * first, as JSON text cut in pieces, each after a header line naming the version, so that it is
 * parsed once, not as strings inside JSON), and the content script's matcher packed at build time
 * (`matcher.json`: the worker answers `get-matcher` with it instead of packing the registry on
 * every start). No file is larger than `MAX_SHARD_BYTES`
 * (`web-ext lint` refuses files over 5 MB). Written by `pipeline/`, read by the background, which
 * checks every file against the schemas here.
 */
import * as v from 'valibot';
import type { Article, PersonCardData, PersonEntry, PersonStats, Quote } from './types';

/** Bumped whenever a file's shape changes: a worker must not mix files of two formats. */
export const CORPUS_FORMAT = 4;
/** Under the 5 MB `web-ext lint` limit, with room to spare. */
export const MAX_SHARD_BYTES = 4 * 1024 * 1024;
/** Summaries in `manifest.recent`: the popup shows 5, the request allows up to 100. */
export const RECENT_ROWS = 100;

/** What lists show of an article (popup, person view). */
export type ArticleSummary = Pick<Article, 'id' | 'title' | 'date' | 'category' | 'source' | 'wire'>;

/** An article as the person view lists it: its summary and the person's quotes in it, by quote index. */
export interface PersonRowArticle extends ArticleSummary {
  quotes: Record<string, Quote>;
}

/** How many articles, quotes and articles per role a person has in the whole corpus. */
export interface PersonCounts {
  articles: number;
  quotes: number;
  /** In the order of `stats.roles`. */
  roles: number[];
}

/**
 * One person as the person view and the card read them, precomputed at build time. The stats'
 * lists are cut to the row's articles (a person named in thousands of articles would otherwise
 * make a row of megabytes, read whole on every view); `counts` keeps the full numbers.
 */
export interface PersonRow {
  id: string;
  person: PersonEntry;
  stats: PersonStats;
  counts: PersonCounts;
  /** The articles of `stats.quotes` then `stats.articles`, at most `PERSON_ROW_ARTICLES`. */
  articles: PersonRowArticle[];
  /** The hover card (registry people only). */
  card: PersonCardData | null;
}

/** Articles a person row carries in full summary; `counts` stay complete. */
export const PERSON_ROW_ARTICLES = 100;

const text = v.string();
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const file = v.pipe(v.string(), v.regex(/^[a-z-]+-\d{3}\.(?:json|txt)$/u));

/**
 * The packed matcher's file: `{format, corpusVersion, answer}`, the answer being `get-matcher`'s
 * (checked with `MatcherResponseSchema` where it is read).
 */
export const MATCHER_FILE = 'matcher.json';

const ArticleSummarySchema = v.object({
  id: text,
  title: text,
  date: v.nullable(text),
  category: v.nullable(text),
  source: v.nullable(text),
  wire: v.nullable(text),
});

export const ManifestSchema = v.object({
  format: v.literal(CORPUS_FORMAT),
  /** A hash of every file's content: a new build is a new version. */
  corpusVersion: v.pipe(text, v.minLength(1)),
  counts: v.object({ articles: count, quotes: count, people: count }),
  articleShards: v.array(v.object({ file, count })),
  peopleShards: v.array(v.object({ file, count })),
  /** The search index's files: its people part, then each shard's, newest first. */
  search: v.object({ base: v.array(file), shards: v.array(v.array(file)) }),
  /** Optional: without it (or when it does not read back) the worker packs the registry itself. */
  matcher: v.optional(v.literal(MATCHER_FILE)),
  /** The newest articles first, for the popup. */
  recent: v.array(ArticleSummarySchema),
});
export type CorpusManifest = v.InferOutput<typeof ManifestSchema>;

/**
 * A shard's records are checked for what the store keys on (an id) and the version: the pipeline
 * wrote them whole, so a broken one is a broken package, not a format to repair.
 */
const record = v.looseObject({ id: v.pipe(text, v.minLength(1)) });

export const ArticleShardSchema = v.object({
  format: v.literal(CORPUS_FORMAT),
  corpusVersion: text,
  articles: v.array(record),
});

export const PeopleShardSchema = v.object({
  format: v.literal(CORPUS_FORMAT),
  corpusVersion: text,
  people: v.array(
    v.looseObject({
      id: text,
      person: v.looseObject({ id: text }),
      stats: v.looseObject({}),
      counts: v.looseObject({}),
    }),
  ),
});

const INDEX_PART_TAG = 'baglam-search-index';

/** The first line of a search index part: tag, format and corpus version. */
export function indexPartHeader(corpusVersion: string): string {
  return `${INDEX_PART_TAG} ${CORPUS_FORMAT} ${corpusVersion}\n`;
}

/** A search index part's version and text, or null when its header is not one. */
export function readIndexPart(part: string): { corpusVersion: string; text: string } | null {
  const end = part.indexOf('\n');
  const [tag, format, corpusVersion] = part.slice(0, Math.max(0, end)).split(' ');
  if (end < 0 || tag !== INDEX_PART_TAG || format !== String(CORPUS_FORMAT) || !corpusVersion) return null;
  return { corpusVersion, text: part.slice(end + 1) };
}

/** The shard file names: `articles-000.json`, `people-012.json`, `search-index-003.txt`. */
export function shardFileName(kind: 'articles' | 'people' | 'search-index', index: number): string {
  return `${kind}-${String(index).padStart(3, '0')}.${kind === 'search-index' ? 'txt' : 'json'}`;
}

export const SHARD_FILE_RE = /^(?:(?:articles|people)-\d{3}\.json|search-index-\d{3}\.txt)$/u;
