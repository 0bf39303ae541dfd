import { Panel } from '@/components/panel/Panel';
import { sendToTab } from '@/lib/messaging';
import { UiContext } from '@/lib/ui/ui-context';
import { usePanelHistory } from '@/lib/ui/use-panel-history';
import { usePeople } from '@/lib/ui/use-people';
import { useReadingPage } from '@/lib/ui/use-reading-page';
import { useSettings } from '@/lib/ui/use-settings';

export function PanelApp() {
  const { t, lang } = useSettings();
  const nav = usePanelHistory();
  const reading = useReadingPage();
  const people = usePeople();
  const tabId = reading.tab?.id;

  return (
    <UiContext.Provider value={{ t, lang, navigate: (target) => nav.go(target, 'link') }}>
      <Panel
        nav={nav}
        reading={reading}
        people={people}
        onReveal={(personId) => {
          if (tabId !== undefined) void sendToTab(tabId, { type: 'reveal-mention', personId });
        }}
      />
    </UiContext.Provider>
  );
}
