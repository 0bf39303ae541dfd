import { describe, expect, it } from 'vitest';
import { firstSentence, inlineTitle, isChromeLine, isSubjectCaption, titleFromLine } from './scraped-head';

describe('isChromeLine', () => {
  it.each([
    ['a section label', 'Dünya', true],
    ['a section label in capitals', 'GÜNDEM', true],
    ['a menu item', 'Menü Kapat', true],
    ['a byline label', 'Editor', true],
    ['navigation printed twice', 'Bize Ulaşın BİZE ULAŞIN', true],
    ['an empty publication stamp', '/ Son Güncelleme:', true],
    ['the page URL', 'https://example.com/haber/1', true],
    ['a bare date and time', '10 Ekim 2020 16:39', true],
    ['a source sign-off', 'Kaynak: DHA', true],
    ['an agency credit alone', 'IHA', true],
    ['a truncated headline ending in a colon is not a label', 'İran Dışişleri Bakanı Arakçi:', false],
    ['comment-form boilerplate', 'E-posta hesabınız yayımlanmayacak.', true],
    ['a headline', 'Kuzey Kore lideri Kim: Güney Kore imajımızı zedelemeye çalışıyor', false],
    ['an in-text subheading', 'HENÜZ BİR ANLAŞMAYA VARILAMADI', false],
    ['a sentence', 'Peskov açıklama yaptı.', false],
    ['a short lead to a quote is not a label', 'Trump şöyle konuştu:', false],
    ['font-size controls', 'A+ Yazı Boyutunu Büyüt A- Yazı Boyutunu Küçült', true],
    ['a market ticker', 'DOLAR 42,23', true],
    ['a sentence with a price is text', 'Dolar 42 liraya çıktı.', false],
    ['a short lead with a speech verb is not a label', 'Lavrov şunu söyledi:', false],
    ['an empty stamp with a past-tense-looking noun stays a label', 'Giriş Tarihi:', true],
  ])('%s', (_rule, line, expected) => {
    expect(isChromeLine(line)).toBe(expected);
  });
});

describe('inlineTitle', () => {
  it.each([
    ['a category stays a category', 'Güncel', null],
    ['a two-word category', 'Son Dakika', null],
    [
      'a headline on the metadata line',
      'Lavrov: Ukrayna’yı işgal etmiyoruz',
      'Lavrov: Ukrayna’yı işgal etmiyoruz',
    ],
    ['a lead on the metadata line', 'Peskov, gazetecilere konuştu.', 'Peskov, gazetecilere konuştu.'],
  ])('%s', (_rule, category, expected) => {
    expect(inlineTitle(category)).toBe(expected);
  });
});

describe('titleFromLine', () => {
  it.each([
    [
      'a headline is kept',
      'Zelenskiy: Ukrayna yalnız bırakıldı',
      'Zelenskiy: Ukrayna yalnız bırakıldı',
      false,
    ],
    [
      'a short question headline is kept',
      'Öldü mü? Yerine geçecek aday belli oldu!',
      'Öldü mü? Yerine geçecek aday belli oldu!',
      false,
    ],
    ['a lead gives its first sentence', 'Bakan konuştu. Sonra ayrıldı.', 'Bakan konuştu.', true],
    [
      'a dateline is not part of the title',
      '(ANKARA) - Sözcü konuştu. Sonra ayrıldı.',
      'Sözcü konuştu.',
      true,
    ],
    ['a line ending in a colon is a lead', 'Açıklama geldi. İşte açıklaması:', 'Açıklama geldi.', true],
  ])('%s', (_rule, line, title, isLead) => {
    const r = titleFromLine(line);
    expect(r.title).toBe(title);
    expect(r.lead !== null).toBe(isLead);
  });
});

describe('firstSentence', () => {
  it.each([
    [
      'does not end inside a quote',
      'Bakan, "Savaş olmayacak. Barış gelecek." dedi. Sonra gitti.',
      'Bakan, "Savaş olmayacak. Barış gelecek." dedi.',
    ],
    [
      'an ordinal is not a sentence end',
      'Dün 14. Meclis toplandı. Sonra dağıldı.',
      'Dün 14. Meclis toplandı.',
    ],
    ['one sentence is the whole text', 'Tek cümle.', 'Tek cümle.'],
  ])('%s', (_rule, text, expected) => {
    expect(firstSentence(text)).toBe(expected);
  });
});

describe('isSubjectCaption', () => {
  it.each([
    [
      'a caption naming the lead subject',
      'Ukrayna Devlet Başkanı Zelenskiy.',
      'Ukrayna Devlet Başkanı Zelenskiy, dün konuştu.',
      true,
    ],
    ['an ordinary sentence', 'Dün konuştu.', 'Bugün de konuştu.', false],
  ])('%s', (_rule, line, next, expected) => {
    expect(isSubjectCaption(line, next)).toBe(expected);
  });
});
