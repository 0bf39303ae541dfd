import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/popup/Popup';
import { type PanelTarget, RecentArticlesResponseSchema } from '@/core/protocol/messages';
import { siteOf } from '@/core/protocol/settings-schema';
import { rulesCovering } from '@/core/protocol/site-rules';
import { setSiteEnabled } from '@/lib/pages/site-list';
import { UiContext } from '@/lib/pages/ui-context';
import { useBackground } from '@/lib/pages/use-background';
import { useCorpusStatus } from '@/lib/pages/use-corpus-status';
import { usePeople } from '@/lib/pages/use-people';
import { useReadingPage } from '@/lib/pages/use-reading-page';
import { useSettings } from '@/lib/pages/use-settings';
import { updateSettings } from '@/lib/shared/settings';
import { openSidePanel } from '@/lib/shared/side-panel';

/** Recent articles shown under an empty search box. */
const RECENT_ARTICLE_COUNT = 5;

export function PopupApp() {
  const { settings, t, lang } = useSettings();
  const page = useReadingPage();
  const people = usePeople();
  const archive = useCorpusStatus();
  const recent = useBackground(
    { type: 'recent-articles', limit: RECENT_ARTICLE_COUNT },
    RecentArticlesResponseSchema,
  );

  const url = page.tab?.url ?? '';
  const site = siteOf(url);
  // The popup's own window, known before any click: `sidePanel.open` cannot wait for it then.
  const [windowId, setWindowId] = useState<number | undefined>(undefined);
  useEffect(() => {
    void browser.windows.getCurrent().then((w) => setWindowId(w.id));
  }, []);
  // Synchronous: the side panel must open inside the click's or key's gesture.
  const navigate = (target: PanelTarget) => {
    void openSidePanel(target, { windowId }).then(() => {
      // Opened from the toolbar popup (not the popup page in a tab, as in tests): get out of the way.
      if (browser.extension.getViews({ type: 'popup' }).includes(window)) window.close();
    });
  };

  return (
    <UiContext.Provider value={{ t, lang, navigate }}>
      <Popup
        pagePeople={page.mentions ? page.mentions.people : null}
        people={people}
        archive={archive}
        recent={recent.status === 'ready' ? recent.value.articles : []}
        site={{
          site,
          enabledHere: site !== null && rulesCovering(settings.disabledSites, site).length === 0,
          offBy: site === null ? null : (rulesCovering(settings.disabledSites, site)[0] ?? null),
          globallyEnabled: settings.enabled,
          mentionCount: page.mentions ? page.mentions.mentions.length : null,
        }}
        onToggleSite={(enabled) => {
          if (site)
            void updateSettings({ disabledSites: setSiteEnabled(settings.disabledSites, site, enabled) });
        }}
        onOpen={navigate}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
      />
    </UiContext.Provider>
  );
}
