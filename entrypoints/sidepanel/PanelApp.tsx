import { Panel } from '@/components/panel/Panel';
import { UiContext } from '@/lib/pages/ui-context';
import { useCorpusStatus } from '@/lib/pages/use-corpus-status';
import { usePanelHistory } from '@/lib/pages/use-panel-history';
import { usePeople } from '@/lib/pages/use-people';
import { useReadingPage } from '@/lib/pages/use-reading-page';
import { useSettings } from '@/lib/pages/use-settings';
import { sendToTab } from '@/lib/shared/messaging';

export function PanelApp() {
  const { t, lang, settings } = useSettings();
  const nav = usePanelHistory();
  const reading = useReadingPage();
  const people = usePeople();
  const archive = useCorpusStatus();
  const tabId = reading.tab?.id;

  return (
    <UiContext.Provider
      value={{
        t,
        lang,
        citationStyle: settings.citationStyle,
        navigate: (target) => nav.go(target, 'link'),
      }}
    >
      <Panel
        nav={nav}
        reading={reading}
        people={people}
        archive={archive}
        onReveal={(personId) => {
          if (tabId !== undefined) void sendToTab(tabId, { type: 'reveal-mention', personId });
        }}
      />
    </UiContext.Provider>
  );
}
