/**
 * The card's "Turn off on this site" (as Wikipedia's Page Previews offers): adds the page's site
 * rule to the stored settings, the way the popup's switch does. The content script's settings
 * watcher then stops Bağlam on every open page of the site. Part of the lazily injected card UI.
 */
import { siteOf } from '@/core/protocol/settings-schema';
import { setSiteEnabled } from '@/lib/pages/site-list';
import { loadSettings, updateSettings } from '@/lib/shared/settings';

/** The rule "off on this site" would store for a page at `url`; null where no switch applies. */
export function offRuleFor(url: string): string | null {
  const site = siteOf(url);
  return site === null ? null : (setSiteEnabled([], site, false)[0] ?? null);
}

/** Turns Bağlam off on the site of `url`; false when the page has no site to switch. */
export async function turnOffOnSite(url: string): Promise<boolean> {
  const site = siteOf(url);
  if (site === null) return false;
  const { settings } = await loadSettings();
  await updateSettings({ disabledSites: setSiteEnabled(settings.disabledSites, site, false) });
  return true;
}
