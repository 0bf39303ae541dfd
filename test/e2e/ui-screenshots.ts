/// <reference types="chrome" />
/**
 * Screenshots of the popup, side panel and options page in both UI languages and both colour
 * schemes, for the README: `npx wxt build && npx tsx test/e2e/ui-screenshots.ts`. Writes
 * `docs/{popup,sidepanel,options}-<view>-<lang>-<theme>.png`. Not part of the test suite: it only
 * draws pictures, a person looks at them.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  type ExtensionSession,
  launchExtension,
  openExtensionPage,
  ROOT,
  startFixtureServer,
  waitFor,
} from './harness';

const OUT = join(ROOT, 'docs');
const POPUP = { width: 380, height: 580 };
const PANEL = { width: 320, height: 760 };
const OPTIONS = { width: 760, height: 1000 };

type Lang = 'tr' | 'en';
type Theme = 'light' | 'dark';

async function setSettings(session: ExtensionSession, settings: Record<string, unknown>): Promise<void> {
  const page = await openExtensionPage(session, 'options.html');
  await page.evaluate((s) => chrome.storage.sync.set({ settings: s }), settings);
  await page.close();
}

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage });
  console.log(`docs/${name}.png`);
}

async function open(
  session: ExtensionSession,
  path: string,
  theme: Theme,
  viewport: { width: number; height: number },
) {
  const page = await session.context.newPage();
  await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme: theme });
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const session = await launchExtension();
  const server = await startFixtureServer();
  try {
    const news = await session.context.newPage();
    await news.goto(server.url('ui-news.html'));
    const articles = await waitFor(async () => {
      const page = await openExtensionPage(session, 'options.html');
      const answer = await page.evaluate(() =>
        chrome.runtime.sendMessage({ type: 'recent-articles', limit: 10 }),
      );
      await page.close();
      return (answer as { articles: { id: string; title: string }[] }).articles;
    });
    const choe = articles.find((a) => a.title.includes('Choe')) ?? articles[0];
    for (const lang of ['tr', 'en'] as Lang[]) {
      await setSettings(session, { uiLanguage: lang, disabledSites: ['haber.example'] });
      for (const theme of ['light', 'dark'] as Theme[]) {
        const suffix = `${lang}-${theme}`;
        // Popup: people on the page, then a search.
        await news.bringToFront();
        const popup = await open(session, 'popup.html', theme, POPUP);
        await popup.getByText(lang === 'tr' ? 'Bu sayfadaki kişiler' : 'People on this page').waitFor();
        await shoot(popup, `popup-page-${suffix}`);
        await popup.getByTestId('popup-search').fill(lang === 'tr' ? 'zafer' : 'Putin');
        await popup.locator('[role="option"]').first().waitFor();
        await popup.keyboard.press('ArrowDown');
        await shoot(popup, `popup-search-${suffix}`);
        await popup.close();

        // Side panel: reader, person view, on this page.
        await news.bringToFront();
        const panel = await open(session, `sidepanel.html#/article/${choe?.id}`, theme, PANEL);
        await panel.getByTestId('article-reader').waitFor();
        await shoot(panel, `sidepanel-article-${suffix}`);
        await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html#/person/choe-son-hui`);
        await panel.getByTestId('person-view').waitFor();
        await shoot(panel, `sidepanel-person-${suffix}`);
        await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html#/page`);
        await panel.locator('.people-row').first().waitFor();
        await shoot(panel, `sidepanel-page-${suffix}`);
        await panel.close();

        const options = await open(session, 'options.html', theme, OPTIONS);
        await options.getByTestId('opt-enabled').waitFor();
        await shoot(options, `options-${suffix}`, true);
        await options.close();
      }
    }
  } finally {
    await session.close();
    await server.close();
  }
}

await main();
