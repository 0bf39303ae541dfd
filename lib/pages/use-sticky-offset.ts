/**
 * Keeps the document's `scroll-padding-top` equal to a sticky header's height, so whatever the
 * panel scrolls into view (the active result, a revealed heading, a find-in-page hit) lands below
 * the header instead of under it.
 */
import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

export function useStickyOffset(header: RefObject<HTMLElement>): void {
  useLayoutEffect(() => {
    const element = header.current;
    if (!element) return;
    const root = document.documentElement;
    const update = () => {
      root.style.scrollPaddingTop = `${element.offsetHeight}px`;
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.scrollPaddingTop = '';
    };
  }, [header]);
}
