/**
 * Puts an archive together from the packaged corpus and the user's imports, with the build's own
 * code (`pipeline/`'s pure modules): the same dedupe, discovered people, stats, cards, person rows
 * and search index as `npm run corpus`, for the combined article set. Pure (no DOM, no extension
 * API, no IndexedDB): the import worker and the background call it, tests call it in Node.
 *
 * The bundled articles come as shipped, read against `registry.json`, which already holds the
 * people the bundled corpus discovered; imported articles were read against that same registry, so
 * only the people the imports discovered are new. Discovered people need `minDiscoveredArticles`
 * imported articles to join the registry, as in the CLI.
 */
import {
  type ArticleSummary,
  type CorpusManifest,
  type PersonRow,
  RECENT_ROWS,
} from '@/core/protocol/corpus-manifest';
import type { Article, PersonEntry } from '@/core/protocol/types';
import { buildSearchIndex, searchIndexParts } from '@/core/search/search-index';
import { buildPersonCards } from '@/pipeline/cards/person-card';
import { assembleCorpus, type BuildWarning, type FileReading } from '@/pipeline/corpus-builder';
import { newestFirst, personRows, summaryOf } from '@/pipeline/shards/person-rows';
import type { ImportedArticle } from './archive-db';

/** The packaged corpus: its version, every article and `registry.json`'s people. */
export interface BundledCorpus {
  version: string;
  articles: readonly Article[];
  people: readonly PersonEntry[];
}

export interface BuiltArchive {
  /** Newest first. */
  articles: Article[];
  rows: PersonRow[];
  /** Names and aliases for the matcher, the imports' discovered people included. */
  people: PersonEntry[];
  /** The search index's parts (`searchIndexParts`): people, then each shard, newest first. */
  index: { base: string; shards: string[] };
  counts: CorpusManifest['counts'];
  recent: ArticleSummary[];
  /** Ids of the people the imports added to the registry. */
  discovered: string[];
  warnings: BuildWarning[];
}

/** As the CLI: the corpus is Turkish, so are the cards' display names. */
const CARD_LANGUAGE = 'tr';

/** Readings in import order, one per file (the order `assembleCorpus` keeps the first copy in). */
function importReadings(imports: readonly ImportedArticle[]): FileReading[] {
  const byFile = new Map<string, FileReading>();
  for (const item of imports) {
    const key = `${item.collection}\u0000${item.file}`;
    let reading = byFile.get(key);
    if (!reading) {
      reading = { name: item.file, warnings: [], articles: [] };
      byFile.set(key, reading);
    }
    reading.articles.push({ article: item.article, facts: item.facts });
  }
  return [...byFile.values()];
}

export function buildArchive(
  bundled: BundledCorpus,
  imports: readonly ImportedArticle[],
  options: { minDiscoveredArticles?: number } = {},
): BuiltArchive {
  const bundledReading: FileReading = {
    name: 'bundled corpus',
    warnings: [],
    articles: bundled.articles.map((article) => ({ article, facts: [] })),
  };
  const { corpus, warnings } = assembleCorpus(
    [bundledReading, ...importReadings(imports)],
    { version: 1, people: [...bundled.people] },
    options,
  );
  const discovered = new Set((corpus.discovered ?? []).map((p) => p.id));
  const people = corpus.registry.people.map((p) =>
    p.origin ? p : { ...p, origin: discovered.has(p.id) ? ('discovered' as const) : ('registry' as const) },
  );
  const cards = buildPersonCards(corpus, CARD_LANGUAGE);
  const rows = personRows(corpus, people, cards);
  const articles = newestFirst(corpus.articles);
  const added = people.slice(bundled.people.length).map((p) => p.id);
  return {
    articles,
    rows,
    people,
    index: searchIndexParts(buildSearchIndex(corpus)),
    counts: {
      articles: articles.length,
      quotes: articles.reduce((n, a) => n + a.quotes.length, 0),
      people: rows.length,
    },
    recent: articles.slice(0, RECENT_ROWS).map(summaryOf),
    discovered: added,
    warnings,
  };
}
