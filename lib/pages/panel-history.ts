/**
 * The side panel's own back/forward history: a list of targets and a cursor, like a browser tab's
 * history. Immutable: every operation returns a new history, so a Preact state holds it directly.
 */
import type { PanelTarget } from '../../core/protocol/messages';

/** Entries kept; older ones fall off the back. A panel session rarely goes deeper than a few dozen. */
export const MAX_HISTORY_ENTRIES = 100;

export interface PanelHistory {
  entries: PanelTarget[];
  index: number;
}

export function createHistory(first: PanelTarget): PanelHistory {
  return { entries: [first], index: 0 };
}

export function currentTarget(history: PanelHistory): PanelTarget {
  const target = history.entries[history.index];
  if (!target) throw new Error('panel history: cursor outside its entries');
  return target;
}

export function sameTarget(a: PanelTarget, b: PanelTarget): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'search' && b.kind === 'search') return a.query === b.query;
  if ((a.kind === 'article' || a.kind === 'person') && (b.kind === 'article' || b.kind === 'person'))
    return a.id === b.id;
  return true;
}

/** Goes to `target`: drops the forward entries, as a browser does; going to the current target is a no-op. */
export function push(history: PanelHistory, target: PanelTarget): PanelHistory {
  if (sameTarget(currentTarget(history), target)) return history;
  const entries = [...history.entries.slice(0, history.index + 1), target].slice(-MAX_HISTORY_ENTRIES);
  return { entries, index: entries.length - 1 };
}

/**
 * Replaces the current entry: typing in the search box refines one search rather than leaving a
 * history entry per keystroke.
 */
export function replace(history: PanelHistory, target: PanelTarget): PanelHistory {
  const entries = [...history.entries];
  entries[history.index] = target;
  return { entries, index: history.index };
}

export function canGoBack(history: PanelHistory): boolean {
  return history.index > 0;
}

export function canGoForward(history: PanelHistory): boolean {
  return history.index < history.entries.length - 1;
}

export function back(history: PanelHistory): PanelHistory {
  return canGoBack(history) ? { entries: history.entries, index: history.index - 1 } : history;
}

export function forward(history: PanelHistory): PanelHistory {
  return canGoForward(history) ? { entries: history.entries, index: history.index + 1 } : history;
}
