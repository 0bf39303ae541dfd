import { describe, expect, it } from 'vitest';
import type { Quote } from '../../core/protocol/types';
import {
  layoutParagraph,
  type MentionSpan,
  type ParagraphSegment,
  quotesByParagraph,
} from './article-segments';

function quote(text: string, speakerId: string | null, paragraph = 0): Quote {
  return { text, speakerId, speakerName: speakerId, fragment: false, paragraph };
}

function mention(paragraph: string, name: string, personId: string, occurrence = 0): MentionSpan {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = paragraph.indexOf(name, start + 1);
  if (start < 0) throw new Error(`${name} not in test paragraph`);
  return { start, end: start + name.length, personId };
}

/** A compact picture of the segments: `[Putin→vladimir-putin]`, `«…»@speaker`. */
function picture(segments: ParagraphSegment[]): string {
  return segments
    .map((s) => {
      if (s.kind === 'text') return s.text;
      if (s.kind === 'mention') return `[${s.text}→${s.personId}]`;
      return `«${picture(s.children)}»@${s.quote.speakerId ?? '?'}`;
    })
    .join('');
}

describe('article paragraph layout', () => {
  it('keeps a paragraph without quotes or mentions as one text segment', () => {
    const text = 'Seul ve Washington, bu askerlerin binden fazlasının öldürüldüğünü açıkladı.';
    expect(layoutParagraph(text, [], []).segments).toEqual([{ kind: 'text', text }]);
  });

  it('turns mentions into person links, keeping the suffix outside the link', () => {
    const text = "Kim mektubunda Putin'e ve tüm Ruslara yeni yıl selamlarını iletti.";
    const layout = layoutParagraph(
      text,
      [],
      [mention(text, 'Kim', 'kim-jong-un'), mention(text, 'Putin', 'vladimir-putin')],
    );
    expect(picture(layout.segments)).toBe(
      "[Kim→kim-jong-un] mektubunda [Putin→vladimir-putin]'e ve tüm Ruslara yeni yıl selamlarını iletti.",
    );
  });

  it('sets a quote off with its speaker and keeps mentions inside it', () => {
    const text =
      'Choe Son-hui ise konuşmasında, "Rusya Devlet Başkanı Vladimir Putin\'in liderliğinde Rus ordusu zafer kazanacak" dedi.';
    const q = quote(
      "Rusya Devlet Başkanı Vladimir Putin'in liderliğinde Rus ordusu zafer kazanacak",
      'choe-son-hui',
    );
    const layout = layoutParagraph(
      text,
      [{ quoteIndex: 3, quote: q }],
      [mention(text, 'Choe Son-hui', 'choe-son-hui'), mention(text, 'Vladimir Putin', 'vladimir-putin')],
    );
    expect(picture(layout.segments)).toBe(
      '[Choe Son-hui→choe-son-hui] ise konuşmasında, "«Rusya Devlet Başkanı [Vladimir Putin→vladimir-putin]\'in liderliğinde Rus ordusu zafer kazanacak»@choe-son-hui" dedi.',
    );
    expect(layout.segments.find((s) => s.kind === 'quote')).toMatchObject({ quoteIndex: 3 });
    expect(layout.unplaced).toEqual([]);
  });

  it('finds a quote whose apostrophes and case differ from the paragraph', () => {
    const text = 'Hamaney, “Trump YALAN SÖYLÜYOR’’ dedi.';
    const q = quote('Trump yalan söylüyor', 'ali-khamenei');
    expect(picture(layoutParagraph(text, [{ quoteIndex: 0, quote: q }], []).segments)).toBe(
      'Hamaney, “«Trump YALAN SÖYLÜYOR»@ali-khamenei’’ dedi.',
    );
  });

  it('places two quotes of one paragraph in reading order, whatever their order in the list', () => {
    const text = 'Lavrov "ilişkiler gelişti" dedi; Choe "zafer bizim" diye yanıtladı.';
    const layout = layoutParagraph(
      text,
      [
        { quoteIndex: 5, quote: quote('zafer bizim', 'choe-son-hui') },
        { quoteIndex: 4, quote: quote('ilişkiler gelişti', 'sergey-lavrov') },
      ],
      [],
    );
    expect(picture(layout.segments)).toBe(
      'Lavrov "«ilişkiler gelişti»@sergey-lavrov" dedi; Choe "«zafer bizim»@choe-son-hui" diye yanıtladı.',
    );
  });

  it('gives the same words quoted twice the next occurrence each', () => {
    const text = '"Hayır" dedi. Sonra yine "Hayır" dedi.';
    const layout = layoutParagraph(
      text,
      [
        { quoteIndex: 0, quote: quote('Hayır', 'a') },
        { quoteIndex: 1, quote: quote('Hayır', 'b') },
      ],
      [],
    );
    expect(picture(layout.segments)).toBe('"«Hayır»@a" dedi. Sonra yine "«Hayır»@b" dedi.');
  });

  it('reports a quote it cannot find instead of dropping it', () => {
    const q = quote('Bu cümle paragrafta yok', 'donald-trump');
    const layout = layoutParagraph('Başka bir paragraf.', [{ quoteIndex: 2, quote: q }], []);
    expect(layout.unplaced).toEqual([{ quoteIndex: 2, quote: q }]);
    expect(picture(layout.segments)).toBe('Başka bir paragraf.');
  });

  it('leaves a mention that crosses a quote edge as plain text', () => {
    const text = 'Vladimir "Putin geldi" dedi.';
    const layout = layoutParagraph(
      text,
      [{ quoteIndex: 0, quote: quote('Putin geldi', null) }],
      [{ start: 0, end: 15, personId: 'vladimir-putin' }],
    );
    expect(picture(layout.segments)).toBe('Vladimir "«Putin geldi»@?" dedi.');
  });

  it('keeps the earliest, then longest, of overlapping mentions', () => {
    const text = 'Vladimir Putin konuştu.';
    const layout = layoutParagraph(
      text,
      [],
      [
        { start: 9, end: 14, personId: 'short' },
        { start: 0, end: 14, personId: 'vladimir-putin' },
      ],
    );
    expect(picture(layout.segments)).toBe('[Vladimir Putin→vladimir-putin] konuştu.');
  });

  it('groups quotes by paragraph with their index in the article', () => {
    const quotes = [quote('a', 'x', 2), quote('b', 'y', -1), quote('c', 'z', 2)];
    const grouped = quotesByParagraph(quotes);
    expect(grouped.get(2)?.map((q) => q.quoteIndex)).toEqual([0, 2]);
    expect(grouped.get(-1)?.map((q) => q.quoteIndex)).toEqual([1]);
    expect(grouped.get(0)).toBeUndefined();
  });
});
