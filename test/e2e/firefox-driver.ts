/**
 * The cross-browser driver for Firefox: Debian's Firefox ESR driven by puppeteer-core over WebDriver
 * BiDi (Playwright cannot drive a stock Firefox), the built `.output/firefox-mv3` installed as a
 * temporary add-on. Firefox quirks it hides (see ../shared/E2E.md):
 * - extension pages need `--remote-allow-system-access`, and send no load event: they are opened
 *   with a raw `browsingContext.navigate` and waited for by selector;
 * - a fixed add-on UUID (pref `extensions.webextensions.uuids`) gives their `moz-extension://` URLs;
 * - background tabs are hidden: a tab comes to the front before the mouse acts on it;
 * - the card's closed shadow root is read through BiDi, whose node serialisation includes closed
 *   shadow roots; a function then runs with that root as `this`, as a debugger would.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import type { BrowserDriver, Point, Tab } from './browser-driver';
import { ROOT } from './harness';
import { CARD_HOST_EXPRESSION } from './page-probes';

// Overridable so a run can test a private copy while others rebuild `.output` in the same tree.
const EXTENSION_DIR = process.env.BAGLAM_FIREFOX_EXTENSION_DIR ?? join(ROOT, '.output/firefox-mv3');
const GECKO_ID = 'baglam@baglam.local';
// The size the Chromium harness uses.
const VIEWPORT = { width: 1200, height: 800 };

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(
      `Firefox not found at ${path}. Install it with \`sudo apt-get install -y firefox-esr\` or set FIREFOX_PATH.`,
    );
  }
  return path;
}

/** The raw WebDriver BiDi channel under puppeteer (not in its public types). */
interface BidiChannel {
  send(method: string, params: object): Promise<{ result: BidiResult }>;
}
interface BidiResult {
  type?: 'success' | 'exception';
  result?: { type: string; value?: unknown; sharedId?: string };
  exceptionDetails?: { text: string };
}

function bidi(browser: Browser): BidiChannel {
  return (browser as unknown as { connection: BidiChannel }).connection;
}

/** The BiDi browsing context id of a page's top frame. */
function contextOf(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

function tabOf(browser: Browser, page: Page): Tab {
  const front = () => page.bringToFront();
  return {
    // The library's own typing of arguments (handles, unboxing) is more than the interface promises.
    evaluate: page.evaluate.bind(page) as Tab['evaluate'],
    async waitForSelector(selector, timeoutMs = 10_000) {
      await page.waitForSelector(selector, { timeout: timeoutMs });
    },
    front,
    async mouseMove(point: Point, steps = 1) {
      await front();
      // BiDi refuses a pointer outside the viewport (Chromium just clips it): keep it inside.
      const { width, height } = page.viewport() ?? VIEWPORT;
      const x = Math.min(Math.max(point.x, 0), width - 1);
      const y = Math.min(Math.max(point.y, 0), height - 1);
      await page.mouse.move(x, y, { steps });
    },
    async mouseClick(point: Point) {
      await front();
      await page.mouse.click(point.x, point.y);
    },
    async chooseFiles(selector, paths) {
      await front();
      const input = await page.$(selector);
      if (!input) throw new Error(`no file input ${selector}`);
      await (input as ElementHandle<HTMLInputElement>).uploadFile(...paths);
    },
    async click(selector) {
      await front();
      const point = await page.evaluate((selector) => {
        const element = document.querySelector(selector);
        if (!element) return null;
        element.scrollIntoView({ block: 'center' });
        const rect = element.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }, selector);
      if (!point) throw new Error(`no ${selector} to click`);
      await page.mouse.click(point.x, point.y);
    },
    async type(text) {
      await front();
      await page.keyboard.type(text, { delay: 20 });
    },
    async inCardRoot<T, A>(fn: (root: ShadowRoot, arg: A) => T, arg?: A): Promise<T | null> {
      const channel = bidi(browser);
      const target = { context: contextOf(page) };
      const { result: host } = await channel.send('script.evaluate', {
        expression: CARD_HOST_EXPRESSION,
        target,
        awaitPromise: false,
        serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
      });
      const root = (host.result?.value as { shadowRoot?: { sharedId?: string } | null } | undefined)
        ?.shadowRoot;
      if (!root?.sharedId) return null;
      // The answer comes back as JSON text: simpler than decoding BiDi's remote values.
      const { result } = await channel.send('script.callFunction', {
        functionDeclaration: `async function () { const value = await (${fn.toString()})(this, ${JSON.stringify(arg ?? null)}); return JSON.stringify(value ?? null); }`,
        this: { sharedId: root.sharedId },
        target,
        awaitPromise: true,
      });
      if (result.type === 'exception') throw new Error(`inCardRoot: ${result.exceptionDetails?.text}`);
      return JSON.parse(String(result.result?.value)) as T | null;
    },
    close: () => page.close(),
  };
}

export async function launchFirefoxDriver(): Promise<BrowserDriver> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    defaultViewport: VIEWPORT,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // MV3 host permissions are granted at install only while this is true (the 153 default).
      'extensions.originControls.grantByDefault': true,
    },
  });
  try {
    await browser.installExtension(EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const origin = `moz-extension://${uuid}`;
  return {
    name: 'firefox',
    extensionOrigin: origin,
    async openPage(url) {
      const page = await browser.newPage();
      await page.goto(url);
      await page.bringToFront();
      return tabOf(browser, page);
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      // `page.goto` would wait for a load event Firefox never sends for extension documents.
      await bidi(browser).send('browsingContext.navigate', {
        context: contextOf(page),
        url: `${origin}/${path}`,
        wait: 'none',
      });
      await page.waitForSelector('body > *', { timeout: 10_000 });
      return tabOf(browser, page);
    },
    close: () => browser.close(),
  };
}
