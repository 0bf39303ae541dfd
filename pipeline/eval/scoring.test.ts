import { describe, expect, it } from 'vitest';
import {
  type GoldArticle,
  matchKey,
  personMatches,
  quoteMatches,
  scoreArticle,
  splitOf,
  summarize,
  titleMatches,
} from './scoring';

const REGISTRY = new Set(['vladimir-putin', 'ali-khamenei']);

describe('quoteMatches', () => {
  it.each([
    ['ignores quote marks, case and accents', 'Böyle bir risk', '“böyle bir RİSK kesinlikle var.”', true],
    ['finds the opening inside a longer prediction', 'AKIL DIŞI BİR GİRİŞİM', 'Akıl dışı bir girişim', true],
    [
      'accepts a prediction cut short at a reasonable length',
      'Altı ay içinde neler olacak',
      'Altı ay içinde',
      true,
    ],
    ['rejects a tiny prediction', 'Altı ay içinde neler olacak', 'Altı', false],
    ['rejects other words', 'Bunu size söyleyemem', 'Konuşmak istiyorlar', false],
  ])('%s', (_rule, gold, predicted, expected) => {
    expect(quoteMatches(gold, predicted)).toBe(expected);
  });
});

describe('personMatches', () => {
  it.each([
    ['registry people match by id only', 'vladimir-putin', { id: 'vladimir-putin', name: 'Putin' }, true],
    [
      'a registry person is not a discovered namesake',
      'ali-khamenei',
      { id: 'mucteba-hamaney', name: 'Mücteba Hamaney' },
      false,
    ],
    [
      'discovered people match by the name as written',
      'Dmitriy Peskov',
      { id: 'dmitriy-peskov', name: 'Dmitriy Peskov' },
      true,
    ],
    [
      'a different spelling is a different name',
      'Dmitry Peskov',
      { id: 'dmitriy-peskov', name: 'Dmitriy Peskov' },
      false,
    ],
    [
      'a registry id never stands for a gold name',
      'Mücteba Hamaney',
      { id: 'ali-khamenei', name: 'Ali Hamaney' },
      false,
    ],
  ])('%s', (_rule, gold, predicted, expected) => {
    expect(personMatches(gold, predicted, REGISTRY)).toBe(expected);
  });
});

describe('titleMatches', () => {
  it.each([
    ['closing punctuation does not count', 'Peskov açıklama yaptı.', 'Peskov açıklama yaptı', true],
    ['chrome instead of the title is wrong', 'Peskov açıklama yaptı', 'Menü Kapat', false],
  ])('%s', (_rule, gold, predicted, expected) => {
    expect(titleMatches(gold, predicted)).toBe(expected);
  });
});

describe('scoreArticle', () => {
  const gold: GoldArticle = {
    file: '001_x.txt',
    url: 'https://example.org',
    title: 'Başlık',
    people: ['vladimir-putin', 'Dmitriy Peskov'],
    quotes: [
      { text: 'Bu bir tırmanma girişimidir', speaker: 'vladimir-putin' },
      { text: 'Bence açıklama açık', speaker: 'Dmitriy Peskov' },
      { text: 'Tomahawk', speaker: null, kind: 'scare' },
      { text: 'fiilen', speaker: 'Dmitriy Peskov', kind: 'fragment' },
    ],
  };
  it('counts people, quotes, speakers, scare quotes and the title', () => {
    const s = scoreArticle(
      gold,
      {
        title: 'Başlık',
        people: [
          { id: 'vladimir-putin', name: 'Vladimir Putin' },
          { id: 'dmitriy-peskov', name: 'Dmitriy Peskov' },
          { id: 'beyaz-saray', name: 'Beyaz Saray' },
        ],
        quotes: [
          { text: 'Bu bir tırmanma girişimidir', speakerId: 'dmitriy-peskov' },
          { text: 'Bence açıklama açık ve net', speakerId: 'dmitriy-peskov' },
          { text: 'Tomahawk', speakerId: null },
        ],
      },
      REGISTRY,
    );
    expect(s).toMatchObject({
      peopleGold: 2,
      peoplePredicted: 3,
      peopleFound: 2,
      peopleCorrect: 2,
      registryLinked: 1,
      quotesGold: 2,
      quotesFound: 2,
      speakersRight: 1,
      scareGold: 1,
      scareTaken: 1,
      titleRight: true,
    });
    const m = summarize([s]);
    expect(m.peoplePrecision).toBeCloseTo(2 / 3);
    expect(m.speakerAccuracy).toBe(0.5);
  });
});

describe('splitOf', () => {
  it.each([
    ['003_a.txt', 'heldout'],
    ['004_b.txt', 'dev'],
    ['039_c.txt', 'heldout'],
  ])('%s is %s', (file, split) => {
    expect(splitOf(file)).toBe(split);
  });
});

describe('matchKey', () => {
  it('keeps only folded letters and digits', () => {
    expect(matchKey('“Ülkemizde 5 İHA!”')).toBe('ulkemizde5iha');
  });
});
