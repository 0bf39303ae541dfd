/**
 * The content script's lifetime: when the extension is reloaded (or updated), the copy already
 * running in a tab is orphaned. It must take every listener, mark and its card host off the page
 * at the page's next input, and a fresh load of the page must get exactly one working copy.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { askPage, hoverWord, readCard, waitForCard } from './content-helpers';
import { openExtensionPage, waitFor } from './harness';
import { useExtension } from './use-extension';

const env = useExtension();

/** What Bağlam has put on the page, as a page script sees it. */
function traces(page: Page) {
  return page.evaluate(() => ({
    hosts: document.querySelectorAll('baglam-card-host').length,
    highlight:
      (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get('baglam-mention')?.size ??
      null,
    sheets: document.adoptedStyleSheets.length,
  }));
}

/** Reloads the extension from one of its pages; the page closes with the old extension. */
async function reloadExtension(): Promise<void> {
  const ext = await openExtensionPage(env.session, 'options.html');
  const closed = ext.waitForEvent('close', { timeout: 20_000 });
  await ext.evaluate(() => setTimeout(() => chrome.runtime.reload(), 50));
  await closed;
}

/** Injects the content script into the tab at `url` again, as an update's re-injection would. */
async function injectAgain(url: string): Promise<void> {
  const ext = await openExtensionPage(env.session, 'options.html');
  await ext.evaluate(async (url) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
    if (!tab?.id) throw new Error(`no tab at ${url}`);
    await chrome.scripting.executeScript({
      target: { tabId: tab.id, frameIds: [0] },
      files: ['content-scripts/content.js'],
    });
  }, url);
  await ext.close();
}

async function openMarked(url: string): Promise<Page> {
  const page = await env.session.context.newPage();
  await page.goto(url);
  const ext = await openExtensionPage(env.session, 'options.html');
  await waitFor(async () => (await askPage(ext, { type: 'page-mentions' })).mentions.length > 0);
  await ext.close();
  return page;
}

describe('content script lifecycle', () => {
  it('a second copy injected into the page stops the first: one host, one set of marks and listeners', async () => {
    const url = env.server.url('content-en.html');
    const page = await openMarked(url);
    const before = await traces(page);
    await hoverWord(page, 'Vladimir Putin');
    await waitForCard(page, 'vladimir-putin');
    await page.mouse.move(5, 5);
    await waitFor(async () => (await readCard(page)) === null, 3000, 'the card to close');

    await injectAgain(url);
    await waitFor(
      async () => ((await traces(page)).highlight ?? 0) >= (before.highlight ?? 0),
      5000,
      'new marks',
    );
    expect(await traces(page)).toEqual({ ...before, hosts: 0 });
    // One step per key press: a second live copy would move twice or open a second card.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await waitForCard(page, 'donald-trump');
    await page.keyboard.press('Escape'); // the card covers the next paragraph
    await waitFor(async () => (await readCard(page)) === null, 3000, 'the card to close');
    await hoverWord(page, 'Vladimir Putin');
    await waitForCard(page, 'vladimir-putin');
    expect((await traces(page)).hosts).toBe(1);
    await page.close();
  });

  it('after an extension reload the old copy leaves no marks, listeners or card host', async () => {
    const url = env.server.url('content-en.html');
    const page = await openMarked(url);
    const sheetsBefore = await page.evaluate(() => document.adoptedStyleSheets.length);
    await hoverWord(page, 'Vladimir Putin');
    await waitForCard(page, 'vladimir-putin');
    expect((await traces(page)).hosts).toBe(1);
    expect((await traces(page)).highlight).toBeGreaterThan(0);

    // Headless Chromium does not load an extension given on the command line again after
    // `runtime.reload()`: for the page that is the same as an update, the old copy is orphaned.
    await reloadExtension();
    // The reader comes back to the page: the first input tells the orphaned copy it is gone.
    await page.bringToFront();
    await page.mouse.move(20, 20);
    await page.mouse.move(30, 30);
    await waitFor(async () => (await traces(page)).highlight === null, 5000, 'the old marks to go');
    expect(await traces(page)).toEqual({ hosts: 0, highlight: null, sheets: sheetsBefore });

    // No listener of the old copy acts any more: hover and the shortcut open nothing.
    await hoverWord(page, 'Vladimir Putin');
    await page.waitForTimeout(1200);
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await page.waitForTimeout(300);
    expect(await readCard(page)).toBeNull();
    expect(await traces(page)).toEqual({ hosts: 0, highlight: null, sheets: sheetsBefore });
    await page.close();
  });
});
