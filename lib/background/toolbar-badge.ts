/**
 * The toolbar button's badge: how many people are marked on the tab's page, so a reader sees at a
 * glance that the page names someone in the archive. Empty where nobody is (or Bağlam is off).
 */
import { browser } from 'wxt/browser';

const BADGE_COLOUR = '#8a3b12';

export function showPeopleCount(tabId: number, people: number): Promise<void> {
  const text = people === 0 ? '' : people > 99 ? '99+' : String(people);
  return Promise.all([
    browser.action.setBadgeText({ tabId, text }),
    people > 0 ? browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR }) : undefined,
  ]).then(() => undefined);
}
