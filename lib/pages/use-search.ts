/**
 * Search as you type: asks the background after a short pause in typing and drops answers that
 * arrive for an older query. An answer from part of the index (older shards still loading after a
 * cold start) is shown at once and asked again until it is complete. A change of archive (an
 * import or a removal while the panel is open) asks again for the query shown.
 */
import { useEffect, useState } from 'preact/hooks';
import { MAX_QUERY_LENGTH, type ResponseMap, SearchResponseSchema } from '@/core/protocol/messages';
import type { UiLanguage } from '@/core/protocol/types';
import type { SearchFilters } from '@/core/search/search-filters';
import { watchArchive } from '@/lib/shared/archive-signal';
import { sendToBackground } from '@/lib/shared/messaging';

/** ms; long enough to skip intermediate keystrokes, short enough to feel immediate. */
export const SEARCH_DEBOUNCE_MS = 120;
export const SEARCH_RESULT_LIMIT = 20;
/** ms between asking again while older shards of the index load. */
const SEARCH_MORE_MS = 400;

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
    const ask = () => {
      sendToBackground(
        {
          type: 'search',
          query: trimmed,
          limit: SEARCH_RESULT_LIMIT,
          lang,
          filters: JSON.parse(filterKey) as SearchFilters,
        },
        SearchResponseSchema,
      ).then(
        (answer) => {
          if (!current) return;
          setState({ status: 'ready', query: trimmed, answer });
          if (!answer.complete) timer = setTimeout(ask, SEARCH_MORE_MS);
        },
        (error: unknown) => current && setState({ status: 'error', query: trimmed, message: String(error) }),
      );
    };
    timer = setTimeout(ask, SEARCH_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [trimmed, lang, filterKey, archive]);

  return state;
}
