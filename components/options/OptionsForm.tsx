/**
 * The options page: global and per-site switches, muted people, the archive (its own section),
 * highlight style, hover delay, modifier key, UI language and reset. Every change is saved at once (and reaches open pages live); a stored value
 * that was corrupt and fell back to its default is named at the top.
 */

import type { ComponentChildren } from 'preact';
import { ShortcutList } from '@/components/common/ShortcutList';
import {
  CITATION_STYLES,
  HIGHLIGHT_STYLES,
  MAX_HOVER_DELAY_MS,
  MIN_HOVER_DELAY_MS,
  MODIFIER_KEYS,
  type SettingKey,
  type Settings,
  UI_LANGUAGES,
} from '@/core/protocol/settings-schema';
import type { PersonEntry } from '@/core/protocol/types';
import { addSiteRule } from '@/lib/pages/site-list';
import { useUi } from '@/lib/pages/ui-context';
import type { MessageKey } from '@/lib/shared/i18n';
import { MutedPeople } from './MutedPeople';
import { SiteList } from './SiteList';

/** ms per step of the hover-delay slider. */
const HOVER_DELAY_STEP_MS = 50;

const FIELD_LABEL: Record<SettingKey, MessageKey> = {
  enabled: 'optionsEnabled',
  disabledSites: 'optionsDisabledSites',
  highlightStyle: 'optionsHighlightStyle',
  hoverDelayMs: 'optionsHoverDelay',
  modifierKey: 'optionsModifierKey',
  uiLanguage: 'optionsLanguage',
  mutedPeople: 'optionsMutedPeople',
  citationStyle: 'optionsCitationStyle',
};

const CITATION_LABEL: Record<Settings['citationStyle'], MessageKey> = {
  plain: 'optionsCitationPlain',
  markdown: 'optionsCitationMarkdown',
  academic: 'optionsCitationAcademic',
};

const HIGHLIGHT_LABEL: Record<Settings['highlightStyle'], MessageKey> = {
  underline: 'optionsHighlightUnderline',
  background: 'optionsHighlightBackground',
  none: 'optionsHighlightNone',
};

const MODIFIER_LABEL: Record<Settings['modifierKey'], MessageKey> = {
  none: 'optionsModifierNone',
  alt: 'optionsModifierAlt',
  shift: 'optionsModifierShift',
  ctrl: 'optionsModifierCtrl',
};

const LANGUAGE_LABEL: Record<Settings['uiLanguage'], MessageKey> = {
  auto: 'optionsLanguageAuto',
  tr: 'optionsLanguageTr',
  en: 'optionsLanguageEn',
};

export interface OptionsFormProps {
  settings: Settings;
  repaired: SettingKey[];
  /** What the status line says after the last action (`optionsSaved`, `optionsResetDone`), if any. */
  status: MessageKey | null;
  onChange: (patch: Partial<Settings>) => void;
  onReset: () => void;
  /** The registry, for muted people's names; null while loading. */
  people?: PersonEntry[] | null;
  /** The archive section (collections, import, export), rendered after the people. */
  archive?: ComponentChildren;
}

export function OptionsForm({
  settings,
  repaired,
  status,
  onChange,
  onReset,
  people = null,
  archive = null,
}: OptionsFormProps) {
  const { t } = useUi();
  return (
    <main data-testid="options" class="options">
      <h1>{t('optionsTitle')}</h1>
      {repaired.length > 0 && (
        <p class="notice warning" role="alert" data-testid="repaired">
          {t('optionsRepaired', repaired.map((key) => t(FIELD_LABEL[key])).join(', '))}
        </p>
      )}

      <section aria-labelledby="opt-general" class="card">
        <h2 id="opt-general">{t('optionsSectionGeneral')}</h2>
        <label class="switch-row">
          <input
            type="checkbox"
            role="switch"
            class="switch"
            data-testid="opt-enabled"
            checked={settings.enabled}
            aria-checked={settings.enabled}
            onChange={(e) => onChange({ enabled: e.currentTarget.checked })}
          />
          <span>{t('optionsEnabled')}</span>
        </label>
        <label class="field">
          <span class="field-label">{t('optionsLanguage')}</span>
          <select
            data-testid="opt-language"
            value={settings.uiLanguage}
            onChange={(e) => onChange({ uiLanguage: e.currentTarget.value as Settings['uiLanguage'] })}
          >
            {UI_LANGUAGES.map((lang) => (
              <option key={lang} value={lang}>
                {t(LANGUAGE_LABEL[lang])}
              </option>
            ))}
          </select>
        </label>
      </section>

      <section aria-labelledby="opt-sites" class="card">
        <h2 id="opt-sites">{t('optionsSectionSites')}</h2>
        <p class="field-label">{t('optionsDisabledSites')}</p>
        <p class="muted hint" id="opt-sites-hint">
          {t('optionsSitesHint')}
        </p>
        <SiteList
          sites={settings.disabledSites}
          // The options list removes exactly the rule shown, not every rule covering it.
          onRemove={(site) => onChange({ disabledSites: settings.disabledSites.filter((s) => s !== site) })}
          onAdd={(site) => onChange({ disabledSites: addSiteRule(settings.disabledSites, site) })}
        />
      </section>

      <section aria-labelledby="opt-people" class="card">
        <h2 id="opt-people">{t('optionsSectionPeople')}</h2>
        <p class="field-label">{t('optionsMutedPeople')}</p>
        <MutedPeople
          muted={settings.mutedPeople}
          people={people}
          onUnmute={(id) => onChange({ mutedPeople: settings.mutedPeople.filter((m) => m !== id) })}
        />
      </section>

      {archive}

      <section aria-labelledby="opt-behaviour" class="card">
        <h2 id="opt-behaviour">{t('optionsSectionBehaviour')}</h2>
        <fieldset class="field">
          <legend class="field-label">{t('optionsHighlightStyle')}</legend>
          {HIGHLIGHT_STYLES.map((style) => (
            <label key={style} class="radio-row">
              <input
                type="radio"
                name="highlight"
                value={style}
                data-testid={`opt-highlight-${style}`}
                checked={settings.highlightStyle === style}
                onChange={() => onChange({ highlightStyle: style })}
              />
              <span class={`sample sample-${style}`}>{t(HIGHLIGHT_LABEL[style])}</span>
            </label>
          ))}
        </fieldset>
        <label class="field">
          <span class="field-label">
            {t('optionsHoverDelay')}: <output>{t('optionsHoverDelayValue', settings.hoverDelayMs)}</output>
          </span>
          <input
            type="range"
            data-testid="opt-hover-delay"
            // The wrapping label also holds the live value; the slider's own name stays short.
            aria-label={t('optionsHoverDelay')}
            min={MIN_HOVER_DELAY_MS}
            max={MAX_HOVER_DELAY_MS}
            step={HOVER_DELAY_STEP_MS}
            value={settings.hoverDelayMs}
            aria-valuetext={t('optionsHoverDelayValue', settings.hoverDelayMs)}
            // `change`, not `input`: storage.sync limits writes per minute; save when the slider stops.
            onChange={(e) => onChange({ hoverDelayMs: Number(e.currentTarget.value) })}
          />
        </label>
        <label class="field">
          <span class="field-label">{t('optionsModifierKey')}</span>
          <select
            data-testid="opt-modifier"
            value={settings.modifierKey}
            aria-describedby="modifier-help"
            onChange={(e) => onChange({ modifierKey: e.currentTarget.value as Settings['modifierKey'] })}
          >
            {MODIFIER_KEYS.map((key) => (
              <option key={key} value={key}>
                {t(MODIFIER_LABEL[key])}
              </option>
            ))}
          </select>
          <span id="modifier-help" class="muted help">
            {t('optionsModifierHelp')}
          </span>
        </label>
        <label class="field">
          <span class="field-label">{t('optionsCitationStyle')}</span>
          <select
            data-testid="opt-citation-style"
            value={settings.citationStyle}
            onChange={(e) => onChange({ citationStyle: e.currentTarget.value as Settings['citationStyle'] })}
          >
            {CITATION_STYLES.map((style) => (
              <option key={style} value={style}>
                {t(CITATION_LABEL[style])}
              </option>
            ))}
          </select>
        </label>
      </section>

      <section aria-labelledby="opt-keys" class="card">
        <h2 id="opt-keys">{t('shortcutsTitle')}</h2>
        <ShortcutList />
      </section>

      <footer class="options-footer">
        <button type="button" class="button" data-testid="opt-reset" onClick={onReset}>
          {t('optionsReset')}
        </button>
        <p role="status" class="muted status-line" data-testid="opt-status">
          {status ? t(status) : ''}
        </p>
      </footer>
      <p class="muted">{t('optionsSyncNote')}</p>
    </main>
  );
}
