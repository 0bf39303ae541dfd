/**
 * Documents that are hostile by what they are rather than by what their scripts do (issue 12, the
 * attack suite): a strict Content-Security-Policy, a page that rewrites itself with
 * `document.open()`, same-origin, cross-origin and sandboxed iframes, an SVG image and XML
 * documents (a source tree, XHTML served as XML, a feed drawn with its own CSS). Each is marked (or, where Bağlam does not mark it, left exactly as it was), the card
 * opens where there are marks, and nothing throws.
 *
 * Inside frames the tests reach the page through CDP isolated worlds (`inFrame`, `inCardRoot` with a
 * frame: a sandboxed frame runs no page script, a cross-origin one lives in another process), the
 * way DevTools does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PageMentions } from '@/core/protocol/messages';
import {
  askPage,
  highlightSize,
  hoverWord,
  inCardRoot,
  inFrame,
  pointOf,
  readCard,
  waitForCard,
} from './content-helpers';
import { FIXTURE_DIR, openExtensionPage, waitFor } from './harness';
import { type CardState, cardStateIn, highlightSizeOf, textPoint } from './page-probes';
import { useExtension } from './use-extension';

const env = useExtension();
let ext: Page;
let page: Page | null = null;
/** Errors the page reported (its own scripts' and any that reached its console). */
let errors: string[] = [];

beforeAll(async () => {
  ext = await openExtensionPage(env.session, 'options.html');
});

afterEach(async () => {
  await page?.close();
  page = null;
  errors = [];
});

async function open(path: string): Promise<Page> {
  page = await env.session.context.newPage();
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    // The fixture server has no favicon: which page asks for it first depends on the tests run.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico'))
      errors.push(message.text());
  });
  await page.goto(env.server.url(path));
  return page;
}

async function mentionsWhen(check: (m: PageMentions) => boolean): Promise<PageMentions> {
  return waitFor(
    async () => {
      const answer = await askPage(ext, { type: 'page-mentions' });
      return check(answer) ? answer : null;
    },
    10_000,
    'page-mentions',
  );
}

const people = (answer: PageMentions) => answer.mentions.map((m) => [m.personId, m.text]);

const frameNamed = (p: Page, name: string): Frame => {
  const frame = p.frames().find((f) => f.name() === name);
  if (!frame) throw new Error(`no frame named ${name}`);
  return frame;
};

const marksIn = (frame: Frame) => inFrame(frame, highlightSizeOf, 'baglam-mention');
const cardIn = (frame: Frame) => inCardRoot(frame, cardStateIn);

/** Moves the real pointer onto `text` inside `frame`, the way `hoverWord` does on a top page. */
async function hoverInFrame(frame: Frame, text: string): Promise<void> {
  const inner = await inFrame(frame, textPoint, { text, n: 0, chars: 3 });
  if (!inner) throw new Error(`"${text}" not found in frame ${frame.name()}`);
  const element = await frame.frameElement();
  const origin = await element.evaluate((node) => {
    const e = node as Element;
    const rect = e.getBoundingClientRect();
    return { x: rect.left + e.clientLeft, y: rect.top + e.clientTop };
  });
  const page = frame.page();
  await page.mouse.move(origin.x + inner.x - 10, origin.y + inner.y + 40);
  await page.mouse.move(origin.x + inner.x, origin.y + inner.y, { steps: 5 });
}

async function waitForCardIn(frame: Frame, personId: string): Promise<CardState> {
  return waitFor(
    async () => {
      const card = await cardIn(frame);
      return card?.personId === personId && card.status === 'ready' && card.visible ? card : null;
    },
    8000,
    `the card for ${personId} in frame ${frame.name()}`,
  );
}

describe('a page with a strict Content-Security-Policy', () => {
  it('is marked, and the card opens with its own styles', async () => {
    const p = await open('content-csp.html');
    // The policy holds: the page's own inline style and script were refused.
    expect(await p.evaluate(() => getComputedStyle(document.getElementById('csp-1')!).color)).not.toBe(
      'rgb(200, 0, 0)',
    );
    expect(await p.evaluate(() => document.body.dataset.scripted ?? null)).toBeNull();

    const answer = await mentionsWhen((m) => m.mentions.length >= 2);
    expect(people(answer)).toEqual([
      ['donald-trump', 'Donald Trump'],
      ['vladimir-putin', 'Vladimir Putin'],
    ]);
    expect(await highlightSize(p)).toBe(2);

    await hoverWord(p, 'Donald Trump');
    const card = await waitForCard(p, 'donald-trump');
    expect(card.quotes + card.articles).toBeGreaterThan(0);
    // The card's stylesheet (adopted, not a <style> element) and the host's inline style applied.
    const style = await inCardRoot(p, (root) => {
      const s = getComputedStyle(root.querySelector('[data-testid="person-card"]')!);
      return { position: s.position, background: s.backgroundColor, radius: s.borderTopLeftRadius };
    });
    expect(style).toEqual({ position: 'fixed', background: 'rgb(255, 255, 255)', radius: '10px' });
    expect(
      await p.evaluate(() => getComputedStyle(document.querySelector('baglam-card-host')!).position),
    ).toBe('fixed');
    expect(card.rect.right - card.rect.left).toBeGreaterThan(200);
  });
});

describe('a page that rewrites itself with document.open()', () => {
  it('finds the new content’s names, drops the old ones, and the card opens on them', async () => {
    const p = await open('content-document-write.html');
    expect(people(await mentionsWhen((m) => m.mentions.length === 1))).toEqual([
      ['sergey-lavrov', 'Sergey Lavrov'],
    ]);
    await p.evaluate(() => (window as unknown as { rewrite(): void }).rewrite());
    expect(await p.evaluate(() => document.title)).toBe('After the rewrite');

    const answer = await mentionsWhen((m) => m.mentions.some((x) => x.personId === 'donald-trump'));
    expect(people(answer)).toEqual([
      ['ali-khamenei', 'Ali Khamenei'],
      ['donald-trump', 'Donald Trump'],
    ]);
    expect(await highlightSize(p)).toBe(2);

    await hoverWord(p, 'Ali Khamenei');
    await waitForCard(p, 'ali-khamenei');
  });
});

describe('a page with iframes', () => {
  it('marks the top page and every frame the content script runs in; cards open in each', async () => {
    const p = await open('content-frames.html');
    const same = frameNamed(p, 'same');
    const cross = await waitFor(async () => {
      const frame = frameNamed(p, 'cross');
      return frame.url().includes('content-frame-inner') ? frame : null;
    });
    const sandboxed = frameNamed(p, 'sandboxed');
    expect(new URL(cross.url()).hostname).not.toBe(new URL(p.url()).hostname);

    // `page-mentions` answers for the top frame only (see Known limits).
    expect(people(await mentionsWhen((m) => m.mentions.length > 0))).toEqual([
      ['donald-trump', 'Donald Trump'],
    ]);
    expect(await highlightSize(p)).toBe(1);

    // Kim Jong Un and Sergey Lavrov are marked inside each frame, in that frame's own document.
    for (const frame of [same, cross, sandboxed]) {
      await waitFor(async () => (await marksIn(frame)) === 2, 10_000, `marks in frame ${frame.name()}`);
    }

    for (const frame of [same, cross, sandboxed]) {
      await hoverInFrame(frame, 'Sergey Lavrov');
      const card = await waitForCardIn(frame, 'sergey-lavrov');
      expect(card.name).toContain('Lavrov');
    }

    // The top page keeps working.
    await hoverWord(p, 'Donald Trump');
    await waitForCard(p, 'donald-trump');
    expect(errors).toEqual([]);
  });
});

/**
 * The page's markup (or that of its first `selector`) as the file has it, parsed the same way, for
 * comparing with the live document.
 */
async function asParsed(
  p: Page,
  file: string,
  type: 'image/svg+xml' | 'application/xml',
  selector?: string,
): Promise<string> {
  const text = readFileSync(join(FIXTURE_DIR, file), 'utf8');
  return p.evaluate(
    ({ text, type, selector }) => {
      const doc = new DOMParser().parseFromString(text, type);
      return new XMLSerializer().serializeToString(
        selector ? (doc.querySelector(selector) as Element) : doc.documentElement,
      );
    },
    { text, type, selector },
  );
}

const liveMarkup = (p: Page, selector: string) =>
  p.evaluate((selector) => {
    const element = document.querySelector(selector);
    return element ? new XMLSerializer().serializeToString(element) : null;
  }, selector);

/**
 * Whether the mark on `text` shows: the pixels there change when the page's highlight is taken away
 * (and put back). A page script can do that; the registry is shared with the page.
 */
async function markPainted(p: Page, text: string, name = 'baglam-mention'): Promise<boolean> {
  const point = await pointOf(p, text);
  const box = await p.evaluate(
    ({ text, x, y }) => {
      const caret = document.caretPositionFromPoint(x, y);
      const node = caret?.offsetNode as Text;
      const range = document.createRange();
      const at = node.data.indexOf(text);
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const r = range.getBoundingClientRect();
      return { x: r.left - 2, y: r.top - 2, width: r.width + 4, height: r.height + 6 };
    },
    { text, ...point },
  );
  const shot = () => p.screenshot({ clip: box });
  const toggle = (off: boolean) =>
    p.evaluate(
      ({ name, off }) => {
        const registry = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
        const w = window as unknown as { parked?: unknown };
        if (off) {
          w.parked = registry.get(name);
          registry.delete(name);
        } else registry.set(name, w.parked);
      },
      { name, off },
    );
  await p.waitForTimeout(300); // the highlight's first paint
  const marked = await shot();
  await toggle(true);
  const bare = await shot();
  await toggle(false);
  return !marked.equals(bare);
}

describe('SVG drawn inline in an HTML page', () => {
  it('marks the names in its <text>, <tspan> and <textPath>, and the card opens on them', async () => {
    const p = await open('content-svg-inline.html');
    // The `<title>`, `<desc>` and `<defs>` names are not drawn text: only the four drawn ones. A
    // name at the end of a line (a `<tspan>` placed on its own) does not run into the next line.
    expect(people(await mentionsWhen((m) => m.mentions.length >= 4))).toEqual([
      ['vladimir-putin', 'Vladimir Putin'],
      ['kim-jong-un', 'Kim Jong Un'],
      ['sergey-lavrov', 'Sergey Lavrov'],
      ['donald-trump', 'Donald Trump'],
    ]);
    expect(await highlightSize(p)).toBe(4);
    for (const name of ['Vladimir Putin', 'Jong Un', 'Donald Trump'])
      expect(await markPainted(p, name)).toBe(true);

    for (const [text, personId] of [
      ['Vladimir Putin', 'vladimir-putin'],
      ['Jong Un', 'kim-jong-un'],
      ['Donald Trump', 'donald-trump'],
    ] as const) {
      await hoverWord(p, text);
      const card = await waitForCard(p, personId);
      const name = await pointOf(p, text);
      // Placed at the drawn text (the viewBox doubles the drawing), not at its user units.
      expect(card.rect.top).toBeGreaterThan(name.y);
      expect(card.rect.top - name.y).toBeLessThan(40);
      expect(Math.abs(card.rect.left - name.x)).toBeLessThan(200);
      await p.mouse.move(5, 790);
      await waitFor(async () => (await readCard(p)) === null, 3000, 'the card to close');
    }
    expect(
      await p.evaluate(
        () => document.querySelector('baglam-card-host')?.parentNode === document.documentElement,
      ),
    ).toBe(true);
    expect(errors).toEqual([]);
  });

  it('pins why SVG marks are a band: Chromium paints a highlight’s background there, not its underline', async () => {
    const p = await open('content-svg-inline.html');
    await mentionsWhen((m) => m.mentions.length >= 4);
    // A page highlight of its own, with the underline style alone, on the same name in HTML and SVG.
    await p.evaluate(() => {
      const style = document.createElement('style');
      style.textContent =
        '::highlight(probe-underline) { text-decoration: underline 3px rgb(255 0 0); }' +
        '::highlight(probe-background) { background-color: rgb(255 0 0); }';
      document.head.append(style);
      const paragraph = document.getElementById('lead')!;
      paragraph.textContent = 'Vladimir Putin, bir paragrafta.';
      const inHtml = new Range();
      inHtml.setStart(paragraph.firstChild!, 0);
      inHtml.setEnd(paragraph.firstChild!, 14);
      const text = document.getElementById('putin')!.firstChild!;
      const inSvg = new Range();
      inSvg.setStart(text, 0);
      inSvg.setEnd(text, 14);
      const registry = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
      registry.set('probe-underline', new Highlight(inHtml, inSvg));
      registry.set('probe-background', new Highlight(inSvg));
    });
    await mentionsWhen((m) => m.mentions.length >= 5); // the new paragraph's name, marked too
    // HTML text: underlined. SVG text: no underline is painted; a background is.
    expect(await markPainted(p, 'Vladimir Putin, bir', 'probe-underline')).toBe(true);
    expect(await markPainted(p, "Vladimir Putin'e", 'probe-underline')).toBe(false);
    expect(await markPainted(p, "Vladimir Putin'e", 'probe-background')).toBe(true);
  });
});

describe('documents that are not HTML', () => {
  it('marks the drawn text of an SVG document (not its title or description), and the card opens over it', async () => {
    const p = await open('content-image.svg');
    expect(await p.evaluate(() => [document.documentElement.localName, document.body])).toEqual([
      'svg',
      null,
    ]);
    const before = await liveMarkup(p, 'svg');
    expect(before).toBe(await asParsed(p, 'content-image.svg', 'image/svg+xml'));
    // `<text>` and its `<tspan>` are read; the `<title>` tooltip and the `<desc>` are not drawn text.
    expect(people(await mentionsWhen((m) => m.mentions.length >= 3))).toEqual([
      ['donald-trump', 'Donald Trump'],
      ['vladimir-putin', 'Vladimir Putin'],
      ['sergey-lavrov', 'Sergey Lavrov'],
    ]);
    expect(await p.evaluate(highlightSizeOf, 'baglam-mention')).toBe(3);
    expect(await markPainted(p, 'Vladimir Putin')).toBe(true);

    await hoverWord(p, 'Vladimir Putin');
    const card = await waitForCard(p, 'vladimir-putin');
    expect(card.quotes + card.articles).toBeGreaterThan(0);
    // HTML in SVG is drawn only in a <foreignObject>, clipped to the drawing's box (600×160 here):
    // the host is a popover there, which the top layer draws over the whole viewport.
    expect(
      await p.evaluate(() => {
        const host = document.querySelector('baglam-card-host')!;
        const slot = host.parentElement!;
        return [
          host.namespaceURI,
          slot.localName,
          slot.parentNode === document.documentElement,
          host.matches(':popover-open'),
        ];
      }),
    ).toEqual(['http://www.w3.org/1999/xhtml', 'foreignObject', true, true]);
    // Next to the name, inside the viewport, and really on top there (what the pointer hits).
    const name = await pointOf(p, 'Vladimir Putin');
    expect(card.rect.top).toBeGreaterThan(name.y);
    expect(card.rect.top - name.y).toBeLessThan(40);
    expect(card.rect.right).toBeLessThanOrEqual(1200);
    expect(card.rect.bottom).toBeLessThanOrEqual(800);
    const centre = { x: (card.rect.left + card.rect.right) / 2, y: (card.rect.top + card.rect.bottom) / 2 };
    expect(await p.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, centre)).toBe(
      'baglam-card-host',
    );

    // The keyboard reaches it too; Esc closes it.
    await p.mouse.move(5, 790);
    await waitFor(async () => (await readCard(p)) === null, 3000, 'the card to close');
    await p.keyboard.press('Alt+Shift+ArrowDown');
    await waitForCard(p, 'donald-trump');
    expect(await p.evaluate(() => document.activeElement?.localName)).toBe('baglam-card-host');
    await p.keyboard.press('Escape');
    expect(await readCard(p)).toBeNull();
    // The drawing itself is as the file has it: the host's <foreignObject> is the only addition.
    expect(
      await p.evaluate(() => {
        const copy = document.documentElement.cloneNode(true) as Element;
        copy.querySelector('baglam-card-host')?.parentElement?.remove();
        return new XMLSerializer().serializeToString(copy);
      }),
    ).toBe(before);
    expect(errors).toEqual([]);
  });

  it('marks the names of an XML document, leaves it as it was, and the card opens', async () => {
    const p = await open('content-feed.xml');
    const answer = await mentionsWhen((m) => m.mentions.length >= 3);
    const marks = await p.evaluate(highlightSizeOf, 'baglam-mention');
    expect(await liveMarkup(p, 'feed')).toBe(await asParsed(p, 'content-feed.xml', 'application/xml'));
    expect(await p.evaluate(() => document.querySelector('baglam-card-host'))).toBeNull();
    // Chromium shows an XML document without a stylesheet as a source tree; its text is marked.
    expect({ mentions: people(answer), marks }).toEqual({
      mentions: [
        ['donald-trump', 'Donald Trump'],
        ['vladimir-putin', 'Vladimir Putin'],
        ['sergey-lavrov', 'Sergey Lavrov'],
      ],
      marks: 3,
    });

    // The source tree keeps a hidden copy of the document first: the name shown is the second.
    await hoverWord(p, 'Donald Trump', 1);
    const card = await waitForCard(p, 'donald-trump');
    expect(card.quotes + card.articles).toBeGreaterThan(0);
    // Its host is an HTML element (styled, focusable), not the XML element `createElement` makes here.
    expect(
      await p.evaluate(() => {
        const host = document.querySelector('baglam-card-host')!;
        return [host.namespaceURI, getComputedStyle(host).position];
      }),
    ).toEqual(['http://www.w3.org/1999/xhtml', 'fixed']);
    await p.keyboard.press('Escape');
    expect(await readCard(p)).toBeNull();
    // The XML itself is still as the file has it.
    expect(await liveMarkup(p, 'feed')).toBe(await asParsed(p, 'content-feed.xml', 'application/xml'));
    expect(errors).toEqual([]);
  });

  it('opens a working card in XHTML served as application/xml, from the mouse and the keyboard', async () => {
    const p = await open('content-xhtml.xml');
    expect(await p.evaluate(() => [document.contentType, document.createElement('i').namespaceURI])).toEqual([
      'application/xml',
      null,
    ]);
    await mentionsWhen((m) => m.mentions.length >= 3);
    await hoverWord(p, 'Vladimir Putin');
    const card = await waitForCard(p, 'vladimir-putin');
    const name = await pointOf(p, 'Vladimir Putin');
    expect(card.rect.top).toBeGreaterThan(name.y);
    expect(card.rect.right).toBeLessThanOrEqual(1200);

    // Keyboard: a focused card with the mention outlined; Esc closes it.
    await p.mouse.move(5, 790);
    await waitFor(async () => (await readCard(p)) === null, 3000, 'the card to close');
    await p.keyboard.press('Alt+Shift+ArrowDown');
    await waitForCard(p, 'donald-trump');
    expect(await p.evaluate(() => document.activeElement?.localName)).toBe('baglam-card-host');
    expect(
      await inCardRoot(p, (root) => root.querySelector('[data-testid="mention-ring"] > div') !== null),
    ).toBe(true);
    await p.keyboard.press('Escape');
    expect(await readCard(p)).toBeNull();
    expect(errors).toEqual([]);
  });

  it('opens the card in an XML document drawn with its own CSS (no <html>, no <body>)', async () => {
    const p = await open('content-styled-feed.xml');
    expect(await p.evaluate(() => [document.documentElement.localName, document.body])).toEqual([
      'feed',
      null,
    ]);
    // Its <title> is text here, not an HTML page's (unseen) title.
    expect(people(await mentionsWhen((m) => m.mentions.length >= 3))).toEqual([
      ['donald-trump', 'Donald Trump'],
      ['vladimir-putin', 'Vladimir Putin'],
      ['sergey-lavrov', 'Sergey Lavrov'],
    ]);
    expect(await p.evaluate(highlightSizeOf, 'baglam-mention')).toBe(3);
    await hoverWord(p, 'Sergey Lavrov');
    const card = await waitForCard(p, 'sergey-lavrov');
    // Placed next to the name, inside the viewport (the page has no <body> to measure against).
    const name = await pointOf(p, 'Sergey Lavrov');
    expect(card.rect.top).toBeGreaterThan(name.y);
    expect(card.rect.top - name.y).toBeLessThan(40);
    expect(card.rect.bottom).toBeLessThanOrEqual(800);
    // The host joined the root (there is no <html> to hold it); the feed's content is unchanged.
    expect(await p.evaluate(() => document.documentElement.lastElementChild?.localName)).toBe(
      'baglam-card-host',
    );
    expect(await liveMarkup(p, 'entry')).toBe(
      await asParsed(p, 'content-styled-feed.xml', 'application/xml', 'entry'),
    );
    expect(errors).toEqual([]);
  });
});
