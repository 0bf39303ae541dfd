/**
 * Marks mentions with the CSS Custom Highlight API. The page's DOM is never touched; page scripts
 * can see the registry entry, and inside shadow roots with mentions, one adopted style sheet
 * (document-level rules do not reach into them).
 *
 * Two costs of the browser's, not of our script, decide how this is done:
 * - Adding a style sheet to a document restyles every element of it (seconds on a 5 MB page), so
 *   the document's `::highlight()` rules come from the manifest's content-script CSS, which the
 *   browser applies before the page is parsed; each style has its own highlight name, so that
 *   switching styles changes which name is registered, never a style sheet.
 * - Every change to a highlight makes the next frame re-paint the whole page (tens to hundreds of
 *   ms on a huge one), whatever changed: Chromium then rebuilds the marks of every registered
 *   highlight, so deleting and adding only the ranges that changed, or one highlight per stretch of
 *   the page, cost the same as clear() and add() (measured). So changes are batched (at most one
 *   per REFRESH_GAP_MS) and made only when the set to mark changed; on a page with many mentions
 *   only those within a few dozen screens of the viewport are marked (mention-band.ts), so mentions
 *   found far away change nothing, and scrolling moves the band only when the reader nears its edge.
 */
import type { Settings } from '@/core/protocol/settings-schema';
import { BAND_HEIGHT_SCREENS, bandAround } from './mention-band';
import highlightCss from './mention-highlight.css?inline';
import type { PageMention } from './mention-store';

/** The highlight of each style; `mention-highlight.css` styles them (none: no highlight at all). */
export const HIGHLIGHT_NAMES: Record<Settings['highlightStyle'], string | null> = {
  underline: 'baglam-mention',
  background: 'baglam-mention-background',
  none: null,
};

/** Up to this many mentions on a page no taller than the band, all are marked (no box reads). */
const MARK_ALL_UP_TO = 300;
/** ms between two changes to the highlight while mentions arrive or the page scrolls. */
const REFRESH_GAP_MS = 200;

interface HighlightRegistry {
  set(name: string, highlight: Highlight): void;
  delete(name: string): void;
  get(name: string): Highlight | undefined;
}

function registry(): HighlightRegistry | null {
  return (globalThis.CSS as { highlights?: HighlightRegistry } | undefined)?.highlights ?? null;
}

export class MentionHighlighter {
  private readonly highlight = typeof Highlight === 'function' ? new Highlight() : null;
  private readonly sheet = new CSSStyleSheet();
  private readonly adopters = new Set<ShadowRoot>();
  private name: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastRefresh = 0;
  private shown = new Set<PageMention>();
  /** The page's vertical stretch (document px) whose mentions are marked; null: all are. */
  private band: { top: number; bottom: number } | null = null;
  private watching: AbortController | null = null;

  constructor(
    private readonly doc: Document,
    /** The mentions to mark, in document order. */
    private readonly source: () => readonly PageMention[],
  ) {}

  /** Registers the highlight and follows scrolling (the marked band moves with the reader). */
  attach(style: Settings['highlightStyle']): void {
    this.setStyle(style);
    this.watching = new AbortController();
    const view = this.doc.defaultView;
    const options = { capture: true, passive: true, signal: this.watching.signal };
    // Scrolling alone moves the band: a resize shifts text by far less than its dozens of screens.
    view?.addEventListener(
      'scroll',
      (event) => {
        const band = this.band;
        if (!band || !view) return;
        // The window scrolled within the band: nothing to do. Inner scrollers: re-measure.
        const inBand =
          event.target === this.doc &&
          view.scrollY - view.innerHeight >= band.top &&
          view.scrollY + 2 * view.innerHeight <= band.bottom;
        if (!inBand) this.invalidate();
      },
      options,
    );
  }

  /** Styles text inside a shadow root as well (document rules do not reach into it). */
  adopt(root: ShadowRoot): void {
    if (this.adopters.has(root)) return;
    this.adopters.add(root);
    if (!this.sheet.cssRules.length) this.sheet.replaceSync(highlightCss);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
  }

  setStyle(style: Settings['highlightStyle']): void {
    this.unregister();
    this.name = HIGHLIGHT_NAMES[style];
    if (this.name && this.highlight) registry()?.set(this.name, this.highlight);
  }

  /** The marked mentions changed (found, removed, muted): the highlight follows soon, batched. */
  invalidate(): void {
    if (this.timer !== undefined || !this.watching) return;
    this.timer = setTimeout(() => this.flush(), this.lastRefresh + REFRESH_GAP_MS - performance.now());
  }

  /**
   * Applies pending changes now. Each change to a highlight makes the browser re-paint the whole
   * page, so the highlight changes only when the set of mentions to mark did.
   */
  flush(): void {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.lastRefresh = performance.now();
    const wanted = this.inBand(this.source());
    if (wanted.length === this.shown.size && wanted.every((m) => this.shown.has(m))) return;
    this.shown = new Set(wanted);
    this.highlight?.clear();
    for (const mention of wanted) this.highlight?.add(mention.range);
  }

  /** Forgets a shadow root that left the page (its style sheet goes with it). */
  release(root: ShadowRoot): void {
    this.adopters.delete(root);
  }

  /** Removes every trace from the page (the site was disabled). */
  detach(): void {
    this.watching?.abort();
    this.watching = null;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.highlight?.clear();
    this.shown.clear();
    this.unregister();
    for (const root of this.adopters)
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.adopters.clear();
  }

  private unregister(): void {
    if (this.name && registry()?.get(this.name) === this.highlight) registry()?.delete(this.name);
  }

  /**
   * All mentions on a page with few, unless the page reaches past the band: then each batch the
   * scan finds far away would re-paint the whole page for nothing. Otherwise the band around the
   * viewport (mention-band.ts).
   */
  private inBand(mentions: readonly PageMention[]): readonly PageMention[] {
    const view = this.doc.defaultView;
    this.band = null;
    if (!view) return mentions;
    const height = view.innerHeight;
    const long = height > 0 && this.doc.documentElement.scrollHeight > BAND_HEIGHT_SCREENS * height;
    if (mentions.length <= MARK_ALL_UP_TO && !long) return mentions;
    const probe = this.doc.createRange();
    const boxAt = (index: number) => {
      const { range } = mentions[index] as PageMention;
      try {
        probe.setStart(range.startContainer, range.startOffset);
        probe.setEnd(range.endContainer, range.endOffset);
        const box = probe.getBoundingClientRect();
        // A box of zeros is text not rendered now.
        return box.height > 0 ? box : null;
      } catch {
        return null; // the text changed under the range; the rescan will drop it
      }
    };
    const band = bandAround(mentions.length, boxAt, view.scrollY, view.innerHeight);
    this.band = band;
    return mentions.slice(band.start, band.end);
  }
}
