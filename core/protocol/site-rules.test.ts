import { describe, expect, it } from 'vitest';
import { ruleCovers, ruleForSite, rulesCovering } from './site-rules';

describe('site rules', () => {
  it.each([
    ['ornek.com', 'ornek.com', true],
    ['ornek.com', 'www.ornek.com', true],
    ['ornek.com', 'spor.haber.ornek.com', true],
    ['ornek.com', 'ornek.com:8080', true],
    ['ornek.com', 'kötüornek.com', false],
    ['ornek.com', 'xornek.com', false],
    ['ornek.com', 'ornek.com.tr', false],
    ['spor.ornek.com', 'ornek.com', false],
    ['localhost:3000', 'localhost:3000', true],
    ['localhost:3000', 'localhost:4000', false],
    ['localhost:3000', 'localhost', false],
    ['file', 'file', true],
  ])('%s covers %s: %s', (rule, site, covers) => {
    expect(ruleCovers(rule, site)).toBe(covers);
  });

  it.each([
    ['www.ornek.com', 'ornek.com'],
    ['www.ornek.com:8080', 'ornek.com:8080'],
    ['ornek.com', 'ornek.com'],
    ['spor.ornek.com', 'spor.ornek.com'],
    // `www.com` is a site of its own, not a subdomain of `com`.
    ['www.com', 'www.com'],
    ['localhost', 'localhost'],
  ])('stores the switch of %s as %s', (site, rule) => {
    expect(ruleForSite(site)).toBe(rule);
  });

  it('lists the covering rules most specific first, none when the site is on', () => {
    expect(rulesCovering(['a.com', 'spor.a.com', 'b.com'], 'x.spor.a.com')).toEqual(['spor.a.com', 'a.com']);
    expect(rulesCovering(['a.com'], 'b.com')).toEqual([]);
    expect(rulesCovering([], 'b.com')).toEqual([]);
  });
});
