/**
 * `npm run eval [-- --verbose] [-- --split dev|heldout]`
 *
 * Runs the corpus build over the real scraped articles in `test/fixtures/real/` (one file = one
 * article as a page gave it) and scores it against `annotations.json`: people precision/recall,
 * registry linking, quote recall, speaker accuracy, scare quotes taken and title accuracy, for
 * the dev articles and the held-out third separately. Rules are tuned on dev only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, BuiltCorpus } from '../../core/protocol/types';
import { FIXTURE_PEOPLE } from '../../test/fixtures/paths';
import { buildCorpus } from '../corpus-builder';
import { parsePeopleRegistry } from '../people/people-registry';
import {
  type ArticleScore,
  type GoldArticle,
  type Metrics,
  type PredictedArticle,
  type PredictedPerson,
  scoreArticle,
  splitOf,
  summarize,
} from './scoring';

const REAL = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'real');

/** What the build says about one file, in the scorer's terms (a file may parse as several articles). */
export function predictedFrom(corpus: BuiltCorpus): PredictedArticle {
  const articles = corpus.articles;
  const people = new Map<string, PredictedPerson>();
  for (const a of articles) for (const p of peopleOf(a, corpus)) if (!people.has(p.id)) people.set(p.id, p);
  return {
    title: articles[0]?.title ?? '',
    people: [...people.values()],
    quotes: articles.flatMap((a) =>
      a.quotes.map((q) => ({ text: q.text, speakerId: q.personId !== undefined ? q.personId : q.speakerId })),
    ),
  };
}

/** The article's people; before the people model existed, the registry people it mentions. */
function peopleOf(article: Article, corpus: BuiltCorpus): PredictedPerson[] {
  if (article.people) return article.people;
  return corpus.stats
    .filter((s) => s.articles.some((a) => a.articleId === article.id))
    .map((s) => ({ id: s.id, name: corpus.registry.people.find((p) => p.id === s.id)?.names.tr ?? s.id }));
}

export interface EvalResult {
  dev: Metrics;
  heldout: Metrics;
  perFile: { file: string; split: 'dev' | 'heldout'; score: ArticleScore }[];
}

export function evaluate(dir = REAL): EvalResult {
  const gold = JSON.parse(readFileSync(join(dir, 'annotations.json'), 'utf8')) as { articles: GoldArticle[] };
  const registry = parsePeopleRegistry(JSON.parse(readFileSync(FIXTURE_PEOPLE, 'utf8')), FIXTURE_PEOPLE);
  const registryIds = new Set(registry.people.map((p) => p.id));
  const perFile = gold.articles.map((g) => {
    const bytes = readFileSync(join(dir, g.file));
    const { corpus } = buildCorpus([{ name: g.file, bytes }], registry);
    return {
      file: g.file,
      split: splitOf(g.file),
      score: scoreArticle(g, predictedFrom(corpus), registryIds),
    };
  });
  const of = (split: 'dev' | 'heldout') =>
    summarize(perFile.filter((f) => f.split === split).map((f) => f.score));
  return { dev: of('dev'), heldout: of('heldout'), perFile };
}

export function formatTable(result: EvalResult): string {
  const rows: [string, keyof Metrics][] = [
    ['articles', 'articles'],
    ['people precision', 'peoplePrecision'],
    ['people recall', 'peopleRecall'],
    ['registry linking', 'registryLinking'],
    ['quote recall', 'quoteRecall'],
    ['speaker accuracy', 'speakerAccuracy'],
    ['scare quotes taken', 'scareTaken'],
    ['title accuracy', 'titleAccuracy'],
  ];
  const cell = (m: Metrics, k: keyof Metrics) => (k === 'articles' ? String(m[k]) : m[k].toFixed(2));
  const lines = ['| metric | dev | heldout |', '| --- | ---: | ---: |'];
  for (const [label, key] of rows)
    lines.push(`| ${label} | ${cell(result.dev, key)} | ${cell(result.heldout, key)} |`);
  return lines.join('\n');
}

function main(args: readonly string[]): void {
  const result = evaluate();
  const verbose = args.includes('--verbose');
  const splitArg = args[args.indexOf('--split') + 1];
  if (verbose) {
    for (const f of result.perFile) {
      if (args.includes('--split') && f.split !== splitArg) continue;
      if (f.score.misses.length === 0) continue;
      console.log(`\n${f.file} [${f.split}]`);
      for (const m of f.score.misses) console.log(`  ${m}`);
    }
    console.log('');
  }
  console.log(formatTable(result));
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main(process.argv.slice(2));
