/**
 * Loads the card UI bundle on first use: asks the background to inject `card-ui.js` into this
 * frame (see `card-ui-contract.ts`), then picks up what it registered. Loaded once per frame.
 */
import { browser } from 'wxt/browser';
import { CARD_UI_KEY, type CardUi } from './card-ui-contract';

let loading: Promise<CardUi> | null = null;

function registered(): CardUi | null {
  return ((globalThis as Record<symbol, unknown>)[CARD_UI_KEY] as CardUi | undefined) ?? null;
}

export function loadCardUi(): Promise<CardUi> {
  loading ??= (async () => {
    if (!registered()) await browser.runtime.sendMessage({ type: 'load-card-ui' });
    const ui = registered();
    if (!ui) throw new Error('Bağlam: the card UI did not load');
    return ui;
  })().catch((error: unknown) => {
    loading = null; // a stopped worker or a navigation; try again on the next hover
    throw error;
  });
  return loading;
}
