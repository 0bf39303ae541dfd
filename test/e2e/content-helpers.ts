/**
 * Helpers for the content-script e2e tests: talk to the page's content script from an extension
 * page, find words inside open shadow roots, read the card and the highlight.
 *
 * The card lives in a closed shadow root that page scripts (and so `page.evaluate` and Playwright's
 * CSS locators) cannot enter. The tests read it the way DevTools does, through CDP: `DOM.describeNode`
 * with `pierce` names the closed root, `DOM.resolveNode` hands a reference to it, and a function
 * runs on that reference (in a frame, from an isolated world of its own). Clicks on the card are
 * real mouse clicks at its buttons' boxes.
 */
import type { CDPSession, Frame, Page } from 'playwright-core';
import type { PageMentions } from '@/core/protocol/messages';
import { waitFor } from './harness';
import { CARD_HOST_EXPRESSION, type CardState, cardStateIn, elementCentreIn, textPoint } from './page-probes';

export type { CardState } from './page-probes';

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
  const point = await page.evaluate(textPoint, { text, n, chars });
  if (!point) throw new Error(`"${text}" (#${n}) not found on ${page.url()}`);
  return point;
}

/** Moves the pointer onto a word (its first letters) the way a person does: from below, in a few steps, then rests. */
export async function hoverWord(page: Page, text: string, n = 0): Promise<void> {
  const { x, y } = await pointOf(page, text, n, 3);
  await page.mouse.move(x - 10, y + 60);
  await page.mouse.move(x, y, { steps: 5 });
}

/**
 * A CDP session that reaches `target`, and where probes run there: the page's own world, or for a
 * frame a fresh isolated world in it (a sandboxed frame runs no page script, a cross-origin one
 * lives in another process and has a session of its own; any other frame is found in the page's
 * frame tree by its name).
 */
async function probeWorld(target: Page | Frame): Promise<{ cdp: CDPSession; contextId?: number }> {
  if (!('parentFrame' in target)) return { cdp: await target.context().newCDPSession(target) };
  const context = target.page().context();
  let cdp: CDPSession;
  let own = true;
  try {
    cdp = await context.newCDPSession(target);
  } catch {
    cdp = await context.newCDPSession(target.page());
    own = false;
  }
  try {
    type Tree = { frame: { id: string; name?: string }; childFrames?: Tree[] };
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: Tree };
    const find = (tree: Tree): string | null =>
      tree.frame.name === target.name()
        ? tree.frame.id
        : ((tree.childFrames ?? []).map(find).find(Boolean) ?? null);
    const frameId = own ? frameTree.frame.id : find(frameTree);
    if (!frameId) throw new Error(`no frame named ${target.name()}`);
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId,
      worldName: 'baglam-e2e-probe',
    });
    return { cdp, contextId: executionContextId };
  } catch (error) {
    await cdp.detach();
    throw error;
  }
}

/**
 * Calls the function `source` (`(arg)`, or `(root, arg)` with `onCard`) on the document of
 * `target`, or with `onCard` on the card host's closed shadow root there (null when there is no host).
 */
async function probe<T>(
  target: Page | Frame,
  onCard: boolean,
  source: string,
  arg: unknown,
): Promise<T | null> {
  const { cdp, contextId } = await probeWorld(target);
  try {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: onCard ? CARD_HOST_EXPRESSION : 'document',
      contextId,
    });
    let objectId = result.objectId;
    if (!objectId) return null;
    if (onCard) {
      const { node } = await cdp.send('DOM.describeNode', { objectId, depth: 1, pierce: true });
      const root = node.shadowRoots?.[0];
      if (!root) return null;
      const { object } = await cdp.send('DOM.resolveNode', {
        backendNodeId: root.backendNodeId,
        executionContextId: contextId,
      });
      objectId = object.objectId;
      if (!objectId) return null;
    }
    const answer = await cdp.send('Runtime.callFunctionOn', {
      objectId,
      functionDeclaration: `function (arg) { return (${source})(${onCard ? 'this, ' : ''}arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (answer.exceptionDetails) throw new Error(`probe: ${answer.exceptionDetails.text}`);
    return answer.result.value as T;
  } finally {
    await cdp.detach();
  }
}

/**
 * Runs `fn` on the card host's closed shadow root (through CDP, not as a page script) in the page
 * or in one of its frames; null when there is no host. `fn` is serialised like `page.evaluate`'s.
 */
export function inCardRoot<T, A = undefined>(
  target: Page | Frame,
  fn: (root: ShadowRoot, arg: A) => T,
  arg?: A,
): Promise<T | null> {
  return probe<T>(target, true, fn.toString(), arg);
}

/** Runs `fn` in an isolated world of `frame` (any frame, sandboxed or of another site); null when it cannot. */
export function inFrame<T, A = undefined>(frame: Frame, fn: (arg: A) => T, arg?: A): Promise<T | null> {
  return probe<T>(frame, false, fn.toString(), arg);
}

/** The text of the first element matching `selector` in the card, or null. */
export async function cardText(page: Page, selector: string): Promise<string | null> {
  return inCardRoot(page, (root, sel) => root.querySelector(sel)?.textContent ?? null, selector);
}

/** Clicks the first element matching `selector` in the card with the real mouse. */
export async function clickInCard(page: Page, selector: string): Promise<void> {
  const point = await inCardRoot(page, elementCentreIn, selector);
  if (!point) throw new Error(`no ${selector} in the card`);
  await page.mouse.click(point.x, point.y);
}

/** The card as a reader sees it, or null when none is shown. */
export async function readCard(page: Page): Promise<CardState | null> {
  return inCardRoot(page, cardStateIn);
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
