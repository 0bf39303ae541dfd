/// <reference types="chrome" />
/**
 * What the cross-browser tests do, in terms of the `Tab` interface alone: ask the page's content
 * script, hover a word, read and click the card, count the marks. Firefox's `chrome.*` returns
 * promises like Chrome's, so extension-page code is the same in both browsers.
 */
import type { PageMentions } from '@/core/protocol/messages';
import type { Tab } from './browser-driver';
import { waitFor } from './harness';
import { type CardState, cardStateIn, elementCentreIn, highlightSizeOf, textPoint } from './page-probes';
import { HIGHLIGHT_NAME } from './ui-helpers';

/** Sends a content request, from an extension page, to the (only) web page open in the browser. */
export function askWebPage<T = PageMentions>(ext: Tab, message: unknown): Promise<T> {
  return waitFor(
    () =>
      ext.evaluate(async (message) => {
        for (const tab of await chrome.tabs.query({})) {
          if (!tab.id || !tab.url?.startsWith('http')) continue;
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

/** Moves the real pointer onto a word (its first letters) from below, in a few steps, then rests. */
export async function hoverText(tab: Tab, text: string): Promise<void> {
  const point = await tab.evaluate(textPoint, { text, n: 0, chars: 3 });
  if (!point) throw new Error(`"${text}" not found on the page`);
  await tab.mouseMove({ x: point.x - 10, y: point.y + 60 });
  await tab.mouseMove(point, 5);
}

/** Waits for a shown card whose data arrived (status ready) for `personId`. */
export function cardFor(tab: Tab, personId: string): Promise<CardState> {
  return waitFor(
    async () => {
      const card = await tab.inCardRoot(cardStateIn);
      return card?.personId === personId && card.status === 'ready' && card.visible ? card : null;
    },
    5000,
    `the card for ${personId}`,
  );
}

/** Clicks the first element matching `selector` in the card with the real mouse. */
export async function clickCard(tab: Tab, selector: string): Promise<void> {
  const point = await tab.inCardRoot(elementCentreIn, selector);
  if (!point) throw new Error(`no ${selector} in the card`);
  await tab.mouseClick(point);
}

/** Waits until the number of marked mentions on `tab` satisfies `predicate`; returns it. */
export async function marksWhen(tab: Tab, predicate: (count: number) => boolean, label: string) {
  const found = await waitFor(
    async () => {
      const count = await tab.evaluate(highlightSizeOf, HIGHLIGHT_NAME);
      return predicate(count) ? { count } : null;
    },
    10_000,
    label,
  );
  return found.count;
}

export interface PanelShowing {
  /** `panel`: the browser's side panel (Chromium) or sidebar (Firefox); `tab`: the reader in a tab. */
  where: 'panel' | 'tab';
  headline: string;
  quotes: number;
  coMentions: string[];
}

/**
 * Waits for an open `sidepanel.html` view (side panel, sidebar or tab) showing `kind` (`person`,
 * `article`), read from the extension page `ext` through `chrome.extension.getViews`: neither
 * driver attaches to side panel documents.
 */
export function panelShowing(ext: Tab, kind: string): Promise<PanelShowing> {
  return waitFor(
    () =>
      ext.evaluate((kind) => {
        const tabs = new Set(chrome.extension.getViews({ type: 'tab' }));
        for (const view of chrome.extension.getViews()) {
          if (!view.location.pathname.endsWith('/sidepanel.html')) continue;
          const doc = view.document;
          const headline = doc.querySelector('h1')?.textContent;
          if (doc.querySelector('main')?.getAttribute('data-view') !== kind || !headline) continue;
          return {
            where: tabs.has(view) ? ('tab' as const) : ('panel' as const),
            headline,
            quotes: doc.querySelectorAll('[data-testid="person-quotes"] li blockquote').length,
            coMentions: [...doc.querySelectorAll('.co-mentions a')].map((a) => a.textContent ?? ''),
          };
        }
        return null;
      }, kind),
    10_000,
    `the ${kind} in the side panel`,
  );
}
