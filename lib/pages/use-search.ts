/**
 * Search as you type: each keystroke asks the background at once for a quick answer (the newest
 * shards it can search within a short time budget) and drops answers that arrive for an older
 * query. One ask is in flight at a time: keystrokes made meanwhile wait for it, and only the last
 * of them is asked (no fixed debounce to wait out, no backlog of stale queries in the worker). An
 * answer from part of the index (the budget ran out, or older shards are still loading after a
 * cold start) is shown at once and asked again, in full, once typing pauses, until it is complete.
 * A change of archive (an import or a removal while the panel is open) asks again for the query shown.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_QUERY_LENGTH, type ResponseMap, SearchResponseSchema } from '@/core/protocol/messages';
import type { UiLanguage } from '@/core/protocol/types';
import type { SearchFilters } from '@/core/search/search-filters';
import { watchArchive } from '@/lib/shared/archive-signal';
import { sendToBackground } from '@/lib/shared/messaging';

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
  // The ask in flight, and the one to make when it is answered (the latest query's).
  const flight = useRef<{ busy: boolean; next: (() => void) | null }>({ busy: false, next: null });

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
    let timer: ReturnType<typeof setTimeout> | undefined;
    const gate = flight.current;
    const ask = (quick: boolean) => {
      if (!current) return;
      if (gate.busy) {
        gate.next = () => ask(quick);
        return;
      }
      gate.busy = true;
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
      )
        .then(
          (answer) => {
            if (!current) return;
            setState({ status: 'ready', query: trimmed, answer });
            if (!answer.complete) timer = setTimeout(() => ask(false), SEARCH_MORE_MS);
          },
          (error: unknown) =>
            current && setState({ status: 'error', query: trimmed, message: String(error) }),
        )
        .finally(() => {
          gate.busy = false;
          const next = gate.next;
          gate.next = null;
          next?.();
        });
    };
    ask(true);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [trimmed, lang, filterKey, archive]);

  return state;
}
