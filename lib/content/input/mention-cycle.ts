/**
 * Keyboard navigation order through the mentions of a page: document order, wrapping at both
 * ends; the first step starts from what the reader is looking at, not from the top of the page.
 */

/**
 * The index to focus next, or null when there is nothing to focus.
 * @param current the focused mention, or null before the first step
 * @param firstInView the first mention at or below the top of the viewport (count when none)
 */
export function cycleMention(
  count: number,
  current: number | null,
  step: 1 | -1,
  firstInView: number,
): number | null {
  if (count <= 0) return null;
  if (current === null || current < 0 || current >= count) {
    const start = Math.min(Math.max(firstInView, 0), count);
    return step === 1 ? start % count : (start - 1 + count) % count;
  }
  return (current + step + count) % count;
}
