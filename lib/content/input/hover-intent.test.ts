import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverIntent, type HoverIntent } from './hover-intent';

const DELAY = 300;
const GRACE = 300;
let events: string[];
let intent: HoverIntent<string>;

beforeEach(() => {
  vi.useFakeTimers();
  events = [];
  intent = createHoverIntent<string>(
    { open: (t) => events.push(`open ${t}`), close: () => events.push('close') },
    { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
    { delayMs: DELAY, graceMs: GRACE },
  );
});
afterEach(() => vi.useRealTimers());

describe('hover intent', () => {
  it('opens only after resting on a mention for the delay', () => {
    intent.pointerOver('putin');
    vi.advanceTimersByTime(DELAY - 1);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open putin']);
    expect(intent.openTarget).toBe('putin');
  });

  it('does nothing for a pointer passing over a mention', () => {
    intent.pointerOver('putin');
    vi.advanceTimersByTime(DELAY / 2);
    intent.pointerOver(null);
    vi.advanceTimersByTime(DELAY * 3);
    expect(events).toEqual([]);
  });

  it('keeps counting while the pointer moves within the same mention', () => {
    intent.pointerOver('putin');
    vi.advanceTimersByTime(DELAY / 2);
    intent.pointerOver('putin');
    vi.advanceTimersByTime(DELAY / 2);
    expect(events).toEqual(['open putin']);
  });

  it('needs the modifier when one is required', () => {
    intent.pointerOver('putin', false);
    vi.advanceTimersByTime(DELAY * 2);
    expect(events).toEqual([]);
    intent.pointerOver('putin', true);
    vi.advanceTimersByTime(DELAY);
    expect(events).toEqual(['open putin']);
  });

  it('closes after the grace period once the pointer leaves the mention', () => {
    intent.openNow('putin');
    intent.pointerOver(null);
    vi.advanceTimersByTime(GRACE - 1);
    expect(events).toEqual(['open putin']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open putin', 'close']);
  });

  it('stays open while the pointer travels from the mention onto the card', () => {
    intent.openNow('putin');
    intent.pointerOver(null);
    vi.advanceTimersByTime(GRACE / 2);
    intent.pointerOnCard(true);
    vi.advanceTimersByTime(GRACE * 5);
    expect(events).toEqual(['open putin']);
    intent.pointerOnCard(false);
    vi.advanceTimersByTime(GRACE);
    expect(events).toEqual(['open putin', 'close']);
  });

  it('stays open when the pointer comes back to the mention within the grace period', () => {
    intent.openNow('putin');
    intent.pointerOver(null);
    vi.advanceTimersByTime(GRACE / 2);
    intent.pointerOver('putin');
    vi.advanceTimersByTime(GRACE * 5);
    expect(events).toEqual(['open putin']);
  });

  it('switches to another mention after the delay', () => {
    intent.openNow('putin');
    intent.pointerOver('trump');
    vi.advanceTimersByTime(DELAY);
    expect(events).toEqual(['open putin', 'open trump']);
  });

  it('closes on dismiss and does not reopen until the pointer leaves the mention', () => {
    intent.pointerOver('putin');
    vi.advanceTimersByTime(DELAY);
    intent.dismiss();
    intent.pointerOver('putin');
    vi.advanceTimersByTime(DELAY * 2);
    expect(events).toEqual(['open putin', 'close']);
    intent.pointerOver(null);
    intent.pointerOver('putin');
    vi.advanceTimersByTime(DELAY);
    expect(events).toEqual(['open putin', 'close', 'open putin']);
  });

  it('counts time the pointer already rested on the mention toward the delay', () => {
    intent.pointerOver('putin', true, 100);
    vi.advanceTimersByTime(DELAY - 101);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open putin']);
  });

  it('applies a changed delay to the next hover', () => {
    intent.setOptions({ delayMs: 1000 });
    intent.pointerOver('putin');
    vi.advanceTimersByTime(DELAY);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1000 - DELAY);
    expect(events).toEqual(['open putin']);
  });
});
