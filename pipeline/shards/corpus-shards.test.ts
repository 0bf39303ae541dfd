import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { matcherAnswer } from '../../core/mentions/matcher-answer';
import { createMatcher, matcherFromParts } from '../../core/mentions/mention-matcher';
import { unpackMatcher } from '../../core/mentions/packed-matcher';
import {
  ArticleShardSchema,
  type CorpusManifest,
  ManifestSchema,
  PeopleShardSchema,
  type PersonRow,
  readIndexPart,
} from '../../core/protocol/corpus-manifest';
import { MatcherResponseSchema } from '../../core/protocol/messages';
import type { Article, BuiltCorpus } from '../../core/protocol/types';
import { buildSearchIndex, searchIndexParts } from '../../core/search/search-index';
import { FIXTURE_PEOPLE, fixtureSeedFiles } from '../../test/fixtures/paths';
import { buildPersonCards } from '../cards/person-card';
import { buildCorpus } from '../corpus-builder';
import { parsePeopleRegistry } from '../people/people-registry';
import { corpusShardFiles } from './corpus-shards';

const registry = parsePeopleRegistry(JSON.parse(readFileSync(FIXTURE_PEOPLE, 'utf8')), 'people.json');
const seeds = buildCorpus(fixtureSeedFiles(), registry).corpus;

/** The seeds copied 200 times over 2023–2024 (some undated), ids kept unique. */
function bigCorpus(): BuiltCorpus {
  const articles: Article[] = [];
  for (let i = 0; i < 200; i++) {
    for (const a of seeds.articles) {
      const date = i % 7 === 0 ? null : `${2023 + (i % 2)}-${String(1 + (i % 12)).padStart(2, '0')}`;
      articles.push({ ...a, id: `${a.id}-${i}`, date });
    }
  }
  const stats = seeds.stats.map((s) => ({
    ...s,
    articles: articles
      .filter((a) => s.articles.some((x) => a.id.startsWith(x.articleId)))
      .map((a) => ({ articleId: a.id, count: 1 })),
    quotes: s.quotes.flatMap((q) =>
      Array.from({ length: 200 }, (_, i) => ({ ...q, articleId: `${q.articleId}-${i}` })),
    ),
  }));
  return { ...seeds, articles, stats };
}

function files(corpus: BuiltCorpus, maxBytes: number) {
  const cards = buildPersonCards(corpus, 'tr');
  const index = searchIndexParts(buildSearchIndex(corpus));
  const out = new Map(corpusShardFiles(corpus, corpus.registry.people, cards, index, { maxBytes }));
  const manifest = v.parse(ManifestSchema, JSON.parse(out.get('manifest.json') as string)) as CorpusManifest;
  return { out, manifest, index };
}

describe('corpusShardFiles', () => {
  const corpus = bigCorpus();
  const maxBytes = 64 * 1024;
  const { out, manifest, index } = files(corpus, maxBytes);

  it('keeps every file under the limit, but for a single record larger than it', () => {
    expect(manifest.articleShards.length).toBeGreaterThan(5);
    expect(manifest.search.base.length + manifest.search.shards.flat().length).toBeGreaterThan(1);
    const single = new Set(
      [...manifest.articleShards, ...manifest.peopleShards].filter((s) => s.count === 1).map((s) => s.file),
    );
    for (const [name, text] of out)
      if (!single.has(name)) expect(Buffer.byteLength(text), name).toBeLessThanOrEqual(maxBytes);
  });

  it('writes every article once, newest first across shards, undated last', () => {
    const articles = manifest.articleShards.flatMap((shard) => {
      const parsed = v.parse(ArticleShardSchema, JSON.parse(out.get(shard.file) as string));
      expect(parsed.articles).toHaveLength(shard.count);
      return parsed.articles as unknown as Article[];
    });
    expect(new Set(articles.map((a) => a.id)).size).toBe(corpus.articles.length);
    const dates = articles.map((a) => a.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(manifest.recent[0]?.date).toBe(dates[0]);
    expect(manifest.counts.articles).toBe(corpus.articles.length);
  });

  it('stamps every file with the manifest version, and the index parts join to the index', () => {
    const joined = (files: readonly string[]) =>
      files.map((file) => readIndexPart(out.get(file) as string)?.text).join('');
    expect(joined(manifest.search.base)).toBe(index.base);
    expect(manifest.search.shards.map(joined)).toEqual(index.shards);
    expect(index.shards.length).toBeGreaterThan(0);
    for (const [name, text] of out) {
      if (name === 'manifest.json') continue;
      const version = name.endsWith('.txt')
        ? readIndexPart(text)?.corpusVersion
        : JSON.parse(text).corpusVersion;
      expect(version, name).toBe(manifest.corpusVersion);
    }
    expect(readIndexPart('{"version":3}')).toBeNull();
    expect(readIndexPart('baglam-search-index 1 abc\n{}')).toBeNull();
  });

  it('gives each person a row with the summaries and quotes the person view lists', () => {
    const rows = manifest.peopleShards.flatMap(
      (shard) =>
        v.parse(PeopleShardSchema, JSON.parse(out.get(shard.file) as string))
          .people as unknown as PersonRow[],
    );
    const khamenei = rows.find((r) => r.id === 'ali-khamenei');
    expect(khamenei?.card?.person.id).toBe('ali-khamenei');
    expect(khamenei?.articles.length).toBeGreaterThan(0);
    expect(khamenei?.articles.length).toBeLessThanOrEqual(100);
    const withQuote = khamenei?.articles.find((a) => Object.keys(a.quotes).length > 0);
    const [index, quote] = Object.entries(withQuote?.quotes ?? {})[0] ?? [];
    const article = corpus.articles.find((a) => a.id === withQuote?.id);
    expect(quote).toEqual(article?.quotes[Number(index)]);
  });

  it("packs the registry's matcher as the worker would, named by the manifest", () => {
    expect(manifest.matcher).toBe('matcher.json');
    const file = JSON.parse(out.get('matcher.json') as string);
    expect(file.format).toBe(manifest.format);
    const answer = v.parse(MatcherResponseSchema, file.answer);
    expect(answer).toEqual(matcherAnswer(corpus.registry.people));
    const text = "Rusya Devlet Başkanı Putin'e göre Hamaney’in sözleri";
    expect(matcherFromParts(unpackMatcher(answer.matcher)).findMentions(text)).toEqual(
      createMatcher(corpus.registry.people).findMentions(text),
    );
  });

  it('changes the version when the content changes, not otherwise', () => {
    expect(files(corpus, maxBytes).manifest.corpusVersion).toBe(manifest.corpusVersion);
    const changed = { ...corpus, articles: corpus.articles.slice(1) };
    expect(files(changed, maxBytes).manifest.corpusVersion).not.toBe(manifest.corpusVersion);
    // The matcher is part of the content: another registry is another version.
    const people = corpus.registry.people.slice(1);
    const renamed = { ...corpus, registry: { ...corpus.registry, people } };
    expect(files(renamed, maxBytes).manifest.corpusVersion).not.toBe(manifest.corpusVersion);
  });
});
