/**
 * Everything the content script runs on a page where Bağlam is active, put together: the scan
 * and its marks, the hit-tester, pointer and keyboard input, the hover card and the revealer.
 * `destroy()` takes all of it off the page again (the site was disabled).
 */
import { createMatcher } from '@/core/mentions/mention-matcher';
import { RegistryResponseSchema } from '@/core/protocol/messages';
import type { Settings } from '@/core/protocol/settings-schema';
import type { PersonEntry } from '@/core/protocol/types';
import { resolveLanguage } from '@/lib/shared/i18n';
import { sendToBackground } from '@/lib/shared/messaging';
import { CardController } from './card/card-controller';
import { HitTester } from './input/hit-tester';
import { installKeyboardNavigation } from './input/keyboard-navigation';
import { installPointerTracker } from './input/pointer-tracker';
import { MentionRevealer } from './scan/mention-revealer';
import { PageScan } from './scan/page-scan';

export interface ContentSession {
  scan: PageScan;
  revealer: MentionRevealer;
  /** Applies changed settings live (style, muted people, delay, modifier, language). */
  configure(settings: Settings): void;
  destroy(): void;
}

export async function startContentSession(win: Window, initial: Settings): Promise<ContentSession> {
  const doc = win.document;
  const { people } = await sendToBackground({ type: 'get-registry' }, RegistryResponseSchema);
  let settings = initial;
  const registry = new Map<string, PersonEntry>(people.map((p) => [p.id, p]));
  const cards: CardController = new CardController({
    doc,
    people: registry,
    mentions: () => scan.visible(),
    mutedPeople: () => settings.mutedPeople,
  });
  const isOwnUi = (node: Node): boolean => cards.isOwnUi(node);
  const scan = new PageScan(doc, createMatcher(people).createScanner(), isOwnUi);
  const hits = new HitTester(doc, scan.store, () => scan.shadowRoots);
  const removePointer = installPointerTracker(win, {
    isOwnUi,
    hitTest: (x, y) => hits.mentionAt(x, y, (id) => scan.isMuted(id)),
    over: (mention, at, modifiers, restedMs) => cards.pointerOver(mention, at, modifiers, restedMs),
  });
  const removeKeys = installKeyboardNavigation(win, {
    isOwnUi,
    step: (direction) => cards.step(direction),
    escape: () => cards.escape(),
  });

  const configure = (next: Settings) => {
    settings = next;
    scan.setStyle(next.highlightStyle);
    scan.setMuted(next.mutedPeople);
    cards.configure(next, resolveLanguage(next.uiLanguage, win.navigator.language));
    cards.refresh();
  };
  configure(initial);
  scan.start(initial.highlightStyle, initial.mutedPeople);

  return {
    scan,
    revealer: new MentionRevealer(
      () => cards.loadView(),
      () => scan.visible(),
    ),
    configure,
    destroy() {
      removePointer();
      removeKeys();
      cards.destroy();
      scan.stop();
    },
  };
}
