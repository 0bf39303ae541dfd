import { describe, expect, it } from 'vitest';
import { pickReadingTab, type TabLike } from './reading-tab-picker';

describe('the tab being read', () => {
  const ext = 'chrome-extension://abc/';
  it.each<[string, TabLike[], number | null]>([
    [
      'the active web page',
      [
        { id: 1, url: 'https://a.example/', active: false, lastAccessed: 5 },
        { id: 2, url: 'https://b.example/', active: true, lastAccessed: 1 },
      ],
      2,
    ],
    [
      'the last used web page when the active tab is an extension page',
      [
        { id: 1, url: 'https://a.example/', active: false, lastAccessed: 5 },
        { id: 2, url: 'https://b.example/', active: false, lastAccessed: 9 },
        { id: 3, url: `${ext}sidepanel.html`, active: true, lastAccessed: 10 },
      ],
      2,
    ],
    ['nothing when only extension pages are open', [{ id: 3, url: `${ext}popup.html`, active: true }], null],
    [
      'nothing for tabs without ids or urls',
      [
        { active: true, url: 'https://a.example/' },
        { id: 4, active: true },
      ],
      null,
    ],
  ])('picks %s', (_rule, tabs, expected) => {
    expect(pickReadingTab(tabs, ext)?.id ?? null).toBe(expected);
  });
});
