/**
 * The content script: wiring only. Settings decide whether this page is marked (and change live);
 * a content session does the work while it is; messages are validated and answered.
 */
import { browser } from 'wxt/browser';
import { parseContentRequest } from '@/core/protocol/messages';
import { isActiveOn, type Settings } from '@/core/protocol/settings-schema';
import { type ContentSession, startContentSession } from '@/lib/content/content-session';
import { pageMentionsAnswer } from '@/lib/content/scan/page-mentions';
import { loadSettings, watchSettings } from '@/lib/shared/settings';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: true,
  main() {
    let settings: Settings;
    let session: Promise<ContentSession> | null = null;

    const apply = () => {
      const wanted = isActiveOn(settings, location.href);
      if (wanted && !session) session = startContentSession(window, settings);
      else if (!wanted && session) {
        void session.then((s) => s.destroy());
        session = null;
      } else void session?.then((s) => s.configure(settings));
    };

    const ready = loadSettings().then((loaded) => {
      settings = loaded.settings;
      watchSettings((changed) => {
        settings = changed.settings;
        apply();
      });
      apply();
    });

    browser.runtime.onMessage.addListener((message: unknown) => {
      const request = parseContentRequest(message);
      if (!request) return undefined; // not ours or malformed: left unanswered
      return ready.then(async () => {
        const active = await session?.catch(() => null);
        await active?.scan.whenIdle();
        if (request.type === 'page-mentions') {
          return pageMentionsAnswer(
            active?.scan.visible() ?? [],
            active?.scan.stats ?? { textNodes: 0, chars: 0, scanMs: 0 },
          );
        }
        return { revealed: (await active?.revealer.reveal(request.personId)) ?? false };
      });
    });
  },
});
