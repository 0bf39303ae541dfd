/** A search result as the popup and side panel show it. */
export interface SearchHit {
  kind: 'person' | 'article' | 'quote';
  /** Person id, article id, or `articleId#quoteIndex` for quotes. */
  id: string;
  /** Person display name, article title, or the quote's speaker name. */
  title: string;
  /** For articles and quotes: the article (to open in the reader). */
  articleId: string | null;
  /** For people and quotes: the person (to open in the person view). */
  personId: string | null;
  date: string | null;
  /**
   * A short excerpt split into parts; `mark: true` parts are matched terms. Rendered as text,
   * never as HTML.
   */
  snippet: { text: string; mark: boolean }[];
  score: number;
}
