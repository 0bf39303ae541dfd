/**
 * The cross-browser driver for Chromium: the existing playwright-core harness (`harness.ts`) behind
 * the `BrowserDriver` interface; the card's closed shadow root is read through CDP.
 */
import type { Page } from 'playwright-core';
import type { BrowserDriver, Point, Tab } from './browser-driver';
import { inCardRoot } from './content-helpers';
import { launchExtension, openExtensionPage } from './harness';

function tabOf(page: Page): Tab {
  return {
    // The library's own typing of arguments (handles, unboxing) is more than the interface promises.
    evaluate: page.evaluate.bind(page) as Tab['evaluate'],
    async waitForSelector(selector, timeoutMs = 10_000) {
      await page.waitForSelector(selector, { timeout: timeoutMs });
    },
    front: () => page.bringToFront(),
    mouseMove: (point: Point, steps = 1) => page.mouse.move(point.x, point.y, { steps }),
    mouseClick: (point: Point) => page.mouse.click(point.x, point.y),
    click: (selector) => page.click(selector),
    type: (text) => page.keyboard.type(text, { delay: 20 }),
    chooseFiles: (selector, paths) => page.setInputFiles(selector, [...paths]),
    inCardRoot: (fn, arg) => inCardRoot(page, fn, arg),
    close: () => page.close(),
  };
}

export async function launchChromiumDriver(): Promise<BrowserDriver> {
  const session = await launchExtension();
  return {
    name: 'chromium',
    extensionOrigin: `chrome-extension://${session.extensionId}`,
    async openPage(url) {
      const page = await session.context.newPage();
      await page.goto(url);
      return tabOf(page);
    },
    openExtensionPage: async (path) => tabOf(await openExtensionPage(session, path)),
    close: () => session.close(),
  };
}
