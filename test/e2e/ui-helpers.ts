/// <reference types="chrome" />
/**
 * Helpers shared by the popup, side panel and options e2e tests: stored state, the page's
 * mention highlights, and the real Chrome side panel (read through `chrome.extension.getViews`,
 * because Playwright does not attach to side panel documents).
 */
import type { Page } from 'playwright-core';
import { type ExtensionSession, openExtensionPage, waitFor } from './harness';

/** The highlight name the content script registers (`lib/page/mention-highlighter.ts`). */
export const HIGHLIGHT_NAME = 'baglam-mention';

/** Clears stored settings and the panel handover, as on a fresh install. */
export async function resetStorage(session: ExtensionSession): Promise<void> {
  const page = await openExtensionPage(session, 'options.html');
  await page.evaluate(async () => {
    await chrome.storage.sync.clear();
    await chrome.storage.session.clear();
  });
  await page.close();
}

/** Writes the stored settings object as is (valid or not). */
export async function storeSettings(session: ExtensionSession, settings: unknown): Promise<void> {
  const page = await openExtensionPage(session, 'options.html');
  await page.evaluate((s) => chrome.storage.sync.set({ settings: s }), settings);
  await page.close();
}

export async function readSettings(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(
    async () => ((await chrome.storage.sync.get('settings')).settings ?? {}) as Record<string, unknown>,
  );
}

/** How many mention ranges the content script has marked on `page`. */
export async function highlightCount(page: Page): Promise<number> {
  return page.evaluate((name) => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
    return registry?.get(name)?.size ?? 0;
  }, HIGHLIGHT_NAME);
}

export async function waitForHighlights(
  page: Page,
  predicate: (count: number) => boolean,
  label: string,
): Promise<number> {
  return waitFor(
    async () => {
      const count = await highlightCount(page);
      return predicate(count) ? { count } : null;
    },
    10_000,
    label,
  ).then((r) => r.count);
}

export interface ArticleSummary {
  id: string;
  title: string;
  date: string | null;
}

export async function corpusArticles(page: Page): Promise<ArticleSummary[]> {
  const answer = await waitFor(
    () =>
      page.evaluate(
        async () =>
          (await chrome.runtime.sendMessage({ type: 'recent-articles', limit: 100 })) as {
            articles: ArticleSummary[];
          } | null,
      ),
    10_000,
    'the background',
  );
  return answer.articles;
}

export async function articleWithTitle(page: Page, fragment: string): Promise<ArticleSummary> {
  const article = (await corpusArticles(page)).find((a) => a.title.includes(fragment));
  if (!article) throw new Error(`no corpus article titled like "${fragment}"`);
  return article;
}

export interface SidePanelState {
  url: string;
  view: string | null;
  headline: string | null;
}

/** The real side panel's state, read from another extension page; null while it is not open. */
export async function sidePanelState(extensionPage: Page): Promise<SidePanelState | null> {
  return extensionPage.evaluate(async () => {
    const panels = await chrome.runtime.getContexts({
      contextTypes: [chrome.runtime.ContextType.SIDE_PANEL],
    });
    if (panels.length === 0) return null;
    // Every extension page is a view; the side panel is the reader view that is not a tab.
    const tabs = new Set(chrome.extension.getViews({ type: 'tab' }));
    const view = chrome.extension
      .getViews()
      .find((w) => !tabs.has(w) && w.location.pathname.endsWith('/sidepanel.html'));
    if (!view) return null;
    return {
      url: view.location.href,
      view: view.document.querySelector('main')?.getAttribute('data-view') ?? null,
      headline: view.document.querySelector('h1')?.textContent ?? null,
    };
  });
}

/**
 * Whether the user sees the active listbox option (it is what is painted at its own middle),
 * given the next two frames to get there.
 */
export async function activeOptionSeen(page: Page): Promise<string> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => {
    const active = document.querySelector('[role="option"][aria-selected="true"]');
    if (!active) return 'nothing active';
    const box = active.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 12));
    return hit && active.contains(hit) ? 'seen' : `covered by ${hit?.className ?? 'nothing'} at ${box.top}`;
  });
}
