/**
 * Edits of the per-site "off" list in settings: the popup's switch and the options page's list.
 * Pure; the caller stores the result with `updateSettings({ disabledSites })`.
 */
import { MAX_DISABLED_SITES, siteOf } from '../../core/protocol/settings-schema';
import { ruleCovers, ruleForSite } from '../../core/protocol/site-rules';

/**
 * The list with `site` switched on or off. Off adds the site's rule (`www.` dropped, so it covers
 * the whole site), sorted for a stable options list. On removes every rule that covers the site,
 * so the switch always does what it says, even when a parent domain was turned off.
 */
export function setSiteEnabled(disabledSites: readonly string[], site: string, enabled: boolean): string[] {
  if (enabled) return disabledSites.filter((rule) => !ruleCovers(rule, site));
  return addSiteRule(disabledSites, ruleForSite(site));
}

/** The list with `rule` added as typed (the options page), sorted and without repeats. */
export function addSiteRule(disabledSites: readonly string[], rule: string): string[] {
  return [...disabledSites.filter((s) => s !== rule), rule].sort().slice(0, MAX_DISABLED_SITES);
}

/**
 * The site key for what a person typed into the options page: a host (`ornek.com`), a host with
 * port, or a whole URL (`https://www.ornek.com/haber/1`). Null when it is not a site.
 */
export function parseSiteInput(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (trimmed === '') return null;
  const asUrl = /^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`;
  const site = siteOf(asUrl);
  if (site === null || site === 'file') return null;
  // A host needs a dot or a port (or is `localhost`): `haber` alone is a typo, not a site.
  if (!site.includes('.') && !site.includes(':') && site !== 'localhost') return null;
  return /^[a-z0-9.-]+(:\d+)?$/.test(site) ? site : null;
}
