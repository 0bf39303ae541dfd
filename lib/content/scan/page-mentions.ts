/** The `page-mentions` answer: what the scan found, in document order, text exactly as on the page. */
import type { PageMentions } from '@/core/protocol/messages';
import { countPageMentions } from '@/core/protocol/page-people';
import type { PageMention } from './mention-store';
import type { ScanStats } from './text-scanner';

/**
 * Mentions listed at most: the answer is built and copied between processes in one task, and a
 * page naming people tens of thousands of times must not stall on it. Counts cover them all.
 */
const MAX_LISTED_MENTIONS = 2_000;
/** Two decimals: scan time is summed over many short slices. */
const SCAN_MS_DECIMALS = 100;

export function pageMentionsAnswer(
  ordered: readonly PageMention[],
  stats: ScanStats & { shadowRoots?: number },
): PageMentions {
  return {
    mentions: ordered.slice(0, MAX_LISTED_MENTIONS).map((m) => ({ personId: m.personId, text: m.text })),
    people: countPageMentions(ordered),
    stats: {
      textNodes: stats.textNodes,
      chars: stats.chars,
      shadowRoots: stats.shadowRoots ?? 0,
      scanMs: Math.round(stats.scanMs * SCAN_MS_DECIMALS) / SCAN_MS_DECIMALS,
    },
  };
}
