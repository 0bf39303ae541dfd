/**
 * Moves keyboard focus to a view's heading when the view was reached by a link, Enter or
 * back/forward, so keyboard and screen-reader users start reading there; never while typing in
 * the search box.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export function useFocusHeading<T extends HTMLElement>(shouldFocus: boolean, ready: boolean): RefObject<T> {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (shouldFocus && ready) ref.current?.focus({ preventScroll: false });
  }, [shouldFocus, ready]);
  return ref;
}
