import { beforeEach, describe, expect, it, vi } from 'vitest';

const stored: { settings?: unknown } = {};
vi.mock('wxt/browser', () => ({
  browser: {
    storage: {
      sync: {
        get: async () => ({ ...stored }),
        set: async (items: { settings: unknown }) => {
          stored.settings = items.settings;
        },
      },
    },
  },
}));

const { turnOffOnSite } = await import('./site-off');

beforeEach(() => {
  delete stored.settings;
});

describe('turn off on this site', () => {
  it('stores the site rule (www. dropped, so the whole site), keeping the other rules', async () => {
    stored.settings = { disabledSites: ['a.example'], mutedPeople: ['x'] };
    expect(await turnOffOnSite('https://www.haber.example/yazi/1')).toBe(true);
    expect(stored.settings).toMatchObject({
      disabledSites: ['a.example', 'haber.example'],
      mutedPeople: ['x'],
    });
  });

  it('does nothing for pages without a site', async () => {
    expect(await turnOffOnSite('about:blank')).toBe(false);
    expect(stored.settings).toBeUndefined();
  });
});
