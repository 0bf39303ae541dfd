/**
 * Screenshots of the hover card for the README (`docs/card-light.png`, `docs/card-dark.png`),
 * taken from the built extension on real pages; each test checks the theme it photographs.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askPage, hoverWord, waitForCard, writeSettings } from './content-helpers';
import {
  type ExtensionSession,
  type FixtureServer,
  launchExtension,
  openExtensionPage,
  ROOT,
  startFixtureServer,
  waitFor,
} from './harness';

const DOCS = join(ROOT, 'docs');
let session: ExtensionSession;
let server: FixtureServer;
let ext: Page;

beforeAll(async () => {
  mkdirSync(DOCS, { recursive: true });
  session = await launchExtension();
  server = await startFixtureServer();
  ext = await openExtensionPage(session, 'options.html');
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function photograph(
  path: string,
  lang: 'tr' | 'en',
  word: string,
  personId: string,
  file: string,
): Promise<string> {
  await writeSettings(ext, { uiLanguage: lang });
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1000, height: 760 });
  await page.goto(server.url(path));
  await waitFor(
    async () => (await askPage(ext, { type: 'page-mentions' })).mentions.length > 0,
    10_000,
    'scan',
  );
  await page.evaluate(() => window.scrollTo(0, 0));
  await hoverWord(page, word);
  await waitForCard(page, personId);
  await page.waitForTimeout(300); // the entry animation
  const theme = await page.evaluate(
    () =>
      document
        .querySelector('baglam-card-host')
        ?.shadowRoot?.querySelector<HTMLElement>('[data-testid="person-card"]')?.dataset.theme,
  );
  const out = join(DOCS, file);
  await page.screenshot({ path: out });
  await page.close();
  return theme ?? '';
}

describe('card screenshots', () => {
  it('light: a Turkish news page, Turkish UI', async () => {
    expect(await photograph('content-tr.html', 'tr', 'Choe Son', 'choe-son-hui', 'card-light.png')).toBe(
      'light',
    );
    expect(statSync(join(DOCS, 'card-light.png')).size).toBeGreaterThan(10_000);
  });

  it('dark: a dark page, English UI', async () => {
    expect(await photograph('content-dark.html', 'en', 'Hamaney’in', 'ali-khamenei', 'card-dark.png')).toBe(
      'dark',
    );
    expect(existsSync(join(DOCS, 'card-dark.png'))).toBe(true);
  });
});
