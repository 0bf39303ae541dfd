/**
 * When a hover card opens and closes, as a pure state machine over injected timers, so the
 * timing rules are testable without a browser:
 * - resting on a mention for `delayMs` opens its card (a pointer passing over does nothing);
 * - with a modifier key configured, only a hover with the key held counts;
 * - leaving both the mention and the card closes it after `graceMs`, so the pointer can travel
 *   from the name to the card across the gap;
 * - Esc closes it, and the same mention does not reopen until the pointer has left it.
 */
import { DEFAULT_HOVER_DELAY_MS } from '@/core/protocol/settings-schema';

/** ms; Wikipedia Page Previews' grace period when the pointer leaves the link or the preview. */
export const CLOSE_GRACE_MS = 300;

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface HoverIntentCallbacks<T> {
  open(target: T): void;
  close(): void;
}

export interface HoverIntentOptions {
  delayMs: number;
  graceMs: number;
}

export interface HoverIntent<T> {
  /**
   * The pointer is now over `target` (null: over no mention); `eligible` is false when a required
   * modifier is not held; `restedMs` is how long it has already rested there (counted toward the delay).
   */
  pointerOver(target: T | null, eligible?: boolean, restedMs?: number): void;
  pointerOnCard(on: boolean): void;
  /** Opens at once (keyboard navigation). */
  openNow(target: T): void;
  /** Esc or an explicit close. */
  dismiss(): void;
  setOptions(options: Partial<HoverIntentOptions>): void;
  readonly openTarget: T | null;
}

export function createHoverIntent<T>(
  callbacks: HoverIntentCallbacks<T>,
  timers: Timers,
  initial: Partial<HoverIntentOptions> = {},
): HoverIntent<T> {
  const options: HoverIntentOptions = {
    delayMs: DEFAULT_HOVER_DELAY_MS,
    graceMs: CLOSE_GRACE_MS,
    ...initial,
  };
  let openTarget: T | null = null;
  let overTarget: T | null = null;
  let onCard = false;
  let pending: { target: T; handle: unknown } | null = null;
  let closing: unknown = null;
  let suppressed: T | null = null;

  function cancelPending(): void {
    if (pending) timers.clear(pending.handle);
    pending = null;
  }
  function cancelClosing(): void {
    if (closing !== null) timers.clear(closing);
    closing = null;
  }
  function doOpen(target: T): void {
    cancelPending();
    cancelClosing();
    openTarget = target;
    callbacks.open(target);
  }
  function doClose(): void {
    cancelPending();
    cancelClosing();
    if (openTarget === null) return;
    openTarget = null;
    callbacks.close();
  }
  function scheduleClose(): void {
    if (openTarget === null || closing !== null || onCard || overTarget === openTarget) return;
    closing = timers.set(() => {
      closing = null;
      doClose();
    }, options.graceMs);
  }

  return {
    pointerOver(target, eligible = true, restedMs = 0) {
      if (target !== suppressed) suppressed = null;
      overTarget = target;
      if (target !== null && target === openTarget) {
        cancelClosing();
        cancelPending();
        return;
      }
      if (target === null || !eligible || target === suppressed) {
        cancelPending();
        scheduleClose();
        return;
      }
      // Resting on another mention replaces the card rather than closing it in between.
      cancelClosing();
      if (pending?.target === target) return;
      cancelPending();
      const handle = timers.set(() => doOpen(target), Math.max(0, options.delayMs - restedMs));
      pending = { target, handle };
    },
    pointerOnCard(on) {
      onCard = on;
      if (on) cancelClosing();
      else scheduleClose();
    },
    openNow(target) {
      suppressed = null;
      doOpen(target);
    },
    dismiss() {
      suppressed = overTarget;
      doClose();
    },
    setOptions(patch) {
      Object.assign(options, patch);
    },
    get openTarget() {
      return openTarget;
    },
  };
}
