/**
 * The parser on arbitrary files (fast-check): scraped text is hostile input, so random Unicode,
 * control characters, stray quote marks and date lines never make it throw, and what it returns
 * is always well formed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCorpusFile } from './corpus-parser';

const line = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    ' date 2024-11-05 Dünya',
    ' date 2024-13-99',
    'MOSKOVA (AA) -',
    '“',
    '"',
    '«»',
    '',
    '\u202e',
    'Menü Kapat',
  ),
  fc.constantFrom('Putin: "Barış istiyoruz" dedi.', '“Kimse', 'Hamaney’in "sözleri" — diye konuştu.'),
);
const file = fc.array(line, { maxLength: 30 }).map((lines) => lines.join('\n'));

describe('the corpus parser on arbitrary files', () => {
  it('never throws, and every article it returns is well formed', () => {
    fc.assert(
      fc.property(file, (text) => {
        const result = parseCorpusFile(text, 'random.txt');
        for (const article of result.articles) {
          expect(typeof article.id).toBe('string');
          expect(article.title.trim()).not.toBe('');
          expect(article.paragraphs.every((p) => typeof p === 'string')).toBe(true);
          expect(article.date === null || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(article.date)).toBe(true);
          // Bidi controls never reach the corpus.
          expect(JSON.stringify(article)).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/u);
        }
        for (const warning of result.warnings) expect(warning.file).toBe('random.txt');
      }),
      { numRuns: 300 },
    );
  });
});
