import { describe, expect, it } from 'vitest';
import { type CitationParts, citationPartsOf, formatCitation, quotePreview } from './citation';

const base: CitationParts = {
  text: 'Amerika ile müzakere etmeyeceğiz',
  speaker: 'Ali Hamaney',
  articleTitle: 'Hamaney: ABD ile müzakere yok',
  source: 'Şarku’l Avsat',
  dateText: '5 Kasım 2024',
  date: '2024-11-05',
  fragment: false,
};

describe('formatCitation, plain', () => {
  it.each<[string, Partial<CitationParts>, 'tr' | 'en', string]>([
    [
      'names quote, speaker, title, source and date',
      {},
      'tr',
      '“Amerika ile müzakere etmeyeceğiz” — Ali Hamaney, “Hamaney: ABD ile müzakere yok”, Şarku’l Avsat, 5 Kasım 2024.',
    ],
    [
      'says the source is unknown instead of dropping it',
      { source: null },
      'tr',
      '“Amerika ile müzakere etmeyeceğiz” — Ali Hamaney, “Hamaney: ABD ile müzakere yok”, kaynak bilinmiyor, 5 Kasım 2024.',
    ],
    [
      'says the date and source are unknown',
      { dateText: '', source: null },
      'en',
      '“Amerika ile müzakere etmeyeceğiz” — Ali Hamaney, “Hamaney: ABD ile müzakere yok”, source unknown, date unknown.',
    ],
    [
      'marks a fragment in the UI language',
      { fragment: true, text: 'kalıcı barış', dateText: '' },
      'en',
      '“kalıcı barış” (partial quote) — Ali Hamaney, “Hamaney: ABD ile müzakere yok”, Şarku’l Avsat, date unknown.',
    ],
    [
      'trims stray whitespace from every part',
      { text: '  yes  ', speaker: ' Putin ', source: ' TASS ', dateText: ' 2024 ' },
      'en',
      '“yes” — Putin, “Hamaney: ABD ile müzakere yok”, TASS, 2024.',
    ],
    [
      'credits the wire service beside the publisher, and adds the address',
      { wire: 'Reuters', url: 'https://ornek.com/haber/1' },
      'en',
      '“Amerika ile müzakere etmeyeceğiz” — Ali Hamaney, “Hamaney: ABD ile müzakere yok”, Şarku’l Avsat (via Reuters), 5 Kasım 2024. https://ornek.com/haber/1',
    ],
    [
      'names the wire alone when it is the only source',
      { source: null, wire: 'KCNA' },
      'tr',
      '“Amerika ile müzakere etmeyeceğiz” — Ali Hamaney, “Hamaney: ABD ile müzakere yok”, KCNA, 5 Kasım 2024.',
    ],
    [
      'cites reported speech as a report, not as the person’s words',
      { reported: true },
      'en',
      'Reported (not a direct quote): “Amerika ile müzakere etmeyeceğiz” — Ali Hamaney, “Hamaney: ABD ile müzakere yok”, Şarku’l Avsat, 5 Kasım 2024.',
    ],
  ])('%s', (_rule, patch, lang, expected) => {
    expect(formatCitation({ ...base, ...patch }, lang)).toBe(expected);
  });
});

describe('formatCitation, markdown', () => {
  it('is a block quote with the attribution, the title linked when the address is known', () => {
    expect(formatCitation({ ...base, url: 'https://ornek.com/a' }, 'en', 'markdown')).toBe(
      '> “Amerika ile müzakere etmeyeceğiz”\n>\n> — **Ali Hamaney**, [Hamaney: ABD ile müzakere yok](<https://ornek.com/a>), Şarku’l Avsat, 5 Kasım 2024',
    );
  });

  it('escapes markup in page-provided text and says what is unknown', () => {
    expect(
      formatCitation({ ...base, articleTitle: 'a *b* [c]', source: null, dateText: '' }, 'tr', 'markdown'),
    ).toBe(
      '> “Amerika ile müzakere etmeyeceğiz”\n>\n> — **Ali Hamaney**, *a \\*b\\* \\[c\\]*, kaynak bilinmiyor, tarih bilinmiyor',
    );
  });
});

describe('formatCitation, academic (APA 7, no byline)', () => {
  it('gives the in-text citation and the reference entry', () => {
    expect(formatCitation({ ...base, url: 'https://ornek.com/a' }, 'en', 'academic')).toBe(
      '“Amerika ile müzakere etmeyeceğiz” (Ali Hamaney, quoted in “Hamaney: ABD ile müzakere yok”, 2024).\n' +
        'Hamaney: ABD ile müzakere yok. (2024, November 5). Şarku’l Avsat. https://ornek.com/a',
    );
  });

  it('writes n.d. for an unknown date and keeps a partial date as known', () => {
    expect(formatCitation({ ...base, date: null }, 'en', 'academic').split('\n')[1]).toBe(
      'Hamaney: ABD ile müzakere yok. (n.d.). Şarku’l Avsat.',
    );
    expect(formatCitation({ ...base, date: '2024-11' }, 'tr', 'academic').split('\n')[1]).toBe(
      'Hamaney: ABD ile müzakere yok. (2024, Kasım). Şarku’l Avsat.',
    );
  });
});

describe('citationPartsOf', () => {
  const cardQuote = {
    text: 'Bu rejim yok olacak',
    fragment: false,
    articleId: 'a1',
    articleTitle: 'Başlık',
    date: '2024-11-05',
    source: 'Şarku’l Avsat',
    wire: 'Reuters',
    kind: 'reported' as const,
  };

  it('passes the wire, the ISO date and reported speech on, so the citation keeps them', () => {
    const parts = citationPartsOf(cardQuote, 'Ali Khamenei', '5 November 2024');
    expect(parts).toMatchObject({
      wire: 'Reuters',
      date: '2024-11-05',
      reported: true,
      dateText: '5 November 2024',
    });
    const text = formatCitation(parts, 'en', 'academic');
    expect(text).toContain('Reported (not a direct quote)');
    expect(text).toContain('2024, November 5');
    expect(text).toContain('Şarku’l Avsat (via Reuters)');
  });

  it('treats a quote without kind or wire (older cards) as direct, with no wire', () => {
    const { wire, kind, ...older } = cardQuote;
    expect(citationPartsOf(older, 'X', '')).toMatchObject({ wire: null, reported: false });
    expect(wire && kind).toBeTruthy();
  });

  it('drops a wire or kind of the wrong type (they are not checked on receipt)', () => {
    const odd = { ...cardQuote, wire: 42, kind: ['reported'] } as unknown as typeof cardQuote;
    expect(citationPartsOf(odd, 'X', '')).toMatchObject({ wire: null, reported: false });
  });
});

describe('quotePreview', () => {
  it('keeps short quotes whole and cuts long ones after six words', () => {
    expect(quotePreview('  Bu   rejim yok olacak ')).toBe('Bu rejim yok olacak');
    expect(quotePreview('bir iki üç dört beş altı yedi')).toBe('bir iki üç dört beş altı…');
  });
});
