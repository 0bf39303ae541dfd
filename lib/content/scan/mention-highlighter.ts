/**
 * Marks mentions with the CSS Custom Highlight API: one highlight, `baglam-mention`, holding the
 * mentions' ranges. The page's DOM is never touched; the only trace page scripts can see is the
 * registry entry and one adopted stylesheet (`::highlight()` rules must live in the tree whose text
 * they style, so shadow roots with mentions adopt it too).
 */
import type { Settings } from '@/core/protocol/settings-schema';
import type { PageMention } from './mention-store';

export const HIGHLIGHT_NAME = 'baglam-mention';

/**
 * Amber reads on white (≈3:1 as a non-text mark) and on near-black pages alike; the dotted line
 * keeps it apart from the solid underlines sites use for links.
 */
const STYLE_RULES: Record<Settings['highlightStyle'], string> = {
  underline: `::highlight(${HIGHLIGHT_NAME}) { text-decoration: underline dotted 2px rgb(217 119 6); }`,
  background: `::highlight(${HIGHLIGHT_NAME}) { background-color: rgb(250 204 21 / 0.38); }`,
  none: '',
};

interface HighlightRegistry {
  set(name: string, highlight: Highlight): void;
  delete(name: string): void;
  get(name: string): Highlight | undefined;
}

function registry(): HighlightRegistry | null {
  return (globalThis.CSS as { highlights?: HighlightRegistry } | undefined)?.highlights ?? null;
}

export class MentionHighlighter {
  private readonly highlight: Highlight | null;
  private readonly sheet: CSSStyleSheet;
  private readonly adopters = new Set<Document | ShadowRoot>();

  constructor(private readonly doc: Document) {
    this.highlight = typeof Highlight === 'function' ? new Highlight() : null;
    this.sheet = new CSSStyleSheet();
  }

  /** Registers the highlight and its style in the document. */
  attach(style: Settings['highlightStyle']): void {
    this.setStyle(style);
    this.adopt(this.doc);
    if (this.highlight) registry()?.set(HIGHLIGHT_NAME, this.highlight);
  }

  /** Styles text inside a shadow root as well (document rules do not reach into it). */
  adopt(root: Document | ShadowRoot): void {
    if (this.adopters.has(root)) return;
    this.adopters.add(root);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
  }

  setStyle(style: Settings['highlightStyle']): void {
    this.sheet.replaceSync(STYLE_RULES[style]);
  }

  add(mentions: readonly PageMention[]): void {
    for (const mention of mentions) this.highlight?.add(mention.range);
  }

  remove(mentions: readonly PageMention[]): void {
    for (const mention of mentions) this.highlight?.delete(mention.range);
  }

  clear(): void {
    this.highlight?.clear();
  }

  /** Forgets a shadow root that left the page (its style sheet goes with it). */
  release(root: ShadowRoot): void {
    this.adopters.delete(root);
  }

  /** Removes every trace from the page (the site was disabled). */
  detach(): void {
    this.clear();
    if (registry()?.get(HIGHLIGHT_NAME) === this.highlight) registry()?.delete(HIGHLIGHT_NAME);
    for (const root of this.adopters)
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.adopters.clear();
  }
}
