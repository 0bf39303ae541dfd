/** The `page-mentions` answer: what the scan found, in document order, text exactly as on the page. */
import type { PageMentions } from '@/core/protocol/messages';
import type { PageMention } from './mention-store';
import type { ScanStats } from './text-scanner';

/** Two decimals: scan time is summed over many short slices. */
const SCAN_MS_DECIMALS = 100;

export function pageMentionsAnswer(
  ordered: readonly PageMention[],
  stats: ScanStats & { shadowRoots?: number },
): PageMentions {
  return {
    mentions: ordered.map((m) => ({ personId: m.personId, text: m.text })),
    stats: {
      textNodes: stats.textNodes,
      chars: stats.chars,
      shadowRoots: stats.shadowRoots ?? 0,
      scanMs: Math.round(stats.scanMs * SCAN_MS_DECIMALS) / SCAN_MS_DECIMALS,
    },
  };
}
