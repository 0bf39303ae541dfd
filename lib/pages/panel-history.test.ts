import { describe, expect, it } from 'vitest';
import type { PanelTarget } from '../../core/protocol/messages';
import {
  back,
  canGoBack,
  canGoForward,
  createHistory,
  currentTarget,
  forward,
  MAX_HISTORY_ENTRIES,
  type PanelHistory,
  push,
  replace,
} from './panel-history';

const page: PanelTarget = { kind: 'page' };
const putin: PanelTarget = { kind: 'person', id: 'vladimir-putin' };
const article: PanelTarget = { kind: 'article', id: 'a1' };
const search = (query: string): PanelTarget => ({ kind: 'search', query });

function visit(...targets: PanelTarget[]): PanelHistory {
  return targets.slice(1).reduce(push, createHistory(targets[0] ?? page));
}

describe('panel history', () => {
  it('starts at its first target with nowhere to go', () => {
    const h = createHistory(page);
    expect(currentTarget(h)).toEqual(page);
    expect(canGoBack(h)).toBe(false);
    expect(canGoForward(h)).toBe(false);
  });

  it('goes back and forward through visited targets', () => {
    const h = visit(page, putin, article);
    expect(currentTarget(h)).toEqual(article);
    const b1 = back(h);
    expect(currentTarget(b1)).toEqual(putin);
    const b2 = back(b1);
    expect(currentTarget(b2)).toEqual(page);
    expect(canGoBack(b2)).toBe(false);
    expect(back(b2)).toBe(b2);
    expect(currentTarget(forward(forward(b2)))).toEqual(article);
    expect(canGoForward(forward(forward(b2)))).toBe(false);
  });

  it('drops forward entries when going somewhere new after going back', () => {
    const h = push(back(visit(page, putin, article)), search('Lavrov'));
    expect(h.entries).toEqual([page, putin, search('Lavrov')]);
    expect(canGoForward(h)).toBe(false);
  });

  it.each([
    ['the same person', putin, putin],
    ['the same search', search('Kim'), search('Kim')],
    ['the page view', page, page],
  ])('does not add an entry for %s twice in a row', (_name, a, b) => {
    const h = visit(page, a);
    expect(push(h, b)).toBe(h);
  });

  it('adds an entry when only the id differs', () => {
    const h = visit(putin, { kind: 'person', id: 'donald-trump' });
    expect(h.entries).toHaveLength(2);
  });

  it('replaces the current entry without touching the others (typing refines one search)', () => {
    const h = replace(visit(page, search('K')), search('Kim'));
    expect(h.entries).toEqual([page, search('Kim')]);
    expect(h.index).toBe(1);
  });

  it(`keeps at most ${MAX_HISTORY_ENTRIES} entries, dropping the oldest`, () => {
    let h = createHistory(page);
    for (let i = 0; i < MAX_HISTORY_ENTRIES + 10; i++) h = push(h, { kind: 'article', id: `a${i}` });
    expect(h.entries).toHaveLength(MAX_HISTORY_ENTRIES);
    expect(currentTarget(h)).toEqual({ kind: 'article', id: `a${MAX_HISTORY_ENTRIES + 9}` });
    expect(h.entries[0]).toEqual({ kind: 'article', id: 'a10' });
  });
});
