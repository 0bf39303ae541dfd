/**
 * One harness, two browsers: the small set of actions the cross-browser e2e tests need, implemented
 * for Chromium (playwright-core, `chromium-driver.ts`) and Firefox (puppeteer-core over WebDriver
 * BiDi, `firefox-driver.ts`). Test bodies talk only to these interfaces, so the same body runs in
 * both. `E2E_BROWSERS=chromium` (or `firefox`) narrows a run to one browser.
 */

export type BrowserName = 'chromium' | 'firefox';

export interface Point {
  x: number;
  y: number;
}

/** A tab showing a web page or an extension page. */
export interface Tab {
  /**
   * Runs `fn` in the tab's document (with the extension APIs, as `chrome.*`, on an extension page).
   * `fn` is sent as source text: it may use nothing from the test's scope but `arg`.
   */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  waitForSelector(selector: string, timeoutMs?: number): Promise<void>;
  /** Brings the tab to the front, as a person looking at it would (Firefox hides background tabs). */
  front(): Promise<void>;
  /** Moves the real pointer to a viewport point, in `steps` moves from where it was. */
  mouseMove(point: Point, steps?: number): Promise<void>;
  mouseClick(point: Point): Promise<void>;
  /** Clicks the centre of the first element matching `selector` with the real mouse. */
  click(selector: string): Promise<void>;
  /** Types text with the real keyboard into whatever has focus. */
  type(text: string): Promise<void>;
  /** Chooses files in the file input matching `selector`, as picking them in its dialog would. */
  chooseFiles(selector: string, paths: readonly string[]): Promise<void>;
  /**
   * Runs `fn` on the hover card's closed shadow root (as a debugger reads it, not as a page script
   * could); null when there is no card host. `fn` is sent as source text, like `evaluate`'s.
   */
  inCardRoot<T, A = undefined>(fn: (root: ShadowRoot, arg: A) => T, arg?: A): Promise<T | null>;
  close(): Promise<void>;
}

/** A browser running the built extension in a fresh profile. */
export interface BrowserDriver {
  readonly name: BrowserName;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  readonly extensionOrigin: string;
  /** Opens a web page in a new tab and waits for it to load. */
  openPage(url: string): Promise<Tab>;
  /** Opens an extension page (`popup.html`, `sidepanel.html#/person/x`, `options.html`) as a tab. */
  openExtensionPage(path: string): Promise<Tab>;
  close(): Promise<void>;
}

const ALL: BrowserName[] = ['chromium', 'firefox'];

/** The browsers this run covers: both, unless `E2E_BROWSERS` names a subset. */
export function browsersToTest(): BrowserName[] {
  const wanted = process.env.E2E_BROWSERS?.split(',').map((b) => b.trim());
  return wanted ? ALL.filter((b) => wanted.includes(b)) : ALL;
}

/** Launches `name` with the built extension (loaded lazily: each driver pulls in its own library). */
export async function launchDriver(name: BrowserName): Promise<BrowserDriver> {
  if (name === 'chromium') return (await import('./chromium-driver')).launchChromiumDriver();
  return (await import('./firefox-driver')).launchFirefoxDriver();
}
