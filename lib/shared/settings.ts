/**
 * The settings as stored: one object under `settings` in `storage.sync` (follows the user across
 * browsers where the browser syncs), validated on every read so a corrupt value can never break a
 * page. Written on the plain storage API rather than WXT's storage helpers because this module is
 * in the content script, which runs on every page and has a 25 kB budget.
 */
import { browser } from 'wxt/browser';
import {
  defaultSettings,
  type Settings,
  type ValidatedSettings,
  validateSettings,
} from '@/core/protocol/settings-schema';

const KEY = 'settings';

function defaults(): ValidatedSettings {
  return { settings: defaultSettings(), repaired: [] };
}

export async function loadSettings(): Promise<ValidatedSettings> {
  try {
    const stored = await browser.storage.sync.get(KEY);
    return validateSettings(stored[KEY]);
  } catch {
    return defaults();
  }
}

/** Merges `patch` into the stored settings (validated first, so nothing invalid is written). */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const { settings } = await loadSettings();
  const next = validateSettings({ ...settings, ...patch }).settings;
  await browser.storage.sync.set({ [KEY]: next });
  return next;
}

export async function resetSettings(): Promise<Settings> {
  await browser.storage.sync.remove(KEY);
  return (await loadSettings()).settings;
}

/** Calls `onChange` with the validated settings whenever they change in any context. */
export function watchSettings(onChange: (settings: ValidatedSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && KEY in changes) onChange(validateSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
