/**
 * Opens a fixture page in the built extension, hovers a name until its card is up and photographs
 * the viewport. Shared by the card theme test (which checks the picture) and `npm run screenshots`
 * (which saves it).
 */
import type { Page } from 'playwright-core';
import { askPage, hoverWord, readCard, waitForCard, writeSettings } from './content-helpers';
import { type ExtensionSession, type FixtureServer, waitFor } from './harness';

export interface CardShot {
  /** One of the fixture pages (`content-tr.html`, `content-dark.html`). */
  page: string;
  lang: 'tr' | 'en';
  word: string;
  personId: string;
}

export interface CardPhoto {
  /** The card's `data-theme`, '' when the card has none. */
  theme: string;
  png: Buffer;
}

/** `ext` is an open extension page, used to write settings and ask the content script. */
export async function photographCard(
  session: ExtensionSession,
  server: FixtureServer,
  ext: Page,
  shot: CardShot,
): Promise<CardPhoto> {
  await writeSettings(ext, { uiLanguage: shot.lang });
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1000, height: 760 });
  await page.goto(server.url(shot.page));
  await waitFor(
    async () => (await askPage(ext, { type: 'page-mentions' })).mentions.length > 0,
    10_000,
    'scan',
  );
  await page.evaluate(() => window.scrollTo(0, 0));
  await hoverWord(page, shot.word);
  await waitForCard(page, shot.personId);
  await page.waitForTimeout(300); // the entry animation
  const theme = (await readCard(page))?.theme ?? '';
  const png = await page.screenshot();
  await page.close();
  return { theme: theme ?? '', png };
}

/** The two cards the README shows. */
export const CARD_SHOTS = {
  'card-light': { page: 'content-tr.html', lang: 'tr', word: 'Choe Son', personId: 'choe-son-hui' },
  'card-dark': { page: 'content-dark.html', lang: 'en', word: 'Hamaney’in', personId: 'ali-khamenei' },
} as const satisfies Record<string, CardShot>;
