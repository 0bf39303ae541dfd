/**
 * Composes the corpus build: bytes of each scraped file → decoded text → parsed articles → quotes
 * and roles → per-person stats, as one `BuiltCorpus`. Pure (no file system): the CLI reads the
 * files, this decides what they hold. Promises: files are taken in the order given and articles in
 * file order; an article seen twice (same id) is kept once; a file that cannot be decoded or
 * parsed costs a warning naming it, never the build.
 */

import type { Article, BuiltCorpus, PeopleRegistry } from '../core/protocol/types';
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

export function buildCorpus(
  files: Iterable<CorpusSourceFile>,
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

  for (const file of files) {
    fileCount++;
    if ('error' in file) {
      warnings.push({ file: file.name, line: null, message: file.error });
      continue;
    }
    let text: string;
    try {
      const decoded = decodeText(file.bytes, file.name);
      text = decoded.text;
      for (const message of decoded.warnings) warnings.push({ file: file.name, line: null, message });
    } catch (error) {
      const message =
        error instanceof TextDecodingError ? error.message.slice(file.name.length + 2) : String(error);
      warnings.push({ file: file.name, line: null, message });
      continue;
    }
    const parsed = parseCorpusFile(text, file.name);
    warnings.push(...parsed.warnings.map(toBuildWarning));
    let used = false;
    for (const article of parsed.articles) {
      const earlier = firstFileOf.get(article.id);
      if (earlier !== undefined) {
        duplicates++;
        warnings.push({
          file: file.name,
          line: null,
          message: `article "${article.title}" repeats one already read from ${earlier}; kept once`,
        });
        continue;
      }
      firstFileOf.set(article.id, file.name);
      const found = extractQuotes(article, people);
      const roles = extractRoles(article, people);
      const { quotes, people: named, facts } = readPeople(article, found, people);
      discoveredFacts.set(article.id, facts);
      quoteCount += quotes.length;
      articles.push({ ...article, quotes, roles, people: named });
      used = true;
    }
    if (used) filesUsed++;
  }

  const discovered = collectDiscoveredPeople(articles, discoveredFacts);
  // People the corpus names often enough join the registry the pages, cards and search use.
  const joining = discoveredRegistryEntries(discovered, people, options.minDiscoveredArticles);
  const joined = new Set(joining.map((p) => p.id));
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
