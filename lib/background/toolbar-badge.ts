/**
 * The toolbar button's badge: how many people are marked on the tab's page, so a reader sees at a
 * glance that the page names someone in the archive; empty where nobody is or Bağlam is off.
 * The background asks the tab (`page-mentions`) when a page has loaded, when a tab comes to the
 * front and when settings change, so the content script on every page carries no code for it.
 */
import { browser } from 'wxt/browser';
import { PageMentionsResponseSchema } from '@/core/protocol/messages';
import { sendToTab } from '@/lib/shared/messaging';

const BADGE_COLOUR = '#8a3b12';
/** ms after a change: once the first scan slices are done, and once more for slow pages. */
const ASK_AFTER_MS = [700, 3000];

export function showPeopleCount(tabId: number, people: number): Promise<void> {
  const text = people === 0 ? '' : people > 99 ? '99+' : String(people);
  return Promise.all([
    browser.action.setBadgeText({ tabId, text }),
    people > 0 ? browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR }) : undefined,
  ]).then(() => undefined);
}

async function refresh(tabId: number): Promise<void> {
  const answer = await sendToTab(tabId, { type: 'page-mentions' }, PageMentionsResponseSchema).catch(
    () => null,
  );
  const people = answer?.people.length ?? 0;
  await showPeopleCount(tabId, people).catch(() => undefined);
}

function refreshSoon(tabId: number): void {
  for (const ms of ASK_AFTER_MS) setTimeout(() => void refresh(tabId), ms);
}

export function installToolbarBadge(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'complete') refreshSoon(tabId);
  });
  browser.tabs.onActivated.addListener(({ tabId }) => refreshSoon(tabId));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync' || !('settings' in changes)) return;
    void browser.tabs.query({ active: true }).then((tabs) => {
      for (const tab of tabs) if (tab.id !== undefined) refreshSoon(tab.id);
    });
  });
}
