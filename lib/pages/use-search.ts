/**
 * Search as you type: asks the background after a short pause in typing and drops answers that
 * arrive for an older query.
 */
import { useEffect, useState } from 'preact/hooks';
import { type ResponseMap, SearchResponseSchema } from '@/core/protocol/messages';
import type { UiLanguage } from '@/core/protocol/types';
import { sendToBackground } from '@/lib/shared/messaging';

/** ms; long enough to skip intermediate keystrokes, short enough to feel immediate. */
export const SEARCH_DEBOUNCE_MS = 120;
export const SEARCH_RESULT_LIMIT = 20;

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; query: string }
  | { status: 'ready'; query: string; answer: ResponseMap['search'] }
  | { status: 'error'; query: string; message: string };

export function useSearch(query: string, lang: UiLanguage): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const trimmed = query.trim();

  useEffect(() => {
    if (trimmed === '') {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    setState((prev) => (prev.status === 'ready' ? prev : { status: 'loading', query: trimmed }));
    const timer = setTimeout(() => {
      sendToBackground(
        { type: 'search', query: trimmed, limit: SEARCH_RESULT_LIMIT, lang },
        SearchResponseSchema,
      ).then(
        (answer) => current && setState({ status: 'ready', query: trimmed, answer }),
        (error: unknown) => current && setState({ status: 'error', query: trimmed, message: String(error) }),
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [trimmed, lang]);

  return state;
}
