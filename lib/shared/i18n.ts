/**
 * UI text in Turkish and English from `public/_locales`. The extension's own `i18n.getMessage`
 * always follows the browser's language; users can choose another in options, so the UI reads
 * both message files itself and picks by setting.
 */

import type { Settings } from '@/core/protocol/settings-schema';
import type { UiLanguage } from '@/core/protocol/types';
import en from '@/public/_locales/en/messages.json';
import tr from '@/public/_locales/tr/messages.json';

export type MessageKey = keyof typeof tr & keyof typeof en;
export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;
/** Messages per key, as in `messages.json`; a context may load only the keys it shows. */
export type Messages = Partial<Record<MessageKey, { message: string }>>;

const MESSAGES: Record<UiLanguage, Messages> = { tr, en };

/** The UI language for a setting: `auto` follows the browser (Turkish only for `tr*`). */
export function resolveLanguage(setting: Settings['uiLanguage'], browserLanguage: string): UiLanguage {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('tr') ? 'tr' : 'en';
}

/**
 * The one translator: the message in `lang`, else in English, else the key itself; the n-th
 * substitution replaces `$n` (the `messages.json` placeholder style) and the n-th `%s`.
 * `messages` lets the content script's card ship only its own keys.
 */
export function translatorFor(messages: Record<UiLanguage, Messages>, lang: UiLanguage): Translate {
  return (key, ...substitutions) => {
    const text = messages[lang][key]?.message ?? messages.en[key]?.message ?? key;
    return substitutions.reduce<string>(
      (out, sub, i) => out.replaceAll(`$${i + 1}`, String(sub)).replace('%s', String(sub)),
      text,
    );
  };
}

/** The translator of the pages, over every message. */
export function createTranslator(lang: UiLanguage): Translate {
  return translatorFor(MESSAGES, lang);
}

/** Dates as the corpus has them (`2024`, `2024-11`, `2024-11-05`), formatted for the UI language. */
export function formatCorpusDate(date: string | null, lang: UiLanguage): string {
  if (!date) return '';
  const [y, m, d] = date.split('-').map(Number);
  if (!y) return date;
  const locale = lang === 'tr' ? 'tr-TR' : 'en-GB';
  if (!m) return String(y);
  const when = new Date(Date.UTC(y, m - 1, d ?? 1));
  return dateFormat(locale, Boolean(d)).format(when);
}

/** Made once per kind: a formatter costs about a millisecond to make, and a list shows hundreds of dates. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, withDay: boolean): Intl.DateTimeFormat {
  const key = `${locale} ${withDay}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(
      locale,
      withDay
        ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
        : { year: 'numeric', month: 'long', timeZone: 'UTC' },
    );
    dateFormats.set(key, format);
  }
  return format;
}
