import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PageMentions } from '@/core/protocol/messages';
import { askPage, highlightSize, hoverWord, inCardRoot, waitForCard, writeSettings } from './content-helpers';
import { openExtensionPage, waitFor } from './harness';
import { useExtension } from './use-extension';

const env = useExtension();
let ext: Page;
let page: Page | null = null;

beforeAll(async () => {
  ext = await openExtensionPage(env.session, 'options.html');
});

afterEach(async () => {
  await page?.close();
  page = null;
  await ext.evaluate(() => chrome.storage.sync.clear());
});

async function open(path: string): Promise<Page> {
  page = await env.session.context.newPage();
  await page.goto(env.server.url(path));
  return page;
}

/** Asks until the late content (added 600 ms after load) has been scanned too. */
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

const TR_EXPECTED: [string, string][] = [
  ['vladimir-putin', 'Vladimir Putin'], // Putin'e: suffix not included
  ['kim-jong-un', 'Kim Jong Un'],
  ['vladimir-putin', 'Putin'], // Putin’in, typographic apostrophe
  ['kim-jong-un', 'Kim'], // Kim'in, after Kim Jong Un; `Kim bilir` and `Kim Yo-jong` are not him
  ['choe-son-hui', 'Choe Son-hui'], // split across <b>
  ['sergey-lavrov', 'Sergey Lavrov'], // split inside a word: Ser<b>gey</b>
  ['ali-khamenei', 'Ali Hamaney'],
  ['ali-khamenei', 'Hamaney'],
  ['donald-trump', 'Donald Trump'],
  ['donald-trump', 'Trump'],
  ['sergey-lavrov', 'Lavrov'], // in an open shadow root
  ['choe-son-hui', 'Choe Son-hui'], // added 600 ms after load
];

describe('finding mentions on a page', () => {
  it('answers page-mentions with every Turkish mention in document order, text as on the page', async () => {
    await open('content-tr.html');
    const answer = await mentionsWhen((m) => m.mentions.length >= TR_EXPECTED.length);
    expect(answer.mentions.map((m) => [m.personId, m.text])).toEqual(TR_EXPECTED);
    expect(answer.stats.textNodes).toBeGreaterThan(20);
    expect(answer.stats.chars).toBeGreaterThan(800);
    expect(answer.stats.scanMs).toBeGreaterThan(0);
  });

  it('finds each name of a tag list whose links touch each other', async () => {
    await open('content-tags.html');
    const answer = await mentionsWhen((m) => m.mentions.length >= 3);
    expect(answer.mentions.map((m) => [m.personId, m.text])).toEqual([
      ['vladimir-putin', 'Vladimir Putin'],
      ['kim-jong-un', 'Kim Jong Un'],
      ['ali-khamenei', 'Ali Hamaney'],
    ]);
  });

  it('does not mark names in inputs, textareas, selects, scripts, code, editors or hidden text', async () => {
    const p = await open('content-tr.html');
    await mentionsWhen((m) => m.mentions.length >= TR_EXPECTED.length);
    // Every range in the highlight is one of the expected mentions; nothing else on the page.
    expect(await highlightSize(p)).toBe(TR_EXPECTED.length);
    const marked = await p.evaluate(() => {
      const ranges = [
        ...(CSS as unknown as { highlights: Map<string, Set<StaticRange>> }).highlights.get(
          'baglam-mention',
        )!,
      ];
      return ranges.map(
        (r) => (r.startContainer.parentElement?.closest('[id]') as HTMLElement | null)?.id ?? '',
      );
    });
    for (const id of ['comment', 'note', 'editor']) expect(marked).not.toContain(id);
  });

  it('counts names in screen-reader-only text but does not mark them', async () => {
    const p = await open('content-sr-only.html');
    const answer = await mentionsWhen((m) => m.mentions.length >= 3);
    expect(answer.mentions.map((m) => m.personId).sort()).toEqual([
      'ali-khamenei',
      'donald-trump',
      'sergey-lavrov',
    ]);
    expect(await highlightSize(p)).toBe(1);
  });

  it('lets go of shadow roots whose hosts left the page (a shadow-root storm does not pile up)', async () => {
    const p = await open('content-en.html');
    const before = await mentionsWhen((m) => m.mentions.length > 0);
    const storm = (count: number) =>
      p.evaluate((n) => {
        const hosts: HTMLElement[] = [];
        for (let i = 0; i < n; i++) {
          const host = document.createElement('div');
          host.attachShadow({ mode: 'open' }).innerHTML = `<p>Vladimir Putin ${i}</p>`;
          document.body.append(host);
          hosts.push(host);
        }
        return new Promise<void>((done) =>
          setTimeout(() => {
            for (const host of hosts) host.remove();
            done();
          }, 400),
        );
      }, count);
    await storm(200);
    await mentionsWhen((m) => (m.stats.shadowRoots ?? 0) >= 100 || m.mentions.length > 200);
    // One more change after the removal is what makes the scan look again.
    await p.evaluate(() =>
      document.body.append(Object.assign(document.createElement('p'), { textContent: 'x' })),
    );
    const after = await mentionsWhen((m) => (m.stats.shadowRoots ?? 1) === 0);
    expect(after.mentions).toEqual(before.mentions);
  });

  it('finds English mentions and ignores decoys (trump card, Kim Yo-jong, Melania Trump)', async () => {
    await open('content-en.html');
    const answer = await mentionsWhen((m) => m.mentions.length > 0);
    expect(answer.mentions.map((m) => [m.personId, m.text])).toEqual([
      ['donald-trump', 'Donald Trump'],
      ['vladimir-putin', 'Putin'],
      ['vladimir-putin', 'Vladimir Putin'],
      ['sergey-lavrov', 'Sergei Lavrov'],
      ['choe-son-hui', 'Choe Son Hui'],
      ['kim-jong-un', 'Kim Jong-un'],
      ['ali-khamenei', 'Ayatollah Ali Khamenei'],
      ['ali-khamenei', 'Khamenei'],
    ]);
  });

  it('never rewrites the page: the DOM is byte-identical with and without the extension', async () => {
    const p = await open('content-en.html');
    await mentionsWhen((m) => m.mentions.length > 0);
    const withExtension = await p.evaluate(() => document.body.innerHTML);
    const original = await p.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      return new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
    });
    expect(withExtension).toBe(original);
    expect(await p.evaluate(() => document.querySelector('baglam-card-host'))).toBeNull();
  });

  it('marks names with a soft hyphen, ZWJ or ZWNJ inside them whole', async () => {
    const p = await open('content-en.html');
    await mentionsWhen((m) => m.mentions.length === 8);
    await p.evaluate(() => {
      const added = document.createElement('p');
      added.textContent = "Dün Pu\u00adtin'e ve Ha\u200cmaney\u2019e, sonra Kim Jong\u200d Un yazdı.";
      document.body.append(added);
    });
    const answer = await mentionsWhen((m) => m.mentions.length === 11);
    expect(answer.mentions.slice(-3).map((m) => m.text)).toEqual([
      'Pu\u00adtin',
      'Ha\u200cmaney',
      'Kim Jong\u200d Un',
    ]);
    const marked = await p.evaluate(() =>
      [
        ...(CSS as unknown as { highlights: Map<string, Set<StaticRange>> }).highlights.get(
          'baglam-mention',
        )!,
      ].map((r) => (r.startContainer.textContent ?? '').slice(r.startOffset, r.endOffset)),
    );
    expect(marked).toEqual(expect.arrayContaining(['Pu\u00adtin', 'Ha\u200cmaney', 'Kim Jong\u200d Un']));
  });

  it('works on a page with hostile CSS and scripts that throw', async () => {
    const p = await open('content-hostile.html');
    const answer = await mentionsWhen((m) => m.mentions.length > 0);
    expect(answer.mentions.map((m) => m.personId)).toEqual(['vladimir-putin', 'kim-jong-un', 'donald-trump']);
    expect(await highlightSize(p)).toBe(3);
  });

  it('picks up text added later and forgets text removed', async () => {
    const p = await open('content-en.html');
    await mentionsWhen((m) => m.mentions.length === 8);
    await p.evaluate(() => {
      const added = document.createElement('p');
      added.innerHTML = 'Update: <i>Sergei</i> Lavrov spoke again.';
      document.body.append(added);
      document.getElementById('e4')?.previousElementSibling?.remove(); // drops #e3 (Kim, Khamenei ×2)
    });
    const answer = await mentionsWhen((m) => m.mentions.length === 6);
    expect(answer.mentions.map((m) => m.text)).toEqual([
      'Donald Trump',
      'Putin',
      'Vladimir Putin',
      'Sergei Lavrov',
      'Choe Son Hui',
      'Sergei Lavrov',
    ]);
    expect(await highlightSize(p)).toBe(6);
  });

  it('keeps CPU bounded on a page that mutates constantly', async () => {
    const p = await open('content-en.html');
    await mentionsWhen((m) => m.mentions.length === 8);
    const before = (await askPage(ext, { type: 'page-mentions' })).stats.scanMs;
    // A ticker rewriting a paragraph with a name every 10 ms for 2 s.
    await p.evaluate(
      () =>
        new Promise<void>((done) => {
          const ticker = document.createElement('p');
          document.body.append(ticker);
          let n = 0;
          const timer = setInterval(() => {
            ticker.textContent = `Canlı: Trump ${n++} ${'haber '.repeat(200)}`;
          }, 10);
          setTimeout(() => {
            clearInterval(timer);
            done();
          }, 2000);
        }),
    );
    const after = await mentionsWhen((m) => m.mentions.some((x) => x.text === 'Trump'));
    // Scanning 200 updates costs far less than the 2 s they took: batched and duty-cycled.
    expect(after.stats.scanMs - before).toBeLessThan(2000 * 0.2);
  });
});

describe('a mutation storm', () => {
  it('keeps up with 1,000 new nodes every 50 ms within its duty cycle, and finds the last names', async () => {
    const p = await open('content-en.html');
    await mentionsWhen((m) => m.mentions.length === 8);
    const before = (await askPage(ext, { type: 'page-mentions' })).stats.scanMs;
    const stormMs = 5000;
    // Every 50 ms: the previous batch goes, 1,000 new nodes come, one of them naming someone.
    await p.evaluate(
      (ms) =>
        new Promise<void>((done) => {
          const box = document.createElement('section');
          document.body.append(box);
          let round = 0;
          const timer = setInterval(() => {
            const batch = document.createElement('div');
            for (let i = 0; i < 1000; i++) {
              const span = document.createElement('span');
              span.textContent = i === 500 ? ` Storm ${round}: Vladimir Putin spoke. ` : ` item ${i} `;
              batch.append(span);
            }
            box.replaceChildren(batch);
            round++;
          }, 50);
          setTimeout(() => {
            clearInterval(timer);
            done();
          }, ms);
        }),
      stormMs,
    );
    const after = await mentionsWhen(
      (m) => m.mentions.filter((x) => x.personId === 'vladimir-putin').length === 3,
    );
    // The page's own mentions plus the one name of the batch on the page now: removed batches are forgotten.
    expect(after.mentions.length).toBe(9);
    // Rescans are duty-cycled (at most a tenth of the time, plus the batch in flight).
    expect(after.stats.scanMs - before).toBeLessThan(stormMs * 0.25);
  });
});

describe('settings apply live', () => {
  it('removes every mark when the site is disabled and restores them when enabled', async () => {
    const p = await open('content-en.html');
    await mentionsWhen((m) => m.mentions.length === 8);
    await writeSettings(ext, { disabledSites: [new URL(env.server.url('/')).host] });
    await waitFor(async () => (await highlightSize(p)) === null, 5000, 'marks removed');
    expect((await askPage(ext, { type: 'page-mentions' })).mentions).toEqual([]);
    await writeSettings(ext, { disabledSites: [] });
    await waitFor(async () => (await highlightSize(p)) === 8, 5000, 'marks back');
  });

  it('does nothing at all when the extension is switched off', async () => {
    await writeSettings(ext, { enabled: false });
    const p = await open('content-en.html');
    expect((await askPage(ext, { type: 'page-mentions' })).mentions).toEqual([]);
    expect(await highlightSize(p)).toBeNull();
    expect(await p.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
  });

  it('changes the mark style without adding a style sheet to the page', async () => {
    const p = await open('content-en.html');
    await mentionsWhen((m) => m.mentions.length === 8);
    // Each style is its own highlight name, styled by the manifest's content-script CSS.
    const state = () =>
      p.evaluate(() => {
        const registry = (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights;
        const mark = document.querySelector('p');
        return {
          names: [...registry.keys()].filter((name) => name.startsWith('baglam')),
          underline: mark ? getComputedStyle(mark, '::highlight(baglam-mention)').textDecorationStyle : '',
          background: mark
            ? getComputedStyle(mark, '::highlight(baglam-mention-background)').backgroundColor
            : '',
          sheets: document.adoptedStyleSheets.length + document.styleSheets.length,
        };
      });
    const before = await state();
    expect(before.names).toEqual(['baglam-mention']);
    expect(before.underline).toBe('dotted');
    expect(before.background).toBe('rgba(250, 204, 21, 0.38)');
    await writeSettings(ext, { highlightStyle: 'background' });
    await waitFor(
      async () => (await state()).names.join() === 'baglam-mention-background',
      5000,
      'background style',
    );
    await writeSettings(ext, { highlightStyle: 'none' });
    await waitFor(async () => (await state()).names.length === 0, 5000, 'no style');
    expect((await state()).sheets).toBe(before.sheets);
  });

  it('stops marking a muted person', async () => {
    const p = await open('content-en.html');
    await mentionsWhen((m) => m.mentions.length === 8);
    await writeSettings(ext, { mutedPeople: ['ali-khamenei'] });
    await waitFor(async () => (await highlightSize(p)) === 6, 5000, 'Khamenei unmarked');
    const answer = await askPage(ext, { type: 'page-mentions' });
    expect(answer.mentions.map((m) => m.personId)).not.toContain('ali-khamenei');
  });
});

describe('reveal-mention', () => {
  it('scrolls to the next mention of a person and flashes it, cycling through them', async () => {
    const p = await open('content-tr.html');
    await mentionsWhen((m) => m.mentions.length >= TR_EXPECTED.length);
    await p.setViewportSize({ width: 800, height: 300 });
    await p.evaluate(() => window.scrollTo(0, 0));
    const reveal = () =>
      askPage<{ revealed: boolean }>(ext, { type: 'reveal-mention', personId: 'choe-son-hui' });
    expect(await reveal()).toEqual({ revealed: true });
    const flashes = async () =>
      (await inCardRoot(p, (root) => root.querySelectorAll('[data-testid="mention-flash"]').length)) ?? 0;
    expect(await flashes()).toBeGreaterThan(0);
    const firstScroll = await p.evaluate(() => window.scrollY);
    expect(await reveal()).toEqual({ revealed: true });
    const secondScroll = await p.evaluate(() => window.scrollY);
    expect(secondScroll).toBeGreaterThan(firstScroll); // the late paragraph is further down
    expect(await askPage(ext, { type: 'reveal-mention', personId: 'kim-il-sung' })).toEqual({
      revealed: false,
    });
  });

  it('ignores malformed requests', async () => {
    await open('content-en.html');
    const answer = await ext.evaluate(async () => {
      const [tab] = (await chrome.tabs.query({})).filter((t) => !t.url?.startsWith('chrome-extension:'));
      try {
        return await chrome.tabs.sendMessage(
          tab!.id!,
          { type: 'reveal-mention', personId: 42 },
          { frameId: 0 },
        );
      } catch (error) {
        return String(error);
      }
    });
    expect(answer === undefined || String(answer).includes('Receiving end does not exist')).toBe(true);
  });
});

describe('a page with many mentions', () => {
  /** Ids of the paragraphs whose mention is in the highlight now. */
  const markedParagraphs = (p: Page) =>
    p.evaluate(() => {
      const highlight = (
        CSS as unknown as { highlights: Map<string, Iterable<AbstractRange>> }
      ).highlights.get('baglam-mention');
      return [...(highlight ?? [])].map((r) => r.startContainer.parentElement?.id ?? '');
    });

  it('marks the mentions around the viewport and moves the marks with the reader', async () => {
    const p = await open('many-mentions.html');
    const answer = await mentionsWhen((m) => m.mentions.length === 800);
    expect(new Set(answer.mentions.map((m) => m.personId))).toEqual(new Set(['vladimir-putin']));

    const atTop = await markedParagraphs(p);
    expect(atTop).toContain('p0');
    expect(atTop).not.toContain('p799');
    expect(atTop.length).toBeLessThan(800);

    await p.evaluate(() => document.getElementById('p799')?.scrollIntoView());
    await waitFor(
      async () => {
        const marked = await markedParagraphs(p);
        return marked.includes('p799') && !marked.includes('p0') ? marked : null;
      },
      5000,
      'the marks to follow the scroll',
    );
    // Every mention is still known and hoverable, marked or not.
    await hoverWord(p, 'Vladimir Putin', 799);
    await waitForCard(p, 'vladimir-putin');
  });
});

describe('words on both sides of a box', () => {
  it('finds names right after an element laid out as a block, a flex item or a line break', async () => {
    await open('content-blocks.html');
    const answer = await mentionsWhen((m) => m.mentions.length >= 6);
    expect(answer.mentions.map((m) => [m.personId, m.text])).toEqual([
      ['vladimir-putin', 'Putin'],
      ['donald-trump', 'Trump'],
      ['sergey-lavrov', 'Lavrov'],
      ['ali-khamenei', 'Hamaney'],
      ['kim-jong-un', 'Kim Jong Un'],
      ['sergey-lavrov', 'Sergey Lavrov'],
    ]);
  });
});

describe('a document 2,000 elements deep', () => {
  it('finds the names at the top and at the bottom, and the page stays usable', async () => {
    const p = await open('deep-dom.html');
    const answer = await mentionsWhen((m) => m.mentions.length >= 2);
    expect(answer.mentions).toEqual([
      { personId: 'donald-trump', text: 'Donald Trump' },
      { personId: 'vladimir-putin', text: 'Vladimir Putin' },
    ]);
    await hoverWord(p, 'Donald Trump');
    await waitForCard(p, 'donald-trump');
    expect(await p.evaluate(() => document.getElementById('top')?.textContent)).toBe(
      'At the top, Donald Trump spoke first.',
    );
  });
});
