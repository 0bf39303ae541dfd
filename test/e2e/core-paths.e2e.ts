/// <reference types="chrome" />
/**
 * The core paths, in every browser: the same test bodies run in Chromium and in Firefox through the
 * `BrowserDriver` switch. Deeper, Chromium-only coverage lives in the other `*.e2e.ts` files.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PageMentions } from '@/core/protocol/messages';
import { makeZip } from '../fixtures/zip-writer';
import { type BrowserDriver, browsersToTest, launchDriver, type Tab } from './browser-driver';
import { type FixtureServer, ROOT, startFixtureServer, waitFor } from './harness';
import { askWebPage, cardFor, clickCard, hoverText, marksWhen, panelShowing } from './tab-helpers';
import { HIGHLIGHT_NAME } from './ui-helpers';

describe.each(browsersToTest())('core paths in %s', (browserName) => {
  let driver: BrowserDriver;
  let server: FixtureServer;
  /** An extension page kept open to talk to the extension from. */
  let ext: Tab;
  let opened: Tab[] = [];

  beforeAll(async () => {
    server = await startFixtureServer();
    driver = await launchDriver(browserName);
    ext = await driver.openExtensionPage('options.html');
  });

  beforeEach(async () => {
    await ext.evaluate(async () => {
      await chrome.storage.sync.clear();
      await chrome.storage.session.clear();
      await chrome.storage.sync.set({ settings: { uiLanguage: 'en' } });
    });
  });

  afterEach(async () => {
    for (const tab of opened) await tab.close().catch(() => undefined);
    opened = [];
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  async function openPage(path: string): Promise<Tab> {
    const tab = await driver.openPage(server.url(path));
    opened.push(tab);
    return tab;
  }

  async function openExtensionPage(path: string, ready: string): Promise<Tab> {
    const tab = await driver.openExtensionPage(path);
    opened.push(tab);
    await tab.waitForSelector(ready);
    return tab;
  }

  /** Asks until the page's mentions satisfy `check` (late content is scanned a little after load). */
  function mentionsWhen(check: (m: PageMentions) => boolean): Promise<PageMentions> {
    return waitFor(
      async () => {
        const answer = await askWebPage(ext, { type: 'page-mentions' });
        return check(answer) ? answer : null;
      },
      10_000,
      'page-mentions',
    );
  }

  it('marks the mentions on a fixture page, one highlight range for each shown mention', async () => {
    const page = await openPage('ui-news.html');
    const marks = await marksWhen(page, (n) => n > 0, 'marked mentions');
    const answer = await mentionsWhen((m) => m.mentions.length >= marks);
    expect(answer.mentions.length).toBe(marks);
    // The page itself can read the marks (the highlight registry is the document's): each range
    // covers one mention's text, in document order.
    const marked = await page.evaluate((name) => {
      const ranges = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get(name);
      return [...(ranges ?? [])].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      });
    }, HIGHLIGHT_NAME);
    expect(marked).toEqual(answer.mentions.map((m) => m.text));
  });

  it('answers page-mentions with the people named on the page, in order, text as written', async () => {
    await openPage('foundation.html');
    const answer = await mentionsWhen((m) => m.mentions.length >= 2);
    expect(answer.mentions.map((m) => [m.personId, m.text])).toEqual([
      ['vladimir-putin', 'Vladimir Putin'],
      ['kim-jong-un', 'Kim Jong Un'],
    ]);
    expect(answer.stats.textNodes).toBeGreaterThan(0);
  });

  it('shows the card of the person under the pointer', async () => {
    const page = await openPage('content-en.html');
    await mentionsWhen((m) => m.mentions.length > 0);
    await hoverText(page, 'Donald Trump');
    const card = await cardFor(page, 'donald-trump');
    expect(card.name).toBe('Donald Trump');
    expect(card.role_).toBe('dialog');
    expect(card.labelledBy).toBe('Donald Trump');
    expect(card.role.length).toBeGreaterThan(0);
    expect(card.counts).toMatch(/^\d+ articles? · \d+ quotes?$/);
    expect(card.articles).toBeGreaterThan(0);
  });

  it('marks the names in SVG text, inline and in an SVG document, and shows their card', async () => {
    for (const [path, text, personId] of [
      ['content-svg-inline.html', 'Jong Un', 'kim-jong-un'],
      ['content-image.svg', 'Vladimir Putin', 'vladimir-putin'],
    ] as const) {
      const page = await openPage(path);
      await marksWhen(page, (n) => n >= 3, `the drawn names in ${path}`);
      await hoverText(page, text);
      const card = await cardFor(page, personId);
      // Drawn over the viewport next to the name, not clipped to the drawing (an SVG document's
      // card is a popover in the top layer: see card-host.tsx).
      const shown = await page.evaluate((rect) => {
        const host = document.querySelector('baglam-card-host');
        const x = (rect.left + rect.right) / 2;
        const y = rect.bottom - 20;
        return document.elementFromPoint(x, y) === host;
      }, card.rect);
      expect(shown).toBe(true);
      await page.close();
      opened = opened.filter((tab) => tab !== page);
    }
  });

  it('finds an article from the popup search as you type, and opens it in the reader', async () => {
    const popup = await openExtensionPage('popup.html', '[data-testid="popup-search"]');
    await popup.click('[data-testid="popup-search"]');
    await popup.type('stratejik ortaklık');
    const title = 'Kuzey Kore Rusya ile stratejik ortaklığı güçlendirme sözü verdi';
    const found = await waitFor(
      () =>
        popup.evaluate((title) => {
          const option = [...document.querySelectorAll('[role="option"]')].find(
            (o) => o.querySelector('.result-title')?.textContent === title,
          );
          return option
            ? { kind: option.getAttribute('data-kind'), selector: `#${CSS.escape(option.id)}` }
            : null;
        }, title),
      5000,
      'the article in the results',
    );
    expect(found.kind).toBe('article');
    // A click in an extension page is a user action in both browsers: the side panel (Firefox: the
    // sidebar) opens on the article.
    await popup.click(found.selector);
    const reader = await panelShowing(ext, 'article');
    expect(reader).toMatchObject({ where: 'panel', headline: title });
  });

  it('renders a person in the side panel page (a deep link)', async () => {
    await openExtensionPage('sidepanel.html#/person/choe-son-hui', '[data-testid="person-view"]');
    const shown = await panelShowing(ext, 'person');
    expect(shown.headline).toBe('Choe Son Hui');
    expect(shown.quotes).toBeGreaterThanOrEqual(3);
    expect(shown.coMentions).toContain('Sergei Lavrov');
  });

  it('opens the person from the card in the side panel (or the reader tab)', async () => {
    const page = await openPage('content-tr.html');
    await mentionsWhen((m) => m.mentions.length >= 12);
    await hoverText(page, 'Choe Son-hui');
    await cardFor(page, 'choe-son-hui');
    await clickCard(page, '[data-testid="card-open-person"]');
    // Firefox counts a click in a web page as no user action for `sidebarAction.open` (MDN, "User
    // actions"), so the reader may open in a tab; driven over BiDi, Firefox ESR 153 opens the sidebar.
    const shown = await panelShowing(ext, 'person');
    expect(shown.headline).toBe('Choe Son Hui');
    expect(['panel', 'tab']).toContain(shown.where);
    expect(shown.quotes).toBeGreaterThanOrEqual(3);
  });

  it('turns Bağlam off from the options page and on again; the open page follows live', async () => {
    const news = await openPage('ui-news.html');
    await marksWhen(news, (n) => n > 0, 'marked mentions');
    const options = await openExtensionPage('options.html', '[data-testid="opt-enabled"]');
    await options.click('[data-testid="opt-enabled"]');
    await marksWhen(news, (n) => n === 0, 'marks removed');
    const stored = await options.evaluate(
      async () => ((await chrome.storage.sync.get('settings')).settings as { enabled?: boolean }).enabled,
    );
    expect(stored).toBe(false);
    await options.click('[data-testid="opt-enabled"]');
    await marksWhen(news, (n) => n > 0, 'marks back');
  });

  it('opens the article chosen in the card in the reader (side panel, or a tab)', async () => {
    const page = await openPage('content-tr.html');
    await mentionsWhen((m) => m.mentions.length >= 12);
    await hoverText(page, 'Hamaney’in');
    await cardFor(page, 'ali-khamenei');
    const title = await page.inCardRoot(
      (root) => root.querySelector('[data-testid="article-item"] button')?.textContent ?? null,
    );
    expect(title?.length).toBeGreaterThan(5);
    await clickCard(page, '[data-testid="article-item"] button');
    // The side panel (Firefox: the sidebar) when the browser lets it open, else the reader tab.
    const reader = await panelShowing(ext, 'article');
    expect(reader.headline).toBe(title);
    expect(['panel', 'tab']).toContain(reader.where);
    // Close a reader tab the click opened, so the next test sees one web page.
    await ext.evaluate(async () => {
      const reader = `${location.origin}/sidepanel.html`;
      const tabs = await chrome.tabs.query({});
      await chrome.tabs.remove(tabs.flatMap((t) => (t.id && t.url?.startsWith(reader) ? [t.id] : [])));
    });
  });
  // Last: the imported people would be on the other tests' pages. The archive is emptied again.
  it('imports a zip of news files in the options page, finds the person only they name, and removes it', async () => {
    const work = mkdtempSync(join(tmpdir(), 'baglam-core-import-'));
    const zipPath = join(work, 'arakci.zip');
    const real = join(ROOT, 'test/fixtures/real');
    // Abbas Arakçi, unknown to the registry and the bundled corpus, is named in each of these.
    const files = readdirSync(real).filter((f) => /^04[5-7]_.*\.txt$/u.test(f));
    writeFileSync(
      zipPath,
      makeZip(files.map((f) => ({ name: `arakci/${f}`, data: readFileSync(join(real, f)) }))),
    );
    const options = await openExtensionPage('options.html', '[data-testid="archive-section"]');
    await waitFor(
      () =>
        options.evaluate(
          () =>
            document.querySelector<HTMLButtonElement>('[data-testid="archive-export"]')?.disabled === false,
        ),
      30_000,
      'the archive to be ready',
    );
    await options.chooseFiles('[data-testid="import-zip-input"]', [zipPath]);
    const summary = await waitFor(
      () =>
        options.evaluate(
          () =>
            document.querySelector('[data-testid="import-summary"]')?.textContent ??
            (document.querySelector('[data-testid="import-error"]') ? 'error' : null),
        ),
      60_000,
      'the import to end',
    );
    expect(summary).toMatch(/Imported “arakci\.zip” — files: 3,/u);

    const popup = await openExtensionPage('popup.html', '[data-testid="popup-search"]');
    await popup.click('[data-testid="popup-search"]');
    await popup.type('Arakçi');
    const first = await waitFor(
      () =>
        popup.evaluate(() => {
          const option = document.querySelector('[role="option"]');
          return option?.getAttribute('data-kind') === 'person'
            ? (option.querySelector('.result-title')?.textContent ?? null)
            : null;
        }),
      10_000,
      'the imported person first',
    );
    expect(first).toBe('Abbas Arakçi');

    await options.click('[data-testid="collection-remove"]');
    await options.click('[data-testid="collection-remove-yes"]');
    await waitFor(
      () => options.evaluate(() => document.querySelectorAll('[data-testid="collection"]').length === 0),
      30_000,
      'the collection removed',
    );
    rmSync(work, { recursive: true, force: true });
  }, 120_000);
});
