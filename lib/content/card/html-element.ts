/**
 * Creates an HTML element in any document. `document.createElement` makes HTML elements only in
 * an HTML document: in an XML document (an `.xml` page, XHTML served as `application/xml`,
 * Chromium's XML source view) it makes plain XML elements, with no `style`, `focus()` or
 * rendering as HTML, and the card would break there.
 */
const XHTML = 'http://www.w3.org/1999/xhtml';

export function htmlElement<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
): HTMLElementTagNameMap[K];
export function htmlElement(doc: Document, tag: string): HTMLElement;
export function htmlElement(doc: Document, tag: string): HTMLElement {
  return doc.createElementNS(XHTML, tag) as HTMLElement;
}
