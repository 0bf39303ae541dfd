/**
 * Keyboard access to the marks: Alt+Shift+↓ / Alt+Shift+↑ move to the next / previous mention on
 * the page and open its card (focused, so Tab reaches its links); Esc closes the card. Physical
 * key codes, so the shortcut is the same on Turkish Q/F and English layouts. Keys typed into
 * the page's own fields are left alone. A key is taken from the page (default prevented, not
 * propagated) only when Bağlam acts on it, and synthetic key events are ignored.
 */
import { trusted } from './trusted-input';

export interface KeyboardNavigationHandlers {
  /** Returns whether there was a mention to move to (only then is the key taken from the page). */
  step(direction: 1 | -1): boolean;
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

export function installKeyboardNavigation(
  win: Window,
  handlers: KeyboardNavigationHandlers,
  signal: AbortSignal,
): void {
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
    if (!handlers.step(step)) return;
    event.preventDefault();
    event.stopPropagation();
  };
  win.addEventListener('keydown', trusted(onKeyDown), { capture: true, signal });
}
