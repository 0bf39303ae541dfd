/**
 * The card's UI strings only. `lib/shared/i18n.ts` bundles every message of every page; the card
 * is injected into pages and must stay small, so it imports just its own keys (named JSON imports
 * are tree-shaken) and hands them to the one translator (`translatorFor`).
 */

import type { UiLanguage } from '@/core/protocol/types';
import { type MessageKey, type Messages, type Translate, translatorFor } from '@/lib/shared/i18n';
import * as en from '@/public/_locales/en/messages.json';
import * as tr from '@/public/_locales/tr/messages.json';

type CardKey = Extract<MessageKey, `card${string}`>;
const pick = (m: typeof en | typeof tr): Partial<Record<CardKey, { message: string }>> => ({
  cardArticleCount: m.cardArticleCount,
  cardQuoteCount: m.cardQuoteCount,
  cardArticleCountOne: m.cardArticleCountOne,
  cardQuoteCountOne: m.cardQuoteCountOne,
  cardQuotesHeading: m.cardQuotesHeading,
  cardArticlesHeading: m.cardArticlesHeading,
  cardCoMentionsHeading: m.cardCoMentionsHeading,
  cardCopyCitation: m.cardCopyCitation,
  cardCopyCitationLabel: m.cardCopyCitationLabel,
  cardCopied: m.cardCopied,
  cardCopyFailed: m.cardCopyFailed,
  cardMute: m.cardMute,
  cardMuted: m.cardMuted,
  cardUndoMute: m.cardUndoMute,
  cardUndoMuteLabel: m.cardUndoMuteLabel,
  cardMutedInOptions: m.cardMutedInOptions,
  cardTurnOffSite: m.cardTurnOffSite,
  cardTurnOffSiteLabel: m.cardTurnOffSiteLabel,
  cardOpenPerson: m.cardOpenPerson,
  cardClose: m.cardClose,
  cardLoading: m.cardLoading,
  cardNoArticles: m.cardNoArticles,
  cardLoadFailed: m.cardLoadFailed,
  cardPartialQuote: m.cardPartialQuote,
  cardKeyboardHint: m.cardKeyboardHint,
  cardMentionedTimes: m.cardMentionedTimes,
  cardMentionedTimesOne: m.cardMentionedTimesOne,
});

const MESSAGES: Record<UiLanguage, Messages> = { tr: pick(tr), en: pick(en) };

export function createCardTranslator(lang: UiLanguage): Translate {
  return translatorFor(MESSAGES, lang);
}
