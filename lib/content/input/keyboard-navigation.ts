/**
 * Keyboard access to the marks: Alt+Shift+↓ / Alt+Shift+↑ move to the next / previous mention on
 * the page and open its card (focused, so Tab reaches its links); Esc closes the card. Physical
 * key codes, so the shortcut is the same on Turkish Q/F and English layouts. Keys typed into
 * the page's own fields are left alone.
 */

export interface KeyboardNavigationHandlers {
  step(direction: 1 | -1): void;
  /** Returns whether there was a card to close (only then is Esc taken from the page). */
  escape(): boolean;
  isOwnUi(node: Node): boolean;
}

function isTypingTarget(target: EventTarget | undefined): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select')) return true;
  return target instanceof HTMLElement && target.isContentEditable;
}

/** The step a key event asks for, or null: Alt+Shift+ArrowDown → 1, Alt+Shift+ArrowUp → -1. */
export function stepForKey(
  event: Pick<KeyboardEvent, 'code' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'>,
): 1 | -1 | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  if (event.code === 'ArrowDown') return 1;
  if (event.code === 'ArrowUp') return -1;
  return null;
}

export function installKeyboardNavigation(win: Window, handlers: KeyboardNavigationHandlers): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.isComposing) return;
    const origin = event.composedPath()[0];
    const fromOurUi = event.composedPath().some((node) => node instanceof Node && handlers.isOwnUi(node));
    if (event.key === 'Escape') {
      if (handlers.escape()) {
        event.stopPropagation();
        event.preventDefault();
      }
      return;
    }
    const step = stepForKey(event);
    if (step === null || (!fromOurUi && isTypingTarget(origin))) return;
    event.preventDefault();
    event.stopPropagation();
    handlers.step(step);
  };
  win.addEventListener('keydown', onKeyDown, true);
  return () => win.removeEventListener('keydown', onKeyDown, true);
}
