import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import tr from '@/public/_locales/tr/messages.json';
import { createTranslator, formatCorpusDate, resolveLanguage } from './i18n';

describe('UI language', () => {
  it.each([
    ['auto', 'tr-TR', 'tr'],
    ['auto', 'tr', 'tr'],
    ['auto', 'en-US', 'en'],
    ['auto', 'de', 'en'],
    ['en', 'tr-TR', 'en'],
    ['tr', 'en-US', 'tr'],
  ] as const)('setting %s with browser %s gives %s', (setting, browserLang, expected) => {
    expect(resolveLanguage(setting, browserLang)).toBe(expected);
  });

  it('has every message in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(tr).sort());
    for (const [key, value] of Object.entries(tr)) expect(value.message, key).not.toBe('');
  });

  it('gives every English count followed by a plural noun a singular form (`…One`), no "1 articles"', () => {
    const plural = /\$1 (?:[a-z]+ )?(?:articles|quotes|people|mentions|results)\b/u;
    const counted = Object.entries(en).filter(([, value]) => plural.test(value.message));
    expect(counted.length).toBeGreaterThan(0);
    for (const [key] of counted) expect(Object.keys(en), key).toContain(`${key}One`);
  });

  it('translates with substitutions', () => {
    expect(createTranslator('en')('menuSearchSelection', 'Putin')).toBe('Search Bağlam for "Putin"');
    expect(createTranslator('tr')('menuSearchSelection', 'Putin')).toBe('Bağlam\'da ara: "Putin"');
  });

  it.each([
    ['2024-11', 'tr', 'Kasım 2024'],
    ['2024-11', 'en', 'November 2024'],
    ['2024-11-05', 'tr', '5 Kasım 2024'],
    ['2024', 'en', '2024'],
    [null, 'tr', ''],
  ] as const)('formats %s in %s as %s', (date, lang, expected) => {
    expect(formatCorpusDate(date, lang)).toBe(expected);
  });
});
