/**
 * The web page a person is reading, from the popup or the side panel, and the people on it (asked
 * of that tab's content script).
 */
import { type Browser, browser } from 'wxt/browser';
import { type PageMentions, PageMentionsResponseSchema } from '@/core/protocol/messages';
import { pickReadingTab } from '@/lib/pages/reading-tab-picker';
import { sendToTab } from '@/lib/shared/messaging';

export async function getReadingTab(): Promise<Browser.tabs.Tab | null> {
  const tabs = await browser.tabs.query({ currentWindow: true });
  return pickReadingTab(tabs, browser.runtime.getURL('/'));
}

/** Tries a few times: right after a navigation the content script may not be listening yet. */
const PAGE_MENTIONS_ATTEMPTS = 4;
/** ms between attempts. */
const PAGE_MENTIONS_RETRY_MS = 400;

export async function getPageMentions(tabId: number): Promise<PageMentions | null> {
  for (let attempt = 0; attempt < PAGE_MENTIONS_ATTEMPTS; attempt++) {
    let answer: PageMentions | null;
    try {
      answer = await sendToTab(tabId, { type: 'page-mentions' }, PageMentionsResponseSchema);
    } catch (error) {
      // A content script of another extension version: asking again gives the same answer.
      console.warn(String(error));
      return null;
    }
    if (answer) return answer;
    await new Promise((done) => setTimeout(done, PAGE_MENTIONS_RETRY_MS));
  }
  return null;
}
