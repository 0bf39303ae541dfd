import { describe, expect, it } from 'vitest';
import { stepForKey } from './keyboard-navigation';

const key = (
  code: string,
  mods: Partial<Record<'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey', boolean>> = {},
) => ({
  code,
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('stepForKey', () => {
  it.each<[string, ReturnType<typeof key>, 1 | -1 | null]>([
    ['Alt+Shift+↓ goes to the next mention', key('ArrowDown', { altKey: true, shiftKey: true }), 1],
    ['Alt+Shift+↑ goes to the previous mention', key('ArrowUp', { altKey: true, shiftKey: true }), -1],
    ['a plain arrow scrolls the page as usual', key('ArrowDown'), null],
    ['Alt+↓ alone is left to the page', key('ArrowDown', { altKey: true }), null],
    [
      'Ctrl+Alt+Shift+↓ is someone else’s shortcut',
      key('ArrowDown', { altKey: true, shiftKey: true, ctrlKey: true }),
      null,
    ],
    ['other keys with Alt+Shift do nothing', key('KeyB', { altKey: true, shiftKey: true }), null],
  ])('%s', (_rule, event, step) => {
    expect(stepForKey(event)).toBe(step);
  });
});
