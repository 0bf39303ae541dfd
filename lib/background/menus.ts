/**
 * Context menus and keyboard commands of the background: "Bağlam'da ara" on selected text, "open
 * the side panel" on the toolbar button, and the side panel shortcut. Their handlers run inside
 * the click's or key's user gesture, which Chrome's `sidePanel.open` requires.
 */
import { type Browser, browser } from 'wxt/browser';
import { openSidePanel } from '@/lib/shared/side-panel';

const MENU_SEARCH_SELECTION = 'baglam-search-selection';
const MENU_OPEN_PANEL = 'baglam-open-panel';
/** Characters; a selection longer than this is not a query anyone meant to type. */
const MAX_SELECTION_QUERY = 200;

export function installMenus(): void {
  browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({
      id: MENU_SEARCH_SELECTION,
      title: browser.i18n.getMessage('menuSearchSelection'),
      contexts: ['selection'],
    });
    browser.contextMenus.create({
      id: MENU_OPEN_PANEL,
      title: browser.i18n.getMessage('menuOpenPanel'),
      contexts: ['action'],
    });
  });
}

export function onMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): void {
  const where = { tabId: tab?.id, windowId: tab?.windowId };
  if (info.menuItemId === MENU_SEARCH_SELECTION) {
    const query = (info.selectionText ?? '').trim().slice(0, MAX_SELECTION_QUERY);
    void openSidePanel({ kind: 'search', query }, where);
  } else if (info.menuItemId === MENU_OPEN_PANEL) {
    void openSidePanel({ kind: 'page' }, where);
  }
}

export function onCommand(command: string, tab?: Browser.tabs.Tab): void {
  if (command === 'open-sidepanel')
    void openSidePanel({ kind: 'page' }, { tabId: tab?.id, windowId: tab?.windowId });
}
