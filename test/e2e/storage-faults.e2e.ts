/// <reference types="chrome" />
/**
 * Storage that goes wrong under a running extension (issue 12, the attack suite), driven through
 * the UI: corrupt settings in `storage.sync`, and a damaged IndexedDB archive (records lost, a
 * garbage active record, the database deleted while the worker holds it). Each time the pages and
 * the content script keep working on defaults or on the packaged corpus, and the user is told
 * where the UI has a place for it.
 *
 * A full disk is not here: Chromium gives an extension's origin unlimited storage, and ignores a
 * quota set through CDP for it (`Storage.overrideQuotaForOrigin` reports the override active, yet
 * `navigator.storage.estimate()` and IndexedDB writes go on as before). The quota path is the unit
 * test "falls back to the package when the disk is full" (`lib/background/corpus-store.test.ts`)
 * and the popup's and panel's line for it `components/common/ArchiveStatus.test.tsx`.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CorpusStatus } from '@/core/protocol/messages';
import { openExtensionPage, sendToBackground, stopServiceWorker, waitFor } from './harness';
import { readSettings, resetStorage, storeSettings, waitForHighlights } from './ui-helpers';
import { useExtension } from './use-extension';

const env = useExtension();

const ARTICLE_QUERY = 'stratejik ortaklık';
const ARTICLE_TITLE = 'Kuzey Kore Rusya ile stratejik ortaklığı güçlendirme sözü verdi';
const STORAGE_MESSAGE =
  "The archive's storage cannot be used: it is read from the extension's own files, which is slower.";

beforeEach(async () => {
  await resetStorage(env.session);
});

async function openNews(): Promise<Page> {
  const news = await env.session.context.newPage();
  await news.goto(env.server.url('ui-news.html'));
  return news;
}

async function openOptions(): Promise<Page> {
  const page = await openExtensionPage(env.session, 'options.html');
  await page.getByTestId('opt-enabled').waitFor();
  return page;
}

describe('corrupt settings in storage.sync', () => {
  it('garbage instead of the settings object: defaults everywhere, and the options page says so', async () => {
    const host = new URL(env.server.url('')).host;
    await storeSettings(env.session, { uiLanguage: 'en', disabledSites: [host] });
    const news = await openNews();
    expect(await waitForHighlights(news, (n) => n === 0, 'no marks on a site that is off')).toBe(0);

    // Garbage arrives while the page is open: the content script goes on with the defaults (on).
    await storeSettings(env.session, 'garbage');
    await waitForHighlights(news, (n) => n > 0, 'marks with the default settings');

    const options = await openOptions();
    const notice = options.getByTestId('repaired');
    await notice.waitFor();
    const text = await notice.textContent();
    for (const label of [
      'Enable Bağlam on all sites',
      'Sites where Bağlam is off',
      'Highlight style',
      'Muted people',
    ]) {
      expect(text).toContain(label);
    }
    expect(await options.getByTestId('opt-enabled').isChecked()).toBe(true);
    await options.close();
    await news.close();
  });

  it('a partly corrupt object: valid fields are used and kept, invalid ones repaired on the next save', async () => {
    const host = new URL(env.server.url('')).host;
    await storeSettings(env.session, {
      uiLanguage: 'en',
      disabledSites: [host, 'haber.example'],
      highlightStyle: 'neon',
      hoverDelayMs: -5,
      mutedPeople: 'everyone',
      citationStyle: 'markdown',
    });
    const news = await openNews();
    // The valid rule holds: the site is off.
    expect(await waitForHighlights(news, (n) => n === 0, 'no marks on a site that is off')).toBe(0);

    const options = await openOptions();
    const notice = options.getByTestId('repaired');
    await notice.waitFor();
    expect(await notice.textContent()).toBe(
      'Some stored settings were invalid and fell back to their defaults: Highlight style, Delay before a card opens, Muted people',
    );
    expect(await options.getByTestId('disabled-sites').locator('.site-name').allTextContents()).toEqual([
      host,
      'haber.example',
    ]);
    // Nothing was written back just for reading: the stored value is as it was…
    expect((await readSettings(options)).highlightStyle).toBe('neon');
    // …until the user changes a setting: then the valid fields are kept, the invalid ones repaired.
    await options.getByTestId('opt-highlight-background').check();
    await waitFor(
      async () => (await readSettings(options)).highlightStyle === 'background',
      5000,
      'the save',
    );
    expect(await readSettings(options)).toEqual({
      enabled: true,
      disabledSites: [host, 'haber.example'],
      highlightStyle: 'background',
      hoverDelayMs: 300,
      modifierKey: 'none',
      uiLanguage: 'en',
      mutedPeople: [],
      citationStyle: 'markdown',
    });
    await options.close();
    await news.close();
  });
});

/** The background's archive state, asked from an extension page. */
function corpusStatus(page: Page): Promise<CorpusStatus> {
  return waitFor(
    () => sendToBackground<CorpusStatus>(page, { type: 'corpus-status' }),
    10_000,
    'the background',
  );
}

async function waitForArchive(page: Page, state: CorpusStatus['state']): Promise<CorpusStatus> {
  return waitFor(
    async () => {
      const status = await corpusStatus(page);
      return status.state === state ? status : null;
    },
    20_000,
    `the archive to be ${state}`,
  );
}

/** Runs `change` on the archive's IndexedDB from an extension page (another connection than the worker's). */
async function tamperArchive(
  page: Page,
  change: 'lose-records' | 'garbage-active' | 'delete',
): Promise<void> {
  await page.evaluate(async (change) => {
    const done = (request: IDBRequest | IDBOpenDBRequest) =>
      new Promise((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
        if ('onblocked' in request) request.onblocked = () => reject(new Error('blocked by the worker'));
      });
    if (change === 'delete') {
      await done(indexedDB.deleteDatabase('baglam-archive'));
      return;
    }
    const db = (await done(indexedDB.open('baglam-archive'))) as IDBDatabase;
    const tx = db.transaction(['articles', 'people', 'meta'], 'readwrite');
    if (change === 'lose-records') {
      tx.objectStore('articles').clear();
      tx.objectStore('people').clear();
    } else {
      tx.objectStore('meta').put({ version: 42, recent: 'not a list' }, 'active');
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, change);
}

/** Records of each store in the archive (null when there is no such database). */
function archiveRecords(page: Page): Promise<{ articles: number; people: number } | null> {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'baglam-archive')) return null;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('baglam-archive');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const count = (store: string) =>
      new Promise<number>((resolve) => {
        const request = db.transaction(store).objectStore(store).count();
        request.onsuccess = () => resolve(request.result);
      });
    const counts = { articles: await count('articles'), people: await count('people') };
    db.close();
    return counts;
  });
}

/** Searches in a freshly opened popup; returns it with the archive line it showed on opening. */
async function searchInPopup(query: string, title: string): Promise<{ popup: Page; status: string | null }> {
  const popup = await openExtensionPage(env.session, 'popup.html');
  await popup.getByTestId('popup-search').waitFor();
  await popup.getByTestId('popup-search').fill(query);
  await waitFor(
    async () => (await popup.locator('[role="option"] .result-title').allTextContents()).includes(title),
    10_000,
    `"${title}" in the popup's results`,
  );
  const line = popup.getByTestId('archive-status');
  const status = (await line.count()) > 0 ? await line.textContent() : null;
  return { popup, status };
}

/** The side panel still reads an article and a person, and shows the archive line it is given. */
async function panelReads(articleId: string): Promise<string | null> {
  const panel = await openExtensionPage(env.session, `sidepanel.html#/article/${articleId}`);
  await panel.getByTestId('article-reader').waitFor();
  expect(await panel.locator('[data-testid="article-reader"] h1').textContent()).toBe(ARTICLE_TITLE);
  await panel.goto(`chrome-extension://${env.session.extensionId}/sidepanel.html#/person/sergey-lavrov`);
  await panel.getByTestId('person-view').waitFor();
  expect(await panel.getByTestId('person-quotes').locator('li').count()).toBeGreaterThan(0);
  const line = panel.getByTestId('archive-status');
  await panel.waitForTimeout(300);
  const status = (await line.count()) > 0 ? await line.textContent() : null;
  await panel.close();
  return status;
}

describe('a damaged archive in IndexedDB', () => {
  let ext: Page;
  let articleId: string;

  beforeEach(async () => {
    await storeSettings(env.session, { uiLanguage: 'en' });
    ext = await openExtensionPage(env.session, 'options.html');
    await waitForArchive(ext, 'ready');
    const recent = await sendToBackground<{ articles: { id: string; title: string }[] }>(ext, {
      type: 'recent-articles',
      limit: 100,
    });
    articleId = recent.articles.find((a) => a.title === ARTICLE_TITLE)?.id ?? '';
    expect(articleId).not.toBe('');
  });

  it('records lost under the worker: search and panel answer from the package, say so, and the archive is loaded again', async () => {
    await tamperArchive(ext, 'lose-records');
    expect(await archiveRecords(ext)).toEqual({ articles: 0, people: 0 });

    // The first search finds the loss and still lists the article (read from the package).
    const first = await searchInPopup(ARTICLE_QUERY, ARTICLE_TITLE);
    await first.popup.close();
    expect(await corpusStatus(ext)).toMatchObject({ state: 'fallback', reason: 'storage' });
    const again = await searchInPopup('Lavrov', 'Sergei Lavrov');
    expect(again.status).toBe(STORAGE_MESSAGE);
    await again.popup.close();
    expect(await panelReads(articleId)).toBe(STORAGE_MESSAGE);

    // A new worker loads the archive again: whole, and no line any more.
    await stopServiceWorker(env.session);
    await waitForArchive(ext, 'ready');
    expect((await archiveRecords(ext))?.articles).toBeGreaterThan(0);
    expect(await panelReads(articleId)).toBeNull();
  });

  it('a garbage active record: the next worker loads the archive again, and search works meanwhile', async () => {
    await tamperArchive(ext, 'garbage-active');
    await stopServiceWorker(env.session);
    const { popup } = await searchInPopup(ARTICLE_QUERY, ARTICLE_TITLE);
    await popup.close();
    await waitForArchive(ext, 'ready');
    expect(await panelReads(articleId)).toBeNull();
  });

  it('the database deleted while the worker holds it: not blocked; search and panel answer from the package', async () => {
    await tamperArchive(ext, 'delete');
    const { popup } = await searchInPopup(ARTICLE_QUERY, ARTICLE_TITLE);
    await popup.close();
    expect(await corpusStatus(ext)).toMatchObject({ state: 'fallback', reason: 'storage' });
    expect(await panelReads(articleId)).toBe(STORAGE_MESSAGE);

    await stopServiceWorker(env.session);
    await waitForArchive(ext, 'ready');
    expect((await archiveRecords(ext))?.articles).toBeGreaterThan(0);
  });
});
