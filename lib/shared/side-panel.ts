/**
 * The one way to open the side panel at a target, from the popup (a click or key there) and from
 * the background (a card's link relayed by the content script, a menu, the keyboard command).
 *
 * Chrome's `sidePanel.open` and Firefox's `sidebarAction.open` only work inside the user gesture
 * that caused them, and awaiting anything first loses it: so the open call comes before any await,
 * and the target follows through `storage.session`, which the panel reads on load and watches.
 * Where neither API works or it refuses (Firefox rejects a gesture relayed from a content script),
 * the reader opens in a tab instead.
 */
import { browser } from 'wxt/browser';
import { storage } from '#imports';
import type { PanelTarget } from '@/core/protocol/messages';
import { targetToHash } from '@/core/protocol/panel-target';

export const panelTargetItem = storage.defineItem<{ target: PanelTarget; at: number } | null>(
  'session:panelTarget',
  { fallback: null },
);

/** Where the gesture happened: a window-wide panel follows the active tab ("on this page"). */
export interface PanelPlace {
  tabId?: number;
  windowId?: number;
}

interface PanelApis {
  chromeSidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> };
  firefoxSidebar?: { open(): Promise<void> };
}

function panelApis(): PanelApis {
  // Neither API is in the shared type definitions: Chrome-only and Firefox-only respectively.
  const g = globalThis as {
    chrome?: { sidePanel?: PanelApis['chromeSidePanel'] };
    browser?: { sidebarAction?: PanelApis['firefoxSidebar'] };
  };
  const chromeSidePanel = typeof g.chrome?.sidePanel?.open === 'function' ? g.chrome.sidePanel : undefined;
  const firefoxSidebar =
    typeof g.browser?.sidebarAction?.open === 'function' ? g.browser.sidebarAction : undefined;
  return { chromeSidePanel, firefoxSidebar };
}

function openNatively(place: PanelPlace): Promise<void> {
  const { chromeSidePanel, firefoxSidebar } = panelApis();
  try {
    if (chromeSidePanel && place.windowId !== undefined)
      return chromeSidePanel.open({ windowId: place.windowId });
    if (chromeSidePanel && place.tabId !== undefined) return chromeSidePanel.open({ tabId: place.tabId });
    if (firefoxSidebar) return firefoxSidebar.open();
  } catch (error) {
    return Promise.reject(error);
  }
  return Promise.reject(new Error('no side panel API'));
}

/**
 * Must be called synchronously from the gesture's event. Resolves to where the target was shown:
 * `'panel'`, or `'tab'` when the reader had to open in a tab.
 */
export function openSidePanel(target: PanelTarget, place: PanelPlace): Promise<'panel' | 'tab'> {
  const opening = openNatively(place);
  const handover = panelTargetItem.setValue({ target, at: Date.now() });
  return Promise.all([opening, handover]).then(
    () => 'panel' as const,
    async () => {
      await browser.tabs.create({
        url: browser.runtime.getURL(`/sidepanel.html${targetToHash(target)}` as '/sidepanel.html'),
      });
      return 'tab' as const;
    },
  );
}
