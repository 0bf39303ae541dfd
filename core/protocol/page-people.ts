/**
 * "Who is on this page": one entry per person the page mentions, with a count, most mentions
 * first. The content script sends it with `page-mentions`, so the popup, side panel and toolbar
 * badge get every person even when the page has more mentions than the answer lists.
 */

export interface PagePerson {
  personId: string;
  count: number;
  /** The first way the page wrote the name (`Putin'e` → the matched `Putin`). */
  firstText: string;
}

/** One entry per person, most mentions first, ties in page order. */
export function countPageMentions(mentions: readonly { personId: string; text: string }[]): PagePerson[] {
  const byId = new Map<string, PagePerson>();
  for (const m of mentions) {
    const seen = byId.get(m.personId);
    if (seen) seen.count++;
    else byId.set(m.personId, { personId: m.personId, count: 1, firstText: m.text });
  }
  // Map keeps insertion (page) order and sort is stable: ties stay in page order.
  return [...byId.values()].sort((a, b) => b.count - a.count);
}
