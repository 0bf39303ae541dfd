/**
 * Citation text for one quote, the way a fact-checker pastes it into a note or a tweet: the quote,
 * who said it, where and when. Parts the corpus does not know are left out, never invented.
 */
import type { UiLanguage } from '../../core/protocol/types';

export interface CitationParts {
  /** The quoted words, without quote marks. */
  text: string;
  /** The speaker's display name. */
  speaker: string;
  articleTitle: string;
  /** Publisher or wire, when the article states one. */
  source: string | null;
  /** Already formatted for the UI language (`5 Kasım 2024`), or empty when unknown. */
  dateText: string;
  /** Marks a short piece of a longer statement, so the reader knows it is not the whole quote. */
  fragment: boolean;
}

const FRAGMENT_MARK: Record<UiLanguage, string> = { tr: '(kısmi alıntı)', en: '(partial quote)' };

/** `“…” — Speaker, “Article title”, Source, 5 November 2024.` */
export function formatCitation(parts: CitationParts, lang: UiLanguage): string {
  const quote = `“${parts.text.trim()}”${parts.fragment ? ` ${FRAGMENT_MARK[lang]}` : ''}`;
  const where = [
    parts.speaker.trim(),
    `“${parts.articleTitle.trim()}”`,
    parts.source?.trim(),
    parts.dateText.trim(),
  ]
    .filter((part): part is string => Boolean(part) && part !== '“”')
    .join(', ');
  return `${quote} — ${where}.`;
}
