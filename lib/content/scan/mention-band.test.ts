import { describe, expect, it } from 'vitest';
import { bandAround, MAX_RANGES } from './mention-band';

const VIEWPORT = 800;

/** Mentions `gap` px apart from the top of the page, seen from `scrollY`; `hidden` ones unrendered. */
function page(gap: number, scrollY: number, hidden = new Set<number>()) {
  const reads: number[] = [];
  const boxAt = (i: number) => {
    reads.push(i);
    if (hidden.has(i)) return null;
    const top = i * gap - scrollY;
    return { top, bottom: top + 20 };
  };
  return { boxAt, reads };
}

describe('the marked band', () => {
  it('marks every mention within forty screens of the viewport on a sparse page', () => {
    // One mention per screen, the reader 100 screens down.
    const scrollY = 100 * VIEWPORT;
    const { boxAt, reads } = page(VIEWPORT, scrollY);
    const band = bandAround(1_000, boxAt, scrollY, VIEWPORT);
    expect(band).toEqual({
      start: 60,
      end: 141,
      top: scrollY - 40 * VIEWPORT,
      bottom: scrollY + 41 * VIEWPORT,
    });
    // Binary search: a few box reads, not one per mention.
    expect(reads.length).toBeLessThan(30);
  });

  it('keeps to the range budget on a dense page, a third above the viewport, and says where it ends', () => {
    // A mention every 10 px: 80 per screen, far more than the budget within forty screens.
    const scrollY = 50_000;
    const { boxAt } = page(10, scrollY);
    const band = bandAround(20_000, boxAt, scrollY, VIEWPORT);
    expect(band.end - band.start).toBe(MAX_RANGES);
    // 4,998: the first mention reaching into the viewport (its box is 20 px high).
    expect(band.start).toBe(4_998 - MAX_RANGES / 3);
    // Complete from the last mention left out above to the first left out below.
    expect(band.top).toBe((band.start - 1) * 10 + 20);
    expect(band.bottom).toBe(band.end * 10);
    expect(band.top).toBeLessThan(scrollY - VIEWPORT);
    expect(band.bottom).toBeGreaterThan(scrollY + 2 * VIEWPORT);
  });

  it('starts at the top of the page when the reader is there', () => {
    const { boxAt } = page(10, 0);
    const band = bandAround(20_000, boxAt, 0, VIEWPORT);
    expect(band.start).toBe(0);
    expect(band.end).toBe(MAX_RANGES);
    expect(band.top).toBe(-40 * VIEWPORT);
  });

  it('treats mentions not rendered now as not above the viewport', () => {
    const scrollY = 100 * VIEWPORT;
    const hidden = new Set([50, 55]);
    const { boxAt } = page(VIEWPORT, scrollY, hidden);
    const band = bandAround(1_000, boxAt, scrollY, VIEWPORT);
    // The search for the upper edge may stop at a hidden mention; the viewport stays inside.
    expect(band.start).toBeLessThanOrEqual(100);
    expect(band.end).toBe(141);
  });
});
