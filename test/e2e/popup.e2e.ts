/// <reference types="chrome" />
import { beforeEach, describe, expect, it } from 'vitest';
import { openExtensionPage, waitFor } from './harness';
import {
  activeOptionSeen,
  articleWithTitle,
  highlightCount,
  readSettings,
  resetStorage,
  sidePanelState,
  storeSettings,
  waitForHighlights,
} from './ui-helpers';
import { useExtension } from './use-extension';

const env = useExtension();

beforeEach(async () => {
  await resetStorage(env.session);
  await storeSettings(env.session, { uiLanguage: 'en' });
});

async function openPopup() {
  const popup = await openExtensionPage(env.session, 'popup.html');
  await popup.getByTestId('popup-search').waitFor();
  return popup;
}

/** The titles of the popup's options, in order. */
function optionTitles(popup: Awaited<ReturnType<typeof openPopup>>) {
  return popup.locator('[role="option"] .result-title').allTextContents();
}

describe('the toolbar popup', () => {
  it('opens with the search box focused', async () => {
    const popup = await openPopup();
    await waitFor(() =>
      popup.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'popup-search'),
    );
    await popup.close();
  });

  it('finds the expected article as you type, with the matched words marked', async () => {
    const popup = await openPopup();
    await popup.keyboard.type('stratejik ortaklık', { delay: 20 });
    const title = 'Kuzey Kore Rusya ile stratejik ortaklığı güçlendirme sözü verdi';
    await waitFor(
      async () => (await optionTitles(popup)).includes(title),
      5000,
      'the article in the results',
    );
    const option = popup.locator('[role="option"]', { hasText: title }).first();
    expect(await option.getAttribute('data-kind')).toBe('article');
    const marked = (await option.locator('mark').allTextContents()).map((m) => m.toLocaleLowerCase('tr'));
    expect(marked.some((m) => m.startsWith('stratejik'))).toBe(true);
    await popup.close();
  });

  it('lists the person first when the query names one', async () => {
    const popup = await openPopup();
    await popup.getByTestId('popup-search').fill('Lavrov');
    await popup.locator('[role="option"]').first().waitFor();
    const first = popup.locator('[role="option"]').first();
    expect(await first.getAttribute('data-kind')).toBe('person');
    await popup.close();
  });

  it('opens the article chosen with the arrow keys in the side panel reader on Enter', async () => {
    const popup = await openPopup();
    const article = await articleWithTitle(popup, 'Hamaney');
    await popup.keyboard.type('yalan söylüyor', { delay: 20 });
    await waitFor(
      async () => (await optionTitles(popup)).includes(article.title),
      5000,
      'the article in the results',
    );
    // Walk down with the arrow keys until the article is the active option.
    const titles = await optionTitles(popup);
    const kinds = await popup
      .locator('[role="option"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    const index = titles.findIndex((t, i) => t === article.title && kinds[i] === 'article');
    for (let i = 0; i <= index; i++) await popup.keyboard.press('ArrowDown');
    const active = popup.locator('[role="option"][aria-selected="true"]');
    expect(await active.locator('.result-title').textContent()).toBe(article.title);
    expect(await popup.getByTestId('popup-search').getAttribute('aria-activedescendant')).toBe(
      await active.getAttribute('id'),
    );
    await popup.keyboard.press('Enter');
    const panel = await waitFor(
      async () => {
        const state = await sidePanelState(popup);
        return state?.view === 'article' && state.headline === article.title ? state : null;
      },
      10_000,
      'the reader in the side panel',
    );
    expect(panel.url).toContain(`#/article/${article.id}`);
    await popup.close();
  });

  it('keeps the option chosen with the arrow keys in view at 200% zoom', async () => {
    const popup = await openPopup();
    // Chrome caps a toolbar popup at 800×600 device px: at 200% zoom that is 300 CSS px of height.
    await popup.setViewportSize({ width: 760, height: 600 });
    await popup.evaluate(() => {
      document.documentElement.style.zoom = '2';
    });
    await popup.keyboard.type('putin', { delay: 20 });
    await waitFor(async () => (await popup.locator('[role="option"]').count()) >= 3, 10_000, 'results');
    const count = await popup.locator('[role="option"]').count();
    for (let i = 0; i < count; i++) {
      await popup.keyboard.press('ArrowDown');
      const seen = await activeOptionSeen(popup);
      expect(seen, `option ${i + 1} of ${count}`).toBe('seen');
    }
    await popup.close();
  });

  it('says when nothing matches, and offers a correction that searches for it', async () => {
    const popup = await openPopup();
    await popup.getByTestId('popup-search').fill('qxzvbn');
    await popup.getByTestId('no-results').waitFor();
    expect(await popup.getByTestId('no-results').textContent()).toContain('No results for “qxzvbn”');
    await popup.getByTestId('popup-search').fill('Lavrof');
    const suggestion = popup.getByTestId('suggestion');
    await suggestion.waitFor();
    expect((await suggestion.textContent())?.toLocaleLowerCase('tr')).toContain('lavrov');
    await suggestion.click();
    await waitFor(
      async () => (await popup.locator('[role="option"]').count()) > 0,
      5000,
      'results for the correction',
    );
    expect((await popup.getByTestId('popup-search').inputValue()).toLocaleLowerCase('tr')).toContain(
      'lavrov',
    );
    await popup.close();
  });

  it('shows the people on the current page with counts, and recent articles, for an empty query', async () => {
    const news = await env.session.context.newPage();
    await news.goto(env.server.url('ui-news.html'));
    await waitForHighlights(news, (n) => n > 0, 'marked mentions');
    const popup = await openPopup();
    await popup.getByText('People on this page').waitFor();
    const people = popup
      .locator('[role="group"]', { has: popup.getByText('People on this page') })
      .locator('[role="option"]');
    expect(await people.locator('.result-title').allTextContents()).toEqual([
      'Vladimir Putin',
      'Kim Jong Un',
      'Sergei Lavrov',
    ]);
    expect(await people.first().locator('.count').textContent()).toBe('2×');
    expect(await popup.getByText('Recent articles').isVisible()).toBe(true);
    expect(await popup.getByTestId('mention-count').textContent()).toBe('Mentions on this page: 4');
    await popup.close();
    await news.close();
  });

  it('turns marking off on this site with its switch, without a reload, and on again', async () => {
    const news = await env.session.context.newPage();
    await news.goto(env.server.url('ui-news.html'));
    const before = await waitForHighlights(news, (n) => n > 0, 'marked mentions');
    const popup = await openPopup();
    const toggle = popup.getByTestId('site-switch');
    await waitFor(() => toggle.isChecked(), 5000, 'the switch to show "on"');
    expect(await popup.getByTestId('site-bar').textContent()).toContain(new URL(env.server.url('')).host);

    await toggle.click();
    await waitForHighlights(news, (n) => n === 0, 'marks removed');
    expect((await readSettings(popup)).disabledSites).toEqual([new URL(env.server.url('')).host]);
    await waitFor(async () => !(await toggle.isChecked()), 5000, 'the switch to show "off"');

    await toggle.click();
    expect(await waitForHighlights(news, (n) => n > 0, 'marks back')).toBe(before);
    expect((await readSettings(popup)).disabledSites).toEqual([]);
    await popup.close();
    await news.close();
  });

  it('turns a whole site off, subdomains included, says so, and the switch turns it back on', async () => {
    const port = new URL(env.server.url('')).port;
    await storeSettings(env.session, { uiLanguage: 'en', disabledSites: [`localhost:${port}`] });
    const news = await env.session.context.newPage();
    // *.localhost resolves to this machine in Chromium: a subdomain of the site the rule names.
    await news.goto(`http://www.localhost:${port}/ui-news.html`);
    const popup = await openPopup();
    await popup.getByTestId('popup-off-here').waitFor();
    expect(await popup.getByTestId('popup-off-here').textContent()).toContain('off on this site');
    expect(await popup.getByTestId('site-off-by').textContent()).toContain(`localhost:${port}`);
    expect(await popup.getByTestId('site-switch').isChecked()).toBe(false);
    expect(await highlightCount(news)).toBe(0);

    await popup.getByTestId('site-switch').click();
    await waitForHighlights(news, (n) => n > 0, 'marks on the subdomain');
    expect((await readSettings(popup)).disabledSites).toEqual([]);
    await popup.close();
    await news.close();
  });

  it('shows how many people the page names on the toolbar badge, and clears it where Bağlam is off', async () => {
    const news = await env.session.context.newPage();
    await news.goto(env.server.url('ui-news.html'));
    await waitForHighlights(news, (n) => n > 0, 'marked mentions');
    const badge = () =>
      env.session.worker.evaluate(async (url) => {
        const [tab] = await chrome.tabs.query({ url });
        return tab?.id === undefined ? null : chrome.action.getBadgeText({ tabId: tab.id });
      }, news.url());
    const text = await waitFor(
      async () => {
        const t = await badge();
        return t && t !== '' ? t : null;
      },
      10_000,
      'a badge with a count',
    );
    expect(Number(text)).toBeGreaterThan(0);
    await storeSettings(env.session, { uiLanguage: 'en', disabledSites: [new URL(env.server.url('')).host] });
    await waitFor(async () => (await badge()) === '', 10_000, 'the badge cleared');
    await news.close();
  });

  it('speaks Turkish when the UI language is Turkish', async () => {
    await storeSettings(env.session, { uiLanguage: 'tr' });
    const popup = await openPopup();
    await waitFor(
      async () =>
        (await popup.getByTestId('popup-search').getAttribute('placeholder')) ===
        'Kişi, haber veya alıntı ara',
    );
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('tr');
    await popup.close();
  });
});
