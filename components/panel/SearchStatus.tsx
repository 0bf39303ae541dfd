/**
 * What a search box says besides its results: errors, "no results", a correction to try (a button
 * that searches for it) whenever the index knows a close word for a misspelt one, and that older
 * articles are still being searched (a cold start answers from the newest ones first).
 */

import { MAX_QUERY_LENGTH } from '@/core/protocol/messages';
import { useUi } from '@/lib/pages/ui-context';
import type { SearchState } from '@/lib/pages/use-search';
import type { Translate } from '@/lib/shared/i18n';

export function SearchStatus({
  state,
  onSuggestion,
}: {
  state: SearchState;
  onSuggestion: (query: string) => void;
}) {
  const { t } = useUi();
  if (state.status === 'error') return <p class="notice warning">{t('commonError', state.message)}</p>;
  if (state.status === 'too-long')
    return (
      <p class="notice warning" data-testid="query-too-long">
        {t('commonQueryTooLong', MAX_QUERY_LENGTH)}
      </p>
    );
  if (state.status !== 'ready') return null;
  const { hits, suggestion, complete } = state.answer;
  if (!complete)
    return (
      <p class="notice muted" data-testid="search-older" aria-busy="true">
        {t('commonSearchingOlder')}
      </p>
    );
  if (hits.length > 0 && !suggestion) return null;
  return (
    <div class="notice" data-testid={hits.length === 0 ? 'no-results' : 'search-suggestion'}>
      {hits.length === 0 && <p class="notice-line">{t('commonNoResults', state.query)}</p>}
      {suggestion && (
        <p class="notice-line">
          {t('commonDidYouMean')}{' '}
          <button
            type="button"
            class="link-button"
            data-testid="suggestion"
            onClick={() => onSuggestion(suggestion)}
          >
            {suggestion}
          </button>
        </p>
      )}
    </div>
  );
}

/** The live-region text for screen readers: how many results there are. */
export function resultCountText(state: SearchState, count: number, t: Translate): string {
  if (state.status === 'ready' && count === 0 && !state.answer.complete) return t('commonSearchingOlder');
  if (state.status === 'ready')
    return count > 0 ? t('commonResultCount', count) : t('commonNoResults', state.query);
  if (state.status === 'loading') return t('commonLoading');
  if (state.status === 'too-long') return t('commonQueryTooLong', MAX_QUERY_LENGTH);
  return '';
}
