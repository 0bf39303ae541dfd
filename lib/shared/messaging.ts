/**
 * Typed senders for the protocol in `core/protocol/messages.ts`. Receivers validate requests;
 * senders validate answers when given the answer's schema (a bundle imports only the schemas of
 * the answers it reads), and reject with a `ResponseError` when an answer has the wrong shape.
 */
import type { GenericSchema } from 'valibot';
import { browser } from 'wxt/browser';
import { type ContentRequest, parseResponse, type Request, type ResponseOf } from '@/core/protocol/messages';

/** Sends a request to the background service worker (which wakes up if it was stopped). */
export async function sendToBackground<T extends Request>(
  request: T,
  schema?: GenericSchema<ResponseOf<T>>,
): Promise<ResponseOf<T>> {
  const answer: unknown = await browser.runtime.sendMessage(request);
  return schema ? parseResponse(request.type, schema, answer) : (answer as ResponseOf<T>);
}

/**
 * Sends a request to the content script of a tab's top frame; null when none answers. A content
 * script that answers with the wrong shape rejects with a `ResponseError` when `schema` is given.
 */
export async function sendToTab<T extends ContentRequest>(
  tabId: number,
  request: T,
  schema?: GenericSchema<ResponseOf<T>>,
): Promise<ResponseOf<T> | null> {
  let answer: unknown;
  try {
    answer = await browser.tabs.sendMessage(tabId, request, { frameId: 0 });
  } catch {
    return null;
  }
  if (answer === undefined || answer === null) return null;
  return schema ? parseResponse(request.type, schema, answer) : (answer as ResponseOf<T>);
}
