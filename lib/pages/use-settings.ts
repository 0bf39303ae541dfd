/**
 * The settings as a Preact hook for the extension's pages: loaded once, then kept live through
 * `watchSettings` (a change in options shows in an open popup or panel at once), with the UI
 * language resolved and a translator for it.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { defaultSettings, type SettingKey, type Settings } from '@/core/protocol/settings-schema';
import type { UiLanguage } from '@/core/protocol/types';
import { createTranslator, resolveLanguage, type Translate } from '@/lib/shared/i18n';
import { loadSettings, watchSettings } from '@/lib/shared/settings';

export interface SettingsState {
  settings: Settings;
  /** Fields that were corrupt in storage and fell back to their defaults. */
  repaired: SettingKey[];
  /** False until the first read from storage finished. */
  ready: boolean;
  lang: UiLanguage;
  t: Translate;
}

export function useSettings(): SettingsState {
  const [state, setState] = useState<{ settings: Settings; repaired: SettingKey[]; ready: boolean }>({
    settings: defaultSettings(),
    repaired: [],
    ready: false,
  });

  useEffect(() => {
    let live = true;
    void loadSettings().then(({ settings, repaired }) => {
      if (live) setState({ settings, repaired, ready: true });
    });
    const unwatch = watchSettings(({ settings }) => {
      // Keep the repaired list of the first read: the options page's notice must not vanish
      // because an unrelated setting was saved.
      if (live) setState((prev) => ({ settings, repaired: prev.repaired, ready: true }));
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const lang = resolveLanguage(state.settings.uiLanguage, navigator.language);
  const t = useMemo(() => createTranslator(lang), [lang]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return { ...state, lang, t };
}
