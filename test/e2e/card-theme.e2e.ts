/**
 * The hover card follows the page's colour scheme: light on a light page, dark on a dark one, in
 * either UI language. Takes the pictures `npm run screenshots` saves, but writes no file.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_SHOTS, photographCard } from './card-photo';
import {
  type ExtensionSession,
  type FixtureServer,
  launchExtension,
  openExtensionPage,
  startFixtureServer,
} from './harness';

let session: ExtensionSession;
let server: FixtureServer;
let ext: Page;

beforeAll(async () => {
  session = await launchExtension();
  server = await startFixtureServer();
  ext = await openExtensionPage(session, 'options.html');
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('card theme', () => {
  it('light: a Turkish news page, Turkish UI', async () => {
    const photo = await photographCard(session, server, ext, CARD_SHOTS['card-light']);
    expect(photo.theme).toBe('light');
    expect(photo.png.length).toBeGreaterThan(10_000);
  });

  it('dark: a dark page, English UI', async () => {
    const photo = await photographCard(session, server, ext, CARD_SHOTS['card-dark']);
    expect(photo.theme).toBe('dark');
    expect(photo.png.length).toBeGreaterThan(0);
  });
});
