import { browser } from 'wxt/browser';
import { Welcome } from '@/components/welcome/Welcome';
import { UiContext } from '@/lib/pages/ui-context';
import { useSettings } from '@/lib/pages/use-settings';

export function WelcomeApp() {
  const { settings, ready, t, lang } = useSettings();
  if (!ready) return <main data-testid="welcome" class="welcome" aria-busy="true" />;
  return (
    <UiContext.Provider value={{ t, lang, navigate: () => {} }}>
      <Welcome
        modifierKey={settings.modifierKey}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
      />
    </UiContext.Provider>
  );
}
