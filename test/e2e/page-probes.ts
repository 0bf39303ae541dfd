/**
 * Functions that run inside a browser (a web page, or the card's shadow root), shared by the
 * Chromium-only helpers and the cross-browser driver. Each is self-contained: the drivers send its
 * source text to the browser, so it may use nothing from this module's scope.
 */

export interface CardState {
  personId: string | null;
  status: string | null;
  /** `light` or `dark`, as the card chose from the page behind the name. */
  theme: string | null;
  name: string;
  role: string;
  counts: string;
  quotes: number;
  articles: number;
  coMentions: number;
  labelledBy: string;
  role_: string | null;
  rect: { left: number; top: number; right: number; bottom: number };
  visible: boolean;
}

/** Runs in the page: which element hosts the card (a page that took our tag gets a plain div). */
export const CARD_HOST_EXPRESSION =
  "document.querySelector('baglam-card-host') ?? [...document.querySelectorAll('div[style*=\"2147483647\"]')].at(-1) ?? null";

/**
 * Runs in the page: the viewport point at the centre of `text` (occurrence `n`, open shadow roots
 * searched too; with `chars`, of its first `chars` characters), scrolled into view; null if absent.
 */
export function textPoint({ text, n, chars }: { text: string; n: number; chars: number }): {
  x: number;
  y: number;
} | null {
  let seen = 0;
  const visit = (root: Node): DOMRect | null => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Element && node.shadowRoot) {
        const inner = visit(node.shadowRoot);
        if (inner) return inner;
      }
      if (node.nodeType !== Node.TEXT_NODE) continue;
      const value = node.nodeValue ?? '';
      for (let i = value.indexOf(text); i !== -1; i = value.indexOf(text, i + 1)) {
        if (seen++ !== n) continue;
        (node.parentElement as Element).scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + Math.min(chars, text.length));
        return range.getClientRects()[0] ?? null;
      }
    }
    return null;
  };
  const rect = visit(document.body ?? document.documentElement);
  return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
}

/** Runs on the card's shadow root: the card as a reader sees it, or null when none is shown. */
export function cardStateIn(root: ShadowRoot): CardState | null {
  const card = root?.querySelector<HTMLElement>('[data-testid="person-card"]');
  if (!card) return null;
  const text = (id: string) => card.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
  const labelled = card.getAttribute('aria-labelledby') ?? '';
  const rect = card.getBoundingClientRect();
  return {
    personId: card.dataset.personId ?? null,
    status: card.dataset.status ?? null,
    theme: card.dataset.theme ?? null,
    name: text('card-name'),
    role: text('card-role'),
    counts: text('card-counts'),
    quotes: card.querySelectorAll('[data-testid="quote-item"]').length,
    articles: card.querySelectorAll('[data-testid="article-item"]').length,
    coMentions: card.querySelectorAll('[data-testid="person-chip"]').length,
    labelledBy: root?.getElementById(labelled)?.textContent ?? '',
    role_: card.getAttribute('role'),
    rect: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom },
    visible: getComputedStyle(card).visibility === 'visible' && getComputedStyle(card).opacity !== '0',
  };
}

/** Runs on the card's shadow root: the centre of the first element matching `selector`, scrolled into view. */
export function elementCentreIn(root: ShadowRoot, selector: string): { x: number; y: number } | null {
  const element = root.querySelector(selector);
  if (!element) return null;
  element.scrollIntoView({ block: 'nearest' });
  const rect = element.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

/** Runs in the page: how many ranges the highlight `name` holds (0 when it is not registered). */
export function highlightSizeOf(name: string): number {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
  return registry?.get(name)?.size ?? 0;
}
