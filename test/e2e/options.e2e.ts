/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_HOVER_DELAY_MS } from '../../core/protocol/settings-schema';
import { openExtensionPage, waitFor } from './harness';
import { readSettings, resetStorage, storeSettings, waitForHighlights } from './ui-helpers';
import { useExtension } from './use-extension';

const env = useExtension();

beforeEach(async () => {
  await resetStorage(env.session);
});

async function openOptions(): Promise<Page> {
  const page = await openExtensionPage(env.session, 'options.html');
  await page.getByTestId('opt-enabled').waitFor();
  return page;
}

async function openNews(): Promise<Page> {
  const news = await env.session.context.newPage();
  await news.goto(env.server.url('ui-news.html'));
  await waitForHighlights(news, (n) => n > 0, 'marked mentions');
  return news;
}

/** The highlights Bağlam registered in the page (one name per mark style). */
function highlightNames(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()]
      .filter((name) => name.startsWith('baglam'))
      .join(','),
  );
}

describe('the options page', () => {
  it('says which stored values were corrupt and shows their defaults instead', async () => {
    await storeSettings(env.session, {
      uiLanguage: 'en',
      hoverDelayMs: 'fast',
      highlightStyle: 'neon',
      enabled: true,
    });
    const page = await openOptions();
    const notice = page.getByTestId('repaired');
    await notice.waitFor();
    expect(await notice.textContent()).toBe(
      'Some stored settings were invalid and fell back to their defaults: Highlight style, Delay before a card opens',
    );
    expect(await page.getByTestId('opt-hover-delay').inputValue()).toBe(String(DEFAULT_HOVER_DELAY_MS));
    expect(await page.getByTestId('opt-highlight-underline').isChecked()).toBe(true);
    await page.close();
  });

  it('turns Bağlam off everywhere and on again; the open page follows without a reload', async () => {
    const news = await openNews();
    const page = await openOptions();
    await page.getByTestId('opt-enabled').click();
    await waitForHighlights(news, (n) => n === 0, 'marks removed');
    expect((await readSettings(page)).enabled).toBe(false);
    await page.getByTestId('opt-enabled').click();
    await waitForHighlights(news, (n) => n > 0, 'marks back');
    await page.close();
    await news.close();
  });

  it('changes the highlight style of the marks on an open page', async () => {
    const news = await openNews();
    expect(await highlightNames(news)).toBe('baglam-mention');
    const page = await openOptions();
    await page.getByTestId('opt-highlight-background').check();
    await waitFor(
      async () => (await highlightNames(news)) === 'baglam-mention-background',
      5000,
      'the background style',
    );
    expect((await readSettings(page)).highlightStyle).toBe('background');
    await page.close();
    await news.close();
  });

  it('shows a changed choice at once, while the slow write is on its way: it never flicks back', async () => {
    const page = await openOptions();
    // A slow disk: every settings write takes half a second to land.
    await page.evaluate(() => {
      const sync = chrome.storage.sync;
      const set = sync.set.bind(sync);
      sync.set = ((items: Record<string, unknown>) =>
        new Promise((resolve) => setTimeout(resolve, 500)).then(() => set(items))) as typeof sync.set;
    });
    await page.getByTestId('opt-highlight-background').click();
    await waitFor(
      async () => ((await page.getByTestId('opt-status').textContent()) ?? '') !== '',
      5000,
      'saved',
    );
    // Saving again clears the status line (a re-render) while the write is slow: `check` fails if
    // the radio is not checked right after the click.
    await page.getByTestId('opt-highlight-none').check();
    await page.waitForTimeout(100);
    expect(await page.getByTestId('opt-highlight-none').isChecked()).toBe(true);
    await waitFor(async () => (await readSettings(page)).highlightStyle === 'none', 5000, 'stored');
    await page.getByTestId('opt-highlight-underline').check();
    await waitFor(async () => (await readSettings(page)).highlightStyle === 'underline', 5000, 'stored');
    await page.close();
  });

  it('lists the sites where Bağlam is off, removes one (marks return) and adds one typed as a URL', async () => {
    const host = new URL(env.server.url('')).host;
    await storeSettings(env.session, { uiLanguage: 'en', disabledSites: ['haber.example', host] });
    const news = await env.session.context.newPage();
    await news.goto(env.server.url('ui-news.html'));
    const page = await openOptions();
    const list = page.getByTestId('disabled-sites');
    expect(await list.locator('.site-name').allTextContents()).toEqual(['haber.example', host]);
    expect(await waitForHighlights(news, (n) => n === 0, 'no marks on a disabled site')).toBe(0);

    await page.getByRole('button', { name: `Remove ${host} from the list` }).click();
    await waitForHighlights(news, (n) => n > 0, 'marks after removing the site');
    expect(await list.locator('.site-name').allTextContents()).toEqual(['haber.example']);

    await page.getByLabel('Add a site (e.g. example.com)').fill(`${env.server.url('ui-news.html')}?x=1`);
    await page.keyboard.press('Enter');
    await waitForHighlights(news, (n) => n === 0, 'marks gone after adding the site');
    expect((await readSettings(page)).disabledSites).toEqual([host, 'haber.example'].sort());
    await page.close();
    await news.close();
  });

  it('lists a muted person and marks them again on the open page when unmuted', async () => {
    await storeSettings(env.session, { uiLanguage: 'en' });
    const news = await openNews();
    const everyone = await waitForHighlights(news, (n) => n > 0, 'marks with nobody muted');
    await storeSettings(env.session, { uiLanguage: 'en', mutedPeople: ['vladimir-putin'] });
    const withoutPutin = await waitForHighlights(news, (n) => n < everyone, 'Putin unmarked');

    const page = await openOptions();
    const list = page.getByTestId('muted-people');
    await expect.poll(() => list.locator('.site-name').allTextContents()).toEqual(['Vladimir Putin']);
    await page.getByRole('button', { name: 'Mark Vladimir Putin again' }).click();
    expect(await waitForHighlights(news, (n) => n === everyone, 'Putin marked again')).toBeGreaterThan(
      withoutPutin,
    );
    expect((await readSettings(page)).mutedPeople).toEqual([]);
    await expect(page.getByTestId('muted-people').count()).resolves.toBe(0);
    await page.close();
    await news.close();
  });

  it('switches the UI language live, and the choice reaches the popup', async () => {
    await storeSettings(env.session, { uiLanguage: 'tr' });
    const page = await openOptions();
    expect(await page.locator('h1').textContent()).toBe('Bağlam ayarları');
    await page.getByTestId('opt-language').selectOption('en');
    await waitFor(
      async () => (await page.locator('h1').textContent()) === 'Bağlam options',
      5000,
      'English headings',
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const popup = await openExtensionPage(env.session, 'popup.html');
    await waitFor(
      async () =>
        (await popup.getByTestId('popup-search').getAttribute('placeholder')) ===
        'Search people, articles, quotes',
      5000,
      'the popup in English',
    );
    await popup.close();
    await page.close();
  });

  it('saves the hover delay and the modifier key', async () => {
    await storeSettings(env.session, { uiLanguage: 'en' });
    const page = await openOptions();
    const slider = page.getByTestId('opt-hover-delay');
    // A screen reader announces the slider by its name, not only by its value.
    expect(
      await page
        .getByRole('slider', { name: 'Delay before a card opens', exact: true })
        .getAttribute('data-testid'),
    ).toBe('opt-hover-delay');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await waitFor(
      async () => (await readSettings(page)).hoverDelayMs === DEFAULT_HOVER_DELAY_MS + 100,
      5000,
      'the delay',
    );
    await page.getByTestId('opt-modifier').selectOption('alt');
    await waitFor(async () => (await readSettings(page)).modifierKey === 'alt', 5000, 'the modifier key');
    expect(await page.getByTestId('opt-status').textContent()).toBe('Saved.');
    await page.close();
  });

  it('resets everything to the defaults', async () => {
    await storeSettings(env.session, {
      uiLanguage: 'en',
      enabled: false,
      hoverDelayMs: 900,
      disabledSites: ['a.example'],
    });
    const page = await openOptions();
    expect(await page.getByTestId('opt-enabled').isChecked()).toBe(false);
    await page.getByTestId('opt-reset').click();
    await waitFor(() => page.getByTestId('opt-enabled').isChecked(), 5000, 'the default "on"');
    expect(await page.getByTestId('opt-hover-delay').inputValue()).toBe(String(DEFAULT_HOVER_DELAY_MS));
    expect(await page.getByTestId('disabled-sites').count()).toBe(0);
    expect(await readSettings(page)).toEqual({});
    await page.close();
  });

  it('works from the keyboard alone, with a visible focus ring', async () => {
    await storeSettings(env.session, { uiLanguage: 'en' });
    const page = await openOptions();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { testId: el.dataset.testid, outline: style.outlineStyle, width: style.outlineWidth };
    });
    expect(focused).toEqual({ testId: 'opt-enabled', outline: 'solid', width: '2px' });
    await page.keyboard.press('Space');
    await waitFor(
      async () => (await readSettings(page)).enabled === false,
      5000,
      'the switch toggled by Space',
    );
    await page.close();
  });
});
