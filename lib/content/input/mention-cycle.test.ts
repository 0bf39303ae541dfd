import { describe, expect, it } from 'vitest';
import { cycleMention } from './mention-cycle';

describe('cycleMention', () => {
  it.each<[string, number, number | null, 1 | -1, number, number | null]>([
    ['nothing to focus on a page without mentions', 0, null, 1, 0, null],
    ['the first step forward starts at the first mention in view', 5, null, 1, 2, 2],
    ['the first step back takes the mention just above the view', 5, null, -1, 2, 1],
    ['forward wraps to the top when every mention is above the view', 5, null, 1, 5, 0],
    ['back from the top wraps to the last mention', 5, null, -1, 0, 4],
    ['forward goes to the next mention in document order', 5, 1, 1, 0, 2],
    ['forward wraps from the last mention to the first', 5, 4, 1, 0, 0],
    ['back wraps from the first mention to the last', 5, 0, -1, 0, 4],
    ['a stale focus (the page lost mentions) restarts from the view', 3, 7, 1, 1, 1],
  ])('%s', (_rule, count, current, step, firstInView, expected) => {
    expect(cycleMention(count, current, step, firstInView)).toBe(expected);
  });
});
