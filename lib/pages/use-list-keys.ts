/**
 * The keyboard side of a result list driven from a search box (popup and panel share it, so they
 * cannot drift apart): arrows, Home/End and Escape move the active option, Enter opens it (or the
 * best result when none is active), and a new query starts with nothing active.
 */
import { useEffect, useState } from 'preact/hooks';
import { clampActiveIndex, isListKey, nextActiveIndex } from './list-navigation';

export interface ListKeys {
  activeIndex: number;
  setActive: (index: number) => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

export function useListKeys<T>(items: readonly T[], query: string, open: (item: T) => void): ListKeys {
  const [active, setActive] = useState(-1);
  const activeIndex = clampActiveIndex(active, items.length);

  useEffect(() => setActive(-1), [query]);

  function onKeyDown(e: KeyboardEvent) {
    // Alt+arrows belong to history (the panel's back/forward), modified keys to the browser.
    if (e.altKey || e.ctrlKey || e.metaKey || e.isComposing) return;
    if (isListKey(e.key)) {
      if (items.length === 0 || (e.key === 'Escape' && activeIndex < 0)) return;
      // Before a result is chosen, Home/End move the caret in the text.
      if ((e.key === 'Home' || e.key === 'End') && activeIndex < 0) return;
      e.preventDefault();
      setActive(nextActiveIndex(activeIndex, e.key, items.length));
    } else if (e.key === 'Enter') {
      const item = items[Math.max(activeIndex, 0)];
      if (item === undefined) return;
      e.preventDefault();
      open(item);
    }
  }

  return { activeIndex, setActive, onKeyDown };
}
