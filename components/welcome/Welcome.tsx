/**
 * The page a new user sees once, on install: what Bağlam does and how to reach each part of it
 * (hover, keyboard, popup, side panel), and that nothing leaves the browser.
 */
import { ShortcutList } from '@/components/common/ShortcutList';
import type { Settings } from '@/core/protocol/settings-schema';
import { useUi } from '@/lib/pages/ui-context';

interface Props {
  modifierKey: Settings['modifierKey'];
  onOpenOptions: () => void;
}

const MODIFIER_LABEL = { alt: 'Alt', shift: 'Shift', ctrl: 'Ctrl' } as const;

export function Welcome({ modifierKey, onOpenOptions }: Props) {
  const { t } = useUi();
  return (
    <main data-testid="welcome" class="welcome">
      <h1 class="brand">Bağlam</h1>
      <p class="lead">{t('welcomeLead')}</p>
      <section class="card" aria-labelledby="welcome-hover">
        <h2 id="welcome-hover">{t('welcomeHoverTitle')}</h2>
        <p>{t('welcomeHover')}</p>
        {modifierKey !== 'none' && <p class="muted">{t('welcomeModifier', MODIFIER_LABEL[modifierKey])}</p>}
      </section>
      <section class="card" aria-labelledby="welcome-popup">
        <h2 id="welcome-popup">{t('welcomePopupTitle')}</h2>
        <p>{t('welcomePopup')}</p>
      </section>
      <section class="card" aria-labelledby="welcome-panel">
        <h2 id="welcome-panel">{t('welcomePanelTitle')}</h2>
        <p>{t('welcomePanel')}</p>
      </section>
      <section class="card" aria-labelledby="welcome-keys">
        <h2 id="welcome-keys">{t('shortcutsTitle')}</h2>
        <ShortcutList />
      </section>
      <section class="card" aria-labelledby="welcome-privacy">
        <h2 id="welcome-privacy">{t('welcomePrivacyTitle')}</h2>
        <p>{t('welcomePrivacy')}</p>
        <button type="button" class="button" data-testid="welcome-options" onClick={onOpenOptions}>
          {t('welcomeOpenOptions')}
        </button>
      </section>
    </main>
  );
}
