/**
 * One row per character or word that some module's own copy of a list used to miss: each module
 * now reads the lexicon, so each handles the whole list.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isContextWord } from '../../core/mentions/name-context';
import type { PeopleRegistry } from '../../core/protocol/types';
import { foldText } from '../../core/text/fold';
import {
  APOSTROPHES,
  CLOSE_QUOTE_MARKS,
  DESCRIPTION_STOP_WORDS,
  FUNCTION_WORDS,
  MONTHS_EN,
  MONTHS_TR,
  NON_NAME_OPENERS,
  OPEN_QUOTE_MARKS,
  ROLE_TITLE_STEMS,
  TITLE_PREFIXES,
} from '../../core/text/lexicon';
import { parseCorpusFile } from '../../pipeline/parse/corpus-parser';
import { extractQuotes } from '../../pipeline/quotes/quote-extractor';
import { roleMatches, stripCaseSuffix } from '../../pipeline/quotes/speaker-resolver';
import { isRoleHead, roleBefore } from '../../pipeline/roles/role-extractor';
import { FIXTURE_PEOPLE } from '../fixtures/paths';

const people = (JSON.parse(readFileSync(FIXTURE_PEOPLE, 'utf8')) as PeopleRegistry).people;

describe('the lexicon itself', () => {
  it('keeps the description stop words a subset of the function words, so the two cannot disagree', () => {
    for (const word of DESCRIPTION_STOP_WORDS) expect(FUNCTION_WORDS).toContain(word);
  });

  it('holds folded words only', () => {
    for (const word of [...MONTHS_TR, ...MONTHS_EN, ...ROLE_TITLE_STEMS, ...TITLE_PREFIXES]) {
      expect(foldText(word)).toBe(word);
    }
  });
  it('has twelve months per language', () => {
    expect(MONTHS_TR).toHaveLength(12);
    expect(MONTHS_EN).toHaveLength(12);
  });
  it.each([...APOSTROPHES])('folding turns apostrophe %s into an ASCII one', (a) => {
    expect(foldText(`Putin${a}e`)).toBe("putin'e");
  });
});

describe('speaker-resolver strips a suffix after every apostrophe', () => {
  it.each(['‘', '′'])('Putin%se → Putin', (a) => {
    expect(stripCaseSuffix(`Putin${a}e`)).toBe('Putin');
  });
});

describe('role-extractor knows every title', () => {
  it.each(['Şeyhi', 'Ayetullah', 'İmamı', 'Şansölyesi', 'Diktatör', 'dictator'])(
    '%s heads a role',
    (word) => {
      expect(isRoleHead(word)).toBe(true);
    },
  );
  it.each(['‘', '′'])('a genitive with %s ends a role', (a) => {
    const text = `Dün İran${a}ın Dini Lideri Ali Hamaney konuştu.`;
    expect(roleBefore(text, text.indexOf('Ali'))).toEqual({
      role: 'Dini Lideri',
      start: text.indexOf('Dini'),
    });
  });
});

describe('the mention matcher knows every title', () => {
  it.each([
    'yetkilisi',
    'mustesari',
    'veliahti',
    'amirali',
    'diplomat',
    'baskomutani',
    'official',
    'adviser',
    'advisor',
  ])('%s is context next to a name', (folded) => {
    expect(isContextWord(folded)).toBe(true);
  });
  it('still reads names that start like a title', () => {
    for (const name of ['papadopoulos', 'sefik', 'kingston', 'patrik'])
      expect(isContextWord(name)).toBe(false);
  });
});

describe('quote-extractor reads every apostrophe, month and speech verb', () => {
  const quote = (paragraph: string) =>
    extractQuotes({ title: 'Başlık', subtitle: null, headings: [], paragraphs: [paragraph] }, people).map(
      (q) => [q.text, q.speakerId],
    );
  it.each(['‘', '′'])('a genitive name with %s is not the subject', (a) => {
    expect(
      quote(`Putin${a}in açıklamalarını değerlendiren Trump, "Bunu hep birlikte göreceğiz" dedi.`),
    ).toEqual([['Bunu hep birlikte göreceğiz', 'donald-trump']]);
  });
  it('an English speech verb in the present: "…," Putin claims', () => {
    expect(quote('"We will never surrender," Putin claims.')).toEqual([
      ['We will never surrender', 'vladimir-putin'],
    ]);
  });
  it('a Turkish month opening the sentence is no speaker', () => {
    expect(quote('Ekim ayında Putin, "Barışa hazırız" dedi.')).toEqual([
      ['Barışa hazırız', 'vladimir-putin'],
    ]);
  });
});

describe('corpus-parser reads every apostrophe and quote mark', () => {
  const withLine = (line: string) =>
    `Başlık\n\nBirinci paragraf burada bitiyor.\n\n${line}\n\nİkinci paragraf burada bitiyor.\n`;
  it.each(['‚Yeni bir dönem‘', '„Yeni bir dönem“'])('%s is a subheading', (line) => {
    const [article] = parseCorpusFile(withLine(line), 'a.txt').articles;
    expect(article?.headings).toEqual([{ before: 1, text: line }]);
  });
  it('knows every quote mark of the quote extractor', () => {
    for (const mark of '"“„«‘‚‹') expect(OPEN_QUOTE_MARKS).toContain(mark);
    for (const mark of '"”“»’‘›') expect(CLOSE_QUOTE_MARKS).toContain(mark);
  });
});

describe('every module drops every sentence opener from the front of a name, speaker or role', () => {
  const capitalised = (w: string) => w.charAt(0).toLocaleUpperCase('tr') + w.slice(1);
  const openers = NON_NAME_OPENERS.map(capitalised);

  it.each(openers)('role-extractor: %s İran Dini Lideri Ali Hamaney', (opener) => {
    const text = `${opener} İran Dini Lideri Ali Hamaney konuştu.`;
    expect(roleBefore(text, text.indexOf('Ali'))?.role).toBe('İran Dini Lideri');
  });

  // `That Putin, "…"` opens a reported clause, which the quote extractor reads on its own terms.
  it.each(openers.filter((o) => o !== 'That'))('quote-extractor: %s Putin, "…" dedi', (opener) => {
    const [q] = extractQuotes(
      {
        title: 'Başlık',
        subtitle: null,
        headings: [],
        paragraphs: [`${opener} Putin, "Barışa hazırız" dedi.`],
      },
      people,
    );
    expect([q?.speakerId, q?.speakerName]).toEqual(['vladimir-putin', 'Putin']);
  });

  it.each(openers)('corpus-parser: %s New York Times’ın haberine göre', (opener) => {
    const file = `Başlık\n\n${opener} New York Times’ın haberine göre görüşme dün yapıldı.\n\nİkinci paragraf burada.\n`;
    expect(parseCorpusFile(file, 'a.txt').articles[0]?.source).toBe('New York Times');
  });
});

describe('role comparison skips every function word', () => {
  it.each(FUNCTION_WORDS)('%s Rus bakan ~ Rusya Dışişleri Bakanı', (word) => {
    expect(roleMatches(`${word} Rus bakan`, 'Rusya Dışişleri Bakanı')).toBe(true);
  });
});
