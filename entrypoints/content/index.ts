import { browser } from 'wxt/browser';
import { parseContentRequest } from '@/core/messages';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main() {
    browser.runtime.onMessage.addListener((message: unknown) => {
      const request = parseContentRequest(message);
      if (!request) return undefined;
      if (request.type === 'page-mentions') {
        return Promise.resolve({ mentions: [], stats: { textNodes: 0, chars: 0, scanMs: 0 } });
      }
      return Promise.resolve({ revealed: false });
    });
  },
});
