import { describe, expect, it } from 'vitest';
import { createTranslator, translatorFor } from '@/lib/shared/i18n';
import en from '@/public/_locales/en/messages.json';
import tr from '@/public/_locales/tr/messages.json';
import { createCardTranslator } from './card-text';

describe('createCardTranslator', () => {
  const cardKeys = Object.keys(en).filter((k) => k.startsWith('card'));

  it.each(cardKeys)('%s is translated in both languages', (key) => {
    const translate = (lang: 'tr' | 'en') => createCardTranslator(lang)(key as never, 'X');
    expect(translate('tr')).toBe(
      (tr as Record<string, { message: string }>)[key]?.message.replaceAll('$1', 'X'),
    );
    expect(translate('en')).toBe(
      (en as Record<string, { message: string }>)[key]?.message.replaceAll('$1', 'X'),
    );
  });

  it('substitutes counts', () => {
    expect(createCardTranslator('tr')('cardArticleCount', 3)).toBe('3 haber');
    expect(createCardTranslator('en')('cardQuoteCount', 5)).toBe('5 quotes');
  });

  it.each(cardKeys)('%s reads as the pages translator reads it', (key) => {
    for (const lang of ['tr', 'en'] as const) {
      expect(createCardTranslator(lang)(key as never, 'X', 'Y')).toBe(
        createTranslator(lang)(key as never, 'X', 'Y'),
      );
    }
  });

  it('substitutes %s in a card string like the pages do', () => {
    const messages = { tr: { cardMentionedTimes: { message: '%s kez geçiyor' } }, en: {} };
    expect(translatorFor(messages, 'tr')('cardMentionedTimes', 4)).toBe('4 kez geçiyor');
    expect(translatorFor({ tr: {}, en: messages.tr }, 'tr')('cardMentionedTimes', 4)).toBe('4 kez geçiyor');
  });
});
