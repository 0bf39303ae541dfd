/**
 * What every component of the extension's pages needs from its page: the translator and UI
 * language, and (in the side panel) how to go to a target. Provided once by each entry point.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PanelTarget } from '@/core/protocol/messages';
import type { UiLanguage } from '@/core/protocol/types';
import type { CitationStyle } from '@/lib/shared/citation';
import { createTranslator, type Translate } from '@/lib/shared/i18n';

export interface Ui {
  t: Translate;
  lang: UiLanguage;
  /** Shows a target: inside the side panel it pushes history; in the popup it opens the panel. */
  navigate: (target: PanelTarget) => void;
  /** How "Copy citation" formats a quote (the user's setting); plain when not given. */
  citationStyle?: CitationStyle;
}

export const UiContext = createContext<Ui>({ t: createTranslator('en'), lang: 'en', navigate: () => {} });

export function useUi(): Ui {
  return useContext(UiContext);
}
