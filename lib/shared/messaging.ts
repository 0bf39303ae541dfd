/**
 * Typed senders for the protocol in `core/messages.ts`. Receivers validate; senders only type.
 */
import { browser } from 'wxt/browser';
import type { ContentRequest, Request, ResponseOf } from '@/core/protocol/messages';

/** Sends a request to the background service worker (which wakes up if it was stopped). */
export async function sendToBackground<T extends Request>(request: T): Promise<ResponseOf<T>> {
  return (await browser.runtime.sendMessage(request)) as ResponseOf<T>;
}

/** Sends a request to the content script of a tab's top frame; null when none answers. */
export async function sendToTab<T extends ContentRequest>(
  tabId: number,
  request: T,
): Promise<ResponseOf<T> | null> {
  try {
    return ((await browser.tabs.sendMessage(tabId, request, { frameId: 0 })) as ResponseOf<T>) ?? null;
  } catch {
    return null;
  }
}
