/**
 * Which mentions of a page with many are marked: those within BAND_SCREENS viewport heights of the
 * viewport, at most MAX_RANGES of them, found by binary search over document order (a page's text
 * runs down the page in document order closely enough for a band this wide, and a few dozen box
 * reads cost far less than reading every mention's).
 *
 * Why so wide: in Chromium every change to a highlight, one range or a thousand, re-validates all
 * of them and re-runs PrePaint and Paint over the whole page (≈95 ms on a 5 MB page), while each
 * marked range adds only microseconds. So the band is as wide as the range budget allows, and a
 * reader paging down moves it every few dozen screens instead of every few.
 */

/** Ranges in the highlight at most. */
export const MAX_RANGES = 1_500;
/** Viewport heights marked above and below the viewport. */
const BAND_SCREENS = 40;
/** The band's height in viewport heights: a page taller than this reaches past it. */
export const BAND_HEIGHT_SCREENS = 2 * BAND_SCREENS + 1;

/** A mention's box, relative to the viewport; null when it is not rendered now. */
type BoxAt = (index: number) => { top: number; bottom: number } | null;

export interface Band {
  /** The marked mentions: indexes [start, end) in document order. */
  start: number;
  end: number;
  /** The page's vertical stretch (document px) whose mentions are all marked. */
  top: number;
  bottom: number;
}

export function bandAround(count: number, boxAt: BoxAt, scrollY: number, viewportHeight: number): Band {
  const reach = BAND_SCREENS * viewportHeight;
  /** The first mention not above `edge` (viewport px). */
  const first = (edge: number) => {
    let low = 0;
    let high = count;
    while (low < high) {
      const middle = (low + high) >> 1;
      // A mention not rendered now says nothing about where the viewport is.
      if ((boxAt(middle)?.bottom ?? edge) < edge) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const band = {
    start: first(-reach),
    end: first(viewportHeight + reach),
    top: scrollY - reach,
    bottom: scrollY + viewportHeight + reach,
  };
  if (band.end - band.start <= MAX_RANGES) return band;
  // Too many: a third of the budget above the viewport, the rest below (readers page down); the
  // band then ends where the first mention left out begins (at the viewport if it is not rendered).
  const start = Math.max(band.start, first(0) - Math.floor(MAX_RANGES / 3));
  const end = Math.min(band.end, start + MAX_RANGES);
  return {
    start,
    end,
    top: start > band.start ? scrollY + (boxAt(start - 1)?.bottom ?? 0) : band.top,
    bottom: end < band.end ? scrollY + (boxAt(end)?.top ?? viewportHeight) : band.bottom,
  };
}
