import { describe, expect, it } from 'vitest';
import { makeSnippet, SNIPPET_LENGTH, type Snippet } from './snippet';

/** `[marked]` notation, to read expectations at a glance. */
function show(snippet: Snippet): string {
  return snippet.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');
}

function marked(snippet: Snippet): string[] {
  return snippet.filter((p) => p.mark).map((p) => p.text);
}

const terms = (...t: string[]) => new Set(t);

describe('makeSnippet: marking', () => {
  it.each([
    // Folding: index terms are folded, the text is not.
    ['İran Dini Lideri Ali Hamaney’in açıklaması', ['hamaney'], ['Hamaney’in']],
    ["HAMANEY'İN AÇIKLAMASI", ['hamaney', 'aciklamasi'], ["HAMANEY'İN", 'AÇIKLAMASI']],
    ["Rusya Devlet Başkanı Vladimir Putin'e gönderdiği mektupta", ['putin'], ["Putin'e"]],
    ['Kuzey Kore lideri Kim Jong-un dün', ['jong'], ['Jong-un']],
    ['Путин заявил, что Путина не было', ['путин'], ['Путин']],
    ['Şüphemiz yok, dedi. Şüphe yok.', ['suphemiz'], ['Şüphemiz']],
    // A term never marks part of a longer word.
    ['Putinizm ve Putin', ['putin'], ['Putin']],
    ['Kanserli tümör', ['kanser'], []],
  ])('%j with %j marks %j', (text, t, expected) => {
    expect(marked(makeSnippet([text], terms(...t)))).toEqual(expected);
  });

  it('keeps the text between marks as it is, so parts join back to the excerpt', () => {
    const text = 'Hamaney, "ABD Ortadoğu\'dan çekilmeli ve çekilecek" dedi.';
    const snippet = makeSnippet([text], terms('abd', 'ortadogu'));
    expect(snippet.map((p) => p.text).join('')).toBe(text);
    expect(show(snippet)).toBe('Hamaney, "[ABD] [Ortadoğu\'dan] çekilmeli ve çekilecek" dedi.');
  });

  it('treats markup in the text as text', () => {
    const snippet = makeSnippet(['<b>Putin</b> & <i>Lavrov</i>'], terms('putin'));
    expect(snippet.map((p) => p.text).join('')).toBe('<b>Putin</b> & <i>Lavrov</i>');
    expect(marked(snippet)).toEqual(['Putin']);
  });

  it('collapses line breaks and runs of spaces', () => {
    expect(show(makeSnippet(['Putin\n\n  ve   Lavrov'], terms('lavrov')))).toBe('Putin ve [Lavrov]');
  });
});

const LONG = [
  'Kuzey Kore Dışişleri Bakanı Choe Son-hui, resmi ziyaret kapsamında Rusya’nın başkenti Moskova’ya geldi.',
  'Kuzey Koreli Bakan Choe, Yaroslavskiy Garı’nda Rusya Dışişleri Bakanı Sergey Lavrov tarafından çiçekle karşılandı.',
  'Choe ve Lavrov, garda eski Kuzey Kore lideri Kim İl-sung’un 1949’da Moskova’ya yaptığı ziyaretin anısına bir anıt levhanın açılışını gerçekleştirdi,',
  'daha sonra görüşme için Rusya Dışişleri Bakanlığı’na geçti. Lavrov görüşmenin başından yaptığı konuşmada, ikili ilişkilerin benzeri görülmemiş bir seviyeye ulaştığını söyledi.',
].join(' ');

describe('makeSnippet: the window', () => {
  it('is about SNIPPET_LENGTH characters, cut at word boundaries with ellipses', () => {
    const snippet = makeSnippet([LONG], terms('anit'));
    const text = snippet.map((p) => p.text).join('');
    expect(text.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2);
    expect(text.length).toBeGreaterThan(SNIPPET_LENGTH / 2);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    // Whole words only: the excerpt (without ellipses) is a run of whole words of the original.
    const inner = text.replace(/^…|…$/gu, '');
    expect(LONG).toContain(inner);
    const at = LONG.indexOf(inner);
    expect(LONG[at - 1]).toBe(' ');
    expect([' ', undefined]).toContain(LONG[at + inner.length]);
    expect(marked(snippet)).toEqual(['anıt']);
  });

  it('keeps some context before the first match instead of starting with it', () => {
    const text = makeSnippet([LONG], terms('levhanin'))
      .map((p) => p.text)
      .join('');
    expect(text.indexOf('levhanın')).toBeGreaterThan(15);
  });

  it('starts at the sentence holding the match when that sentence starts shortly before it', () => {
    const text = makeSnippet([LONG], terms('basindan'))
      .map((p) => p.text)
      .join('');
    expect(text.startsWith('…Lavrov görüşmenin başından')).toBe(true);
  });

  it('prefers the window holding the most distinct terms', () => {
    const snippet = makeSnippet([LONG], terms('lavrov', 'cicekle'));
    expect(marked(snippet)).toEqual(expect.arrayContaining(['Lavrov', 'çiçekle']));
  });

  it('prefers the text holding the most distinct terms, earlier texts on ties', () => {
    const texts = [
      'Putin bugün konuştu.',
      'Putin ve Lavrov bugün görüştü.',
      'Lavrov ve Putin yarın görüşecek.',
    ];
    expect(show(makeSnippet(texts, terms('putin', 'lavrov')))).toBe('[Putin] ve [Lavrov] bugün görüştü.');
    expect(show(makeSnippet(texts, terms('putin')))).toBe('[Putin] bugün konuştu.');
  });

  it('starts at the beginning of a short text', () => {
    expect(show(makeSnippet(['Zafer gününe kadar yanınızdayız'], terms('yaninizdayiz')))).toBe(
      'Zafer gününe kadar [yanınızdayız]',
    );
  });

  it('honours a custom length', () => {
    const text = makeSnippet([LONG], terms('lavrov'), 60)
      .map((p) => p.text)
      .join('');
    expect(text.length).toBeLessThanOrEqual(62);
    expect(text).toContain('Lavrov');
  });
});

describe('makeSnippet: no match', () => {
  it('gives the beginning of the first non-empty text, unmarked', () => {
    const snippet = makeSnippet(['', '   ', LONG], terms('trump'));
    expect(snippet.every((p) => !p.mark)).toBe(true);
    const text = snippet.map((p) => p.text).join('');
    expect(text.startsWith('Kuzey Kore Dışişleri Bakanı')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
  });

  it('gives nothing for no text', () => {
    expect(makeSnippet([], terms('putin'))).toEqual([]);
    expect(makeSnippet([''], terms())).toEqual([]);
  });
});
