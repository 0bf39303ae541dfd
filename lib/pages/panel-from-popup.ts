/**
 * Opening the side panel from the popup. Chrome's `sidePanel.open` and Firefox's
 * `sidebarAction.open` both demand the user's gesture, so `openPanelFromGesture` must be called
 * synchronously in the click or key handler; the target follows through `storage.session`, which
 * the panel reads on load and watches. Where neither API works (or it refuses), the reader opens in
 * a tab.
 */
import { browser } from 'wxt/browser';
import type { PanelTarget } from '@/core/protocol/messages';
import { targetToHash } from '@/core/protocol/panel-target';
import { panelTargetItem } from '@/lib/background/panel-opener';

interface PanelApis {
  chromeSidePanel?: { open(options: { windowId: number }): Promise<void> };
  firefoxSidebar?: { open(): Promise<void> };
}

function panelApis(): PanelApis {
  // Neither API is in the shared type definitions: Chrome-only and Firefox-only respectively.
  const g = globalThis as {
    chrome?: { sidePanel?: PanelApis['chromeSidePanel'] };
    browser?: { sidebarAction?: PanelApis['firefoxSidebar'] };
  };
  return { chromeSidePanel: g.chrome?.sidePanel, firefoxSidebar: g.browser?.sidebarAction };
}

function isRealPopup(): boolean {
  return browser.extension.getViews({ type: 'popup' }).includes(window);
}

export function openPanelFromGesture(target: PanelTarget, windowId: number | undefined): void {
  const { chromeSidePanel, firefoxSidebar } = panelApis();
  let opening: Promise<void>;
  try {
    if (chromeSidePanel && windowId !== undefined) opening = chromeSidePanel.open({ windowId });
    else if (firefoxSidebar) opening = firefoxSidebar.open();
    else opening = Promise.reject(new Error('no side panel API'));
  } catch (error) {
    opening = Promise.reject(error);
  }
  const handover = panelTargetItem.setValue({ target, at: Date.now() });
  Promise.all([opening, handover]).then(
    () => {
      if (isRealPopup()) window.close();
    },
    () => openInTab(target),
  );
}

async function openInTab(target: PanelTarget): Promise<void> {
  await browser.tabs.create({
    url: browser.runtime.getURL(`/sidepanel.html${targetToHash(target)}` as '/sidepanel.html'),
  });
  if (isRealPopup()) window.close();
}
