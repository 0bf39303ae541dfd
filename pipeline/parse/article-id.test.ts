import { describe, expect, it } from 'vitest';
import { articleId } from './article-id';

const base = {
  title: 'Hamaney: Trump, Gazze\'de barış aradığını söylediğinde "yalan söylüyor"',
  date: '2024-11',
  paragraphs: [
    "İran Dini Lideri Ali Hamaney bugün yaptığı açıklamada, ABD Başkanı Donald Trump'ı suçladı.",
    'İkinci paragraf.',
  ],
};

describe('articleId', () => {
  it('is 16 hex digits and the same for the same input', () => {
    expect(articleId(base)).toMatch(/^[0-9a-f]{16}$/);
    expect(articleId({ ...base, paragraphs: [...base.paragraphs] })).toBe(articleId(base));
  });

  it.each([
    [
      'typographic quotes and apostrophes',
      { ...base, title: 'Hamaney: Trump, Gazze’de barış aradığını söylediğinde “yalan söylüyor”' },
    ],
    ['letter case and spacing', { ...base, title: `  ${base.title.toUpperCase()}  ` }],
  ])('ignores %s', (_name, variant) => {
    expect(articleId(variant)).toBe(articleId(base));
  });

  it('depends on the start of the body only (a long live-blog can grow)', () => {
    const lead = `${base.paragraphs[0]} ${'Görüşmeler sürüyor. '.repeat(20)}`;
    expect(articleId({ ...base, paragraphs: [lead, 'Güncelleme: yeni bilgi.'] })).toBe(
      articleId({ ...base, paragraphs: [lead] }),
    );
  });

  it.each([
    ['another title', { ...base, title: 'Hamaney ABD’yi suçladı' }],
    ['another date', { ...base, date: '2024-12' }],
    ['no date', { ...base, date: null }],
    [
      'another lead paragraph',
      { ...base, paragraphs: ['Hamaney, yeni bir açıklama yaptı.', 'İkinci paragraf.'] },
    ],
  ])('changes with %s', (_name, variant) => {
    expect(articleId(variant)).not.toBe(articleId(base));
  });

  it('gives 20 000 different headlines 20 000 different ids', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 20_000; i++)
      ids.add(articleId({ title: `Haber ${i}`, date: null, paragraphs: ['Aynı gövde.'] }));
    expect(ids.size).toBe(20_000);
  });
});
