/**
 * Which tab counts as "the page you are reading" when the panel or popup is itself open as a tab
 * (who is on that page comes with `page-mentions`, see core/protocol/page-people.ts).
 */
/** The fields of a browser tab this module looks at. */
export interface TabLike {
  id?: number;
  url?: string;
  active?: boolean;
  lastAccessed?: number;
}

/**
 * The tab a person is reading: the active tab if it is a web page, otherwise the most recently
 * used web page in the window. The second case is the side panel or popup opened as a tab (the
 * Firefox fallback and the tests): it is then itself the active tab and shows no page of its own.
 */
export function pickReadingTab<T extends TabLike>(tabs: T[], extensionOrigin: string): T | null {
  const isWebPage = (t: T) => t.id !== undefined && !!t.url && !t.url.startsWith(extensionOrigin);
  const active = tabs.find((t) => t.active && isWebPage(t));
  if (active) return active;
  const candidates = tabs.filter(isWebPage).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return candidates[0] ?? null;
}
