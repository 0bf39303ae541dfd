import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, defaultSettings, isActiveOn, siteOf, validateSettings } from './settings-schema';

describe('validateSettings', () => {
  it('gives the defaults for nothing stored, repairing nothing', () => {
    expect(validateSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, repaired: [] });
    expect(validateSettings(null).repaired).toEqual([]);
  });

  it('keeps valid fields and repairs invalid ones one by one', () => {
    const { settings, repaired } = validateSettings({
      enabled: false,
      highlightStyle: 'neon',
      hoverDelayMs: 500,
      modifierKey: 'alt',
      disabledSites: ['example.com', 42],
    });
    expect(settings.enabled).toBe(false);
    expect(settings.hoverDelayMs).toBe(500);
    expect(settings.modifierKey).toBe('alt');
    expect(settings.highlightStyle).toBe('underline');
    expect(settings.disabledSites).toEqual([]);
    expect(repaired.sort()).toEqual(['disabledSites', 'highlightStyle']);
  });

  it.each([
    ['a string', 'hello'],
    ['an array', [1, 2]],
    ['a number', 7],
  ])('repairs everything when the stored value is %s', (_label, raw) => {
    const { settings, repaired } = validateSettings(raw);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(repaired.length).toBe(Object.keys(DEFAULT_SETTINGS).length);
  });

  it.each([
    [-1, false],
    [0, true],
    [3000, true],
    [3001, false],
    [12.5, false],
    [Number.NaN, false],
  ])('accepts hover delay %s: %s', (delay, ok) => {
    const { repaired } = validateSettings({ hoverDelayMs: delay });
    expect(repaired.includes('hoverDelayMs')).toBe(!ok);
  });

  it.each([
    ['plain', true],
    ['markdown', true],
    ['academic', true],
    ['apa', false],
    [3, false],
    [null, false],
  ])('accepts citation style %s: %s', (style, ok) => {
    const { settings, repaired } = validateSettings({ citationStyle: style });
    expect(repaired.includes('citationStyle')).toBe(!ok);
    expect(settings.citationStyle).toBe(ok ? style : 'plain');
  });

  it('does not share default arrays between results', () => {
    const a = validateSettings(undefined).settings;
    a.disabledSites.push('x.com');
    expect(validateSettings(undefined).settings.disabledSites).toEqual([]);
  });
});

describe('defaultSettings', () => {
  it('equals the one default object', () => {
    expect(defaultSettings()).toEqual(DEFAULT_SETTINGS);
  });
  it('gives arrays of its own on every call', () => {
    const a = defaultSettings();
    a.mutedPeople.push('vladimir-putin');
    a.disabledSites.push('x.com');
    expect(defaultSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.mutedPeople).toEqual([]);
  });
});

describe('siteOf and isActiveOn', () => {
  it.each([
    ['https://www.aa.com.tr/tr/dunya/x', 'www.aa.com.tr'],
    ['http://127.0.0.1:8080/page.html', '127.0.0.1:8080'],
    ['HTTPS://BBC.CO.UK/', 'bbc.co.uk'],
    ['file:///home/a.html', 'file'],
    ['chrome-extension://abc/popup.html', null],
    ['about:blank', null],
    ['not a url', null],
  ])('site of %s is %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });

  it('is off on disabled sites and when disabled globally', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['bbc.co.uk'] };
    expect(isActiveOn(settings, 'https://bbc.co.uk/news')).toBe(false);
    expect(isActiveOn(settings, 'https://aa.com.tr/')).toBe(true);
    expect(isActiveOn(settings, 'https://www.bbc.co.uk/news')).toBe(false);
    expect(isActiveOn(settings, 'https://sport.bbc.co.uk/')).toBe(false);
    expect(isActiveOn(settings, 'https://notbbc.co.uk/')).toBe(true);
    expect(isActiveOn({ ...settings, enabled: false }, 'https://aa.com.tr/')).toBe(false);
    expect(isActiveOn(settings, 'chrome://extensions')).toBe(false);
  });
});
