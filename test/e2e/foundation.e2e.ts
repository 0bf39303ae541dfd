import { describe, expect, it } from 'vitest';
import type { PageMentions } from '@/core/protocol/messages';
import {
  openExtensionPage,
  sendToBackground,
  sendToContentScript,
  stopServiceWorker,
  waitFor,
} from './harness';
import { useExtension } from './use-extension';

const env = useExtension();

describe('the built extension in Chromium', () => {
  it('loads with a manifest named Bağlam and an MV3 service worker', async () => {
    const page = await openExtensionPage(env.session, 'popup.html');
    const manifest = await page.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.name).toBe('Bağlam');
    expect(env.session.worker.url()).toContain(env.session.extensionId);
    await page.close();
  });

  it.each([
    ['popup.html', 'popup'],
    ['sidepanel.html', 'sidepanel'],
    ['options.html', 'options'],
  ])('renders %s', async (path, testId) => {
    const page = await openExtensionPage(env.session, path);
    await expect(page.getByTestId(testId).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('welcomes a new install once, explaining hover, popup, panel and every shortcut', async () => {
    expect(env.session.welcomeOpened).toBe(true);
    const page = await openExtensionPage(env.session, 'welcome.html');
    await page.getByTestId('welcome').locator('h2').first().waitFor();
    const headings = await page.locator('h2').allTextContents();
    expect(headings.length).toBeGreaterThanOrEqual(5);
    const shortcuts = await page.getByTestId('shortcuts').locator('dt').allTextContents();
    expect(shortcuts).toEqual(expect.arrayContaining(['Alt+Shift+↓', 'Alt+Shift+B', 'Alt+←']));
    // The options page lists the same shortcuts.
    const options = await openExtensionPage(env.session, 'options.html');
    await options.getByTestId('shortcuts').waitFor();
    expect(await options.getByTestId('shortcuts').locator('dt').allTextContents()).toEqual(shortcuts);
    await options.close();
    await page.close();
  });

  it('runs the content script on a page and answers page-mentions', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('foundation.html'));
    const ext = await openExtensionPage(env.session, 'popup.html');
    const answer = await waitFor(
      () =>
        sendToContentScript<PageMentions>(ext, env.server.url('foundation.html'), { type: 'page-mentions' }),
      10_000,
      'the content script',
    );
    expect(answer.stats.textNodes).toBeGreaterThan(0);
    expect(answer.mentions.map((m) => m.personId)).toEqual(['vladimir-putin', 'kim-jong-un']);
    await ext.close();
    await page.close();
  });

  it('answers a background message, also after the worker was stopped (cold start)', async () => {
    const ext = await openExtensionPage(env.session, 'popup.html');
    const warm = await sendToBackground<{ ok: boolean; workerStartedAt: number }>(ext, { type: 'ping' });
    expect(warm.ok).toBe(true);
    await stopServiceWorker(env.session);
    const cold = await waitFor(
      () => sendToBackground<{ ok: boolean; workerStartedAt: number }>(ext, { type: 'ping' }),
      10_000,
      'the restarted worker',
    );
    expect(cold.ok).toBe(true);
    expect(cold.workerStartedAt).toBeGreaterThan(warm.workerStartedAt);
    await ext.close();
  });

  it('round-trips content script → background after a cold start', async () => {
    await stopServiceWorker(env.session);
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('foundation.html'));
    const ext = await openExtensionPage(env.session, 'popup.html');
    // The content script needs the registry from the (stopped) worker before it can find anyone.
    const answer = await waitFor(
      async () => {
        const a = await sendToContentScript<PageMentions>(ext, env.server.url('foundation.html'), {
          type: 'page-mentions',
        });
        return a.mentions.length > 0 ? a : null;
      },
      10_000,
      'mentions after a cold start',
    );
    expect(answer.mentions.map((m) => m.text)).toEqual(['Vladimir Putin', 'Kim Jong Un']);
    await ext.close();
    await page.close();
  });

  it('ignores malformed messages instead of answering them', async () => {
    const ext = await openExtensionPage(env.session, 'popup.html');
    const answer = await ext.evaluate(async () => {
      try {
        return await chrome.runtime.sendMessage({ type: 'get-person-card', personId: 42 });
      } catch (error) {
        return String(error);
      }
    });
    expect(answer === undefined || String(answer).includes('Receiving end does not exist')).toBe(true);
    await ext.close();
  });

  it('survives hostile messages: prototype keys, oversized and unknown ones are ignored, the worker lives', async () => {
    const ext = await openExtensionPage(env.session, 'popup.html');
    const answers = await ext.evaluate(async () => {
      const send = async (message: unknown) => {
        try {
          return await chrome.runtime.sendMessage(message);
        } catch (error) {
          return `error: ${String(error)}`;
        }
      };
      return {
        proto: await send(JSON.parse('{"type":"search","query":"putin","__proto__":{"polluted":true}}')),
        constructor: await send({ type: 'get-person', personId: 'constructor' }),
        protoId: await send({ type: 'get-person-card', personId: '__proto__' }),
        oversized: await send({ type: 'search', query: 'x'.repeat(2_000_000) }),
        unknownType: await send({ type: 'format-disk' }),
        polluted: ({} as { polluted?: boolean }).polluted ?? false,
        ping: await send({ type: 'ping' }),
      };
    });
    expect(answers.constructor).toBeNull();
    expect(answers.protoId).toBeNull();
    expect(answers.polluted).toBe(false);
    for (const ignored of [answers.oversized, answers.unknownType])
      expect(ignored === undefined || String(ignored).includes('Receiving end does not exist')).toBe(true);
    expect((answers.ping as { ok?: boolean }).ok).toBe(true);
    await ext.close();
  });

  it('makes no network request: everything it reads is inside the extension', async () => {
    const outside: string[] = [];
    let seen = 0;
    const server2 = new URL(env.server.url('')).origin;
    const watch = (url: string) => {
      seen++;
      if (!url.startsWith('chrome-extension://') && !url.startsWith(server2) && !url.startsWith('data:'))
        outside.push(url);
    };
    env.session.context.on('request', (r) => watch(r.url()));
    const cdp = await env.session.context.newCDPSession(await env.session.context.newPage());
    await cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: true,
    });
    const news = await env.session.context.newPage();
    await news.goto(env.server.url('content-en.html'));
    const popup = await openExtensionPage(env.session, 'popup.html');
    await popup.getByTestId('popup-search').fill('putin');
    await popup.locator('[role="option"]').first().waitFor();
    const panel = await openExtensionPage(env.session, 'sidepanel.html#/person/vladimir-putin');
    await panel.getByTestId('person-view').waitFor();
    // A cold start reads the corpus again: from the package, still nothing outside.
    await stopServiceWorker(env.session);
    await panel.reload();
    await panel.getByTestId('person-view').waitFor();
    // The watch does see requests (the fixture page, the extension's own files)…
    expect(seen).toBeGreaterThan(3);
    // …and none of them leaves the machine.
    expect(outside).toEqual([]);
    for (const p of [news, popup, panel]) await p.close();
  });
});
