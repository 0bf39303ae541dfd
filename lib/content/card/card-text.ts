/**
 * The card's UI strings only. `lib/i18n.ts` bundles every message of every page; the content
 * script runs on every page and must stay small, so it imports just its own keys (named JSON
 * imports are tree-shaken) and translates with the same rules (`$1` substitutions, English fallback).
 */

import type { UiLanguage } from '@/core/protocol/types';
import type { MessageKey, Translate } from '@/lib/shared/i18n';
import * as en from '@/public/_locales/en/messages.json';
import * as tr from '@/public/_locales/tr/messages.json';

type CardKey = Extract<MessageKey, `card${string}`>;
type Messages = Partial<Record<CardKey, { message: string }>>;

const pick = (m: typeof en | typeof tr): Messages => ({
  cardArticleCount: m.cardArticleCount,
  cardQuoteCount: m.cardQuoteCount,
  cardArticleCountOne: m.cardArticleCountOne,
  cardQuoteCountOne: m.cardQuoteCountOne,
  cardQuotesHeading: m.cardQuotesHeading,
  cardArticlesHeading: m.cardArticlesHeading,
  cardCoMentionsHeading: m.cardCoMentionsHeading,
  cardCopyCitation: m.cardCopyCitation,
  cardCopied: m.cardCopied,
  cardCopyFailed: m.cardCopyFailed,
  cardMute: m.cardMute,
  cardMuted: m.cardMuted,
  cardOpenPerson: m.cardOpenPerson,
  cardClose: m.cardClose,
  cardLoading: m.cardLoading,
  cardNoArticles: m.cardNoArticles,
  cardLoadFailed: m.cardLoadFailed,
  cardPartialQuote: m.cardPartialQuote,
  cardKeyboardHint: m.cardKeyboardHint,
  cardMentionedTimes: m.cardMentionedTimes,
});

const MESSAGES: Record<UiLanguage, Messages> = { tr: pick(tr), en: pick(en) };

export function createCardTranslator(lang: UiLanguage): Translate {
  return (key, ...substitutions) => {
    const card = key as CardKey;
    const text = MESSAGES[lang][card]?.message ?? MESSAGES.en[card]?.message ?? key;
    return substitutions.reduce<string>((out, sub, i) => out.replaceAll(`$${i + 1}`, String(sub)), text);
  };
}
