/**
 * Everything the content script runs on a page where Bağlam is active, put together: the scan
 * and its marks, the hit-tester, pointer and keyboard input, the hover card and the revealer.
 * One AbortSignal holds all of it: `destroy()` (the site was disabled) or the script's lifetime
 * ending (the extension was reloaded or updated) takes every listener, observer, timer, mark
 * and the card's host off the page again.
 */
import { matcherFromParts } from '@/core/mentions/mention-matcher';
import { unpackMatcher } from '@/core/mentions/packed-matcher';
import { MatcherResponseSchema } from '@/core/protocol/messages';
import { labelledPerson, labelReader } from '@/core/protocol/person-labels';
import type { Settings } from '@/core/protocol/settings-schema';
import { resolveLanguage } from '@/lib/shared/i18n';
import { sendToBackground } from '@/lib/shared/messaging';
import { CardController } from './card/card-controller';
import { HitTester } from './input/hit-tester';
import { installKeyboardNavigation } from './input/keyboard-navigation';
import { installPointerTracker } from './input/pointer-tracker';
import { withRetry } from './retry';
import { MentionRevealer } from './scan/mention-revealer';
import { PageScan } from './scan/page-scan';

/** The content script's lifetime (`ContentScriptContext` in script-context.ts). */
export interface Lifetime {
  readonly signal: AbortSignal;
  /** Reading it notices an invalidated extension and aborts `signal`. */
  readonly isValid: boolean;
}

export interface ContentSession {
  scan: PageScan;
  revealer: MentionRevealer;
  /** Applies changed settings live (style, muted people, delay, modifier, language). */
  configure(settings: Settings): void;
  destroy(): void;
}

/** Events after which an orphaned script (its extension reloaded) finds out and cleans up. */
const LIFETIME_CHECK_EVENTS = ['pointermove', 'keydown', 'focus', 'visibilitychange'];

export async function startContentSession(
  win: Window,
  initial: Settings,
  lifetime: Lifetime,
): Promise<ContentSession> {
  const doc = win.document;
  const { matcher, labels } = await withRetry(
    () => sendToBackground({ type: 'get-matcher' }, MatcherResponseSchema),
    {
      signal: lifetime.signal,
    },
  );
  lifetime.signal.throwIfAborted();
  const session = new AbortController();
  const signal = session.signal;
  // First, so that an invalidated script's own input listeners are gone before they run.
  const checkLifetime = () => void lifetime.isValid;
  for (const type of LIFETIME_CHECK_EVENTS)
    win.addEventListener(type, checkLifetime, { capture: true, passive: true, signal });

  let settings = initial;
  // Labels become entries only for the people a card is opened for: nothing is read before.
  let personIndex: Map<string, number> | null = null;
  const labelOf = labelReader(labels);
  const registry = {
    get(id: string) {
      personIndex ??= new Map(matcher.ids.map((id, i) => [id, i]));
      const label = labelOf(personIndex.get(id) ?? -1);
      return label && labelledPerson(id, label);
    },
  };
  const cards: CardController = new CardController({
    doc,
    people: registry,
    mentions: () => scan.marked(),
    mutedPeople: () => settings.mutedPeople,
  });
  const isOwnUi = (node: Node): boolean => cards.isOwnUi(node);
  const scan = new PageScan(
    doc,
    matcherFromParts(unpackMatcher(matcher)).createScanner(),
    isOwnUi,
    () => lifetime.isValid,
  );
  const hits = new HitTester(doc, scan.store, () => scan.shadowRoots);
  installPointerTracker(
    win,
    {
      isOwnUi,
      hitTest: (x, y) => hits.mentionAt(x, y, (id) => scan.isMuted(id)),
      over: (mention, at, modifiers, restedMs) => cards.pointerOver(mention, at, modifiers, restedMs),
    },
    signal,
  );
  installKeyboardNavigation(
    win,
    { isOwnUi, step: (direction) => cards.step(direction), escape: () => cards.escape() },
    signal,
  );

  const configure = (next: Settings) => {
    settings = next;
    scan.setStyle(next.highlightStyle);
    scan.setMuted(next.mutedPeople);
    cards.configure(next, resolveLanguage(next.uiLanguage, win.navigator.language));
    cards.refresh();
  };
  configure(initial);
  scan.start(initial.highlightStyle, initial.mutedPeople);

  const destroy = () => {
    if (signal.aborted) return;
    session.abort();
    cards.destroy();
    scan.stop();
  };
  lifetime.signal.addEventListener('abort', destroy, { signal });

  return {
    scan,
    revealer: new MentionRevealer(
      () => cards.loadView(),
      () => scan.marked(),
    ),
    configure,
    destroy,
  };
}
