/**
 * Opens the side panel at a target. Chrome only honours `sidePanel.open` inside the user gesture
 * that caused it, and awaiting anything first loses the gesture, so `openPanel` calls it before
 * any await and hands the target over through `storage.session` afterwards. Firefox does not
 * accept a gesture relayed from a content script for `sidebarAction.open`, so there (and wherever
 * the panel API is missing) the reader opens in a tab instead.
 */

import { browser } from 'wxt/browser';
import { storage } from '#imports';
import type { PanelTarget } from '@/core/protocol/messages';
import { targetToHash } from '@/core/protocol/panel-target';

export const panelTargetItem = storage.defineItem<{ target: PanelTarget; at: number } | null>(
  'session:panelTarget',
  {
    fallback: null,
  },
);

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}

function chromeSidePanel(): ChromeSidePanel | null {
  const api = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  return api && typeof api.open === 'function' ? api : null;
}

/** Must be called synchronously from the gesture's event (message listener, click, command). */
export function openPanel(
  target: PanelTarget,
  where: { tabId?: number; windowId?: number },
): Promise<boolean> {
  const sidePanel = chromeSidePanel();
  if (sidePanel && (where.tabId !== undefined || where.windowId !== undefined)) {
    // A window-wide panel stays open across tabs, so "on this page" can follow the active tab.
    const opening = sidePanel.open(
      where.windowId !== undefined ? { windowId: where.windowId } : { tabId: where.tabId },
    );
    const handover = panelTargetItem.setValue({ target, at: Date.now() });
    return Promise.all([opening, handover]).then(
      () => true,
      () => openPanelInTab(target),
    );
  }
  return openPanelInTab(target);
}

async function openPanelInTab(target: PanelTarget): Promise<boolean> {
  await browser.tabs.create({
    url: browser.runtime.getURL(`/sidepanel.html${targetToHash(target)}` as '/sidepanel.html'),
  });
  return true;
}
