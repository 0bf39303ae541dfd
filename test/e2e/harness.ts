/**
 * End-to-end harness: the built extension (`.output/chrome-mv3`) loaded into Debian's Chromium
 * through playwright-core, a fresh profile per launch, and fixture pages served from 127.0.0.1.
 * Helpers act as a person would: open the popup/panel/options pages, hover a word, press keys.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
// Overridable so a run can test a private copy while others rebuild `.output` in the same tree.
export const EXTENSION_DIR = process.env.BAGLAM_EXTENSION_DIR ?? join(ROOT, '.output/chrome-mv3');
export const FIXTURE_DIR = join(ROOT, 'test/fixtures/pages');

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install it with \`sudo apt-get install -y chromium\` or set CHROMIUM_PATH.`,
    );
  }
  return path;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Whether installing opened the welcome page (closed again, so tests start from a clean window). */
  welcomeOpened: boolean;
  close(): Promise<void>;
}

/** Launches Chromium with the built extension in a fresh profile and waits for its worker. */
/** Launches Chromium with the built extension (or a copy of it at `extensionDir`). */
export async function launchExtension(extensionDir = EXTENSION_DIR): Promise<ExtensionSession> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'baglam-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1200, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const isWelcome = (p: Page) => p.url() === `chrome-extension://${extensionId}/welcome.html`;
  const welcome =
    context.pages().find(isWelcome) ??
    (await context.waitForEvent('page', { predicate: isWelcome, timeout: 10_000 }).catch(() => null));
  await welcome?.close();
  return {
    context,
    extensionId,
    worker,
    welcomeOpened: welcome !== null,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens an extension page (`popup.html`, `sidepanel.html#/person/x`, `options.html`) as a tab. */
export async function openExtensionPage(session: ExtensionSession, path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
}

/** Stops every service worker through CDP, as Chrome does to an idle MV3 worker. */
export async function stopServiceWorker(session: ExtensionSession): Promise<void> {
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
};

export interface FixtureServer {
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves `test/fixtures/pages` on 127.0.0.1 (only) on a free port. A fixture `x.html` is sent with
 * the extra response headers in `x.html.headers.json` when that file exists (a CSP, say).
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(FIXTURE_DIR, path);
    if (!file.startsWith(FIXTURE_DIR) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    const extra = existsSync(`${file}.headers.json`)
      ? (JSON.parse(readFileSync(`${file}.headers.json`, 'utf8')) as Record<string, string>)
      : {};
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...extra });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: (path) => `http://127.0.0.1:${port}/${path.replace(/^\//, '')}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/**
 * Sends a message to the content script of the tab whose URL starts with `tabUrl`, from an
 * extension page (the way the popup and side panel do).
 */
export async function sendToContentScript<T>(
  extensionPage: Page,
  tabUrl: string,
  message: unknown,
): Promise<T> {
  return extensionPage.evaluate(
    async ({ tabUrl, message }) => {
      const tabs = await chrome.tabs.query({});
      const tab = tabs.find((t) => t.url?.startsWith(tabUrl));
      if (!tab?.id) throw new Error(`no tab at ${tabUrl}`);
      return (await chrome.tabs.sendMessage(tab.id, message, { frameId: 0 })) as T;
    },
    { tabUrl, message },
  );
}

/** Sends a message to the background from an extension page. */
export async function sendToBackground<T>(extensionPage: Page, message: unknown): Promise<T> {
  return extensionPage.evaluate(async (message) => (await chrome.runtime.sendMessage(message)) as T, message);
}

/** Polls `check` until it returns a non-null value or `timeoutMs` passes. */
export async function waitFor<T>(
  check: () => Promise<T | null | undefined>,
  timeoutMs = 5000,
  label = 'condition',
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown = null;
  while (Date.now() < until) {
    try {
      const value = await check();
      if (value !== null && value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${label}${last ? `: ${String(last)}` : ''}`);
}
