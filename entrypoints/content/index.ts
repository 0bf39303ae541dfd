/**
 * The content script: wiring only. Settings decide whether this page is marked (and change live);
 * a content session does the work while it is; messages are validated and answered. Everything
 * hangs on `ctx.signal` (lib/content/script-context.ts): when the extension is reloaded or updated,
 * this copy takes all its listeners and marks off the page.
 */
import { browser } from 'wxt/browser';
import { parseContentRequest } from '@/core/protocol/messages';
import { isActiveOn, type Settings } from '@/core/protocol/settings-schema';
import { type ContentSession, startContentSession } from '@/lib/content/content-session';
import { pageMentionsAnswer } from '@/lib/content/scan/page-mentions';
import { watchArchive } from '@/lib/shared/archive-signal';
import { loadSettings, watchSettings } from '@/lib/shared/settings';
// Listed in the manifest: the browser styles the marks before the page is parsed.
import '@/lib/content/scan/mention-highlight.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: true,
  main(ctx) {
    let settings: Settings;
    let session: Promise<ContentSession | null> | null = null;

    const start = () =>
      startContentSession(window, settings, ctx).catch(() => {
        session = null; // the background did not answer after retries: the next settings change tries again
        return null;
      });
    const apply = () => {
      if (ctx.signal.aborted) return;
      const wanted = isActiveOn(settings, location.href);
      if (wanted && !session) session = start();
      else if (!wanted && session) {
        void session.then((s) => s?.destroy());
        session = null;
      } else void session?.then((s) => s?.configure(settings));
    };

    /** Starts over: a new session reads the matcher and the page again. */
    const restart = () => {
      if (!session) return;
      void session.then((s) => s?.destroy());
      session = null;
      apply();
    };

    const ready = loadSettings().then((loaded) => {
      settings = loaded.settings;
      const unwatch = watchSettings((changed) => {
        settings = changed.settings;
        apply();
      });
      // An import or a removal changed who is in the archive.
      const unwatchArchive = watchArchive(restart);
      ctx.onInvalidated(() => {
        ignoreErrors(unwatch);
        ignoreErrors(unwatchArchive);
      });
      apply();
    });

    // `document.open()` erases every listener on the document and the window, the content script's
    // too (HTML spec; Chromium does): a page that rewrites itself gets a fresh session.
    let root = document.documentElement;
    const rewrites = new MutationObserver(() => {
      if (document.documentElement && document.documentElement !== root) {
        root = document.documentElement;
        restart();
      }
    });
    rewrites.observe(document, { childList: true });

    const onMessage = (message: unknown) => {
      const request = parseContentRequest(message);
      if (!request) return undefined; // not ours or malformed: left unanswered
      return ready.then(async () => {
        const active = await session;
        await active?.scan.whenIdle();
        if (request.type === 'page-mentions') {
          return pageMentionsAnswer(
            active?.scan.visible() ?? [],
            active?.scan.stats ?? { textNodes: 0, chars: 0, scanMs: 0 },
          );
        }
        return { revealed: (await active?.revealer.reveal(request.personId)) ?? false };
      });
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      session = null;
      rewrites.disconnect();
      ignoreErrors(() => browser.runtime.onMessage.removeListener(onMessage));
    });
  },
});

/** An orphaned script's extension APIs may throw ("Extension context invalidated"). */
function ignoreErrors(fn: () => void): void {
  try {
    fn();
  } catch {
    // nothing left to unregister
  }
}
