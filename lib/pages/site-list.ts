/**
 * Edits of the per-site "off" list in settings: the popup's switch and the options page's list.
 * Pure; the caller stores the result with `updateSettings({ disabledSites })`.
 */
import { MAX_DISABLED_SITES, siteOf } from '../../core/protocol/settings-schema';

/** The list with `site` switched on (removed) or off (added, sorted for a stable options list). */
export function setSiteEnabled(disabledSites: readonly string[], site: string, enabled: boolean): string[] {
  const without = disabledSites.filter((s) => s !== site);
  if (enabled) return without;
  return [...without, site].sort().slice(0, MAX_DISABLED_SITES);
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
