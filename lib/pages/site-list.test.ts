import { describe, expect, it } from 'vitest';
import { parseSiteInput, setSiteEnabled } from './site-list';

describe('the per-site list', () => {
  it.each([
    ['switching a site off adds it, sorted', ['b.com'], 'a.com', false, ['a.com', 'b.com']],
    ['switching it off twice keeps one entry', ['a.com'], 'a.com', false, ['a.com']],
    ['switching a site on removes it', ['a.com', 'b.com'], 'a.com', true, ['b.com']],
    ['switching on a site not in the list changes nothing', ['b.com'], 'a.com', true, ['b.com']],
    ['switching www. off turns the whole site off', [], 'www.a.com', false, ['a.com']],
    ['switching a subdomain on removes the parent rule', ['a.com', 'b.com'], 'spor.a.com', true, ['b.com']],
    ['switching www. on removes the site rule', ['a.com'], 'www.a.com', true, []],
  ])('%s', (_rule, list, site, enabled, expected) => {
    expect(setSiteEnabled(list, site, enabled)).toEqual(expected);
  });

  it.each([
    ['ornek.com', 'ornek.com'],
    ['  Haber.Ornek.COM ', 'haber.ornek.com'],
    ['https://www.ornek.com.tr/haber/1?x=2', 'www.ornek.com.tr'],
    ['127.0.0.1:8080', '127.0.0.1:8080'],
    ['localhost', 'localhost'],
    ['http://localhost:3000/', 'localhost:3000'],
    ['', null],
    ['haber', null],
    ['ftp://ornek.com', null],
    ['file:///home/a.html', null],
    ['ornek com', null],
  ])('reads %j as %j', (input, expected) => {
    expect(parseSiteInput(input)).toBe(expected);
  });
});
