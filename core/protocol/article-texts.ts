/**
 * The texts of an article, gathered one way for every reader of the corpus: the search index, the
 * person statistics and the hover card all ask for them here, so a part added to `Article` (a new
 * kind of caption, say) is searched, counted and shown alike.
 */
import type { Article } from './types';

/** The parts of an article that hold running text. */
export type ArticlePart = 'title' | 'subtitle' | 'paragraphs' | 'headings' | 'captions';

/**
 * Every part, in the order texts are read as one document: a short form (`Kim'in`) counts as a
 * mention only after the full name appeared in an earlier text, and the title and lead come first.
 */
export const ALL_ARTICLE_PARTS: readonly ArticlePart[] = [
  'title',
  'subtitle',
  'paragraphs',
  'headings',
  'captions',
];

type ArticleWithTexts = Pick<Article, 'title' | 'subtitle' | 'paragraphs' | 'headings' | 'captions'>;

function partTexts(article: ArticleWithTexts, part: ArticlePart): readonly string[] {
  switch (part) {
    case 'title':
      return [article.title];
    case 'subtitle':
      return article.subtitle === null ? [] : [article.subtitle];
    case 'paragraphs':
      return article.paragraphs;
    case 'headings':
      return article.headings.map((h) => h.text);
    case 'captions':
      return article.captions.map((c) => c.text);
  }
}

/**
 * The texts of `parts` of an article (all of them by default), always in the order of
 * `ALL_ARTICLE_PARTS` whatever the order of `parts`. A missing subtitle gives no text.
 */
export function articleTexts(
  article: ArticleWithTexts,
  parts: readonly ArticlePart[] = ALL_ARTICLE_PARTS,
): string[] {
  return ALL_ARTICLE_PARTS.filter((part) => parts.includes(part)).flatMap((part) => partTexts(article, part));
}
