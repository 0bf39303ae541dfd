/**
 * A page must not read or drive Bağlam (issue 13). `content-attacks.html` is a hostile page: its
 * script tries to read the card, to open cards with synthetic keys and pointer events, to press the
 * card's buttons, and listens for anything Bağlam posts to the window. The page gets nothing, and
 * a real hover and real key presses still work on the same page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  askPage,
  cardText,
  clickInCard,
  hoverWord,
  inCardRoot,
  readCard,
  waitForCard,
  writeSettings,
} from './content-helpers';
import { EXTENSION_DIR, openExtensionPage, waitFor } from './harness';
import { useExtension } from './use-extension';

interface Attack {
  messages: string[];
  keys: string[];
  events: string[];
}

const env = useExtension();
let ext: Page;
let page: Page | null = null;

beforeAll(async () => {
  ext = await openExtensionPage(env.session, 'options.html');
});

afterEach(async () => {
  await page?.close();
  page = null;
  await ext.evaluate(() => chrome.storage.sync.clear());
});

async function openHostile(): Promise<Page> {
  page = await env.session.context.newPage();
  await page.goto(env.server.url('content-attacks.html'));
  await waitFor(
    async () => (await askPage(ext, { type: 'page-mentions' })).mentions.length > 0,
    10_000,
    'scan',
  );
  return page;
}

const attack = (p: Page) => p.evaluate(() => (window as unknown as { __attack: Attack }).__attack);
const syncSettings = () => ext.evaluate(() => chrome.storage.sync.get(null));

describe('a hostile page', () => {
  it('sees no hidden text marked and counted', async () => {
    await openHostile();
    const { mentions } = await askPage(ext, { type: 'page-mentions' });
    // Lavrov (visibility: hidden), Kim (opacity: 0), Putin (transparent) and Choe (font-size: 0)
    // are on the page but nobody can read them.
    expect(mentions.map((m) => m.personId)).toEqual(['donald-trump', 'ali-khamenei']);
  });

  it('reads nothing of the card and learns no extension id', async () => {
    const p = await openHostile();
    await hoverWord(p, 'Ali Khamenei');
    const card = await waitForCard(p, 'ali-khamenei');
    const seen = await p.evaluate(() =>
      (window as unknown as { attacks: { readCard(): Record<string, unknown> } }).attacks.readCard(),
    );
    expect(seen).toMatchObject({ host: true, shadowRoot: false, text: '', html: '', attributes: ['style'] });
    const pageHtml = String(seen.page);
    for (const secret of [card.role, card.counts, 'person-card', 'data-person-id', 'Copy citation']) {
      expect(secret.length).toBeGreaterThan(0);
      expect(pageHtml).not.toContain(secret);
    }
    const { messages, events } = await attack(p);
    expect(messages).toEqual([]);
    expect(events).toEqual([]);
    expect(JSON.stringify(await attack(p))).not.toContain(env.session.extensionId);
    // Nor anything the page could listen for under a name it cannot guess: the always-on bundle
    // neither posts to the window nor dispatches events on the document.
    const bundle = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
    expect(bundle).not.toContain('postMessage');
    expect(bundle).not.toMatch(/dispatchEvent\(new CustomEvent/);
  });

  it('opens no card with synthetic keys or pointer events; real ones still work', async () => {
    const p = await openHostile();
    await p.evaluate(() => window.scrollTo(0, 0));
    await p.evaluate(() => (window as unknown as { attacks: { keys(): void } }).attacks.keys());
    await p.evaluate(() =>
      (window as unknown as { attacks: { hover(t: string): Promise<void> } }).attacks.hover('Ali Khamenei'),
    );
    await p.waitForTimeout(800);
    expect(await readCard(p)).toBeNull();
    expect(await p.evaluate(() => document.querySelector('baglam-card-host'))).toBeNull();
    // The synthetic shortcut reached the page's own listener: Bağlam did not take it.
    expect((await attack(p)).keys.filter((k) => k === 'Alt+Shift+ArrowDown').length).toBe(6);

    await p.keyboard.press('Alt+Shift+ArrowDown');
    await waitForCard(p, 'donald-trump');
    // Bağlam acted on the real key, so it took it from the page; Esc closes the card, likewise.
    await p.keyboard.press('Escape');
    await waitFor(async () => (await readCard(p)) === null, 3000, 'the card to close');
    expect((await attack(p)).keys).not.toContain('Escape');
    // With no card open, Esc is the page's again.
    await p.keyboard.press('Escape');
    expect((await attack(p)).keys.filter((k) => k === 'Alt+Shift+ArrowDown').length).toBe(6);
    expect((await attack(p)).keys).toContain('Escape');

    await hoverWord(p, 'Ali Khamenei');
    await waitForCard(p, 'ali-khamenei');
  });

  it('changes no setting and opens no tab with synthetic clicks; a real click still mutes', async () => {
    const p = await openHostile();
    await hoverWord(p, 'Ali Khamenei');
    await waitForCard(p, 'ali-khamenei');
    const settingsBefore = await syncSettings();
    const panelBefore = await ext.evaluate(() => chrome.storage.session.get(null));
    const pagesBefore = env.session.context.pages().length;

    expect(
      await p.evaluate(() =>
        (window as unknown as { attacks: { clickHost(): boolean } }).attacks.clickHost(),
      ),
    ).toBe(true);
    // Even a script holding the card's buttons (here through DevTools, as no page script can) gets
    // nowhere: synthetic clicks stop at the closed shadow root.
    const clicked = await inCardRoot(p, (root) => {
      const selectors = [
        '[data-testid="card-mute"]',
        '[data-testid="card-open-person"]',
        '[data-testid="quote-article"]',
        '[data-testid="copy-citation"]',
        '[data-testid="person-chip"]',
        '[data-testid="article-item"] button',
      ];
      let count = 0;
      for (const selector of selectors) {
        for (const button of root.querySelectorAll<HTMLElement>(selector)) {
          button.click();
          button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
          count++;
        }
      }
      return count;
    });
    expect(clicked).toBeGreaterThan(3);
    await p.waitForTimeout(1000);
    expect(await syncSettings()).toEqual(settingsBefore);
    expect(await ext.evaluate(() => chrome.storage.session.get(null))).toEqual(panelBefore);
    expect(env.session.context.pages().length).toBe(pagesBefore);
    expect(await cardText(p, '[data-testid="card-muted"]')).toBeNull();
    expect(await cardText(p, '[data-testid="copy-citation"]')).toBe('Copy citation');

    await clickInCard(p, '[data-testid="card-mute"]');
    await waitFor(async () => {
      const { settings } = await syncSettings();
      return (settings as { mutedPeople?: string[] } | undefined)?.mutedPeople?.includes('ali-khamenei');
    });
  });

  it('keeps a shortcut the page listens for when Bağlam has nothing to act on', async () => {
    await writeSettings(ext, { mutedPeople: ['donald-trump', 'ali-khamenei'] });
    page = await env.session.context.newPage();
    await page.goto(env.server.url('content-attacks.html'));
    await page.waitForTimeout(800);
    expect((await askPage(ext, { type: 'page-mentions' })).mentions).toEqual([]);
    await page.keyboard.press('Alt+Shift+ArrowDown');
    expect((await attack(page)).keys.filter((k) => k.endsWith('ArrowDown'))).toEqual(['Alt+Shift+ArrowDown']);
    expect(await readCard(page)).toBeNull();
  });
});
