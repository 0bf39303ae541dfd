/**
 * Hover → card in Chromium with the built extension, shared by the benches: a news page naming
 * people, served on 127.0.0.1, and the time from the pointer resting on a name to the card showing
 * its data, minus the hover-intent delay; cold = the service worker stopped first.
 */
import { createServer } from 'node:http';
import type { Page } from 'playwright-core';
import type { PageMentions } from '../core/protocol/messages';
import { DEFAULT_HOVER_DELAY_MS } from '../core/protocol/settings-schema';
import { readCard } from '../test/e2e/content-helpers';
import { type ExtensionSession, stopServiceWorker, waitFor } from '../test/e2e/harness';

/** ms; a card that has not shown by then counts as a failure (reported, not waited on forever). */
const CARD_TIMEOUT_MS = 5_000;

/** Sentences naming registry people in Turkish and English, suffixes and all. */
export const NAMED_SENTENCES = [
  "Rusya Devlet Başkanı Vladimir Putin'e gönderdiği mektupta Kuzey Kore lideri Kim Jong Un iş birliği sözü verdi.",
  'İran Dini Lideri Ali Hamaney’in açıklamaları Tahran’da geniş yankı uyandırdı.',
  "ABD Başkanı Donald Trump'a göre müzakereler önümüzdeki hafta sürecek.",
  'Foreign Minister Sergei Lavrov met Choe Son Hui in Moscow on Wednesday.',
  "President Donald Trump said Putin's offer was a trump card for negotiators.",
];

export function newsPage(title: string, body: string): string {
  return `<!doctype html><html lang="tr"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:16px/1.5 sans-serif;max-width:760px;margin:30px auto}</style></head><body>${body}</body></html>`;
}

/** Serves `pages` (path → HTML) on 127.0.0.1 on a free port. */
export async function servePages(
  pages: Record<string, string>,
): Promise<{ url(path: string): string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const body = pages[(req.url ?? '/').slice(1)];
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: (p) => `http://127.0.0.1:${port}/${p}`,
    close: () => new Promise((d) => server.close(() => d())),
  };
}

export async function measureHover(
  session: ExtensionSession,
  url: string,
  ext: Page,
  cold: boolean,
  name = 'Lavrov',
): Promise<number> {
  const p = await session.context.newPage();
  // tsx keeps function names with a `__name` helper that page-side code (the card probe) lacks.
  await p.addInitScript('globalThis.__name = (f) => f;');
  await p.goto(url);
  await pageMentions(ext);
  if (cold) await stopServiceWorker(session);
  const rect = await p.evaluate((name) => {
    const node = [...document.querySelectorAll('p')]
      .map((e) => e.firstChild)
      .find((n) => n?.textContent?.includes(name));
    const range = document.createRange();
    const i = node!.textContent!.indexOf(name);
    range.setStart(node!, i);
    range.setEnd(node!, i + 3);
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, name);
  await p.evaluate(() => {
    const w = window as unknown as { __lastMove: number };
    addEventListener('pointermove', () => (w.__lastMove = performance.now()), true);
  });
  await p.mouse.move(rect.x - 30, rect.y + 40);
  await p.mouse.move(rect.x, rect.y, { steps: 3 });
  // The card is in a closed shadow root: only the DevTools protocol sees it (`readCard`). Polled
  // as fast as that answers (a few ms), stamped with the page's clock when seen.
  const deadline = Date.now() + CARD_TIMEOUT_MS;
  let elapsed = Number.NaN;
  while (Date.now() < deadline) {
    const card = await readCard(p);
    if (card?.status === 'ready' && card.visible) {
      elapsed = await p.evaluate(
        () => performance.now() - (window as unknown as { __lastMove: number }).__lastMove,
      );
      break;
    }
  }
  await p.close();
  return elapsed - DEFAULT_HOVER_DELAY_MS;
}

/** What the content script of the (only) web page found, asked from an extension page once it answers. */
export async function pageMentions(ext: Page): Promise<PageMentions> {
  return waitFor(
    () =>
      ext.evaluate(async () => {
        for (const tab of await chrome.tabs.query({})) {
          if (!tab.id || tab.url?.startsWith('chrome-extension:')) continue;
          try {
            return (await chrome.tabs.sendMessage(
              tab.id,
              { type: 'page-mentions' },
              { frameId: 0 },
            )) as PageMentions;
          } catch {
            // not ready yet
          }
        }
        return null;
      }),
    60_000,
    'page-mentions',
  );
}
