import { describe, expect, it } from 'vitest';
import { clampActiveIndex, isListKey, type ListKey, nextActiveIndex } from './list-navigation';

describe('list navigation', () => {
  it.each<[string, number, ListKey, number, number]>([
    ['down from nothing goes to the first item', -1, 'ArrowDown', 3, 0],
    ['down moves to the next item', 0, 'ArrowDown', 3, 1],
    ['down from the last item wraps to the first', 2, 'ArrowDown', 3, 0],
    ['up from nothing goes to the last item', -1, 'ArrowUp', 3, 2],
    ['up moves to the previous item', 2, 'ArrowUp', 3, 1],
    ['up from the first item wraps to the last', 0, 'ArrowUp', 3, 2],
    ['Home goes to the first item', 2, 'Home', 3, 0],
    ['End goes to the last item', 0, 'End', 3, 2],
    ['Escape leaves the list', 1, 'Escape', 3, -1],
    ['an empty list has nothing active', -1, 'ArrowDown', 0, -1],
    ['a stale index past the end restarts at the top', 7, 'ArrowDown', 3, 0],
    ['a stale index past the end goes up to the last', 7, 'ArrowUp', 3, 2],
  ])('%s', (_rule, current, key, count, expected) => {
    expect(nextActiveIndex(current, key, count)).toBe(expected);
  });

  it.each([
    ['ArrowDown', true],
    ['End', true],
    ['Enter', false],
    ['a', false],
  ])('%s is a list key: %s', (key, expected) => {
    expect(isListKey(key)).toBe(expected);
  });

  it.each([
    [1, 3, 1],
    [3, 3, -1],
    [-1, 0, -1],
  ])('keeps index %i valid in a list of %i as %i', (current, count, expected) => {
    expect(clampActiveIndex(current, count)).toBe(expected);
  });
});
