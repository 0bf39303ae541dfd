import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  askPage,
  cardText,
  clickInCard,
  highlightSize,
  hoverWord,
  inCardRoot,
  pointOf,
  readCard,
  waitForCard,
  writeSettings,
} from './content-helpers';
import { openExtensionPage, stopServiceWorker, waitFor } from './harness';
import { useExtension } from './use-extension';

const env = useExtension();
let ext: Page;
let page: Page | null = null;

beforeAll(async () => {
  ext = await openExtensionPage(env.session, 'options.html');
  await env.session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

afterEach(async () => {
  await page?.close();
  page = null;
  await ext.evaluate(() => chrome.storage.sync.clear());
});

/** Opens a fixture page and waits until its content script has scanned it. */
async function open(path: string, minMentions = 1): Promise<Page> {
  page = await env.session.context.newPage();
  await page.goto(env.server.url(path));
  await waitFor(
    async () => (await askPage(ext, { type: 'page-mentions' })).mentions.length >= minMentions,
    10_000,
    'scan',
  );
  return page;
}

describe('hovering a mention', () => {
  it.each([
    // The browser's language is English, so the card names people in English.
    ['an inflected name (Putin’in)', 'content-tr.html', 'Putin’in', 'vladimir-putin', 'Vladimir Putin'],
    ['a name split across <b> tags', 'content-tr.html', 'gey', 'sergey-lavrov', 'Sergei Lavrov'],
    [
      'a name inside an open shadow root',
      'content-tr.html',
      'Lavrov açıklama',
      'sergey-lavrov',
      'Sergei Lavrov',
    ],
    ['a name added after load', 'content-tr.html', 'Choe Son-hui Pekin', 'choe-son-hui', 'Choe Son Hui'],
    ['an English possessive (Putin’s)', 'content-en.html', "Putin's", 'vladimir-putin', 'Vladimir Putin'],
    [
      'a name on a page with hostile CSS and throwing scripts',
      'content-hostile.html',
      'Donald Trump',
      'donald-trump',
      'Donald Trump',
    ],
  ])('shows the card for %s', async (_kind, path, word, personId, name) => {
    const p = await open(path, path === 'content-tr.html' ? 12 : 1);
    await hoverWord(p, word);
    const card = await waitForCard(p, personId);
    expect(card.name).toBe(name);
    expect(card.role_).toBe('dialog');
    expect(card.labelledBy).toBe(name);
    expect(card.role.length).toBeGreaterThan(0);
    expect(card.counts).toMatch(/^\d+ (articles?|haber) · \d+ (quotes?|alıntı)$/);
    expect(card.articles).toBeGreaterThan(0);
  });

  it('shows role, quotes (full ones first, with article and date), articles and co-mentioned people', async () => {
    const p = await open('content-tr.html', 12);
    await hoverWord(p, 'Hamaney’in');
    const card = await waitForCard(p, 'ali-khamenei');
    // An English UI: the registry's English description, not the corpus's Turkish role.
    expect(card.role).toBe('Supreme Leader of Iran');
    expect(card.counts).toBe('1 article · 7 quotes');
    expect(card.quotes).toBe(3);
    expect(card.coMentions).toBeGreaterThan(0);
    const quotes =
      (await inCardRoot(p, (root) =>
        [...root.querySelectorAll('[data-testid="quote-item"]')].map((q) => ({
          fragment: (q as HTMLElement).dataset.fragment,
          article: q.querySelector('[data-testid="quote-article"]')?.textContent,
        })),
      )) ?? [];
    expect(quotes).toHaveLength(3);
    expect(quotes.every((q) => q.article && q.article.length > 5)).toBe(true);
    const firstFragment = quotes.findIndex((q) => q.fragment === 'true');
    if (firstFragment !== -1)
      expect(quotes.slice(firstFragment).every((q) => q.fragment === 'true')).toBe(true);
  });

  it('does not open for decoys or plain text', async () => {
    const p = await open('content-tr.html', 12);
    for (const word of ['Kim bilir', 'Kim Yo-jong', 'Kremlin']) {
      await hoverWord(p, word);
      await p.waitForTimeout(600);
      expect(await readCard(p)).toBeNull();
    }
  });

  it('waits for the hover delay, and a passing pointer opens nothing', async () => {
    const p = await open('content-en.html', 8);
    const { x, y } = await pointOf(p, 'Donald Trump');
    await p.mouse.move(x, y - 60);
    await p.mouse.move(x, y, { steps: 3 });
    await p.mouse.move(5, y, { steps: 3 }); // off to the empty left margin
    await p.waitForTimeout(700);
    expect(await readCard(p)).toBeNull();
    await writeSettings(ext, { hoverDelayMs: 1200 });
    await p.waitForTimeout(200);
    await hoverWord(p, 'Donald Trump');
    await p.waitForTimeout(700);
    expect(await readCard(p)).toBeNull();
    await waitForCard(p, 'donald-trump', 3000);
  });

  it('needs the modifier key when one is configured', async () => {
    await writeSettings(ext, { modifierKey: 'alt' });
    const p = await open('content-en.html', 8);
    await hoverWord(p, 'Donald Trump');
    await p.waitForTimeout(700);
    expect(await readCard(p)).toBeNull();
    await p.keyboard.down('Alt');
    await waitForCard(p, 'donald-trump');
    await p.keyboard.up('Alt');
  });

  it('stays open while the pointer moves onto the card, closes after leaving both', async () => {
    const p = await open('content-en.html', 8);
    await hoverWord(p, 'Donald Trump');
    const card = await waitForCard(p, 'donald-trump');
    // Travel into the card through the gap, and stay a while.
    await p.mouse.move((card.rect.left + card.rect.right) / 2, card.rect.top + 30, { steps: 6 });
    await p.waitForTimeout(800);
    expect((await readCard(p))?.personId).toBe('donald-trump');
    // Leave to an empty corner.
    await p.mouse.move(5, 790, { steps: 4 });
    await waitFor(async () => (await readCard(p)) === null, 3000, 'the card to close');
  });

  it('closes on Esc', async () => {
    const p = await open('content-en.html', 8);
    await hoverWord(p, 'Khamenei');
    await waitForCard(p, 'ali-khamenei');
    await p.keyboard.press('Escape');
    expect(await readCard(p)).toBeNull();
  });

  it('shows the card also after the service worker was stopped (cold)', async () => {
    const p = await open('content-en.html', 8);
    await stopServiceWorker(env.session);
    await hoverWord(p, 'Lavrov');
    const card = await waitForCard(p, 'sergey-lavrov', 5000);
    expect(card.articles).toBeGreaterThan(0);
  });

  it('speaks the UI language chosen in options, switching live', async () => {
    const p = await open('content-tr.html', 12);
    await hoverWord(p, 'Hamaney’in');
    expect((await waitForCard(p, 'ali-khamenei')).counts).toMatch(/articles?/);
    await writeSettings(ext, { uiLanguage: 'tr' });
    await waitFor(
      async () => ((await readCard(p))?.counts.includes('haber') ? true : null),
      3000,
      'Turkish card',
    );
    expect((await readCard(p))?.name).toBe('Ali Hamaney');
    // A Turkish UI keeps the role as the corpus states it.
    expect((await readCard(p))?.role).toBe('İran Dini Lideri');
  });
});

describe('keeping the card in the viewport', () => {
  it.each(['Putin', 'Lavrov', 'Hamaney', 'Trump'])('near the edge with %s', async (word) => {
    const p = await open('content-edges.html', 4);
    await hoverWord(p, word);
    const card = await waitFor(async () => {
      const c = await readCard(p);
      return c?.status === 'ready' && c.visible ? c : null;
    });
    await p.waitForTimeout(100); // one more placement after the data arrived
    const { rect } = (await readCard(p))!;
    const viewport = p.viewportSize()!;
    expect(rect.left).toBeGreaterThanOrEqual(0);
    expect(rect.top).toBeGreaterThanOrEqual(0);
    expect(rect.right).toBeLessThanOrEqual(viewport.width);
    expect(rect.bottom).toBeLessThanOrEqual(viewport.height);
    // And it does not cover the name.
    const name = await pointOf(p, word);
    const covers = name.x >= rect.left && name.x <= rect.right && name.y >= rect.top && name.y <= rect.bottom;
    expect(covers).toBe(false);
    expect(card.personId).not.toBeNull();
  });

  it('follows the name when the page scrolls', async () => {
    const p = await open('content-tr.html', 12);
    await p.setViewportSize({ width: 1000, height: 500 });
    await hoverWord(p, 'Donald Trump');
    const before = await waitForCard(p, 'donald-trump');
    await p.mouse.wheel(0, 60);
    await p.waitForTimeout(300);
    const after = (await readCard(p))!;
    expect(after.rect.top).toBeLessThan(before.rect.top);
  });
});

describe('keyboard navigation', () => {
  it('cycles through mentions with Alt+Shift+↓/↑, focusing the card; Esc returns focus', async () => {
    const p = await open('content-en.html', 8);
    await p.evaluate(() => window.scrollTo(0, 0));
    await p.keyboard.press('Alt+Shift+ArrowDown');
    let card = await waitForCard(p, 'donald-trump');
    const focused = () => p.evaluate(() => document.activeElement?.tagName.toLowerCase());
    expect(await focused()).toBe('baglam-card-host');
    await p.keyboard.press('Alt+Shift+ArrowDown');
    card = await waitForCard(p, 'vladimir-putin');
    await p.keyboard.press('Alt+Shift+ArrowUp');
    card = await waitForCard(p, 'donald-trump');
    expect(card.name).toBe('Donald Trump');
    await p.keyboard.press('Tab'); // into the card's links
    const inCard = await inCardRoot(p, (root) => root.activeElement?.tagName);
    expect(inCard).toBe('BUTTON');
    await p.keyboard.press('Escape');
    expect(await readCard(p)).toBeNull();
    expect(await focused()).toBe('body');
  });

  it('outlines the mention a keyboard card belongs to, and Esc puts the reader back at it', async () => {
    const p = await open('content-en.html', 8);
    await p.evaluate(() => window.scrollTo(0, 0));
    await p.keyboard.press('Alt+Shift+ArrowDown');
    await waitForCard(p, 'donald-trump');
    await p.keyboard.press('Alt+Shift+ArrowDown');
    await waitForCard(p, 'vladimir-putin');
    const ring = await waitFor(
      () =>
        inCardRoot(p, (root) => {
          const line = root.querySelector('[data-testid="mention-ring"] > div');
          if (!line) return null;
          const r = line.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2, w: r.width };
        }),
      5000,
      'the outline',
    );
    expect(ring.w).toBeGreaterThan(10);
    // What is under the outline's middle is the mention's text.
    const under = await p.evaluate(
      ([x, y]) => document.caretRangeFromPoint(x as number, y as number)?.startContainer.textContent ?? '',
      [ring.x, ring.y],
    );
    expect(under).toContain('Putin');
    await p.keyboard.press('Escape');
    expect(await readCard(p)).toBeNull();
    const back = await p.evaluate(() => {
      const active = document.activeElement;
      if (active && active !== document.body) return active.textContent ?? '';
      return document.getSelection()?.anchorNode?.textContent ?? '';
    });
    expect(back).toContain('Putin');
  });

  it('keeps a card opened from the keyboard right after a fast mouse sweep', async () => {
    const p = await open('content-en.html', 8);
    await p.evaluate(() => window.scrollTo(0, 0));
    // A quick sweep over empty page space, then the shortcut at once: the pointer's pending
    // "where did it stop" look-up must not close the card the keyboard just opened.
    await p.mouse.move(5, 700);
    await p.mouse.move(600, 750, { steps: 2 });
    await p.keyboard.press('Alt+Shift+ArrowDown');
    await waitForCard(p, 'donald-trump');
    await p.waitForTimeout(1000);
    expect((await readCard(p))?.name).toBe('Donald Trump');
  });

  it('leaves the shortcut alone while the reader types in a field', async () => {
    const p = await open('content-tr.html', 12);
    await p.focus('#note');
    await p.keyboard.press('Alt+Shift+ArrowDown');
    await p.waitForTimeout(300);
    expect(await readCard(p)).toBeNull();
  });
});

describe('card actions', () => {
  it('copies a citation with speaker, article title, source and date', async () => {
    const p = await open('content-tr.html', 12);
    await hoverWord(p, 'Hamaney’in');
    await waitForCard(p, 'ali-khamenei');
    await clickInCard(p, '[data-testid="copy-citation"]');
    await waitFor(async () => (await cardText(p, '[data-testid="copy-citation"]')) !== 'Copy citation');
    const copied = await p.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^“.+” — Ali (Hamaney|Khamenei), “.+”/);
    const title = await cardText(p, '[data-testid="quote-article"]');
    expect(copied).toContain(`“${title}”`);

    // The format chosen in options applies at once (Markdown: a block quote, the speaker in bold).
    await writeSettings(ext, { citationStyle: 'markdown' });
    await p.evaluate(() => navigator.clipboard.writeText(''));
    await waitFor(
      async () => {
        await clickInCard(p, '[data-testid="copy-citation"]');
        const text = await p.evaluate(() => navigator.clipboard.readText());
        return text.startsWith('> ') ? text : null;
      },
      5000,
      'a Markdown citation',
    );
    expect(await p.evaluate(() => navigator.clipboard.readText())).toMatch(
      /\n>\n> — \*\*Ali (Hamaney|Khamenei)\*\*/,
    );
  });

  it('mutes a person from the card: stored in settings, marks removed', async () => {
    const p = await open('content-en.html', 8);
    await hoverWord(p, 'Khamenei');
    await waitForCard(p, 'ali-khamenei');
    await clickInCard(p, '[data-testid="card-mute"]');
    expect(await cardText(p, '[data-testid="card-muted"]')).toContain('Khamenei');
    const stored = await waitFor(async () => {
      const { settings } = await ext.evaluate(() => chrome.storage.sync.get('settings'));
      return (settings as { mutedPeople?: string[] } | undefined)?.mutedPeople?.includes('ali-khamenei')
        ? settings
        : null;
    });
    expect(stored).toBeTruthy();
    await waitFor(
      async () =>
        !(await askPage(ext, { type: 'page-mentions' })).mentions.some((m) => m.personId === 'ali-khamenei'),
    );

    // "Muted people in options" shows the options page (this suite keeps one open: it comes to the front).
    // `ext` is this suite's options page: whether its tab is the active one.
    const optionsInFront = () => ext.evaluate(async () => (await chrome.tabs.getCurrent())?.active === true);
    await p.bringToFront();
    expect(await optionsInFront()).toBe(false);
    await clickInCard(p, '[data-testid="card-muted-options"]');
    await waitFor(async () => (await optionsInFront()) || null, 5000, 'the options page in front');

    // Undo, in place: stored list without them, marks back, the card shows the person again.
    await p.bringToFront();
    await clickInCard(p, '[data-testid="card-undo-mute"]');
    await waitFor(async () => {
      const { settings } = await ext.evaluate(() => chrome.storage.sync.get('settings'));
      return (settings as { mutedPeople?: string[] } | undefined)?.mutedPeople?.includes('ali-khamenei')
        ? null
        : true;
    });
    await waitFor(async () =>
      (await askPage(ext, { type: 'page-mentions' })).mentions.some((m) => m.personId === 'ali-khamenei'),
    );
    expect(await cardText(p, '[data-testid="card-muted"]')).toBeNull();
    expect(await cardText(p, '[data-testid="card-mute"]')).toBe('Stop marking this person');
  });

  it('turns Bağlam off on this site from the card: the rule is stored, marks and card go', async () => {
    const p = await open('content-en.html', 8);
    await hoverWord(p, 'Khamenei');
    await waitForCard(p, 'ali-khamenei');
    const host = new URL(p.url()).host;
    expect(await cardText(p, '[data-testid="card-turn-off-site"]')).toBe('Turn off on this site');
    await clickInCard(p, '[data-testid="card-turn-off-site"]');
    await waitFor(async () => {
      const { settings } = await ext.evaluate(() => chrome.storage.sync.get('settings'));
      return (settings as { disabledSites?: string[] } | undefined)?.disabledSites?.includes(host) || null;
    });
    await waitFor(async () => ((await highlightSize(p)) ?? 0) === 0 || null, 5000, 'marks removed');
    await waitFor(async () => (await readCard(p)) === null || null, 5000, 'card closed');
  });

  it('opens an article in the side panel (or the reader tab where the panel cannot open)', async () => {
    const p = await open('content-tr.html', 12);
    await hoverWord(p, 'Hamaney’in');
    await waitForCard(p, 'ali-khamenei');
    const opened = env.session.context.waitForEvent('page', { timeout: 5000 }).catch(() => null);
    await clickInCard(p, '[data-testid="article-item"] button');
    const target = await waitFor(async () => {
      const tab = await opened;
      if (tab?.url().includes('sidepanel.html#/article/')) return tab.url();
      const stored = await ext.evaluate(() => chrome.storage.session.get('panelTarget'));
      const value = (stored as { panelTarget?: { target?: { kind: string; id: string } } }).panelTarget;
      return value?.target?.kind === 'article' ? `#/article/${value.target.id}` : null;
    });
    expect(target).toMatch(/#\/article\/.+/);
    (await opened)?.close();
  });
});

describe('hostile layouts', () => {
  it('shows the card left-to-right on an RTL page whose author took the card’s tag name', async () => {
    const p = await open('content-hostile-layout.html');
    await hoverWord(p, 'Vladimir Putin');
    const card = await waitForCard(p, 'vladimir-putin');
    expect(card.visible).toBe(true);
    expect(
      await inCardRoot(
        p,
        (root) => getComputedStyle(root.querySelector('[data-testid="person-card"]') as Element).direction,
      ),
    ).toBe('ltr');
    // The page's own element with that tag is untouched.
    expect(await p.evaluate(() => document.querySelector('baglam-card-host'))).toBeNull();
  });

  it('opens the card above a modal dialog, where the rest of the page is inert', async () => {
    const p = await open('content-hostile-layout.html');
    await p.click('#open');
    // The dialog's text was hidden until it opened: it is scanned when it shows.
    await waitFor(
      async () => (await askPage(ext, { type: 'page-mentions' })).mentions.length >= 2,
      10_000,
      'the dialog scanned',
    );
    await hoverWord(p, 'Ali Khamenei');
    const card = await waitForCard(p, 'ali-khamenei');
    const { left, top, right, bottom } = card.rect;
    const x = (left + right) / 2;
    const y = (top + bottom) / 2;
    // What is painted in the middle of the card is the card (inside the dialog's top layer), and it
    // takes the real mouse: moving onto it keeps it open.
    const hostAtPoint = await p.evaluate(
      ([px, py]) =>
        (document.elementFromPoint(px as number, py as number)?.getAttribute('style') ?? '').includes(
          '2147483647',
        ),
      [x, y],
    );
    expect(hostAtPoint).toBe(true);
    await p.mouse.move(x, y, { steps: 4 });
    await p.waitForTimeout(400);
    expect((await readCard(p))?.visible).toBe(true);
  });
});

describe('a page zoomed with CSS', () => {
  it('fits the card in the viewport under html { zoom: 2 }, next to the name', async () => {
    const p = await open('content-zoom.html');
    await p.setViewportSize({ width: 800, height: 600 });
    await hoverWord(p, 'Vladimir Putin');
    const card = await waitForCard(p, 'vladimir-putin');
    const { left, top, right, bottom } = card.rect;
    const name = await p.evaluate(() => {
      const text = document.getElementById('zoomed')?.firstChild as Text;
      const range = document.createRange();
      const at = text.data.indexOf('Vladimir');
      range.setStart(text, at);
      range.setEnd(text, at + 'Vladimir Putin'.length);
      const r = range.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left };
    });
    expect(left).toBeGreaterThanOrEqual(0);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(800);
    expect(bottom).toBeLessThanOrEqual(600);
    // Next to the name: just below (or above) it, not somewhere else on the page.
    expect(Math.min(Math.abs(top - name.bottom), Math.abs(bottom - name.top))).toBeLessThan(30);
  });
});

describe('a page that rewrites the platform before Bağlam runs', () => {
  it('still marks, counts and shows the card: the page’s globals are not the content script’s', async () => {
    const p = await open('content-overrides.html', 3);
    const { mentions } = await askPage(ext, { type: 'page-mentions' });
    expect(mentions.map((m) => m.personId)).toEqual(['vladimir-putin', 'donald-trump', 'ali-khamenei']);
    // Playwright's locators run in their own world; the page's broken globals cannot stop them.
    const box = await p.locator('#trump').boundingBox();
    if (!box) throw new Error('no #trump');
    await p.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
    expect((await waitForCard(p, 'donald-trump')).visible).toBe(true);
    // The page's overrides are in place for the page's own code.
    const broken = await p.evaluate(() => {
      try {
        document.createRange();
        return 'intact';
      } catch {
        return 'overridden';
      }
    });
    expect(broken).toBe('overridden');
  });
});
