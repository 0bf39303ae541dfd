/**
 * Answers validated background requests from the corpus store. `open-panel` is not here: it must
 * run synchronously inside the sender's user gesture (see `lib/shared/side-panel.ts`).
 */
import type { Request, ResponseMap } from '@/core/protocol/messages';
import { articlesNeeded, planSearch, presentSearch, withArticles } from '@/core/search/search-index';
import { announceArchive } from '@/lib/shared/archive-signal';
import { CorpusStore } from './corpus-store';

const workerStartedAt = Date.now();
const RECENT_ARTICLES_DEFAULT = 10;
const SEARCH_LIMIT_DEFAULT = 20;
/** ms of shard searching for a keystroke's answer; the rest comes when the typing pauses. */
const QUICK_SEARCH_MS = 15;

/** The worker's one store; `entrypoints/background.ts` starts preparing it when the worker starts. */
export const corpusStore = new CorpusStore();

type Handled = Exclude<
  Request,
  { type: 'open-panel' } | { type: 'load-card-ui' } | { type: 'open-options' } | { type: 'turn-off-site' }
>;

export async function handleRequest(
  request: Handled,
  store: CorpusStore = corpusStore,
): Promise<ResponseMap[Handled['type']]> {
  switch (request.type) {
    case 'ping':
      return { ok: true, workerStartedAt };
    case 'corpus-status':
      void store.prepare();
      return store.status();
    case 'archive-changed':
      await store.reload();
      // Open tabs start over with the new matcher (the people an import added).
      await announceArchive(store.archiveVersion() ?? 'package').catch(() => {});
      return store.status();
    case 'list-people':
      return { people: await store.registry() };
    case 'get-matcher':
      return store.matcher();
    case 'get-person-card':
      return store.card(request.personId);
    case 'get-person': {
      const row = await store.person(request.personId);
      return row && { person: row.person, stats: row.stats, counts: row.counts, articles: row.articles };
    }
    case 'get-article':
      return store.article(request.articleId);
    case 'recent-articles':
      return {
        articles: (await store.recent(request.limit ?? RECENT_ARTICLES_DEFAULT)).map(
          ({ id, title, date, category }) => ({ id, title, date, category }),
        ),
      };
    case 'search': {
      // Ranked without any article; only the articles of the hits shown are read.
      const { index, complete } = await store.searchIndex();
      const plan = planSearch(index, request.query, {
        limit: request.limit ?? SEARCH_LIMIT_DEFAULT,
        lang: request.lang,
        filters: request.filters,
        ...(request.quick ? { budget: { ms: QUICK_SEARCH_MS, now: () => performance.now() } } : {}),
      });
      const articles = new Map((await store.articles(articlesNeeded(index, plan))).map((a) => [a.id, a]));
      return { ...presentSearch(withArticles(index, articles), plan), complete: complete && !plan.partial };
    }
  }
}
