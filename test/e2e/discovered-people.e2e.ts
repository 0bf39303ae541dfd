/**
 * People the corpus build discovered (not in the hand-made registry) are people like the others:
 * marked on pages, shown in the card with their quotes, found by search and shown in the panel.
 * The shipped seeds name nobody new, so this suite builds a corpus from the real-article fixtures
 * (which name dozens of people) into a copy of the built extension and loads that copy.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonEntry } from '@/core/protocol/types';
import { askPage, hoverWord, waitForCard } from './content-helpers';
import {
  EXTENSION_DIR,
  type ExtensionSession,
  type FixtureServer,
  launchExtension,
  openExtensionPage,
  ROOT,
  startFixtureServer,
  waitFor,
} from './harness';
import { storeSettings } from './ui-helpers';

let session: ExtensionSession;
let server: FixtureServer;
let ext: Page;
let work: string;
let discovered: PersonEntry[];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'baglam-discovered-'));
  const corpus = join(work, 'corpus');
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      join(ROOT, 'pipeline/cli.ts'),
      '--in',
      join(ROOT, 'test/fixtures/real'),
      '--out',
      corpus,
      '--min-discovered',
      '2',
    ],
    { cwd: ROOT, stdio: 'pipe' },
  );
  const extension = join(work, 'extension');
  cpSync(EXTENSION_DIR, extension, { recursive: true });
  rmSync(join(extension, 'corpus'), { recursive: true, force: true });
  cpSync(corpus, join(extension, 'corpus'), { recursive: true });
  const registry = JSON.parse(readFileSync(join(corpus, 'registry.json'), 'utf8')) as {
    people: (PersonEntry & { origin?: string })[];
  };
  discovered = registry.people.filter((p) => p.origin === 'discovered');

  session = await launchExtension(extension);
  server = await startFixtureServer();
  await storeSettings(session, { uiLanguage: 'tr' });
  ext = await openExtensionPage(session, 'options.html');
}, 120_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('people the build discovered', () => {
  it('are in the registry the content script reads, marked by full name and, after it, by surname', async () => {
    expect(discovered.map((p) => p.id)).toEqual(
      expect.arrayContaining(['abbas-arakci', 'vladimir-zelenskiy']),
    );
    const page = await session.context.newPage();
    await page.goto(server.url('discovered.html'));
    const answer = await waitFor(
      async () => {
        const got = await askPage<{ mentions: { personId: string; text: string }[] }>(ext, {
          type: 'page-mentions',
        });
        return got.mentions.length >= 3 ? got : null;
      },
      10_000,
      'the mentions',
    );
    expect(answer.mentions).toEqual([
      { personId: 'abbas-arakci', text: 'Abbas Arakçi' },
      { personId: 'abbas-arakci', text: 'Arakçi' },
      { personId: 'vladimir-zelenskiy', text: 'Vladimir Zelenskiy' },
    ]);

    await hoverWord(page, 'Abbas Arakçi');
    const card = await waitForCard(page, 'abbas-arakci');
    expect(card.name).toBe('Abbas Arakçi');
    expect(card.quotes).toBeGreaterThan(0);
    expect(card.articles).toBeGreaterThan(0);
    await page.close();
  });

  it('are found by search and shown in the side panel with the quotes attributed to them', async () => {
    const popup = await openExtensionPage(session, 'popup.html');
    await popup.getByTestId('popup-search').waitFor();
    await popup.keyboard.type('Arakçi', { delay: 20 });
    const first = popup.locator('[role="option"]').first();
    await waitFor(async () => (await first.getAttribute('data-kind')) === 'person', 5000, 'a person first');
    expect(await first.locator('.result-title').textContent()).toBe('Abbas Arakçi');
    await popup.close();

    const panel = await openExtensionPage(session, 'sidepanel.html#/person/abbas-arakci');
    const view = panel.getByTestId('person-view');
    await view.waitFor();
    expect(await view.getAttribute('data-person')).toBe('abbas-arakci');
    await waitFor(
      async () => (await panel.getByTestId('person-quotes').locator('li').count()) > 0,
      5000,
      'his quotes',
    );
    expect(await panel.getByTestId('person-articles').locator('li').count()).toBeGreaterThan(0);
    await panel.close();
  });

  it('show a quote given to a role alone (`Yeni dini lider`) under the person it resolved to', async () => {
    const popup = await openExtensionPage(session, 'popup.html');
    await popup.getByTestId('popup-search').waitFor();
    await popup.keyboard.type('üslerini hedef almaya', { delay: 20 });
    const quote = popup.locator('[role="option"][data-kind="quote"]').first();
    await waitFor(async () => (await quote.count()) > 0, 5000, 'a quote in the results');
    expect(await quote.locator('.result-title').textContent()).toBe('Mücteba Hamaney');
    await popup.close();
  });
});
