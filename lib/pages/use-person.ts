/**
 * Everything the person view shows: the person and their precomputed stats, plus the articles
 * those stats point to (titles and dates for the article list, the words of each quote).
 */
import { useEffect, useState } from 'preact/hooks';
import { ArticleResponseSchema, PersonResponseSchema } from '@/core/protocol/messages';
import type { Article, PersonEntry, PersonStats } from '@/core/protocol/types';
import { sendToBackground } from '@/lib/shared/messaging';
import type { Loadable } from './use-background';

/**
 * Articles fetched for one person view. The corpus has few articles per person today; a person in
 * thousands of articles would need a batched request instead of one per article.
 */
export const PERSON_VIEW_ARTICLE_LIMIT = 60;

export interface PersonData {
  person: PersonEntry;
  stats: PersonStats;
  articles: Map<string, Article>;
}

export function usePerson(personId: string): Loadable<PersonData | null> {
  const [state, setState] = useState<Loadable<PersonData | null>>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    void (async () => {
      try {
        const answer = await sendToBackground({ type: 'get-person', personId }, PersonResponseSchema);
        if (!answer) {
          if (current) setState({ status: 'ready', value: null });
          return;
        }
        const ids = [
          ...new Set([
            ...answer.stats.quotes.map((q) => q.articleId),
            ...answer.stats.articles.map((a) => a.articleId),
          ]),
        ].slice(0, PERSON_VIEW_ARTICLE_LIMIT);
        const fetched = await Promise.all(
          ids.map((articleId) => sendToBackground({ type: 'get-article', articleId }, ArticleResponseSchema)),
        );
        const articles = new Map<string, Article>();
        for (const a of fetched) if (a) articles.set(a.id, a);
        if (current) setState({ status: 'ready', value: { ...answer, articles } });
      } catch (error) {
        if (current) setState({ status: 'error', message: String(error) });
      }
    })();
    return () => {
      current = false;
    };
  }, [personId]);
  return state;
}
