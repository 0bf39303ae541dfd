/**
 * Tells open pages that the archive changed (an import, a removal): the background writes the new
 * version to `storage.local` once it reads the new archive, and each content script that sees the
 * change starts over with the new matcher, so the people an import added are marked in tabs that
 * were already open. `storage.local` is the extension's own: pages cannot see or write it.
 */
import { browser } from 'wxt/browser';

const KEY = 'archiveVersion';

export function announceArchive(version: string): Promise<void> {
  return browser.storage.local.set({ [KEY]: version });
}

export function watchArchive(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KEY in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
