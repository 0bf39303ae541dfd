/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ResponseMap } from '../../core/protocol/messages';
import { openExtensionPage, sendToBackground, waitFor } from './harness';
import {
  activeOptionSeen,
  articleWithTitle,
  resetStorage,
  storeSettings,
  waitForHighlights,
} from './ui-helpers';
import { useExtension } from './use-extension';

const env = useExtension();

beforeEach(async () => {
  await resetStorage(env.session);
  await storeSettings(env.session, { uiLanguage: 'en' });
});

async function openPanel(hash = ''): Promise<Page> {
  const panel = await openExtensionPage(env.session, `sidepanel.html${hash}`);
  await panel.getByTestId('sidepanel').waitFor();
  return panel;
}

function view(panel: Page) {
  return panel.getByTestId('sidepanel').getAttribute('data-view');
}

describe('the side panel: person view', () => {
  it('lists every seed quote of the person, in the corpus order (newest first), each linked to its article', async () => {
    const panel = await openPanel('#/person/choe-son-hui');
    const person = await sendToBackground<ResponseMap['get-person']>(panel, {
      type: 'get-person',
      personId: 'choe-son-hui',
    });
    if (!person) throw new Error('choe-son-hui missing from the corpus');
    const expected: string[] = [];
    for (const ref of person.stats.quotes) {
      const article = await sendToBackground<ResponseMap['get-article']>(panel, {
        type: 'get-article',
        articleId: ref.articleId,
      });
      expected.push(article?.quotes[ref.index]?.text ?? '');
    }
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(expected.some((q) => q.includes('Zafer gününe kadar'))).toBe(true);

    await panel.getByTestId('person-view').waitFor();
    expect(await panel.locator('h1').textContent()).toBe('Choe Son Hui');
    const quotes = panel.getByTestId('person-quotes').locator('li');
    expect(await quotes.locator('blockquote').allTextContents()).toEqual(expected);
    expect(await quotes.first().locator('a').getAttribute('href')).toBe(
      `#/article/${person.stats.quotes[0]?.articleId}`,
    );
    expect(await panel.locator('.roles .role').allTextContents()).toContain('Kuzey Kore Dışişleri Bakanı');
    expect(await panel.getByTestId('person-articles').locator('.count').allTextContents()).toEqual(
      person.stats.articles.map((a) => `${a.count}×`),
    );
    expect(await panel.locator('.co-mentions a').allTextContents()).toContain('Sergei Lavrov');
    await panel.close();
  });
});

describe('the side panel: article reader', () => {
  it('shows headline, date, dateline, quotes set off with their speaker, and mentions as person links', async () => {
    const panel = await openPanel();
    const article = await articleWithTitle(panel, 'Choe');
    await panel.goto(`chrome-extension://${env.session.extensionId}/sidepanel.html#/article/${article.id}`);
    const reader = panel.getByTestId('article-reader');
    await reader.waitFor();
    expect(await reader.locator('h1').textContent()).toBe(article.title);
    expect(await reader.locator('.meta').textContent()).toBe('Güncel · November 2024');
    expect(await reader.locator('.dateline').textContent()).toContain('MOSKOVA');
    expect(await reader.locator('.body h2').count()).toBeGreaterThan(0);
    const speakers = await reader
      .locator('.quote .quote-speaker a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(speakers).toContain('#/person/choe-son-hui');
    expect(speakers).toContain('#/person/sergey-lavrov');
    const mentions = await reader
      .locator('a.mention')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(mentions)).toEqual(
      new Set([
        '#/person/choe-son-hui',
        '#/person/sergey-lavrov',
        '#/person/vladimir-putin',
        '#/person/kim-jong-un',
        '#/person/kim-il-sung',
      ]),
    );
    await panel.close();
  });

  it('follows a mention to the person view and comes back with Back, Forward and Alt+arrows', async () => {
    const helper = await openExtensionPage(env.session, 'options.html');
    const article = await articleWithTitle(helper, 'Choe');
    await helper.close();
    const panel = await openPanel(`#/article/${article.id}`);
    await panel.getByTestId('article-reader').waitFor();
    expect(await panel.getByTestId('panel-back').isDisabled()).toBe(true);

    await panel.locator('a.mention[href="#/person/sergey-lavrov"]').first().click();
    await panel.getByTestId('person-view').waitFor();
    expect(panel.url()).toMatch(/#\/person\/sergey-lavrov$/);
    // A view reached by a link takes focus at its heading, for keyboard and screen-reader users.
    // The heading takes focus once the person's data have arrived.
    await expect
      .poll(() => panel.evaluate(() => document.activeElement?.tagName), { timeout: 5000 })
      .toBe('H1');

    await panel.getByTestId('panel-back').click();
    await panel.getByTestId('article-reader').waitFor();
    expect(await panel.getByTestId('panel-forward').isDisabled()).toBe(false);
    await panel.getByTestId('panel-forward').click();
    await panel.getByTestId('person-view').waitFor();
    await panel.keyboard.press('Alt+ArrowLeft');
    await panel.getByTestId('article-reader').waitFor();
    await panel.keyboard.press('Alt+ArrowRight');
    await panel.getByTestId('person-view').waitFor();
    await panel.close();
  });
});

describe('the side panel: search, deep links and handover', () => {
  it('searches from its own box, opens a result with Enter, and goes back to the results', async () => {
    const panel = await openPanel();
    await panel.getByTestId('panel-search').click();
    await panel.keyboard.type('Hamaney', { delay: 20 });
    await panel.locator('#panel-results [role="option"]').first().waitFor();
    expect(await view(panel)).toBe('search');
    expect(await panel.locator('#panel-results [role="option"]').first().getAttribute('data-kind')).toBe(
      'person',
    );
    await panel.keyboard.press('ArrowDown');
    await panel.keyboard.press('Enter');
    await panel.getByTestId('person-view').waitFor();
    expect(panel.url()).toMatch(/#\/person\/ali-khamenei$/);
    expect(await panel.getByTestId('person-quotes').locator('li').count()).toBeGreaterThan(0);
    await panel.getByTestId('panel-back').click();
    await panel.locator('#panel-results [role="option"]').first().waitFor();
    expect(await panel.getByTestId('panel-search').inputValue()).toBe('Hamaney');
    // One history entry for the whole typed query, not one per keystroke.
    await panel.getByTestId('panel-back').click();
    await panel.getByTestId('on-this-page').waitFor();
    expect(await panel.getByTestId('panel-back').isDisabled()).toBe(true);
    await panel.close();
  });

  it('comes back to the result it opened: active again, with focus in the search box', async () => {
    const panel = await openPanel();
    await panel.getByTestId('panel-search').click();
    await panel.keyboard.type('putin', { delay: 20 });
    await waitFor(async () => (await panel.locator('#panel-results [role="option"]').count()) >= 3);
    await panel.keyboard.press('ArrowDown');
    await panel.keyboard.press('ArrowDown');
    const chosen = await panel
      .locator('#panel-results [role="option"][aria-selected="true"] .result-title')
      .textContent();
    await panel.keyboard.press('Enter');
    await waitFor(async () => (await view(panel)) !== 'search', 5000, 'the result opened');
    await panel.getByTestId('panel-back').click();
    await waitFor(
      async () =>
        (await panel
          .locator('#panel-results [role="option"][aria-selected="true"] .result-title')
          .textContent({
            timeout: 200,
          })) === chosen,
      5000,
      'the opened result active again',
    ).catch(() => undefined);
    expect(
      await panel.locator('#panel-results [role="option"][aria-selected="true"] .result-title').textContent(),
    ).toBe(chosen);
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'panel-search',
    );
    await panel.keyboard.press('Enter');
    await waitFor(async () => (await view(panel)) !== 'search', 5000, 'the same result opened again');
    await panel.close();
  });

  it('filters results by kind and person, sorts by date, and refuses an over-long query with a message', async () => {
    const panel = await openPanel();
    await panel.getByTestId('panel-search').click();
    await panel.keyboard.type('putin', { delay: 20 });
    const options = panel.locator('#panel-results [role="option"]');
    await waitFor(async () => (await options.count()) >= 3, 10_000, 'results');
    const kindsOf = () => options.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(new Set(await kindsOf()).size).toBeGreaterThan(1);

    await panel.getByTestId('filters-toggle').click();
    await panel.getByTestId('filter-kind').selectOption('quote');
    await waitFor(
      async () => {
        const kinds = await kindsOf();
        return kinds.length > 0 && kinds.every((k) => k === 'quote');
      },
      10_000,
      'quotes only',
    );

    await panel.getByTestId('filter-kind').selectOption('');
    await panel.getByTestId('filter-person').selectOption('kim-jong-un');
    await waitFor(
      async () => {
        const kinds = await kindsOf();
        return kinds.length > 0 && !kinds.includes('person') ? kinds : null;
      },
      10_000,
      'results involving Kim Jong Un, without Putin himself',
    );

    await panel.getByTestId('filter-sort').selectOption('date');
    await panel.getByTestId('filter-clear').click();
    await waitFor(async () => (await kindsOf()).includes('person'), 10_000, 'all results again');

    await panel.getByTestId('panel-search').fill('a'.repeat(600));
    await panel.getByTestId('query-too-long').waitFor();
    expect(await panel.getByTestId('query-too-long').textContent()).toContain('500');
    await panel.close();
  });

  it('reflows at 160 CSS px and wraps a very long word instead of scrolling sideways', async () => {
    const helper = await openPanel();
    const article = await articleWithTitle(helper, 'Choe');
    await helper.close();
    const sideways = (page: Page) =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    for (const hash of ['#/page', `#/article/${article.id}`, '#/person/choe-son-hui']) {
      const panel = await openPanel(hash);
      await panel.setViewportSize({ width: 160, height: 600 });
      await panel.locator('.view').first().waitFor();
      await panel.waitForTimeout(300);
      expect(await sideways(panel), hash).toBeLessThanOrEqual(0);
      await panel.close();
    }
    const panel = await openPanel();
    await panel.setViewportSize({ width: 320, height: 600 });
    await panel.getByTestId('panel-search').fill('x'.repeat(490));
    await panel.getByTestId('no-results').waitFor();
    expect(await sideways(panel)).toBeLessThanOrEqual(0);
    await panel.close();
  });

  it('keeps the result chosen with the arrow keys in view in a short panel', async () => {
    const panel = await openPanel();
    await panel.setViewportSize({ width: 320, height: 260 });
    await panel.getByTestId('panel-search').click();
    await panel.keyboard.type('putin', { delay: 20 });
    await waitFor(async () => (await panel.locator('#panel-results [role="option"]').count()) >= 3);
    const count = await panel.locator('#panel-results [role="option"]').count();
    for (let i = 0; i < count; i++) {
      await panel.keyboard.press('ArrowDown');
      expect(await activeOptionSeen(panel), `result ${i + 1} of ${count}`).toBe('seen');
    }
    await panel.close();
  });

  it('opens a search deep link (the "Bağlam\'da ara" menu) with its results', async () => {
    const panel = await openPanel(`#/search/${encodeURIComponent('stratejik ortaklık')}`);
    await panel.locator('#panel-results [role="option"]').first().waitFor();
    expect(await panel.getByTestId('panel-search').inputValue()).toBe('stratejik ortaklık');
    expect(await panel.locator('#panel-results .result-title').allTextContents()).toContain(
      'Kuzey Kore Rusya ile stratejik ortaklığı güçlendirme sözü verdi',
    );
    await panel.close();
  });

  it('goes to a target handed over through storage.session while open (the card and popup links)', async () => {
    const panel = await openPanel();
    await panel.getByTestId('on-this-page').waitFor();
    const other = await openExtensionPage(env.session, 'options.html');
    await other.evaluate(() =>
      chrome.storage.session.set({
        panelTarget: { target: { kind: 'person', id: 'donald-trump' }, at: Date.now() },
      }),
    );
    await panel.getByTestId('person-view').waitFor();
    expect(await panel.locator('h1').textContent()).toBe('Donald Trump');
    await other.close();
    await panel.close();
  });

  it('takes a fresh handed-over target on load, and ignores a stale one', async () => {
    const setup = await openExtensionPage(env.session, 'options.html');
    await setup.evaluate(() =>
      chrome.storage.session.set({
        panelTarget: { target: { kind: 'person', id: 'vladimir-putin' }, at: Date.now() },
      }),
    );
    const fresh = await openPanel();
    await fresh.getByTestId('person-view').waitFor();
    await fresh.close();
    await setup.evaluate(() =>
      chrome.storage.session.set({
        panelTarget: { target: { kind: 'person', id: 'vladimir-putin' }, at: Date.now() - 3_600_000 },
      }),
    );
    const stale = await openPanel();
    await stale.getByTestId('on-this-page').waitFor();
    await stale.close();
    // A malformed handover (another version, a bug) is ignored, not followed.
    await setup.evaluate(() =>
      chrome.storage.session.set({ panelTarget: { target: { kind: 'person', id: '' }, at: Date.now() } }),
    );
    const malformed = await openPanel();
    await malformed.getByTestId('on-this-page').waitFor();
    expect(malformed.url()).not.toContain('#/person');
    await malformed.close();
    await setup.close();
  });
});

describe('the side panel: on this page', () => {
  it('lists the people on the tab with counts, reveals the next mention on click, and follows navigation', async () => {
    const news = await env.session.context.newPage();
    await news.goto(env.server.url('ui-news.html'));
    await waitForHighlights(news, (n) => n > 0, 'marked mentions');
    const panel = await openPanel('#/page');
    const rows = panel.locator('.people-row');
    await rows.first().waitFor();
    expect(await rows.locator('.person-name').allTextContents()).toEqual([
      'Vladimir Putin',
      'Kim Jong Un',
      'Sergei Lavrov',
    ]);
    expect(await rows.locator('.count').allTextContents()).toEqual(['2×', '1×', '1×']);
    expect(await panel.locator('.page-title').textContent()).toBe("Moskova'da diplomasi trafiği");

    // Putin is mentioned near the top and far below: the second click scrolls down to the second.
    const reveal = panel.getByRole('button', { name: 'Vladimir Putin: go to the next mention on the page' });
    await reveal.click();
    await reveal.click();
    await waitFor(
      async () => (await news.evaluate(() => window.scrollY)) > 1000,
      5000,
      'the page to scroll to the far mention',
    );

    await rows.first().getByRole('link', { name: 'Profile of Vladimir Putin' }).click();
    await panel.getByTestId('person-view').waitFor();
    await panel.getByTestId('panel-on-this-page').click();
    await rows.first().waitFor();

    await news.goto(env.server.url('foundation.html'));
    await waitFor(
      async () => {
        const names = await rows.locator('.person-name').allTextContents();
        return names.length === 2 && !names.includes('Sergei Lavrov') ? names : null;
      },
      10_000,
      'the list to follow the navigation',
    );
    await panel.close();
    await news.close();
  });
});
