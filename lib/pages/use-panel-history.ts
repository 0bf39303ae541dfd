/**
 * The side panel's navigation state: its back/forward history (`core/panel-history.ts`), fed by
 * deep links (`#/person/<id>` …), by targets handed over through `storage.session` when the card,
 * popup, menu or shortcut opened the panel, and by the panel's own links. The current target is
 * mirrored into the address's hash so a reload (or the panel opened as a tab) keeps its place.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PanelTarget } from '@/core/protocol/messages';
import { hashToTarget, parseHandover, targetToHash } from '@/core/protocol/panel-target';
import {
  back,
  canGoBack,
  canGoForward,
  createHistory,
  currentTarget,
  forward,
  type PanelHistory,
  push,
  replace,
} from '@/lib/pages/panel-history';
import { panelTargetItem } from '@/lib/shared/side-panel';

/**
 * ms; a handed-over target older than this was meant for an earlier opening of the panel (the
 * panel opened later by Chrome's own menu must not jump to it).
 */
export const HANDOVER_FRESH_MS = 15_000;

export type NavigationCause = 'initial' | 'link' | 'typing' | 'history' | 'handover';

export interface PanelNavigation {
  target: PanelTarget;
  cause: NavigationCause;
  canGoBack: boolean;
  canGoForward: boolean;
  /** After Back: the target just left, so the view can put focus back on the link to it. */
  cameFrom: PanelTarget | null;
  go: (target: PanelTarget, cause?: NavigationCause) => void;
  /** Replaces the current entry (refining a search as you type). */
  refine: (target: PanelTarget) => void;
  back: () => void;
  forward: () => void;
}

export function usePanelHistory(): PanelNavigation {
  const [state, setState] = useState<{ history: PanelHistory; cause: NavigationCause }>(() => ({
    history: createHistory(hashToTarget(location.hash) ?? { kind: 'page' }),
    cause: 'initial',
  }));
  const lastHandover = useRef(0);

  const go = useCallback((target: PanelTarget, cause: NavigationCause = 'link') => {
    setState((s) => ({ history: push(s.history, target), cause }));
  }, []);
  const refine = useCallback((target: PanelTarget) => {
    setState((s) => ({ history: replace(s.history, target), cause: 'typing' }));
  }, []);

  useEffect(() => {
    const take = (stored: unknown, requireFresh: boolean) => {
      const value = parseHandover(stored);
      if (!value || value.at <= lastHandover.current) return;
      if (requireFresh && Date.now() - value.at > HANDOVER_FRESH_MS) return;
      lastHandover.current = value.at;
      go(value.target, 'handover');
    };
    // A deep link in the address wins over a handed-over target on load.
    if (!hashToTarget(location.hash)) void panelTargetItem.getValue().then((v) => take(v, true));
    const unwatch = panelTargetItem.watch((v) => take(v, false));
    const onHash = () => {
      const target = hashToTarget(location.hash);
      if (target) go(target, 'link');
    };
    window.addEventListener('hashchange', onHash);
    return () => {
      unwatch();
      window.removeEventListener('hashchange', onHash);
    };
  }, [go]);

  const target = currentTarget(state.history);
  const hash = targetToHash(target);
  useEffect(() => {
    // replaceState: the panel keeps its own history; the browser's would leave the panel on Back.
    if (location.hash !== hash) history.replaceState(null, '', hash);
  }, [hash]);

  return {
    target,
    cause: state.cause,
    canGoBack: canGoBack(state.history),
    canGoForward: canGoForward(state.history),
    cameFrom: state.cause === 'history' ? (state.history.entries[state.history.index + 1] ?? null) : null,
    go,
    refine,
    back: () => setState((s) => ({ history: back(s.history), cause: 'history' })),
    forward: () => setState((s) => ({ history: forward(s.history), cause: 'history' })),
  };
}
