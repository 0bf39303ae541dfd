import { describe, expect, it } from 'vitest';
import { type CitationParts, formatCitation } from './citation';

const base: CitationParts = {
  text: 'Amerika ile müzakere etmeyeceğiz',
  speaker: 'Ali Hamaney',
  articleTitle: 'Hamaney: ABD ile müzakere yok',
  source: 'Şarku’l Avsat',
  dateText: '5 Kasım 2024',
  fragment: false,
};

describe('formatCitation', () => {
  it.each<[string, Partial<CitationParts>, 'tr' | 'en', string]>([
    [
      'names quote, speaker, title, source and date',
      {},
      'tr',
      '“Amerika ile müzakere etmeyeceğiz” — Ali Hamaney, “Hamaney: ABD ile müzakere yok”, Şarku’l Avsat, 5 Kasım 2024.',
    ],
    [
      'leaves out an unknown source',
      { source: null },
      'tr',
      '“Amerika ile müzakere etmeyeceğiz” — Ali Hamaney, “Hamaney: ABD ile müzakere yok”, 5 Kasım 2024.',
    ],
    [
      'leaves out an unknown date',
      { dateText: '', source: null },
      'en',
      '“Amerika ile müzakere etmeyeceğiz” — Ali Hamaney, “Hamaney: ABD ile müzakere yok”.',
    ],
    [
      'marks a fragment in the UI language',
      { fragment: true, text: 'kalıcı barış', dateText: '' },
      'en',
      '“kalıcı barış” (partial quote) — Ali Hamaney, “Hamaney: ABD ile müzakere yok”, Şarku’l Avsat.',
    ],
    [
      'trims stray whitespace from every part',
      { text: '  yes  ', speaker: ' Putin ', source: ' TASS ', dateText: ' 2024 ' },
      'en',
      '“yes” — Putin, “Hamaney: ABD ile müzakere yok”, TASS, 2024.',
    ],
  ])('%s', (_rule, patch, lang, expected) => {
    expect(formatCitation({ ...base, ...patch }, lang)).toBe(expected);
  });
});
