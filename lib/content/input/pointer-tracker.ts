/**
 * Follows the pointer over the page at most once per frame and says which mention it rests on.
 * A fast-moving pointer is treated as resting on nothing (no lookups while sweeping), and the
 * card itself is left to its own enter/leave events. Synthetic events are ignored; `signal` removes
 * every listener and timer.
 */
import { PointerSpeed } from '@/lib/content/input/pointer-speed';
import { trusted } from '@/lib/content/input/trusted-input';
import type { PageMention } from '../scan/mention-store';

/** ms; a pointer that stopped after a fast sweep gets looked up once it has rested this long. */
const SETTLE_MS = 60;

export interface Modifiers {
  alt: boolean;
  shift: boolean;
  ctrl: boolean;
}

export interface PointerTrackerHandlers {
  hitTest(x: number, y: number): PageMention | null;
  isOwnUi(node: Node): boolean;
  /** `restedMs`: how long the pointer has already been still there. */
  over(
    mention: PageMention | null,
    at: { x: number; y: number },
    modifiers: Modifiers,
    restedMs: number,
  ): void;
}

export function installPointerTracker(
  win: Window,
  handlers: PointerTrackerHandlers,
  signal: AbortSignal,
): void {
  const speed = new PointerSpeed();
  let last: PointerEvent | null = null;
  let frame = 0;
  let onOwnUi = false;
  let settle: ReturnType<typeof setTimeout> | undefined;

  const lookUp = (event: PointerEvent, fast: boolean, restedMs = 0) => {
    const at = { x: event.clientX, y: event.clientY };
    const modifiers = { alt: event.altKey, shift: event.shiftKey, ctrl: event.ctrlKey || event.metaKey };
    handlers.over(fast ? null : handlers.hitTest(at.x, at.y), at, modifiers, restedMs);
  };
  const process = () => {
    frame = 0;
    const event = last;
    if (!event || onOwnUi) return;
    const fast = speed.isFast({ x: event.clientX, y: event.clientY, t: event.timeStamp });
    clearTimeout(settle);
    // No move event comes when a sweeping pointer stops: look again once it has rested.
    if (fast)
      settle = setTimeout(() => last === event && !onOwnUi && lookUp(event, false, SETTLE_MS), SETTLE_MS);
    lookUp(event, fast);
  };
  const onMove = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    onOwnUi = event.composedPath().some((node) => node instanceof Node && handlers.isOwnUi(node));
    last = event;
    if (!frame) frame = win.requestAnimationFrame(process);
  };
  const onKey = (event: KeyboardEvent) => {
    if (!['Alt', 'Shift', 'Control', 'Meta'].includes(event.key)) {
      // Another key (the mention-cycling shortcut) may open a card: a pending look-up of where the
      // pointer stopped must not find "nothing" afterwards and close it.
      clearTimeout(settle);
      return;
    }
    // Pressing the modifier while resting on a name counts as hovering with it held.
    if (!last || onOwnUi) return;
    const at = { x: last.clientX, y: last.clientY };
    const down = event.type === 'keydown';
    const modifiers = {
      alt: event.altKey || (down && event.key === 'Alt'),
      shift: event.shiftKey,
      ctrl: event.ctrlKey || event.metaKey,
    };
    handlers.over(handlers.hitTest(at.x, at.y), at, modifiers, 0);
  };
  const onLeave = (event: MouseEvent) => {
    if (event.relatedTarget) return;
    last = null;
    speed.reset();
    handlers.over(null, { x: event.clientX, y: event.clientY }, { alt: false, shift: false, ctrl: false }, 0);
  };
  const options = { passive: true, capture: true, signal };
  win.addEventListener('pointermove', trusted(onMove), options);
  win.addEventListener('keydown', trusted(onKey), options);
  win.document.addEventListener('mouseout', trusted(onLeave), options);
  signal.addEventListener('abort', () => {
    if (frame) win.cancelAnimationFrame(frame);
    clearTimeout(settle);
    last = null;
  });
}
