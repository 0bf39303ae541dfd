/**
 * The template articles of `synthetic-corpus.ts` use a few hundred distinct words; real news uses
 * tens of thousands with Zipf-like frequencies. `withZipfParagraphs` adds to each article a
 * paragraph of words drawn from a Zipf distribution over a pseudo-Turkish vocabulary, so that an
 * index's postings look like real ones.
 */
import type { Article } from '../core/protocol/types';
import { rng } from './synthetic-corpus';

export const ZIPF_VOCABULARY = 60_000;
export const ZIPF_WORDS_PER_ARTICLE = 250;
export const ZIPF_EXPONENT = 1.05;

const SYLLABLES = [
  'ka',
  'le',
  'mi',
  'to',
  'ru',
  'şa',
  'çe',
  'yı',
  'gö',
  'nü',
  'da',
  'ba',
  'sel',
  'tan',
  'ler',
  'dır',
  'ğı',
  'vin',
  'kon',
  'pes',
];

/** A Zipf sampler over pseudo-Turkish words of 2–4 syllables. */
export function zipfWords(rand: () => number): () => string {
  const words: string[] = [];
  const seen = new Set<string>();
  while (words.length < ZIPF_VOCABULARY) {
    const n = 2 + Math.floor(rand() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  const cumulative: number[] = [];
  let total = 0;
  for (let r = 1; r <= words.length; r++) {
    total += 1 / r ** ZIPF_EXPONENT;
    cumulative.push(total);
  }
  return () => {
    const x = rand() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo] as string;
  };
}

/** The articles, each with one more paragraph of Zipf-distributed words (deterministic). */
export function withZipfParagraphs(articles: readonly Article[], seed = 11): Article[] {
  const word = zipfWords(rng(seed));
  return articles.map((a) => ({
    ...a,
    paragraphs: [...a.paragraphs, `${Array.from({ length: ZIPF_WORDS_PER_ARTICLE }, word).join(' ')}.`],
  }));
}
