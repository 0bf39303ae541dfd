import { describe, expect, it } from 'vitest';
import { foldText } from '../text/fold';
import {
  processTerm,
  queryTerms,
  STOP_WORDS,
  softenedStem,
  stripTurkishSuffix,
  tokenize,
  tokenSpans,
} from './search-terms';

describe('processTerm: one token → its index terms', () => {
  it.each([
    // Case and diacritic folding, with every Turkish I-form folding to i.
    ['Hamaney', ['hamaney']],
    ['HAMANEY', ['hamaney']],
    ['İSTANBUL', ['istanbul']],
    ['ISTANBUL', ['istanbul']],
    ['ıstanbul', ['istanbul']],
    ['Şüphemiz', ['suphemiz']],
    ['Güneydoğu', ['guneydogu']],
    ['Çatışmanın', ['catismanin']],
    ['Ayetullah', ['ayetullah']],
    ['Путин', ['путин']],
    ['ПУТИН', ['путин']],
    // Turkish suffixes after an apostrophe of any kind are dropped.
    ["Putin'e", ['putin']],
    ['Putin’in', ['putin']],
    ['Hamaney‘in', ['hamaney']],
    ["HAMANEY'İN", ['hamaney']],
    ["Gazze'deki", ['gazze']],
    ["Ukrayna'daki", ['ukrayna']],
    ["Rusya'nın", ['rusya']],
    ["2024'teki", ['2024']],
    ["1949'da", ['1949']],
    ["KCNA'ya", ['kcna']],
    ["Trump's", ['trump']],
    // A one-letter head is an elision, not a stem: indexed joined and without the head.
    ["O'Brien", ['obrien', 'brien']],
    ["D'Alema", ['dalema', 'alema']],
    // Hyphenated names: the joined form and each part.
    ['Jong-un', ['jongun', 'jong', 'un']],
    ["Jong-un'un", ['jongun', 'jong', 'un']],
    ['Son-hui', ['sonhui', 'son', 'hui']],
    ['neo-Nazizmi', ['neonazizmi', 'neo', 'nazizmi']],
    ['Kim‑Jong‑un', ['kimjongun', 'kim', 'jong', 'un']],
    // Words that look like stop-words in one language but are names or nouns stay.
    ['Kim', ['kim']],
    ['iş', ['is']],
    ['Un', ['un']],
    ['2025', ['2025']],
  ])('%s → %j', (token, expected) => {
    expect(processTerm(foldText(token))).toEqual(expected);
  });

  it.each([
    've',
    'VE',
    'bir',
    'Bu',
    'da',
    'de',
    'ile',
    'için',
    'İÇİN',
    'the',
    'The',
    'a',
    'of',
    'and',
    'x',
    '5',
    "o'",
  ])('drops the stop-word or one-letter token %j', (token) => {
    expect(processTerm(foldText(token))).toBeNull();
  });

  it('keeps the joined form of a hyphenated token whose parts are stop-words or single letters', () => {
    expect(processTerm('ve-veya')).toEqual(['veveya']);
    expect(processTerm(foldText('F-16'))).toEqual(['f16', '16']);
    expect(processTerm(foldText('S-400'))).toEqual(['s400', '400']);
  });

  it('is idempotent: a processed term processes to itself', () => {
    const terms = queryTerms("HAMANEY'İN Kim Jong-un'un Şarku’l Avsat'ın neo-Nazizmi Путин O'Brien");
    for (const term of terms) expect(processTerm(term)).toEqual([term]);
  });

  it('folds unfolded input itself', () => {
    expect(processTerm("Hamaney'İN")).toEqual(['hamaney']);
  });

  it('stop-words are stored folded', () => {
    for (const word of STOP_WORDS) expect(foldText(word)).toBe(word);
  });
});

describe('tokenize: folded text → raw tokens', () => {
  it.each([
    ['kuzey kore lideri kim jong-un dun', ['kuzey', 'kore', 'lideri', 'kim', 'jong-un', 'dun']],
    ["putin'e gonderdigi mektupta, rusya ile", ["putin'e", 'gonderdigi', 'mektupta', 'rusya', 'ile']],
    ['"yalan soyluyor" dedi.', ['yalan', 'soyluyor', 'dedi']],
    ["'tirnak' -tire- kelime'", ['tirnak', 'tire', 'kelime']],
    ['1.000 asker (afp)', ['1', '000', 'asker', 'afp']],
    ['  ', []],
  ])('%j', (text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });
});

describe('queryTerms', () => {
  it.each([
    ['Hamaney', ['hamaney']],
    ["  Putin'e ve Lavrov'a  ", ['putin', 'lavrov']],
    ['Kim Jong Un', ['kim', 'jong', 'un']],
    ['kim jong-un', ['kim', 'jongun', 'jong', 'un']],
    ['Trump ve trump', ['trump']],
    ['bu bir ve', []],
    ['', []],
    ['!!! ... ---', []],
  ])('%j → %j', (query, expected) => {
    expect(queryTerms(query)).toEqual(expected);
  });
});

describe('tokenSpans: words of original text with offsets', () => {
  it('gives offsets in the original text, suffix included', () => {
    const text = "İran Dini Lideri Ali Hamaney’in sözleri, Putin'e ve Kim Jong-un'a iletildi.";
    const spans = tokenSpans(text);
    const words = spans.map((s) => [text.slice(s.start, s.end), s.terms]);
    expect(words).toEqual([
      ['İran', ['iran']],
      ['Dini', ['dini']],
      ['Lideri', ['lideri']],
      ['Ali', ['ali']],
      ['Hamaney’in', ['hamaney']],
      ['sözleri', ['sozleri']],
      ["Putin'e", ['putin']],
      ['Kim', ['kim']],
      ["Jong-un'a", ['jongun', 'jong', 'un']],
      ['iletildi', ['iletildi']],
    ]);
  });
});

describe('stripTurkishSuffix: stems of an inflected word, longest first', () => {
  it.each([
    ['savaslarindan', ['savas']],
    ['yalanlar', ['yalan']],
    ['gazetecilerin', ['gazeteci']],
    ['lavrovun', ['lavrov']],
    ['bakanlarin', ['bakan']],
    ['askerlerine', ['asker']],
    ['ankaradaki', ['ankara']],
    ['secimlerde', ['secimler', 'secim']],
    ['aciklamasi', ['aciklama']],
    ['aciklamasindan', ['aciklama']],
    ['putini', ['putin']],
    // Too short a stem, or nothing to strip.
    ['putin', []],
    ['evde', []],
    ['hamaney', []],
    ['zafer', []],
  ])('%s → %j', (term, expected) => {
    expect(stripTurkishSuffix(term)).toEqual(expected);
  });
});

describe('softenedStem: the stem a vowel suffix gives a word ending in k, p or t', () => {
  it.each([
    ['ortaklik', 'ortaklig'],
    ['bakanlik', 'bakanlig'],
    ['kitap', 'kitab'],
    ['kanat', 'kanad'],
    ['yaprak', 'yaprag'],
    // Short words mostly keep their consonant, and other endings never soften.
    ['kent', null],
    ['ilk', null],
    ['zafer', null],
    ['hamaney', null],
  ])('%s → %s', (term, expected) => {
    expect(softenedStem(term)).toBe(expected);
  });
});
