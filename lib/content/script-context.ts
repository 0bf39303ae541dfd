/**
 * The content script's lifetime, replacing WXT's `ContentScriptContext` (wxt.config.ts aliases
 * `wxt/utils/content-script-context` here). WXT's announces each start to the page with a
 * `window.postMessage` and a document event whose names carry the extension id — a fingerprint
 * any page script can read. This one tells the page nothing:
 * - one AbortSignal that every listener, observer, timer, highlight and the card host hangs on;
 * - invalidation (the extension was reloaded or updated: `runtime.id` is gone) is noticed when
 *   `isValid` is read — the content script reads it on the page's next input, focus or
 *   visibility change — and then aborts the signal;
 * - an older copy of the script in the same isolated world (re-injection) is stopped through a
 *   realm-local symbol, which page scripts in the main world cannot see.
 */
import { browser } from 'wxt/browser';

const RUNNING_KEY = Symbol.for('baglam.content-script');

export class ContentScriptContext {
  private readonly controller = new AbortController();

  constructor(readonly contentScriptName: string) {
    const realm = globalThis as Record<symbol, (() => void) | undefined>;
    realm[RUNNING_KEY]?.();
    realm[RUNNING_KEY] = () => this.abort();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** False once the extension behind this script was reloaded, updated or removed. */
  get isValid(): boolean {
    if (browser.runtime?.id == null) this.abort();
    return !this.signal.aborted;
  }

  get isInvalid(): boolean {
    return !this.isValid;
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  notifyInvalidated(): void {
    this.abort();
  }
}
