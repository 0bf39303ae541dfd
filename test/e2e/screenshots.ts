/// <reference types="chrome" />
/**
 * Screenshots of the hover card, popup, side panel, options page and an import from the built extension
 * (`npm run build` first). `npm run screenshots` writes the images the README shows (every
 * `docs/*.png` it names) into `docs/`; `npm run screenshots -- --all` writes every variant (both UI
 * languages, both colour schemes) into `.tmp/screenshots/`. Not part of the test suite: it only
 * draws pictures, a person looks at them (`card-theme.e2e.ts` checks the card's theme).
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { CARD_SHOTS, photographCard } from './card-photo';
import {
  type ExtensionSession,
  launchExtension,
  openExtensionPage,
  ROOT,
  startFixtureServer,
  waitFor,
} from './harness';

const ALL = process.argv.includes('--all');
const OUT = join(ROOT, ALL ? '.tmp/screenshots' : 'docs');
/** Names (without `.png`) of the images to write; `null` writes every one. */
const WANTED: Set<string> | null = ALL ? null : readmeImages();
const POPUP = { width: 380, height: 580 };
const PANEL = { width: 320, height: 760 };
const OPTIONS = { width: 760, height: 1000 };

type Lang = 'tr' | 'en';
type Theme = 'light' | 'dark';

async function setSettings(session: ExtensionSession, settings: Record<string, unknown>): Promise<void> {
  const page = await openExtensionPage(session, 'options.html');
  await page.evaluate((s) => chrome.storage.sync.set({ settings: s }), settings);
  await page.close();
}

/** The `docs/<name>.png` images README.md shows. */
function readmeImages(): Set<string> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  return new Set([...readme.matchAll(/\(docs\/([\w-]+)\.png\)/g)].map((m) => m[1]!));
}

function wanted(name: string): boolean {
  return WANTED === null || WANTED.has(name);
}

function save(name: string, png: Buffer): void {
  const path = join(OUT, `${name}.png`);
  writeFileSync(path, png);
  console.log(relative(ROOT, path));
}

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  if (!wanted(name)) return;
  await page.evaluate(() => document.fonts.ready);
  save(name, await page.screenshot({ fullPage }));
}

async function open(
  session: ExtensionSession,
  path: string,
  theme: Theme,
  viewport: { width: number; height: number },
) {
  const page = await session.context.newPage();
  await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme: theme });
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
}

/**
 * The options page's archive section importing a folder: mid-way (a large folder, cancelled after
 * the shot) and the summary of a real one (real articles, a truncated one and a file that is not
 * text, so that warnings show). The collection is removed again afterwards.
 */
async function shootImport(session: ExtensionSession, suffix: string, theme: Theme): Promise<void> {
  if (!wanted(`import-progress-${suffix}`) && !wanted(`import-summary-${suffix}`)) return;
  const real = join(ROOT, 'test/fixtures/real');
  const names = readdirSync(real).filter((f) => /^(04[5-9]|05[01]|083)_/u.test(f));
  const work = mkdtempSync(join(tmpdir(), 'baglam-shots-'));
  const archive = join(work, 'my-archive');
  const large = join(work, 'newsroom-2025');
  mkdirSync(archive);
  mkdirSync(large);
  for (const name of names) copyFileSync(join(real, name), join(archive, name));
  writeFileSync(join(archive, 'notes.md'), '# not an article\n');
  const text = readFileSync(join(real, names[0] as string), 'utf8');
  // Distinct articles (an article's id is its title, date and opening): one date each.
  for (let i = 0; i < 2000; i++) {
    const date = `${2000 + Math.floor(i / 336)}-${String((i % 12) + 1).padStart(2, '0')}-${String((Math.floor(i / 12) % 28) + 1).padStart(2, '0')}`;
    writeFileSync(
      join(large, `${String(i).padStart(4, '0')}.txt`),
      text.replace(/ date \d{4}-\d{2}-\d{2}/u, ` date ${date}`),
    );
  }
  const options = await open(session, 'options.html', theme, OPTIONS);
  try {
    const section = options.getByTestId('archive-section');
    await waitFor(async () => !(await options.getByTestId('archive-export').isDisabled()), 20_000);
    await options.getByTestId('import-folder-input').setInputFiles(large);
    await waitFor(
      async () =>
        /file [1-9]\d{2,} of 2000/u.test((await options.getByTestId('import-progress').textContent()) ?? ''),
      30_000,
    );
    if (wanted(`import-progress-${suffix}`)) save(`import-progress-${suffix}`, await section.screenshot());
    await options.getByTestId('import-cancel').click();
    await options.getByTestId('import-error').waitFor({ timeout: 30_000 });
    await options.getByTestId('import-folder-input').setInputFiles(archive);
    await options.getByTestId('import-summary').waitFor({ timeout: 60_000 });
    await options.evaluate(() => document.fonts.ready);
    if (wanted(`import-summary-${suffix}`)) save(`import-summary-${suffix}`, await section.screenshot());
    const row = options.getByTestId('collection').first();
    await row.getByTestId('collection-remove').click();
    await row.getByTestId('collection-remove-yes').click();
    await waitFor(async () => (await options.getByTestId('collection').count()) === 0, 30_000);
  } finally {
    await options.close();
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const session = await launchExtension();
  const server = await startFixtureServer();
  // tsx compiles with esbuild's keepNames, which wraps named functions inside the callbacks sent to
  // `page.evaluate` in a `__name(...)` helper the page lacks; give every page a no-op one.
  await session.context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  try {
    const ext = await openExtensionPage(session, 'options.html');
    for (const [name, shot] of Object.entries(CARD_SHOTS)) {
      if (wanted(name)) save(name, (await photographCard(session, server, ext, shot)).png);
    }
    await ext.close();

    const news = await session.context.newPage();
    await news.goto(server.url('ui-news.html'));
    const articles = await waitFor(async () => {
      const page = await openExtensionPage(session, 'options.html');
      const answer = await page.evaluate(() =>
        chrome.runtime.sendMessage({ type: 'recent-articles', limit: 10 }),
      );
      await page.close();
      return (answer as { articles: { id: string; title: string }[] }).articles;
    });
    const choe = articles.find((a) => a.title.includes('Choe')) ?? articles[0];
    for (const lang of ['tr', 'en'] as Lang[]) {
      await setSettings(session, { uiLanguage: lang, disabledSites: ['haber.example'] });
      for (const theme of ['light', 'dark'] as Theme[]) {
        const suffix = `${lang}-${theme}`;
        // Popup: people on the page, then a search.
        await news.bringToFront();
        const popup = await open(session, 'popup.html', theme, POPUP);
        await popup.getByText(lang === 'tr' ? 'Bu sayfadaki kişiler' : 'People on this page').waitFor();
        await shoot(popup, `popup-page-${suffix}`);
        await popup.getByTestId('popup-search').fill(lang === 'tr' ? 'zafer' : 'Putin');
        await popup.locator('[role="option"]').first().waitFor();
        await popup.keyboard.press('ArrowDown');
        await shoot(popup, `popup-search-${suffix}`);
        await popup.close();

        // Side panel: reader, person view, on this page.
        await news.bringToFront();
        const panel = await open(session, `sidepanel.html#/article/${choe?.id}`, theme, PANEL);
        await panel.getByTestId('article-reader').waitFor();
        await shoot(panel, `sidepanel-article-${suffix}`);
        await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html#/person/choe-son-hui`);
        await panel.getByTestId('person-view').waitFor();
        await shoot(panel, `sidepanel-person-${suffix}`);
        await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html#/page`);
        await panel.locator('.people-row').first().waitFor();
        await shoot(panel, `sidepanel-page-${suffix}`);
        await panel.close();

        const options = await open(session, 'options.html', theme, OPTIONS);
        await options.getByTestId('opt-enabled').waitFor();
        await shoot(options, `options-${suffix}`, true);
        await options.close();
        await shootImport(session, suffix, theme);
      }
    }
  } finally {
    await session.close();
    await server.close();
  }
}

await main();
