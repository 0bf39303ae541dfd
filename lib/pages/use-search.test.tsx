// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resultCountText, SearchStatus } from '@/components/panel/SearchStatus';
import type { ResponseMap } from '@/core/protocol/messages';
import type { SearchHit } from '@/core/search/search-types';
import { createTranslator } from '@/lib/shared/i18n';
import { UiContext } from './ui-context';
import { type SearchState, useSearch } from './use-search';

const send = vi.hoisted(() => vi.fn());
vi.mock('@/lib/shared/messaging', () => ({ sendToBackground: send }));
const archiveChanged = vi.hoisted(() => ({ listeners: new Set<() => void>() }));
vi.mock('@/lib/shared/archive-signal', () => ({
  watchArchive: (onChange: () => void) => {
    archiveChanged.listeners.add(onChange);
    return () => archiveChanged.listeners.delete(onChange);
  },
}));

const t = createTranslator('en');

function hit(id: string): SearchHit {
  return { kind: 'article', id, title: id, articleId: id, personId: null, date: null, snippet: [], score: 1 };
}

function answer(ids: string[], complete: boolean): ResponseMap['search'] {
  return { hits: ids.map(hit), suggestion: null, complete };
}

let state: SearchState;
let root: HTMLElement;

function Host({ query }: { query: string }) {
  state = useSearch(query, 'en');
  return (
    <UiContext.Provider value={{ t, lang: 'en', navigate: () => {} }}>
      <SearchStatus state={state} onSuggestion={() => {}} />
    </UiContext.Provider>
  );
}

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  send.mockReset();
  root = document.createElement('div');
});

afterEach(() => {
  act(() => render(null, root));
  vi.useRealTimers();
});

describe('useSearch while older shards of the index load', () => {
  it('shows the first answer at once, says older articles are searched, and asks again until complete', async () => {
    send
      .mockResolvedValueOnce(answer(['newest'], false))
      .mockResolvedValueOnce(answer(['newest', 'older'], false))
      .mockResolvedValueOnce(answer(['newest', 'older', 'oldest'], true));
    act(() => render(<Host query="putin" />, root));
    await advance(150);
    expect(send).toHaveBeenCalledTimes(1);
    expect(state.status === 'ready' && state.answer.hits.map((h) => h.id)).toEqual(['newest']);
    expect(root.querySelector('[data-testid="search-older"]')?.textContent).toBe('Searching older articles…');
    await advance(400);
    await advance(400);
    expect(send).toHaveBeenCalledTimes(3);
    expect(state.status === 'ready' && state.answer.hits.length).toBe(3);
    expect(root.querySelector('[data-testid="search-older"]')).toBeNull();
    await advance(2000);
    expect(send).toHaveBeenCalledTimes(3); // complete: no more asking
    expect(resultCountText(state, 3, t)).toBe('Results: 3');
    // The keystroke's ask is a quick one; the asks for the rest are not.
    expect(send.mock.calls.map(([request]) => (request as { quick: boolean }).quick)).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('stops asking for a query the reader has typed past', async () => {
    send.mockResolvedValue(answer([], false));
    act(() => render(<Host query="put" />, root));
    await advance(150);
    expect(resultCountText(state, 0, t)).toBe('Searching older articles…');
    act(() => render(<Host query="putin" />, root));
    await advance(2000);
    const queries = send.mock.calls.map(([request]) => (request as { query: string }).query);
    expect(queries.filter((q) => q === 'put')).toHaveLength(1);
    expect(queries.at(-1)).toBe('putin');
  });

  it('asks again for the query shown when the archive changes (an import while the panel is open)', async () => {
    send.mockResolvedValueOnce(answer(['a'], true)).mockResolvedValueOnce(answer(['a', 'imported'], true));
    act(() => render(<Host query="putin" />, root));
    await advance(150);
    expect(state.status === 'ready' && state.answer.hits.length).toBe(1);
    act(() => {
      for (const listener of archiveChanged.listeners) listener();
    });
    await advance(150);
    expect(send).toHaveBeenCalledTimes(2);
    expect(state.status === 'ready' && state.answer.hits.map((h) => h.id)).toEqual(['a', 'imported']);
  });
});

describe('useSearch as one types', () => {
  it('asks at once, with no wait before the first keystroke is sent', async () => {
    send.mockResolvedValue(answer(['a'], true));
    act(() => render(<Host query="p" />, root));
    expect(send).toHaveBeenCalledTimes(1);
    await advance(0);
    expect(state.status === 'ready' && state.query).toBe('p');
  });

  it('keeps one ask in flight: keystrokes meanwhile wait, and only the last of them is asked', async () => {
    const pending: ((value: ResponseMap['search']) => void)[] = [];
    send.mockImplementation(
      () =>
        new Promise<ResponseMap['search']>((done) => {
          pending.push(done);
        }),
    );
    act(() => render(<Host query="p" />, root));
    act(() => render(<Host query="pu" />, root));
    act(() => render(<Host query="put" />, root));
    act(() => render(<Host query="puti" />, root));
    expect(send).toHaveBeenCalledTimes(1);
    await act(async () => pending[0]?.(answer(['for-p'], true)));
    const queries = send.mock.calls.map(([request]) => (request as { query: string }).query);
    expect(queries).toEqual(['p', 'puti']);
    // The answer for a query typed past is never shown.
    expect(state.status).toBe('loading');
    await act(async () => pending[1]?.(answer(['for-puti'], true)));
    expect(state.status === 'ready' && state.answer.hits.map((h) => h.id)).toEqual(['for-puti']);
  });

  it('asks again after an ask that failed', async () => {
    send.mockRejectedValueOnce(new Error('worker gone')).mockResolvedValue(answer(['a'], true));
    act(() => render(<Host query="p" />, root));
    await advance(0);
    expect(state.status).toBe('error');
    act(() => render(<Host query="pu" />, root));
    await advance(0);
    expect(send).toHaveBeenCalledTimes(2);
    expect(state.status === 'ready' && state.query).toBe('pu');
  });
});
