/**
 * The bundled corpus as the background reads it. Each file is fetched from the extension package
 * on first use and kept in memory for the life of the worker; MV3 stops idle workers, so nothing
 * here assumes it survives — a cold worker simply fetches again. The hover path needs only
 * `cards.json` and `people.json`; the full-text index loads only when someone searches.
 */
import { browser } from 'wxt/browser';
import type { Article, BuiltCorpus, PersonCardData, PersonEntry, PersonStats } from '@/core/protocol/types';
import { loadSearchIndex, type SearchIndex } from '@/core/search/search-index';

export interface CorpusFiles {
  articles: { version: 1; articles: Article[] };
  people: { version: 1; people: PersonEntry[]; stats: PersonStats[] };
  cards: Record<string, PersonCardData>;
}

async function fetchText(path: string): Promise<string> {
  // The corpus files are generated at build time, so WXT's typed public paths may not list them yet.
  const runtime = browser.runtime as { getURL(path: string): string };
  const response = await fetch(runtime.getURL(path));
  if (!response.ok) throw new Error(`Bağlam: bundled ${path} is missing (${response.status})`);
  return response.text();
}

async function fetchJson<T>(path: string): Promise<T> {
  return JSON.parse(await fetchText(path)) as T;
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = null; // let the next request try again
      throw error;
    });
    return pending;
  };
}

/** Names and aliases only: what the content script's matcher needs, small at any corpus size. */
export const getRegistry = once(() =>
  fetchJson<{ version: 1; people: PersonEntry[] }>('/corpus/registry.json'),
);
export const getPeople = once(() => fetchJson<CorpusFiles['people']>('/corpus/people.json'));
export const getCards = once(() => fetchJson<CorpusFiles['cards']>('/corpus/cards.json'));
export const getArticles = once(async () => {
  const file = await fetchJson<CorpusFiles['articles']>('/corpus/articles.json');
  return { list: file.articles, byId: new Map(file.articles.map((a) => [a.id, a])) };
});

export const getCorpus = once(async (): Promise<BuiltCorpus> => {
  const [articles, people] = await Promise.all([getArticles(), getPeople()]);
  return { articles: articles.list, registry: { version: 1, people: people.people }, stats: people.stats };
});

export const getSearchIndex = once(async (): Promise<SearchIndex> => {
  const [json, corpus] = await Promise.all([fetchText('/corpus/search-index.json'), getCorpus()]);
  return loadSearchIndex(json, corpus);
});
