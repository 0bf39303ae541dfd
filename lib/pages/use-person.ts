/**
 * Everything the person view shows, in one request: the person, their precomputed stats, and the
 * person's row of articles (titles and dates for the article list, the words of each quote).
 */
import { useEffect, useState } from 'preact/hooks';
import type { PersonRowArticle } from '@/core/protocol/corpus-manifest';
import { PersonResponseSchema } from '@/core/protocol/messages';
import type { Article, PersonEntry, PersonStats } from '@/core/protocol/types';
import { sendToBackground } from '@/lib/shared/messaging';
import type { Loadable } from './use-background';

/** What the view reads of an article: its summary and the quotes it lists, by index. */
export type PersonViewArticle = PersonRowArticle | Article;

export interface PersonData {
  person: PersonEntry;
  /** Lists cut to the row's articles; `counts` has the full numbers. */
  stats: PersonStats;
  counts: { articles: number; quotes: number; roles: number[] };
  articles: Map<string, PersonViewArticle>;
}

export function usePerson(personId: string): Loadable<PersonData | null> {
  const [state, setState] = useState<Loadable<PersonData | null>>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    sendToBackground({ type: 'get-person', personId }, PersonResponseSchema).then(
      (answer) => {
        if (!current) return;
        setState({
          status: 'ready',
          value: answer && {
            person: answer.person,
            stats: answer.stats,
            counts: answer.counts,
            articles: new Map(answer.articles.map((a) => [a.id, a])),
          },
        });
      },
      (error: unknown) => current && setState({ status: 'error', message: String(error) }),
    );
    return () => {
      current = false;
    };
  }, [personId]);
  return state;
}
