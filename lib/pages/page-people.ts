/**
 * "Who is on this page": the content script reports every mention it found; the popup and the
 * side panel show each person once, with a count. Also picks which tab counts as "the page you
 * are reading" when the panel or popup is itself open as a tab.
 */
import type { PageMentions } from '../../core/protocol/messages';

export interface PagePerson {
  personId: string;
  count: number;
  /** The first way the page wrote the name (`Putin'e` → the matched `Putin`). */
  firstText: string;
}

/** One entry per person, most mentions first, ties in page order. */
export function countPageMentions(mentions: PageMentions['mentions']): PagePerson[] {
  const byId = new Map<string, PagePerson & { order: number }>();
  mentions.forEach((m, order) => {
    const seen = byId.get(m.personId);
    if (seen) seen.count++;
    else byId.set(m.personId, { personId: m.personId, count: 1, firstText: m.text, order });
  });
  return [...byId.values()]
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map(({ personId, count, firstText }) => ({ personId, count, firstText }));
}

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
