/**
 * Which parts of a page are not reading text: code, form fields, editors, hidden subtrees and our
 * own UI. Decided per element so a TreeWalker can reject whole subtrees at once.
 */

/** Elements whose text is not prose a reader hovers (or not text at all). */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'CANVAS',
  'TEMPLATE',
  'MATH',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  // No TITLE: an HTML document's is in <head> (or hidden), and an XML document's (a feed's) is text.
  'HEAD',
]);

/**
 * Inline elements: text on either side of them belongs to the same run of words, so a name split
 * across `<b>Vladimir</b> Putin` is still one name. Every other element separates blocks.
 */
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'MARK',
  'Q',
  'RUBY',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'LABEL',
  'WBR',
  'NOBR',
  // SVG: a `<text>` is one block; its spans and text on a path flow with it (see isInlineElement).
  'TSPAN',
  'TEXTPATH',
]);

/**
 * The SVG elements whose text is read: the text itself and the containers that may hold it. Every
 * other SVG element (`<title>`, `<desc>`, `<defs>`, `<style>`, shapes…) is skipped whole; a
 * `<foreignObject>`'s HTML follows the HTML rules.
 */
const SVG_TEXT_TAGS = new Set(['SVG', 'G', 'A', 'SWITCH', 'TEXT', 'TSPAN', 'TEXTPATH', 'FOREIGNOBJECT']);

export function isInlineElement(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  // SVG does not wrap lines: a `<tspan>` placed at an x or y of its own is the next line, a block.
  return (
    INLINE_TAGS.has(tag) && !(tag === 'TSPAN' && (element.hasAttribute('x') || element.hasAttribute('y')))
  );
}

/** An element laid out as a box of its own (`display: block`, a flex item…), whatever its tag. */
export function isRenderedAsBlock(element: Element): boolean {
  const display = getComputedStyle(element).display;
  // Empty: no computed style to go by (an element outside the rendered tree).
  return display !== '' && !display.startsWith('inline') && display !== 'contents';
}

function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

type VisibilityCheck = (options?: { opacityProperty?: boolean }) => boolean;

/** Hidden subtrees: the `hidden` attribute or, where the browser can tell, not rendered at all. */
export function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const check = (element as Element & { checkVisibility?: VisibilityCheck }).checkVisibility;
  return typeof check === 'function' ? !check.call(element) : false;
}

/**
 * Whether the text directly inside a rendered element cannot be seen: see `hidesText`, or it or an
 * ancestor has `opacity: 0`. Reads the element's style, so it is asked only where a name was found.
 */
export function isInvisibleText(element: Element): boolean {
  if (hidesText(getComputedStyle(element))) return true;
  const check = (element as Element & { checkVisibility?: VisibilityCheck }).checkVisibility;
  return typeof check === 'function' ? !check.call(element, { opacityProperty: true }) : false;
}

/** How far up a screen-reader-only wrapper (`.sr-only`, `.visually-hidden`) is looked for. */
const SR_ONLY_DEPTH = 3;

/**
 * Whether the text is for screen readers only: clipped away or squeezed to a pixel inside an
 * absolutely positioned box (the `.sr-only` / `.visually-hidden` patterns). Such names are counted
 * (they are on the page) but not marked (there is nothing to see or hover).
 */
export function isScreenReaderOnly(element: Element, clipped = isClippedBox): boolean {
  for (let e: Element | null = element, depth = 0; e && depth < SR_ONLY_DEPTH; depth++, e = e.parentElement)
    if (clipped(e)) return true;
  return false;
}

/** The element itself is a clipped, absolutely positioned box (one step of the check above). */
export function isClippedBox(element: Element): boolean {
  const style = getComputedStyle(element);
  return (
    /^(absolute|fixed)$/.test(style.position) &&
    (/^rect\(0/.test(style.clip) ||
      style.clipPath === 'inset(50%)' ||
      (parseFloat(style.height) <= 1 && style.overflow === 'hidden'))
  );
}

type TextStyle = Pick<
  CSSStyleDeclaration,
  'visibility' | 'fontSize' | 'color' | 'webkitTextFillColor' | 'backgroundClip'
>;

/** A computed colour with zero alpha: `rgba(0, 0, 0, 0)`, `color(srgb 1 0 0 / 0)`, `transparent`. */
function isTransparent(color: string): boolean {
  return color === 'transparent' || /^rgba\(.*,\s*0\)$|\/\s*0\)$/.test(color);
}

/**
 * Whether the text directly inside an element with this computed style cannot be seen although it
 * is rendered: `visibility: hidden`, `font-size: 0` or a transparent fill — unless the fill is
 * transparent to show a background through the glyphs (`background-clip: text`, gradient titles).
 * Decided per text-holding element, not per subtree: a child may be `visibility: visible` again.
 */
export function hidesText(style: TextStyle): boolean {
  if (style.visibility === 'hidden' || style.visibility === 'collapse' || style.fontSize === '0px')
    return true;
  const fill = style.webkitTextFillColor || style.color;
  return isTransparent(fill) && !style.backgroundClip?.includes('text');
}

/** Whether the element is of a kind never read (code, form fields, SVG shapes…), whatever its state. */
export function isSkippedKind(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  return element.namespaceURI === 'http://www.w3.org/2000/svg'
    ? !SVG_TEXT_TAGS.has(tag)
    : SKIPPED_TAGS.has(tag);
}

/** Whether `element` and everything under it is skipped (`isOwnUi` recognises the extension's host). */
export function isSkippedElement(element: Element, isOwnUi: (element: Element) => boolean): boolean {
  return isSkippedKind(element) || isEditable(element) || isOwnUi(element) || isHidden(element);
}

/** Whether `node` sits inside a skipped element (checked for roots a mutation hands us). */
export function isInsideSkipped(node: Node, isOwnUi: (element: Element) => boolean): boolean {
  const doc = node.ownerDocument;
  if (doc?.designMode === 'on') return true;
  let current: Node | null = node;
  while (current) {
    if (current.nodeType === 1 && isSkippedElement(current as Element, isOwnUi)) return true;
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return false;
}

/** The nearest ancestor that is a block (text within one block may form one name). */
export function blockOf(element: Element | null): Element | ShadowRoot | null {
  let current: Element | null = element;
  while (current && isInlineElement(current)) {
    const parent: Node | null = current.parentNode;
    if (parent instanceof ShadowRoot) return parent;
    current = parent as Element | null;
  }
  return current;
}
