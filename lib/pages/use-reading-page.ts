/**
 * The page being read and the people on it, kept current: refetched when the user switches tabs,
 * when that tab navigates, and when the settings change (the per-site switch re-scans the page).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { type Browser, browser } from 'wxt/browser';
import type { PageMentions } from '@/core/protocol/messages';
import { watchSettings } from '@/lib/shared/settings';
import { getPageMentions, getReadingTab } from './reading-tab';

/** ms; the content script re-scans after a settings change, give it a moment before asking. */
const RESCAN_GRACE_MS = 300;

export interface ReadingPage {
  tab: Browser.tabs.Tab | null;
  /** null: not asked yet, or no content script answered (browser pages, pages still loading). */
  mentions: PageMentions | null;
  loading: boolean;
  refresh: () => void;
}

export function useReadingPage(): ReadingPage {
  const [tab, setTab] = useState<Browser.tabs.Tab | null>(null);
  const [mentions, setMentions] = useState<PageMentions | null>(null);
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);

  const refresh = useCallback(() => {
    const mine = ++generation.current;
    setLoading(true);
    void (async () => {
      const current = await getReadingTab().catch(() => null);
      if (mine !== generation.current) return;
      setTab(current);
      const answer = current?.id !== undefined ? await getPageMentions(current.id) : null;
      if (mine !== generation.current) return;
      setMentions(answer);
      setLoading(false);
    })();
  }, []);

  useEffect(() => {
    refresh();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(refresh, RESCAN_GRACE_MS);
    };
    const onUpdated = (_id: number, change: Browser.tabs.OnUpdatedInfo) => {
      if (change.status === 'complete' || change.url !== undefined) later();
    };
    browser.tabs.onActivated.addListener(refresh);
    browser.tabs.onUpdated.addListener(onUpdated);
    const unwatch = watchSettings(later);
    return () => {
      clearTimeout(timer);
      browser.tabs.onActivated.removeListener(refresh);
      browser.tabs.onUpdated.removeListener(onUpdated);
      unwatch();
    };
  }, [refresh]);

  return { tab, mentions, loading, refresh };
}
