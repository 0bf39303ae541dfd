/**
 * Search as you type: each keystroke asks the background for a quick answer (the newest shards it
 * can search within a short time budget) and drops answers that arrive for an older query. An
 * answer from part of the index (the budget ran out, or older shards are still loading after a
 * cold start) is shown at once and asked again, in full, once typing pauses, until it is complete.
 * A change of archive (an import or a removal while the panel is open) asks again for the query shown.
 */
import { useEffect, useState } from 'preact/hooks';
import { MAX_QUERY_LENGTH, type ResponseMap, SearchResponseSchema } from '@/core/protocol/messages';
import type { UiLanguage } from '@/core/protocol/types';
import type { SearchFilters } from '@/core/search/search-filters';
import { watchArchive } from '@/lib/shared/archive-signal';
import { sendToBackground } from '@/lib/shared/messaging';

/** ms; coalesces a burst (a paste, key repeat) without a wait one can feel: quick answers are cheap. */
export const SEARCH_DEBOUNCE_MS = 30;
export const SEARCH_RESULT_LIMIT = 20;
/** ms of pause before asking for the whole of a partial answer (and between asks while shards load). */
const SEARCH_MORE_MS = 250;

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; query: string }
  | { status: 'ready'; query: string; answer: ResponseMap['search'] }
  | { status: 'error'; query: string; message: string }
  | { status: 'too-long'; query: string };

export function useSearch(query: string, lang: UiLanguage, filters?: SearchFilters): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const trimmed = query.trim();
  // Filters arrive as a fresh object each render; their content is what matters.
  const filterKey = JSON.stringify(filters ?? {});
  const [archive, setArchive] = useState(0);
  useEffect(() => watchArchive(() => setArchive((n) => n + 1)), []);

  useEffect(() => {
    if (trimmed === '') {
      setState({ status: 'idle' });
      return;
    }
    if (trimmed.length > MAX_QUERY_LENGTH) {
      setState({ status: 'too-long', query: trimmed });
      return;
    }
    let current = true;
    setState((prev) => (prev.status === 'ready' ? prev : { status: 'loading', query: trimmed }));
    let timer: ReturnType<typeof setTimeout>;
    const ask = (quick: boolean) => {
      sendToBackground(
        {
          type: 'search',
          query: trimmed,
          limit: SEARCH_RESULT_LIMIT,
          lang,
          filters: JSON.parse(filterKey) as SearchFilters,
          quick,
        },
        SearchResponseSchema,
      ).then(
        (answer) => {
          if (!current) return;
          setState({ status: 'ready', query: trimmed, answer });
          if (!answer.complete) timer = setTimeout(() => ask(false), SEARCH_MORE_MS);
        },
        (error: unknown) => current && setState({ status: 'error', query: trimmed, message: String(error) }),
      );
    };
    timer = setTimeout(() => ask(true), SEARCH_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [trimmed, lang, filterKey, archive]);

  return state;
}
