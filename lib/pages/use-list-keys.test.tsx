// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { type ListKeys, useListKeys } from './use-list-keys';

let keys: ListKeys;
let opened: string[];
let root: HTMLElement;

function Host({ items, query }: { items: string[]; query: string }) {
  keys = useListKeys(items, query, (item) => opened.push(item));
  return <p>{keys.activeIndex}</p>;
}

function press(key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, cancelable: true, ...init });
  act(() => keys.onKeyDown(event));
  return event;
}

function show(items: string[], query = 'q') {
  act(() => render(<Host items={items} query={query} />, root));
}

beforeEach(() => {
  opened = [];
  root = document.createElement('div');
});

describe('useListKeys', () => {
  it('moves down and up with wrap-around, and opens the active item on Enter', () => {
    show(['a', 'b', 'c']);
    expect(keys.activeIndex).toBe(-1);
    expect(press('ArrowDown').defaultPrevented).toBe(true);
    press('ArrowDown');
    expect(keys.activeIndex).toBe(1);
    press('ArrowUp');
    press('ArrowUp');
    expect(keys.activeIndex).toBe(2);
    press('Enter');
    expect(opened).toEqual(['c']);
  });

  it('opens the best result on Enter when nothing is active', () => {
    show(['best', 'other']);
    expect(press('Enter').defaultPrevented).toBe(true);
    expect(opened).toEqual(['best']);
  });

  it('leaves Enter, arrows, Home and End alone when there is nothing to act on', () => {
    show([]);
    expect(press('Enter').defaultPrevented).toBe(false);
    expect(press('ArrowDown').defaultPrevented).toBe(false);
    show(['a']);
    // Before a result is chosen, Home/End belong to the text box's caret; Escape to the page.
    expect(press('Home').defaultPrevented).toBe(false);
    expect(press('Escape').defaultPrevented).toBe(false);
    expect(opened).toEqual([]);
  });

  it('ignores modified keys: Alt+arrows are history, Ctrl/Meta the browser', () => {
    show(['a', 'b']);
    expect(press('ArrowDown', { altKey: true }).defaultPrevented).toBe(false);
    expect(press('ArrowDown', { ctrlKey: true }).defaultPrevented).toBe(false);
    expect(keys.activeIndex).toBe(-1);
  });

  it('starts over when the query changes and stays valid when the list shrinks', () => {
    show(['a', 'b', 'c'], 'one');
    press('End');
    expect(keys.activeIndex).toBe(-1);
    press('ArrowDown');
    press('End');
    expect(keys.activeIndex).toBe(2);
    show(['a'], 'one');
    expect(keys.activeIndex).toBe(-1);
    press('ArrowDown');
    expect(keys.activeIndex).toBe(0);
    show(['a', 'b'], 'two');
    expect(keys.activeIndex).toBe(-1);
  });
});
