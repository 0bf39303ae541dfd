/**
 * The settings as stored: one object in `storage.sync` (follows the user across browsers where
 * the browser syncs), validated on every read so a corrupt value can never break a page.
 */
import { storage } from '#imports';
import { DEFAULT_SETTINGS, type Settings, type ValidatedSettings, validateSettings } from '@/core/settings-schema';

const settingsItem = storage.defineItem<unknown>('sync:settings', { fallback: null, version: 1 });

export async function loadSettings(): Promise<ValidatedSettings> {
  try {
    return validateSettings(await settingsItem.getValue());
  } catch {
    return { settings: { ...DEFAULT_SETTINGS, disabledSites: [], mutedPeople: [] }, repaired: [] };
  }
}

/** Merges `patch` into the stored settings (validated first, so nothing invalid is written). */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const { settings } = await loadSettings();
  const next = validateSettings({ ...settings, ...patch }).settings;
  await settingsItem.setValue(next);
  return next;
}

export async function resetSettings(): Promise<Settings> {
  await settingsItem.removeValue();
  return (await loadSettings()).settings;
}

/** Calls `onChange` with the validated settings whenever they change in any context. */
export function watchSettings(onChange: (settings: ValidatedSettings) => void): () => void {
  return settingsItem.watch((value) => onChange(validateSettings(value)));
}
