import { describe, expect, it } from 'vitest';
import { articleTexts } from './article-texts';

const article = {
  title: 'Başlık',
  subtitle: 'Spot',
  paragraphs: ['Birinci paragraf.', 'İkinci paragraf.'],
  headings: [{ before: 1, text: 'Ara başlık' }],
  captions: [{ text: 'Fotoğraf altı', credit: 'AFP' }],
};

describe('articleTexts', () => {
  it('gives every text: title, lead, paragraphs, subheadings, captions', () => {
    expect(articleTexts(article)).toEqual([
      'Başlık',
      'Spot',
      'Birinci paragraf.',
      'İkinci paragraf.',
      'Ara başlık',
      'Fotoğraf altı',
    ]);
  });
  it('gives no text for a missing subtitle', () => {
    expect(articleTexts({ ...article, subtitle: null })).toEqual([
      'Başlık',
      'Birinci paragraf.',
      'İkinci paragraf.',
      'Ara başlık',
      'Fotoğraf altı',
    ]);
  });
  it('keeps the reading order whatever order the parts are asked in', () => {
    expect(articleTexts(article, ['captions', 'subtitle'])).toEqual(['Spot', 'Fotoğraf altı']);
  });
  it('gives only the parts asked for', () => {
    expect(articleTexts(article, ['paragraphs'])).toEqual(['Birinci paragraf.', 'İkinci paragraf.']);
    expect(articleTexts(article, [])).toEqual([]);
  });
});
