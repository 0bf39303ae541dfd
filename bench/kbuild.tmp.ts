import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { PeopleRegistry } from '../core/protocol/types';
import {
  buildSearchIndex,
  loadSearchBase,
  loadSearchShard,
  planSearch,
  searchIndexParts,
  withShard,
} from '../core/search/search-index';
import { buildCorpus } from '../pipeline/corpus-builder';
import { generateSyntheticCorpus, syntheticFileBytes } from './synthetic-corpus';
import { withZipfParagraphs } from './zipf-words';

const N = Number(process.env.N ?? 10000);
const cache = `/tmp/prof/parts50-${N}.json`;
let parts: { base: string; shards: string[] };
if (existsSync(cache)) parts = JSON.parse(readFileSync(cache, 'utf8'));
else {
  const registry = JSON.parse(readFileSync('corpus/people.json', 'utf8')) as PeopleRegistry;
  const sources = [...generateSyntheticCorpus({ articles: N, people: registry.people, seed: 7 })].map(
    (f) => ({ name: f.name, bytes: syntheticFileBytes(f) }),
  );
  const built = buildCorpus(sources, registry).corpus;
  const corpus = { ...built, articles: withZipfParagraphs(built.articles) };
  parts = searchIndexParts(buildSearchIndex(corpus));
  writeFileSync(cache, JSON.stringify(parts));
}
let index = loadSearchBase(parts.base);
for (const s of parts.shards) index = withShard(index, loadSearchShard(s));
const TYPED = ['hamaney', 'putin', 'esir takası', 'petrol fiyatları', 'kim jong un', 'dışişleri'];
const keys = TYPED.flatMap((p) => [...p].map((_, i) => p.slice(0, i + 1)));
const times: [number, string][] = [];
for (let round = 0; round < 3; round++)
  for (const q of keys) {
    const t0 = performance.now();
    planSearch(index, q, { limit: 20 });
    times.push([performance.now() - t0, q]);
  }
times.sort((a, b) => b[0] - a[0]);
console.log(
  times
    .slice(0, 25)
    .map(([t, q]) => `${t.toFixed(1)} ${q}`)
    .join('\n'),
);
const sorted = times.map((t) => t[0]).sort((a, b) => a - b);
console.log(
  'p50',
  sorted[Math.floor(sorted.length / 2)]?.toFixed(1),
  'p95',
  sorted[Math.floor(sorted.length * 0.95)]?.toFixed(1),
);
