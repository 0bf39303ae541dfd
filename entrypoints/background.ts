import { browser } from 'wxt/browser';
import { parseRequest } from '@/core/protocol/messages';
import { installMenus, onCommand, onMenuClick } from '@/lib/background/menus';
import { corpusStore, handleRequest } from '@/lib/background/request-handler';
import { turnOffOnSite } from '@/lib/background/site-off';
import { installToolbarBadge } from '@/lib/background/toolbar-badge';
import { openSidePanel } from '@/lib/shared/side-panel';

export default defineBackground(() => {
  // Every start: a first install or an update loads the packaged corpus into IndexedDB; otherwise
  // this only checks the database holds the package's version.
  void corpusStore.prepare();
  browser.runtime.onInstalled.addListener(installMenus);
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Once, on a new install: not on updates or browser updates.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  browser.contextMenus.onClicked.addListener(onMenuClick);
  installToolbarBadge();
  browser.commands.onCommand.addListener(onCommand);

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own extension's contexts may talk to us; anything unexpected is ignored.
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseRequest(message);
    if (!request) return undefined;
    if (request.type === 'open-panel') {
      // Synchronous on purpose: the sender's user gesture is still alive here.
      return openSidePanel(request.target, { tabId: sender.tab?.id, windowId: sender.tab?.windowId }).then(
        () => ({ opened: true }),
      );
    }
    if (request.type === 'open-options') {
      return browser.runtime.openOptionsPage().then(
        () => ({ opened: true }),
        () => ({ opened: false }),
      );
    }
    if (request.type === 'turn-off-site') {
      // The sender's own URL, never one the message names: a page cannot turn Bağlam off elsewhere.
      return turnOffOnSite(sender.url ?? '').then(
        (off) => ({ off }),
        () => ({ off: false }),
      );
    }
    if (request.type === 'load-card-ui') {
      // The hover card's UI bundle, injected into the asking frame's content-script world on first use.
      const tabId = sender.tab?.id;
      if (tabId === undefined) return Promise.resolve({ loaded: false });
      return browser.scripting
        .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ['/card-ui.js'] })
        .then(
          () => ({ loaded: true }),
          () => ({ loaded: false }),
        );
    }
    return handleRequest(request);
  });
});
