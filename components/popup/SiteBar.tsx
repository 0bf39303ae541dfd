/** The popup's footer: "Bağlam on this site" switch and the number of mentions on the page. */
import { useUi } from '@/lib/pages/ui-context';

export interface SiteStatus {
  /** The page's site key (`ornek.com`), or null where Bağlam cannot run (browser pages). */
  site: string | null;
  enabledHere: boolean;
  /** The rule that turns Bağlam off here (`ornek.com` on `spor.ornek.com`), if any. */
  offBy?: string | null;
  globallyEnabled: boolean;
  /** Mentions the content script found; null when it did not answer. */
  mentionCount: number | null;
}

export function SiteBar({ status, onToggle }: { status: SiteStatus; onToggle: (enabled: boolean) => void }) {
  const { t } = useUi();
  const { site, enabledHere, globallyEnabled, mentionCount, offBy } = status;
  return (
    <footer class="site-bar" data-testid="site-bar">
      {site === null ? (
        <p class="muted">{t('popupSiteUnavailable')}</p>
      ) : (
        <>
          <label class="site-switch">
            <input
              type="checkbox"
              role="switch"
              class="switch"
              data-testid="site-switch"
              checked={enabledHere && globallyEnabled}
              aria-checked={enabledHere && globallyEnabled}
              disabled={!globallyEnabled}
              onChange={(e) => onToggle(e.currentTarget.checked)}
            />
            <span>
              {t('popupSiteSwitch')} <span class="muted site-name">({site})</span>
            </span>
          </label>
          {offBy && offBy !== site && (
            <p class="muted" data-testid="site-off-by">
              {t('popupSiteOffBy', offBy)}
            </p>
          )}
          {!globallyEnabled && <p class="muted">{t('popupGloballyOff')}</p>}
          {mentionCount !== null && (
            <p class="muted" data-testid="mention-count">
              {t('popupMentionsOnPage', mentionCount)}
            </p>
          )}
        </>
      )}
    </footer>
  );
}
