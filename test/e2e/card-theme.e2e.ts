/**
 * The hover card follows the page's colour scheme: light on a light page, dark on a dark one, in
 * either UI language. Takes the pictures `npm run screenshots` saves, but writes no file.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CARD_SHOTS, photographCard } from './card-photo';
import { openExtensionPage } from './harness';
import { useExtension } from './use-extension';

const env = useExtension();
let ext: Page;

beforeAll(async () => {
  ext = await openExtensionPage(env.session, 'options.html');
});

describe('card theme', () => {
  it('light: a Turkish news page, Turkish UI', async () => {
    const photo = await photographCard(env.session, env.server, ext, CARD_SHOTS['card-light']);
    expect(photo.theme).toBe('light');
    expect(photo.png.length).toBeGreaterThan(10_000);
  });

  it('dark: a dark page, English UI', async () => {
    const photo = await photographCard(env.session, env.server, ext, CARD_SHOTS['card-dark']);
    expect(photo.theme).toBe('dark');
    expect(photo.png.length).toBeGreaterThan(0);
  });
});
