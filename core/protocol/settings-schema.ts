/**
 * Every user setting with its default, and validation on read: a corrupt or foreign value falls
 * back to the default field by field, and the caller learns which fields were repaired (the
 * options page says so). Pure: the storage wiring is in `lib/settings.ts`.
 */
import * as v from 'valibot';
import { rulesCovering } from './site-rules';

export const HIGHLIGHT_STYLES = ['underline', 'background', 'none'] as const;
export const MODIFIER_KEYS = ['none', 'alt', 'shift', 'ctrl'] as const;
export const UI_LANGUAGES = ['auto', 'tr', 'en'] as const;
/** How "Copy citation" formats a quote (see `lib/shared/citation.ts`). */
export const CITATION_STYLES = ['plain', 'markdown', 'academic'] as const;

/** ms; Wikipedia Page Previews and 10ten settle on a few hundred ms before a card appears. */
export const DEFAULT_HOVER_DELAY_MS = 300;
export const MIN_HOVER_DELAY_MS = 0;
export const MAX_HOVER_DELAY_MS = 3000;
/** Enough for every site a person would realistically disable; bounds storage.sync's 8 kB/item quota. */
export const MAX_DISABLED_SITES = 200;

const hostname = v.pipe(v.string(), v.minLength(1), v.maxLength(253), v.regex(/^[a-z0-9.-]+(:\d+)?$/));
const personId = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,100}$/));

export const SettingsSchema = v.object({
  enabled: v.boolean(),
  disabledSites: v.pipe(v.array(hostname), v.maxLength(MAX_DISABLED_SITES)),
  highlightStyle: v.picklist(HIGHLIGHT_STYLES),
  hoverDelayMs: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(MIN_HOVER_DELAY_MS),
    v.maxValue(MAX_HOVER_DELAY_MS),
  ),
  modifierKey: v.picklist(MODIFIER_KEYS),
  uiLanguage: v.picklist(UI_LANGUAGES),
  mutedPeople: v.pipe(v.array(personId), v.maxLength(1000)),
  citationStyle: v.picklist(CITATION_STYLES),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;
export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  highlightStyle: 'underline',
  hoverDelayMs: DEFAULT_HOVER_DELAY_MS,
  modifierKey: 'none',
  uiLanguage: 'auto',
  mutedPeople: [],
  citationStyle: 'plain',
});

/** A fresh copy of the defaults, with arrays of its own that the caller may change. */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, disabledSites: [], mutedPeople: [] };
}

export interface ValidatedSettings {
  settings: Settings;
  /** Fields whose stored value was invalid and fell back to the default. */
  repaired: SettingKey[];
}

/** Validates a stored value field by field; missing fields take their default silently. */
export function validateSettings(raw: unknown): ValidatedSettings {
  const settings = defaultSettings();
  const repaired: SettingKey[] = [];
  if (raw === null || raw === undefined) return { settings, repaired };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings, repaired: Object.keys(DEFAULT_SETTINGS) as SettingKey[] };
  }
  const record = raw as Record<string, unknown>;
  for (const key of Object.keys(SettingsSchema.entries) as SettingKey[]) {
    if (!(key in record) || record[key] === undefined) continue;
    const result = v.safeParse(SettingsSchema.entries[key], record[key]);
    if (result.success) (settings as Record<SettingKey, unknown>)[key] = result.output;
    else repaired.push(key);
  }
  return { settings, repaired };
}

/** The site key a per-site switch uses: the page's host (with port), lowercased. */
export function siteOf(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'file:') return null;
    return u.protocol === 'file:' ? 'file' : u.host.toLowerCase();
  } catch {
    return null;
  }
}

/** Whether Bağlam should mark mentions on a page at `url`. */
export function isActiveOn(settings: Settings, url: string): boolean {
  if (!settings.enabled) return false;
  const site = siteOf(url);
  if (site === null) return false;
  return rulesCovering(settings.disabledSites, site).length === 0;
}
