/**
 * Pinned search results on the seed articles of `corpus/raw/`: the queries a reader types in the
 * popup (Turkish, English alias, suffixed, uppercase, prefix, typo, quote words, Cyrillic,
 * nonsense) and the hits they must bring first.
 *
 * The corpus is the real build of `corpus/raw/` with the real registry, searched the way the
 * extension does it (built, serialized, loaded back).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BuiltCorpus } from '../../core/protocol/types';
import { buildSearchIndex, indexToJSON, loadSearchIndex, search } from '../../core/search/search-index';
import type { SearchHit } from '../../core/search/search-types';
import { buildCorpus } from '../../pipeline/corpus-builder';
import { parsePeopleRegistry } from '../../pipeline/people/people-registry';
import { FIXTURE_PEOPLE, FIXTURE_SEEDS } from '../fixtures/paths';

const RAW = FIXTURE_SEEDS;

/** The seeds as `npm run corpus` builds them. */
function seedCorpus(): BuiltCorpus {
  const registryFile = FIXTURE_PEOPLE;
  const registry = parsePeopleRegistry(JSON.parse(readFileSync(registryFile, 'utf8')), registryFile);
  const files = readdirSync(RAW)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(RAW, name))) }));
  return buildCorpus(files, registry).corpus;
}

const CORPUS = seedCorpus();
// Searched as the extension does: built, serialized, loaded back.
const INDEX = loadSearchIndex(indexToJSON(buildSearchIndex(CORPUS)), CORPUS);

/** Article ids are content hashes: find the seed articles by title. */
function articleTitled(start: string): string {
  const article = CORPUS.articles.find((a) => a.title.startsWith(start));
  if (!article) throw new Error(`no seed article titled "${start}…"`);
  return article.id;
}

const HAMANEY = articleTitled('Hamaney: Trump');
const KORE = articleTitled('Kuzey Kore Rusya ile');
const CHOE = articleTitled('Kuzey Kore Dışişleri Bakanı Choe');

function top(hits: SearchHit[], n: number): string[] {
  return hits.slice(0, n).map((h) => `${h.kind}:${h.kind === 'quote' ? h.articleId : h.id}`);
}

function marks(hit: SearchHit | undefined): string[] {
  return (hit?.snippet ?? []).filter((p) => p.mark).map((p) => p.text);
}

describe('seed search: pinned queries', () => {
  it.each([
    // People by name: the person first, then the articles about them.
    ['hamaney', ['person:ali-khamenei', `article:${HAMANEY}`, `quote:${HAMANEY}`]],
    ['HAMANEY', ['person:ali-khamenei', `article:${HAMANEY}`, `quote:${HAMANEY}`]],
    ["Hamaney'in", ['person:ali-khamenei', `article:${HAMANEY}`]],
    ['Hamaney’in', ['person:ali-khamenei', `article:${HAMANEY}`]],
    // English alias → the Turkish article.
    ['khamenei', ['person:ali-khamenei', `article:${HAMANEY}`]],
    ['Ayatollah Khamenei', ['person:ali-khamenei', `article:${HAMANEY}`]],
    // Prefix while typing.
    ['hama', ['person:ali-khamenei', `article:${HAMANEY}`]],
    ['lavr', ['person:sergey-lavrov', `quote:${CHOE}`, `article:${CHOE}`]],
    // Suffixed and Cyrillic forms of Putin.
    ["Putin'e", ['person:vladimir-putin', `article:${KORE}`, `article:${CHOE}`]],
    ['Путин', ['person:vladimir-putin', `article:${KORE}`, `article:${CHOE}`]],
    // Typo → fuzzy match.
    ['lavrof', ['person:sergey-lavrov', `quote:${CHOE}`, `article:${CHOE}`]],
    ['hameney', ['person:ali-khamenei', `article:${HAMANEY}`]],
    // Several words naming one person.
    ['kim jong un', ['person:kim-jong-un', `quote:${KORE}`, `article:${KORE}`]],
    ['trump gazze', ['person:donald-trump', `article:${HAMANEY}`]],
    // Words of quotes and topics: no person.
    ['yalan', [`article:${HAMANEY}`, `quote:${HAMANEY}`, `quote:${HAMANEY}`]],
    // A quote's exact words: the quote first.
    ['kanserli tümör', [`quote:${HAMANEY}`, `article:${HAMANEY}`, `quote:${HAMANEY}`]],
    ['şüphemiz yok', [`article:${CHOE}`, `quote:${CHOE}`, `quote:${CHOE}`]],
    ['zafer', [`article:${CHOE}`]],
    ['nükleer silah', [`quote:${CHOE}`, `article:${CHOE}`]],
    // `ortaklık` also finds `ortaklığı` (title of KORE).
    ['stratejik ortaklık', [`article:${KORE}`, `quote:${CHOE}`, `article:${CHOE}`]],
    ['KCNA', [`article:${KORE}`]],
    ["Moskova'da", [`article:${CHOE}`]],
    ['Pyongyang', [`article:${KORE}`, `article:${CHOE}`]],
  ])('%j → %j', (query, expected) => {
    expect(top(search(INDEX, query).hits, expected.length)).toEqual(expected);
  });

  it.each([
    ['', null],
    ['   ', null],
    ['ve bir bu', null],
    ['xqzwv', null],
    // No results: the correction to offer.
    ['lavorv', 'lavrov'],
    ['Moskvoa', 'Moskova'],
  ])('%j has no hits; suggestion %j', (query, suggestion) => {
    expect(search(INDEX, query)).toEqual({ hits: [], suggestion });
  });

  it.each([
    ['hameney', 'hamaney'],
    ['lavrof', 'lavrov'],
    // Only the typo is corrected: `açıklaması` is an inflection of the known `açıklama(da)`.
    ["Hameney'in açıklaması", "Hamaney'in açıklaması"],
    ['Hamanay', 'Hamaney'],
  ])('%j suggests %j', (query, suggestion) => {
    expect(search(INDEX, query).suggestion).toBe(suggestion);
  });

  it.each(['hamaney', 'khamenei', 'putin', 'hama', 'kim jong un', 'zafer'])(
    '%j suggests nothing',
    (query) => {
      expect(search(INDEX, query).suggestion).toBeNull();
    },
  );
});

describe('seed search: snippets', () => {
  it.each([
    ['hamaney', HAMANEY, ['Ali', 'Hamaney']],
    ['khamenei', HAMANEY, ['Ali', 'Hamaney']],
    ['yalan', HAMANEY, ['yalan']],
    ['kanser', HAMANEY, ['kanserli']],
    ['Путин', KORE, ['Vladimir', "Putin'e"]],
    ['stratejik ortaklık', KORE, ['stratejik', 'ortaklığı']],
  ])('%j marks %j in article %s', (query, articleId, expected) => {
    const hit = search(INDEX, query).hits.find((h) => h.kind === 'article' && h.id === articleId);
    expect(marks(hit)).toEqual(expected);
    const text = (hit?.snippet ?? []).map((p) => p.text).join('');
    expect(text.length).toBeLessThanOrEqual(170);
  });

  it('gives a quote hit its speaker and marked words', () => {
    const hit = search(INDEX, 'zafer kazanacağından').hits.find((h) => h.kind === 'quote');
    expect(hit).toMatchObject({ personId: 'choe-son-hui', articleId: CHOE });
    // The speaker as the article writes them.
    expect(hit?.title).toMatch(/Choe/u);
    expect(marks(hit)).toEqual(expect.arrayContaining(['zafer', 'kazanacağından']));
  });

  it('shows the alias that matched on the person hit', () => {
    const hit = search(INDEX, 'Путин').hits[0];
    expect(hit?.title).toBe('Vladimir Putin');
    expect(marks(hit)).toEqual(['Путин']);
  });
});
