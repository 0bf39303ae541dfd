/**
 * Answers validated background requests from the corpus store. `open-panel` is not here: it must
 * run synchronously inside the sender's user gesture (see `lib/shared/side-panel.ts`).
 */
import type { Request, ResponseMap } from '@/core/protocol/messages';
import { search } from '@/core/search/search-index';
import { getArticles, getCards, getPeople, getRegistry, getSearchIndex } from './corpus-store';

const workerStartedAt = Date.now();
const RECENT_ARTICLES_DEFAULT = 10;
const SEARCH_LIMIT_DEFAULT = 20;

type Handled = Exclude<
  Request,
  { type: 'open-panel' } | { type: 'load-card-ui' } | { type: 'open-options' } | { type: 'turn-off-site' }
>;

export async function handleRequest(request: Handled): Promise<ResponseMap[Handled['type']]> {
  switch (request.type) {
    case 'ping':
      return { ok: true, workerStartedAt };
    case 'get-registry':
    case 'list-people':
      return { people: (await getRegistry()).people };
    case 'get-person-card': {
      const cards = await getCards();
      return Object.hasOwn(cards, request.personId) ? (cards[request.personId] ?? null) : null;
    }
    case 'get-person': {
      const people = await getPeople();
      const person = people.people.find((p) => p.id === request.personId);
      const stats = people.stats.find((s) => s.id === request.personId);
      return person && stats ? { person, stats } : null;
    }
    case 'get-article':
      return (await getArticles()).byId.get(request.articleId) ?? null;
    case 'recent-articles': {
      const { list } = await getArticles();
      const sorted = [...list].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
      return {
        articles: sorted
          .slice(0, request.limit ?? RECENT_ARTICLES_DEFAULT)
          .map(({ id, title, date, category }) => ({ id, title, date, category })),
      };
    }
    case 'search':
      return search(await getSearchIndex(), request.query, {
        limit: request.limit ?? SEARCH_LIMIT_DEFAULT,
        lang: request.lang,
        filters: request.filters,
      });
  }
}
