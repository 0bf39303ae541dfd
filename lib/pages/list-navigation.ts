/**
 * Keyboard navigation in a result list whose focus stays in the search box (the ARIA combobox
 * pattern): arrow keys move an "active" index, Home/End jump, and the index wraps around.
 * -1 means "nothing active", which is where a list starts and where Escape returns.
 */

export type ListKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End' | 'Escape';

const LIST_KEYS: ReadonlySet<string> = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End', 'Escape']);

export function isListKey(key: string): key is ListKey {
  return LIST_KEYS.has(key);
}

/** The active index after `key`, in a list of `count` items. */
export function nextActiveIndex(current: number, key: ListKey, count: number): number {
  if (count <= 0) return -1;
  switch (key) {
    case 'ArrowDown':
      return current < 0 || current >= count - 1 ? 0 : current + 1;
    case 'ArrowUp':
      return current <= 0 || current >= count ? count - 1 : current - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'Escape':
      return -1;
  }
}

/** Keeps an active index valid when the list changes under it (results update as you type). */
export function clampActiveIndex(current: number, count: number): number {
  return current < count ? current : -1;
}
