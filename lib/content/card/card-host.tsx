/**
 * Draws the hover card: one host element on `<html>` (created on first use, so a page nobody
 * hovers carries no trace), `all: initial` against the page's CSS, a shadow root inside with the
 * card's own stylesheet, Preact rendering, and floating-ui placing the card next to the name —
 * flipping and shifting to stay in the viewport and following the page as it scrolls.
 *
 * The shadow root is closed and no synthetic event gets into it: a page script can see the host's
 * box, but can neither read the card (quotes, titles, the person) nor press its buttons.
 */
import {
  autoUpdate,
  computePosition,
  flip,
  hide,
  inline,
  offset,
  type Platform,
  platform,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
import { render } from 'preact';
import cardCss from '@/components/card/card.css?inline';
import { type CardQuote, type CardStatus, PersonCard } from '@/components/card/PersonCard';
import { siteOf } from '@/core/protocol/settings-schema';
import { ruleForSite } from '@/core/protocol/site-rules';
import type { PersonCardData, PersonEntry, UiLanguage } from '@/core/protocol/types';
import { type Theme, themeOf } from '@/lib/content/card/page-theme';
import { type CitationStyle, citationPartsOf, formatCitation } from '@/lib/shared/citation';
import { formatCorpusDate } from '@/lib/shared/i18n';
import { toLiveRange } from '../input/hit-tester';
import { hasUserGesture, trusted } from '../input/trusted-input';
import { createCardTranslator } from './card-text';
import { copyText } from './clipboard';
import { htmlElement } from './html-element';

const HOST_TAG = 'baglam-card-host';
const SVG_NS = 'http://www.w3.org/2000/svg';
/** Inline and important, so that even `* { all: unset !important }` in the page cannot move it. */
const HOST_STYLE =
  'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; ' +
  'width: 0 !important; height: 0 !important; margin: 0 !important; padding: 0 !important; ' +
  'border: 0 !important; display: block !important; overflow: visible !important; ' +
  'z-index: 2147483647 !important; pointer-events: none !important; visibility: visible !important; ' +
  'opacity: 1 !important; transform: none !important; contain: none !important;';
/** px between the name and the card. */
const CARD_GAP_PX = 6;
/** px kept free at the viewport edges. */
const VIEWPORT_PADDING_PX = 8;
/** px; below this the card scrolls inside rather than shrinking further. */
const MIN_CARD_HEIGHT_PX = 140;
/** ms the reveal flash stays (its CSS animation fades it out). */
const FLASH_MS = 1600;
/** Ancestors inspected for the page's background behind a name. */
const MAX_BACKGROUND_DEPTH = 40;
/** Stopped at the shadow root unless trusted: a page's `dispatchEvent` or `.click()` does nothing. */
const GUARDED_EVENTS = [
  'click',
  'auxclick',
  'dblclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'pointerenter',
  'pointerleave',
  'keydown',
  'keyup',
  'keypress',
  'focusin',
  'input',
  'submit',
];

/** What the card shows and what its links do; the host adds language, dates and copying. */
export interface CardContent {
  person: PersonEntry;
  data: PersonCardData | null;
  status: CardStatus;
  lang: UiLanguage;
  citationStyle: CitationStyle;
  onOpenArticle(articleId: string): void;
  onOpenPerson(personId: string): void;
  onMute(): void;
  onUnmute(): void;
  onOpenOptions(): void;
  onTurnOffSite(): void;
}

export interface CardHostEvents {
  onPointerEnter(): void;
  onPointerLeave(): void;
  onClose(): void;
}

export class CardHost {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private mount: HTMLElement | null = null;
  private stopFollowing: (() => void) | null = null;
  private theme: Theme = 'light';
  private visible = false;
  private returnFocusTo: Element | null = null;
  /** In an SVG document, the `<foreignObject>` holding the host (see `drawOnTop`). */
  private svgSlot: Element | null = null;
  /** The mention a keyboard-opened card belongs to, outlined while the card is open. */
  private ring: { range: Range; box: HTMLElement } | null = null;
  private readonly life = new AbortController();

  constructor(
    private readonly doc: Document,
    private readonly events: CardHostEvents,
  ) {}

  isOwnUi(node: Node): boolean {
    return node === this.host;
  }

  /** The shadow root for scratch work (copying) once the host exists. */
  get scratch(): ShadowRoot | null {
    return this.shadow;
  }

  get isOpen(): boolean {
    return this.visible;
  }

  /** Shows the card for a mention; `focus` moves keyboard focus into it (keyboard navigation). */
  show(
    anchor: StaticRange,
    content: CardContent,
    options: { focus: boolean; pointer?: { x: number; y: number } },
  ): void {
    const range = toLiveRange(anchor);
    if (!range) return;
    this.ensureHost();
    this.theme = pageTheme(anchor.startContainer);
    this.render(content);
    const card = this.cardElement();
    if (!card) return;
    this.visible = true;
    card.style.opacity = '0'; // until the first placement, so it never flashes at 0,0 (still focusable)
    this.ring?.box.remove();
    this.ring = null;
    if (options.focus) {
      const box = htmlElement(this.doc, 'div');
      box.className = 'mention-ring';
      box.dataset.testid = 'mention-ring';
      this.shadow?.append(box);
      this.ring = { range, box };
    }
    this.follow(range, card, options.pointer);
    if (options.focus) {
      this.returnFocusTo ??= this.doc.activeElement;
      card.focus({ preventScroll: true });
    }
  }

  /** Re-renders the open card (data arrived, language changed). */
  update(content: CardContent): void {
    if (this.visible) this.render(content);
  }

  hide(): void {
    if (!this.visible) return;
    this.visible = false;
    this.stopFollowing?.();
    this.stopFollowing = null;
    const hadFocus = this.shadow?.activeElement != null;
    if (this.mount) render(null, this.mount);
    const back = this.returnFocusTo;
    const mention = this.ring?.range ?? null;
    this.ring?.box.remove();
    this.ring = null;
    this.returnFocusTo = null;
    if (!hadFocus) return;
    if (back instanceof HTMLElement && back.isConnected && back !== this.doc.body) {
      back.focus({ preventScroll: true });
    } else if (mention) {
      returnToMention(mention);
    }
  }

  /** Draws a fading box over a mention (reveal-mention) without touching the page's text. */
  flash(anchor: StaticRange): void {
    const range = toLiveRange(anchor);
    if (!range) return;
    this.ensureHost();
    for (const rect of range.getClientRects()) {
      const box = htmlElement(this.doc, 'div');
      box.className = 'flash';
      box.dataset.testid = 'mention-flash';
      Object.assign(box.style, {
        left: `${rect.left - 2}px`,
        top: `${rect.top - 1}px`,
        width: `${rect.width + 4}px`,
        height: `${rect.height + 2}px`,
      });
      this.shadow?.append(box);
      setTimeout(() => box.remove(), FLASH_MS);
    }
  }

  destroy(): void {
    this.life.abort();
    this.hide();
    this.host?.remove();
    this.svgSlot?.remove();
    this.host = null;
    this.shadow = null;
    this.mount = null;
  }

  private ensureHost(): void {
    // Fullscreen and modal dialogs live in the top layer, above any z-index, and a modal makes the
    // rest of the page inert: the card goes inside the topmost of them to be seen and used.
    const parent = this.doc.fullscreenElement ?? topModalDialog(this.doc) ?? this.pageRoot();
    if (this.host) {
      if (this.host.parentNode !== parent) parent.append(this.host);
      undoZoom(this.host, parent);
      drawOnTop(this.host, parent);
      return;
    }
    const { host, shadow } = createHost(this.doc);
    for (const type of GUARDED_EVENTS) shadow.addEventListener(type, stopSynthetic, true);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(cardCss);
    shadow.adoptedStyleSheets = [sheet];
    const mount = htmlElement(this.doc, 'div');
    // Bağlam's UI languages are left-to-right; an RTL page must not mirror the card.
    mount.dir = 'ltr';
    mount.addEventListener(
      'pointerenter',
      trusted(() => this.events.onPointerEnter()),
    );
    mount.addEventListener(
      'pointerleave',
      trusted(() => this.events.onPointerLeave()),
    );
    shadow.append(mount);
    parent.append(host);
    undoZoom(host, parent);
    drawOnTop(host, parent);
    this.host = host;
    this.shadow = shadow;
    this.mount = mount;
    this.doc.addEventListener(
      'fullscreenchange',
      trusted(() => this.visible && this.ensureHost()),
      { signal: this.life.signal },
    );
  }

  /** `<html>` or an XML document's root; in an SVG document, a `<foreignObject>` on its root. */
  private pageRoot(): Element {
    const root = this.doc.documentElement;
    if (root.namespaceURI !== SVG_NS) return root;
    this.svgSlot ??= this.doc.createElementNS(SVG_NS, 'foreignObject');
    if (this.svgSlot.parentNode !== root) root.append(this.svgSlot);
    return this.svgSlot;
  }

  private render(content: CardContent): void {
    if (!this.mount) return;
    const { lang } = content;
    const formatDate = (date: string | null) => formatCorpusDate(date, lang);
    const copyCitation = async (quote: CardQuote) =>
      hasUserGesture() &&
      copyText(
        formatCitation(
          citationPartsOf(quote, content.person.names[lang], formatDate(quote.date)),
          lang,
          content.citationStyle,
        ),
        this.shadow,
      );
    render(
      <PersonCard
        {...content}
        t={createCardTranslator(lang)}
        formatDate={formatDate}
        onCopyCitation={copyCitation}
        theme={this.theme}
        offSiteRule={offRuleFor(this.doc.URL)}
        onClose={this.events.onClose}
      />,
      this.mount,
    );
  }

  private cardElement(): HTMLElement | null {
    return this.mount?.querySelector<HTMLElement>('[data-testid="person-card"]') ?? null;
  }

  private follow(range: Range, card: HTMLElement, pointer?: { x: number; y: number }): void {
    this.stopFollowing?.();
    const context = range.startContainer.parentElement ?? undefined;
    const reference: VirtualElement = {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
      contextElement: context,
    };
    const bodyless = this.doc.body === null;
    const place = () => {
      computePosition(reference, card, {
        platform: bodyless ? VIEWPORT_PLATFORM : platform,
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          inline(pointer),
          offset(CARD_GAP_PX),
          flip({ padding: VIEWPORT_PADDING_PX }),
          shift({ padding: VIEWPORT_PADDING_PX }),
          size({
            padding: VIEWPORT_PADDING_PX,
            apply: ({ availableHeight }) => {
              card.style.maxHeight = `${Math.max(MIN_CARD_HEIGHT_PX, Math.floor(availableHeight))}px`;
            },
          }),
          hide(),
        ],
      }).then(({ x, y, middlewareData }) => {
        if (this.ring) drawRing(this.ring.box, this.ring.range);
        card.style.left = `${Math.round(x)}px`;
        card.style.top = `${Math.round(y)}px`;
        card.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : 'visible';
        card.style.opacity = '';
      });
    };
    if (!bodyless) {
      this.stopFollowing = autoUpdate(reference, card, place);
      return;
    }
    // The page's own ancestors are not walked (see VIEWPORT_PLATFORM): any scroll or resize replaces the card.
    const stop = autoUpdate(reference, card, place, { ancestorScroll: false, ancestorResize: false });
    const view = this.doc.defaultView;
    const listening = { capture: true, passive: true } as const;
    view?.addEventListener('scroll', place, listening);
    view?.addEventListener('resize', place, listening);
    this.stopFollowing = () => {
      stop();
      view?.removeEventListener('scroll', place, listening);
      view?.removeEventListener('resize', place, listening);
    };
  }
}

/**
 * For a document without a `<body>` (XML drawn with its own CSS): floating-ui's walk up a node's
 * scrolling ancestors stops only at `<body>` and fails without one, so there the card is kept
 * inside the viewport alone.
 */
const VIEWPORT_PLATFORM: Platform = {
  ...platform,
  getClippingRect: ({ element }) => {
    const root = (element as Element).ownerDocument.documentElement;
    return { x: 0, y: 0, width: root.clientWidth || innerWidth, height: root.clientHeight || innerHeight };
  },
};

function stopSynthetic(event: Event): void {
  if (event.isTrusted) return;
  event.stopImmediatePropagation();
  event.preventDefault();
}

/** Light or dark from the backgrounds behind the name, then the page root and the system. */
function pageTheme(node: Node): Theme {
  const backgrounds: string[] = [];
  let element = node.parentElement;
  for (let depth = 0; element && depth < MAX_BACKGROUND_DEPTH; depth++) {
    backgrounds.push(getComputedStyle(element).backgroundColor);
    element =
      element.parentElement ??
      ((element.getRootNode() as ShadowRoot).host as HTMLElement | undefined) ??
      null;
  }
  const root = node.ownerDocument?.documentElement;
  return themeOf({
    backgrounds,
    colorScheme: root ? getComputedStyle(root).colorScheme : 'normal',
    systemDark: matchMedia('(prefers-color-scheme: dark)').matches,
  });
}

/** The modal dialog on top of the top layer, if one is open. */
function topModalDialog(doc: Document): HTMLDialogElement | null {
  const open = doc.querySelectorAll<HTMLDialogElement>('dialog[open]');
  for (let i = open.length - 1; i >= 0; i--) {
    const dialog = open[i] as HTMLDialogElement;
    if (dialog.matches(':modal')) return dialog;
  }
  return null;
}

/**
 * The host element and its closed shadow root. A page may have defined our tag as its own custom
 * element (and taken the shadow root, or worse): then a plain `div`, which no page can redefine.
 */
function createHost(doc: Document): { host: HTMLElement; shadow: ShadowRoot } {
  for (const tag of [HOST_TAG, 'div']) {
    const host = htmlElement(doc, tag);
    try {
      host.setAttribute('style', HOST_STYLE);
      return { host, shadow: host.attachShadow({ mode: 'closed' }) };
    } catch {
      // Taken by the page: try the next tag.
    }
  }
  throw new Error('Bağlam: no element can host the card');
}

/**
 * A page zoomed with CSS (`html { zoom: 2 }`) would zoom the card with it, off its place and out of
 * the viewport: the host takes the inverse zoom, so the card is drawn in viewport pixels.
 */
function undoZoom(host: HTMLElement, parent: Element): void {
  const zoom = (parent as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
  if (zoom > 0 && zoom !== 1) host.style.setProperty('zoom', String(1 / zoom), 'important');
  else host.style.removeProperty('zoom');
}

/**
 * In an SVG document HTML is drawn only inside a `<foreignObject>`, which scales it by the
 * drawing's viewBox and clips it to the drawing's box (often smaller than the card): there the
 * host is a manual popover, which the top layer draws over the viewport instead, unscaled and
 * unclipped (Chromium and Firefox). Moving the host hides it again, hence the check each time.
 */
function drawOnTop(host: HTMLElement, parent: Element): void {
  if (parent.namespaceURI !== SVG_NS || host.matches(':popover-open')) return;
  host.popover = 'manual';
  host.showPopover();
}

/** Outlines each line box of the mention (a name may wrap), in viewport coordinates. */
function drawRing(box: HTMLElement, range: Range): void {
  const rects = [...range.getClientRects()];
  while (box.childElementCount > rects.length) box.lastElementChild?.remove();
  rects.forEach((rect, i) => {
    const line =
      (box.children[i] as HTMLElement | undefined) ?? box.appendChild(htmlElement(box.ownerDocument, 'div'));
    Object.assign(line.style, {
      left: `${rect.left - 2}px`,
      top: `${rect.top - 1}px`,
      width: `${rect.width + 4}px`,
      height: `${rect.height + 2}px`,
    });
  });
}

/**
 * After a keyboard-opened card closes, the reader is back at the mention, not at the top of the
 * page: focus goes to the link or control holding the name, else the caret (and with it where Tab
 * continues from) is put at the name.
 */
function returnToMention(range: Range): void {
  const start = range.startContainer;
  const holder = (start instanceof Element ? start : start.parentElement)?.closest<HTMLElement>(
    'a[href], button, [tabindex], summary, label',
  );
  if (holder) {
    holder.focus({ preventScroll: true });
    return;
  }
  const selection = start.ownerDocument?.getSelection();
  selection?.collapse(start, range.startOffset);
}

/** The rule "Turn off on this site" stores for a page at `url`; null where no switch applies. */
function offRuleFor(url: string): string | null {
  const site = siteOf(url);
  return site === null ? null : ruleForSite(site);
}
