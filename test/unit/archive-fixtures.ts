/**
 * Test helpers for `lib/archive/` tests: the frozen seeds as the packaged corpus, real-article fixtures
 * as an import. Zips are written by `test/fixtures/zip-writer.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSearchIndex, searchIndexParts } from '@/core/search/search-index';
import type { SourceFile } from '@/lib/archive/archive-import';
import { CorpusFileError, PackagedCorpus } from '@/lib/archive/packaged-corpus';
import { buildPersonCards } from '@/pipeline/cards/person-card';
import { buildCorpus } from '@/pipeline/corpus-builder';
import { parsePeopleRegistry } from '@/pipeline/people/people-registry';
import { corpusShardFiles } from '@/pipeline/shards/corpus-shards';
import { FIXTURE_PEOPLE, FIXTURES, fixtureSeedFiles } from '@/test/fixtures/paths';

const registry = parsePeopleRegistry(JSON.parse(readFileSync(FIXTURE_PEOPLE, 'utf8')), 'people.json');

/** The seeds built as the CLI builds them, served from memory as the package (`older`: one article less). */
export function seedPackage(older = false): PackagedCorpus {
  const full = buildCorpus(fixtureSeedFiles(), registry).corpus;
  const corpus = older ? { ...full, articles: full.articles.slice(1) } : full;
  const people = corpus.registry.people.map((p) => ({ ...p, origin: 'registry' as const }));
  const cards = buildPersonCards(corpus, 'tr');
  const files = new Map(corpusShardFiles(corpus, people, cards, searchIndexParts(buildSearchIndex(corpus))));
  files.set('registry.json', JSON.stringify({ version: 1, people }));
  files.set('cards.json', JSON.stringify(cards));
  return new PackagedCorpus(async (path) => {
    const text = files.get(path.replace(/^\/corpus\//u, ''));
    if (text === undefined) throw new CorpusFileError(`bundled ${path} is missing (404)`);
    return text;
  });
}

/** Real-article fixtures (`test/fixtures/real/NNN_*.txt`) as files of a chosen folder. */
export function realFiles(numbers: readonly number[], folder = 'my-archive'): SourceFile[] {
  const dir = join(FIXTURES, 'real');
  const names = readdirSync(dir);
  return numbers.map((n) => {
    const name = names.find((f) => f.startsWith(`${String(n).padStart(3, '0')}_`));
    if (!name) throw new Error(`no real fixture ${n}`);
    return bytesFile(`${folder}/${name}`, new Uint8Array(readFileSync(join(dir, name))));
  });
}

export function bytesFile(name: string, bytes: Uint8Array): SourceFile {
  return { name, size: bytes.length, bytes: async () => bytes };
}
