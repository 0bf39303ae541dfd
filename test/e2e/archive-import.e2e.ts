/**
 * "Import your own archive" in the options page, in Chromium with the built extension: a folder of
 * real-shaped `.txt` files with its progress and summary, the imported articles found by the popup
 * and an imported-only person marked and carded on a page, a cancel half-way that leaves the archive
 * as it was, a zip, a broken zip and a full disk refused with a message, removing a collection, and
 * export → remove → import of the export giving the same archive back.
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeZip } from '../fixtures/zip-writer';
import { askPage, hoverWord, waitForCard } from './content-helpers';
import {
  type ExtensionSession,
  type FixtureServer,
  launchExtension,
  openExtensionPage,
  ROOT,
  sendToBackground,
  startFixtureServer,
  stopServiceWorker,
  waitFor,
} from './harness';
import { readSettings, storeSettings } from './ui-helpers';

const REAL = join(ROOT, 'test/fixtures/real');
/** Abbas Arakçi, whom neither the registry nor the bundled corpus knows, is named in all of these. */
const ARAKCI = [45, 46, 47, 48, 49, 50, 51];

let session: ExtensionSession;
let server: FixtureServer;
let options: Page;
let work: string;

function realFile(n: number): string {
  const name = readdirSync(REAL).find((f) => f.startsWith(`${String(n).padStart(3, '0')}_`));
  if (!name) throw new Error(`no real fixture ${n}`);
  return name;
}

/** A folder of real articles (and one file that is not text) under the work folder. */
function folderOf(name: string, numbers: readonly number[]): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  for (const n of numbers) copyFileSync(join(REAL, realFile(n)), join(dir, realFile(n)));
  return dir;
}

interface Counts {
  articles: number;
  collections: string[];
}

/** The archive's counts and collections as the options page's section shows them. */
async function shown(): Promise<Counts> {
  return options.evaluate(async () => {
    const names = [...document.querySelectorAll('[data-testid="collection-name"]')].map(
      (n) => n.textContent ?? '',
    );
    const status = (await chrome.runtime.sendMessage({ type: 'corpus-status' })) as { articles?: number };
    return { articles: status.articles ?? -1, collections: names };
  });
}

/** `summary`, or `error: ` and the message shown (so that a failing test says why). */
async function waitForOutcome(timeoutMs = 60_000): Promise<string> {
  return waitFor(
    async () => {
      if ((await options.getByTestId('import-summary').count()) > 0) return 'summary';
      const error = options.getByTestId('import-error');
      if ((await error.count()) > 0) return `error: ${await error.textContent()}`;
      return null;
    },
    timeoutMs,
    'the import to end',
  );
}

/** Records, from the page itself, whether the progress bar was shown and what it said. */
async function watchProgress(): Promise<void> {
  await options.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('[data-testid="import-progress"]');
      if (bar) seen.push(bar.textContent ?? '');
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

const progressSeen = () =>
  options.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'baglam-import-'));
  session = await launchExtension();
  server = await startFixtureServer();
  await storeSettings(session, { uiLanguage: 'en' });
  options = await openExtensionPage(session, 'options.html');
  await options.getByTestId('archive-section').waitFor();
  // Importing waits for the background to have put the packaged corpus in.
  await waitFor(
    async () => !(await options.getByTestId('archive-export').isDisabled()),
    20_000,
    'the archive',
  );
}, 60_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('importing your own archive', () => {
  let bundled: number;
  /** A tab open since before the import: it must mark the imported people without a reload. */
  let openBefore: Page;

  // A person works in the options page with it in front (a file picker in a background tab hangs).
  beforeEach(() => options.bringToFront());

  it('imports a folder with progress, then shows the summary with the files’ warnings', async () => {
    bundled = (await shown()).articles;
    expect(bundled).toBeGreaterThan(0);
    openBefore = await session.context.newPage();
    await openBefore.goto(server.url('discovered.html'));
    await askPage(options, { type: 'page-mentions' });
    await options.bringToFront();
    const dir = folderOf('arsivim', ARAKCI);
    writeFileSync(join(dir, 'notlar.md'), '# not an article\n');
    await watchProgress();
    await options.getByTestId('import-folder-input').setInputFiles(dir);
    expect(await waitForOutcome()).toBe('summary');
    const seen = await progressSeen();
    expect(seen.some((text) => /file \d+ of 7/u.test(text))).toBe(true);
    const summary = (await options.getByTestId('import-summary').textContent()) ?? '';
    expect(summary).toMatch(/Imported “arsivim” — files: 7, articles: \d+/u);
    expect(summary).toMatch(/People found only in your files, now marked on pages: [1-9]/u);
    const warnings = (await options.getByTestId('import-warnings').textContent()) ?? '';
    expect(warnings).toContain('arsivim/notlar.md not a .txt file; skipped');
    const after = await shown();
    expect(after.collections).toEqual(['arsivim']);
    expect(after.articles).toBeGreaterThanOrEqual(bundled + 7);
  }, 90_000);

  it('finds the imported articles and people in the popup, and marks and cards them on pages', async () => {
    const popup = await openExtensionPage(session, 'popup.html');
    await popup.getByTestId('popup-search').waitFor();
    await popup.keyboard.type('Arakçi', { delay: 20 });
    const first = popup.locator('[role="option"]').first();
    await waitFor(async () => (await first.getAttribute('data-kind')) === 'person', 5000, 'a person first');
    expect(await first.locator('.result-title').textContent()).toBe('Abbas Arakçi');
    await waitFor(
      async () => (await popup.locator('[role="option"][data-kind="article"]').count()) > 0,
      5000,
      'an imported article',
    );
    await popup.close();

    // The tab opened before the import, not reloaded since.
    const page = openBefore;
    await page.bringToFront();
    const answer = await waitFor(
      async () => {
        const got = await askPage<{ mentions: { personId: string; text: string }[] }>(options, {
          type: 'page-mentions',
        });
        return got.mentions.some((m) => m.personId === 'abbas-arakci') ? got : null;
      },
      10_000,
      'Arakçi marked',
    );
    expect(answer.mentions).toContainEqual({ personId: 'abbas-arakci', text: 'Abbas Arakçi' });
    await hoverWord(page, 'Abbas Arakçi');
    const card = await waitForCard(page, 'abbas-arakci');
    expect(card.name).toBe('Abbas Arakçi');
    expect(card.articles).toBeGreaterThan(0);
    await page.close();
  }, 60_000);

  it('cancelled half-way, leaves the archive exactly as it was', async () => {
    const before = await shown();
    // Many files, so that the import is still reading when cancel is pressed.
    const dir = join(work, 'kalabalik');
    mkdirSync(dir);
    const text = readFileSync(join(REAL, realFile(62)), 'utf8');
    for (let i = 0; i < 1500; i++)
      writeFileSync(join(dir, `${String(i).padStart(4, '0')}.txt`), `${text}\n\nEk ${i}.\n`);
    await options.getByTestId('import-folder-input').setInputFiles(dir);
    await waitFor(
      async () =>
        /file [1-9]\d* of 1500/u.test((await options.getByTestId('import-progress').textContent()) ?? ''),
      30_000,
      'the import under way',
    );
    await options.getByTestId('import-cancel').click();
    expect(await waitForOutcome()).toMatch(/^error/u);
    expect(await options.getByTestId('import-error').textContent()).toContain('The import was cancelled');
    expect(await shown()).toEqual(before);
  }, 120_000);

  it('closed mid-import (the page and its worker gone), leaves the archive as it was, and the next import works', async () => {
    const before = await shown();
    await options.getByTestId('import-folder-input').setInputFiles(join(work, 'kalabalik'));
    await waitFor(
      async () =>
        /file [1-9]\d* of 1500/u.test((await options.getByTestId('import-progress').textContent()) ?? ''),
      30_000,
      'the import under way',
    );
    await options.close();
    options = await openExtensionPage(session, 'options.html');
    await waitFor(
      async () => !(await options.getByTestId('archive-export').isDisabled()),
      20_000,
      'the archive',
    );
    await waitFor(
      async () => (await shown()).collections.length === before.collections.length,
      5000,
      'the list',
    );
    expect(await shown()).toEqual(before);
  }, 120_000);

  it('imports a zip, refuses a broken one with a message, and removes a collection', async () => {
    const before = await shown();
    const zipPath = join(work, 'haberler.zip');
    writeFileSync(
      zipPath,
      makeZip(
        [62, 71].map((n) => ({
          name: `haberler/${realFile(n)}`,
          data: readFileSync(join(REAL, realFile(n))),
        })),
      ),
    );
    await options.getByTestId('import-zip-input').setInputFiles(zipPath);
    expect(await waitForOutcome()).toBe('summary');
    expect(await options.getByTestId('import-summary').textContent()).toMatch(
      /Imported “haberler.zip” — files: 2,/u,
    );
    const withZip = await shown();
    expect(withZip.collections).toEqual(['arsivim', 'haberler.zip']);
    expect(withZip.articles).toBe(before.articles + 2);

    const broken = join(work, 'bozuk.zip');
    writeFileSync(broken, Buffer.from('PK\u0003\u0004 this is not really a zip file'));
    await options.getByTestId('import-zip-input').setInputFiles(broken);
    expect(await waitForOutcome()).toMatch(/^error/u);
    const error = (await options.getByTestId('import-error').textContent()) ?? '';
    expect(error).toContain('This zip cannot be imported');
    expect(error).toContain('bozuk.zip: not a zip file, or a broken one');
    expect(await shown()).toEqual(withZip);

    const row = options.locator('[data-testid="collection"]', { hasText: 'haberler.zip' });
    await row.getByTestId('collection-remove').click();
    await row.getByTestId('collection-remove-yes').click();
    await waitFor(async () => (await shown()).collections.length === 1, 30_000, 'the collection removed');
    expect(await shown()).toEqual(before);
  }, 120_000);

  it('exports, and the export imported into an emptied archive gives the same archive back', async () => {
    await options.getByTestId('opt-highlight-background').check();
    await waitFor(async () => (await readSettings(options)).highlightStyle === 'background', 5000, 'saved');
    const before = await shown();
    const downloading = options.waitForEvent('download');
    await options.getByTestId('archive-export').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^baglam-archive-\d{4}-\d{2}-\d{2}\.json$/u);
    const exportPath = join(work, download.suggestedFilename());
    await download.saveAs(exportPath);
    const first = JSON.parse(readFileSync(exportPath, 'utf8')) as { exportedAt: string };

    const row = options.locator('[data-testid="collection"]').first();
    await row.getByTestId('collection-remove').click();
    await row.getByTestId('collection-remove-yes').click();
    await waitFor(async () => (await shown()).collections.length === 0, 30_000, 'an emptied archive');
    expect((await shown()).articles).toBe(bundled);

    // The export holds the settings too: changed since, they come back with the archive.
    await options.getByTestId('opt-highlight-none').check();
    await waitFor(async () => (await readSettings(options)).highlightStyle === 'none', 5000, 'changed');
    await options.getByTestId('import-export-input').setInputFiles(exportPath);
    expect(await waitForOutcome()).toBe('summary');
    expect(await shown()).toEqual(before);
    expect(await options.getByTestId('import-summary').textContent()).toContain(
      "The export's settings were restored.",
    );
    expect((await readSettings(options)).highlightStyle).toBe('background');

    const again = options.waitForEvent('download');
    await options.getByTestId('archive-export').click();
    const secondPath = join(work, 'second.json');
    await (await again).saveAs(secondPath);
    const second = JSON.parse(readFileSync(secondPath, 'utf8')) as { exportedAt: string };
    expect({ ...second, exportedAt: '' }).toEqual({ ...first, exportedAt: '' });
  }, 120_000);

  it('searches a large import in date shards: after a cold start the oldest articles are found too', async () => {
    const before = await shown();
    // 1,200 dated articles: the newest 1,000 make the first shard, the oldest is in the last one.
    const dir = join(work, 'buyuk');
    mkdirSync(dir);
    const text = readFileSync(join(REAL, realFile(62)), 'utf8');
    for (let i = 0; i < 1200; i++) {
      const date = new Date(Date.UTC(2025, 11, 30) - i * 86_400_000).toISOString().slice(0, 10);
      const word = i === 1199 ? 'kelimesonuncu' : i === 0 ? 'kelimeilki' : 'kelimeara';
      writeFileSync(
        join(dir, `${String(i).padStart(4, '0')}.txt`),
        `${text.replace('2025-12-30', date)}\n\nEk ${i}: ${word}.\n`,
      );
    }
    await options.getByTestId('import-folder-input').setInputFiles(dir);
    expect(await waitForOutcome(150_000)).toBe('summary');
    expect((await shown()).articles).toBe(before.articles + 1200);

    await stopServiceWorker(session);
    const popup = await openExtensionPage(session, 'popup.html');
    await popup.getByTestId('popup-search').waitFor();
    await popup.keyboard.type('kelimesonuncu', { delay: 20 });
    await waitFor(
      async () => (await popup.locator('[role="option"][data-kind="article"]').count()) === 1,
      30_000,
      'the oldest article, from the last shard',
    );
    await waitFor(async () => (await popup.getByTestId('search-older').count()) === 0, 30_000, 'complete');
    expect(await popup.locator('[role="option"][data-kind="article"]').count()).toBe(1);
    const newest = (await sendToBackground(popup, { type: 'search', query: 'kelimeilki' })) as {
      hits: { kind: string }[];
      complete: boolean;
    };
    expect(newest.complete).toBe(true);
    expect(newest.hits.filter((h) => h.kind === 'article')).toHaveLength(1);
    await popup.close();

    await options.bringToFront();
    const row = options.locator('[data-testid="collection"]', { hasText: 'buyuk' });
    await row.getByTestId('collection-remove').click();
    await row.getByTestId('collection-remove-yes').click();
    await waitFor(async () => (await shown()).articles === before.articles, 60_000, 'the collection removed');
  }, 300_000);

  it('on a full disk says so and keeps the archive', async () => {
    const before = await shown();
    // Chromium's quota override (CDP) does not reach an extension's origin: the import worker's
    // IndexedDB writes are made to fail as a full disk fails them, from inside that worker.
    const fillDisk = (worker: import('playwright-core').Worker) =>
      void worker
        .evaluate(() => {
          IDBObjectStore.prototype.put = () => {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          };
        })
        .catch(() => {});
    options.on('worker', fillDisk);
    try {
      await options.getByTestId('import-folder-input').setInputFiles(folderOf('dolu', [1, 5, 14, 16, 18]));
      expect(await waitForOutcome()).toMatch(/^error: There is not enough disk space for the archive/u);
    } finally {
      options.off('worker', fillDisk);
    }
    expect(await shown()).toEqual(before);
  }, 90_000);
});
