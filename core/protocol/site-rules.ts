/**
 * Per-site "off" rules. A rule names a site the way people say it (`ornek.com`) and covers that
 * host and every subdomain of it (`www.ornek.com`, `spor.ornek.com`), as users expect from a
 * "turn off on this site" switch; a rule with a port covers that port only.
 */

/** The rule a switch stores for a page's site key: the host without a leading `www.`. */
export function ruleForSite(site: string): string {
  return site.startsWith('www.') && site.split(':')[0]?.includes('.', 4) ? site.slice(4) : site;
}

function split(site: string): { host: string; port: string | null } {
  const colon = site.lastIndexOf(':');
  return colon > 0 && /^\d+$/.test(site.slice(colon + 1))
    ? { host: site.slice(0, colon), port: site.slice(colon + 1) }
    : { host: site, port: null };
}

/** Whether `rule` covers the page site key `site` (host, with port when the URL had one). */
export function ruleCovers(rule: string, site: string): boolean {
  const r = split(rule);
  const s = split(site);
  if (r.port !== null && r.port !== s.port) return false;
  return s.host === r.host || s.host.endsWith(`.${r.host}`);
}

/** The rules that turn Bağlam off on `site`, most specific first; empty when it is on. */
export function rulesCovering(rules: readonly string[], site: string): string[] {
  return rules.filter((rule) => ruleCovers(rule, site)).sort((a, b) => b.length - a.length);
}
