import { describe, expect, it } from 'vitest';
import { countPageMentions, pickReadingTab, type TabLike } from './page-people';

describe('people on a page', () => {
  it('counts each person once, most mentions first, ties in page order', () => {
    const mentions = [
      { personId: 'kim-jong-un', text: 'Kim Jong Un' },
      { personId: 'vladimir-putin', text: 'Vladimir Putin' },
      { personId: 'vladimir-putin', text: 'Putin' },
      { personId: 'sergey-lavrov', text: 'Lavrov' },
      { personId: 'kim-jong-un', text: 'Kim' },
      { personId: 'vladimir-putin', text: 'Путин' },
    ];
    expect(countPageMentions(mentions)).toEqual([
      { personId: 'vladimir-putin', count: 3, firstText: 'Vladimir Putin' },
      { personId: 'kim-jong-un', count: 2, firstText: 'Kim Jong Un' },
      { personId: 'sergey-lavrov', count: 1, firstText: 'Lavrov' },
    ]);
  });

  it('is empty for a page without mentions', () => {
    expect(countPageMentions([])).toEqual([]);
  });
});

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
