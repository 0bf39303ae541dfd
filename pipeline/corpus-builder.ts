/**
 * Composes the corpus build: bytes of each scraped file → decoded text → parsed articles → quotes
 * and roles → per-person stats, as one `BuiltCorpus`. Pure (no file system): the CLI reads the
 * files, this decides what they hold. Promises: files are taken in the order given and articles in
 * file order; an article seen twice (same id) is kept once; a file that cannot be decoded or
 * parsed costs a warning naming it, never the build.
 */

import type { Article, BuiltCorpus, PeopleRegistry, PersonEntry } from '../core/protocol/types';
import { decodeText, TextDecodingError } from './decode/text-decoding';
import { type ParseWarning, parseCorpusFile } from './parse/corpus-parser';
import { type ArticlePersonFacts, collectDiscoveredPeople } from './people/discovered-people';
import { discoveredRegistryEntries } from './people/discovered-registry';
import { readPeople } from './people/people-reading';
import { extractQuotes } from './quotes/quote-extractor';
import { extractRoles } from './roles/role-extractor';
import { computePersonStats } from './stats/person-stats';

/** One input file: its bytes, or why the caller could not read it (too large, unreadable). */
export type CorpusSourceFile = { name: string; bytes: Uint8Array } | { name: string; error: string };

export interface BuildWarning {
  file: string;
  /** 1-based line, or null when the warning is about the whole file. */
  line: number | null;
  message: string;
}

export interface BuildSummary {
  /** Files offered to the build. */
  files: number;
  /** Files that gave at least one article. */
  filesUsed: number;
  articles: number;
  /** Articles dropped as copies of one already read. */
  duplicates: number;
  quotes: number;
  /** People in the registry, and how many of them the articles mention. */
  people: number;
  peopleMentioned: number;
  /** People the articles name who are not in the registry. */
  discovered: number;
}

export interface CorpusBuildResult {
  corpus: BuiltCorpus;
  warnings: BuildWarning[];
  summary: BuildSummary;
}

export interface BuildOptions {
  /** Articles a discovered person must appear in to be marked on pages (default 2; 0 or less: none). */
  minDiscoveredArticles?: number;
}

/** What one file holds, read on its own: warnings and articles with their quotes, roles and people. */
export interface FileReading {
  name: string;
  /** Warnings about the file as a whole or its lines (decoding, parsing), in the order found. */
  warnings: BuildWarning[];
  articles: ReadArticle[];
}

interface ReadArticle {
  article: Article;
  /** The article's people that are not in the registry. */
  facts: ArticlePersonFacts[];
}

export function buildCorpus(
  files: Iterable<CorpusSourceFile>,
  registry: PeopleRegistry,
  options: BuildOptions = {},
): CorpusBuildResult {
  return assembleCorpus(readEach(files, registry.people), registry, options);
}

function* readEach(
  files: Iterable<CorpusSourceFile>,
  people: readonly PersonEntry[],
): Generator<FileReading> {
  for (const file of files) yield readSourceFile(file, people);
}

/**
 * Decodes, parses and reads one file: depends on nothing but the file and the registry, so files
 * can be read in any order or thread and put together by `assembleCorpus`.
 */
export function readSourceFile(file: CorpusSourceFile, people: readonly PersonEntry[]): FileReading {
  if ('error' in file)
    return {
      name: file.name,
      warnings: [{ file: file.name, line: null, message: file.error }],
      articles: [],
    };
  const warnings: BuildWarning[] = [];
  let text: string;
  try {
    const decoded = decodeText(file.bytes, file.name);
    text = decoded.text;
    for (const message of decoded.warnings) warnings.push({ file: file.name, line: null, message });
  } catch (error) {
    const message =
      error instanceof TextDecodingError ? error.message.slice(file.name.length + 2) : String(error);
    warnings.push({ file: file.name, line: null, message });
    return { name: file.name, warnings, articles: [] };
  }
  const parsed = parseCorpusFile(text, file.name);
  warnings.push(...parsed.warnings.map(toBuildWarning));
  const articles = parsed.articles.map((article) => {
    const found = extractQuotes(article, people);
    const roles = extractRoles(article, people);
    const { quotes, people: named, facts } = readPeople(article, found, people);
    return { article: { ...article, quotes, roles, people: named }, facts };
  });
  return { name: file.name, warnings, articles };
}

/** Puts the files' readings together, in the order given: duplicates dropped, then discovered people and stats. */
export function assembleCorpus(
  readings: Iterable<FileReading>,
  registry: PeopleRegistry,
  options: BuildOptions = {},
): CorpusBuildResult {
  const warnings: BuildWarning[] = [];
  const articles: Article[] = [];
  const firstFileOf = new Map<string, string>();
  let fileCount = 0;
  let filesUsed = 0;
  let duplicates = 0;
  let quoteCount = 0;
  const people = registry.people;
  const discoveredFacts = new Map<string, ArticlePersonFacts[]>();

  for (const reading of readings) {
    fileCount++;
    warnings.push(...reading.warnings);
    let used = false;
    for (const { article, facts } of reading.articles) {
      const earlier = firstFileOf.get(article.id);
      if (earlier !== undefined) {
        duplicates++;
        warnings.push({
          file: reading.name,
          line: null,
          message: `article "${article.title}" repeats one already read from ${earlier}; kept once`,
        });
        continue;
      }
      firstFileOf.set(article.id, reading.name);
      discoveredFacts.set(article.id, facts);
      quoteCount += article.quotes.length;
      articles.push(article);
      used = true;
    }
    if (used) filesUsed++;
  }

  const discovered = collectDiscoveredPeople(articles, discoveredFacts);
  // People the corpus names often enough join the registry the pages, cards and search use.
  const joining = discoveredRegistryEntries(discovered, people, options.minDiscoveredArticles);
  // Discovered people the registry already holds (a combined archive's bundled ones) count the same.
  const joined = new Set([
    ...people.filter((p) => p.origin === 'discovered').map((p) => p.id),
    ...joining.map((p) => p.id),
  ]);
  const allPeople = [...people, ...joining];
  // Their quotes count for their stats and cards; `speakerId` itself stays registry-only.
  const forStats =
    joined.size === 0
      ? articles
      : articles.map((a) => ({
          ...a,
          quotes: a.quotes.map((q) =>
            q.speakerId === null && q.personId && joined.has(q.personId)
              ? { ...q, speakerId: q.personId }
              : q,
          ),
        }));
  const stats = computePersonStats(forStats, allPeople);
  return {
    corpus: { articles, registry: { ...registry, people: allPeople }, stats, discovered },
    warnings,
    summary: {
      files: fileCount,
      filesUsed,
      articles: articles.length,
      duplicates,
      quotes: quoteCount,
      people: people.length,
      peopleMentioned: stats.filter((s) => s.articles.length > 0).length,
      discovered: discovered.length,
    },
  };
}

function toBuildWarning(w: ParseWarning): BuildWarning {
  return { file: w.file, line: w.line, message: w.message };
}
