/**
 * Helpers for the content-script e2e tests: talk to the page's content script from an extension
 * page, find words inside open shadow roots, read the card and the highlight.
 *
 * The card lives in a closed shadow root that page scripts (and so `page.evaluate` and Playwright's
 * CSS locators) cannot enter. The tests read it the way DevTools does, through CDP: `DOM.describeNode`
 * with `pierce` names the closed root, `DOM.resolveNode` hands a reference to it, and a function
 * runs on that reference. Clicks on the card are real mouse clicks at its buttons' boxes.
 */
import type { Page } from 'playwright-core';
import type { PageMentions } from '@/core/protocol/messages';
import { waitFor } from './harness';

/** Sends a content request to the (only) web page open in the browser, from an extension page. */
export async function askPage<T = PageMentions>(ext: Page, message: unknown): Promise<T> {
  return waitFor(
    () =>
      ext.evaluate(async (message) => {
        for (const tab of await chrome.tabs.query({})) {
          if (!tab.id || tab.url?.startsWith('chrome-extension:')) continue;
          try {
            return (await chrome.tabs.sendMessage(tab.id, message, { frameId: 0 })) as T;
          } catch {
            // no content script in this tab (yet)
          }
        }
        return null;
      }, message),
    10_000,
    'the content script',
  );
}

/**
 * Viewport point at the centre of `text` (occurrence `n`), searching open shadow roots too; with
 * `chars`, at the centre of its first `chars` characters (a name's letters, not its suffix).
 */
export async function pointOf(
  page: Page,
  text: string,
  n = 0,
  chars = text.length,
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ text, n, chars }) => {
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
      const rect = visit(document.body);
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    },
    { text, n, chars },
  );
  if (!point) throw new Error(`"${text}" (#${n}) not found on ${page.url()}`);
  return point;
}

/** Moves the pointer onto a word (its first letters) the way a person does: from below, in a few steps, then rests. */
export async function hoverWord(page: Page, text: string, n = 0): Promise<void> {
  const { x, y } = await pointOf(page, text, n, 3);
  await page.mouse.move(x - 10, y + 60);
  await page.mouse.move(x, y, { steps: 5 });
}

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

/**
 * Runs `fn` on the card host's closed shadow root (through CDP, not as a page script); null when
 * there is no host. `fn` is serialised like `page.evaluate`'s.
 */
export async function inCardRoot<T, A = undefined>(
  page: Page,
  fn: (root: ShadowRoot, arg: A) => T,
  arg?: A,
): Promise<T | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', {
      // A page that defined our tag itself gets a plain div host (the one with our inline style).
      expression:
        "document.querySelector('baglam-card-host') ?? [...document.querySelectorAll('div[style*=\"2147483647\"]')].at(-1) ?? null",
    });
    if (!result.objectId) return null;
    const { node } = await cdp.send('DOM.describeNode', {
      objectId: result.objectId,
      depth: 1,
      pierce: true,
    });
    const root = node.shadowRoots?.[0];
    if (!root) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: root.backendNodeId });
    if (!object.objectId) return null;
    const answer = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (answer.exceptionDetails) throw new Error(`inCardRoot: ${answer.exceptionDetails.text}`);
    return answer.result.value as T;
  } finally {
    await cdp.detach();
  }
}

/** The text of the first element matching `selector` in the card, or null. */
export async function cardText(page: Page, selector: string): Promise<string | null> {
  return inCardRoot(page, (root, sel) => root.querySelector(sel)?.textContent ?? null, selector);
}

/** Clicks the first element matching `selector` in the card with the real mouse. */
export async function clickInCard(page: Page, selector: string): Promise<void> {
  const point = await inCardRoot(
    page,
    (root, sel) => {
      const element = root.querySelector(sel);
      if (!element) return null;
      element.scrollIntoView({ block: 'nearest' });
      const rect = element.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    selector,
  );
  if (!point) throw new Error(`no ${selector} in the card`);
  await page.mouse.click(point.x, point.y);
}

/** The card as a reader sees it, or null when none is shown. */
export async function readCard(page: Page): Promise<CardState | null> {
  return inCardRoot(page, (root) => {
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
  });
}

/** Waits for a card whose data arrived (status ready) for `personId`. */
export async function waitForCard(page: Page, personId: string, timeoutMs = 5000): Promise<CardState> {
  return waitFor(
    async () => {
      const card = await readCard(page);
      return card?.personId === personId && card.status === 'ready' && card.visible ? card : null;
    },
    timeoutMs,
    `the card for ${personId}`,
  );
}

/** Number of ranges in the page's `baglam-mention` highlight (null when not registered). */
export async function highlightSize(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights;
    return registry.get('baglam-mention')?.size ?? null;
  });
}

/** Writes settings the way the options page does (one object in storage.sync). */
export async function writeSettings(ext: Page, patch: Record<string, unknown>): Promise<void> {
  await ext.evaluate(async (patch) => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...(settings ?? {}), ...patch } });
  }, patch);
}
