// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installKeyboardNavigation } from './keyboard-navigation';
import { installPointerTracker } from './pointer-tracker';
import { hasUserGesture, trusted, withUserGesture } from './trusted-input';

/** An event target that keeps its listeners and honours `{ signal }`, so tests can fire any event. */
class FakeTarget {
  readonly listeners = new Map<string, Set<(event: unknown) => void>>();
  addEventListener(type: string, fn: (event: unknown) => void, options?: { signal?: AbortSignal }) {
    const set = this.listeners.get(type) ?? new Set();
    this.listeners.set(type, set);
    set.add(fn);
    options?.signal?.addEventListener('abort', () => set.delete(fn));
  }
  fire(type: string, event: object) {
    for (const fn of this.listeners.get(type) ?? []) fn({ type, composedPath: () => [], ...event });
  }
  count(): number {
    return [...this.listeners.values()].reduce((n, set) => n + set.size, 0);
  }
}

function fakeWindow() {
  return Object.assign(new FakeTarget(), {
    document: new FakeTarget(),
    // Runs the frame at once; 0 = "no frame pending" afterwards.
    requestAnimationFrame: (fn: () => void) => {
      fn();
      return 0;
    },
    cancelAnimationFrame: () => {},
  });
}

const keyEvent = (isTrusted: boolean, patch: object = {}) => ({
  isTrusted,
  key: 'ArrowDown',
  code: 'ArrowDown',
  altKey: true,
  shiftKey: true,
  ctrlKey: false,
  metaKey: false,
  isComposing: false,
  preventDefault: vi.fn(),
  stopPropagation: vi.fn(),
  ...patch,
});

describe('trusted', () => {
  it('passes events the user caused and drops synthetic ones', () => {
    const handler = vi.fn();
    const guarded = trusted(handler);
    guarded({ isTrusted: false } as Event);
    expect(handler).not.toHaveBeenCalled();
    guarded({ isTrusted: true } as Event);
    expect(handler).toHaveBeenCalledOnce();
  });
});

describe('user gesture for actions that change state or open something', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads the transient user activation', () => {
    expect(hasUserGesture({ userActivation: { isActive: true } as UserActivation })).toBe(true);
    expect(hasUserGesture({ userActivation: { isActive: false } as UserActivation })).toBe(false);
  });

  it.each([
    ['mute', 'personId'],
    ['open panel', 'article-1'],
  ])('%s runs only inside a gesture', (_action, arg) => {
    const action = vi.fn();
    const guarded = withUserGesture(action);
    vi.stubGlobal('navigator', { userActivation: { isActive: false } });
    guarded(arg);
    expect(action).not.toHaveBeenCalled();
    vi.stubGlobal('navigator', { userActivation: { isActive: true } });
    guarded(arg);
    expect(action).toHaveBeenCalledWith(arg);
  });
});

describe('pointer tracker ignores synthetic events', () => {
  function setUp() {
    const win = fakeWindow();
    const over = vi.fn();
    const controller = new AbortController();
    installPointerTracker(
      win as unknown as Window,
      { isOwnUi: () => false, hitTest: () => null, over },
      controller.signal,
    );
    return { win, over, controller };
  }
  const move = (isTrusted: boolean) => ({
    isTrusted,
    pointerType: 'mouse',
    clientX: 5,
    clientY: 5,
    timeStamp: 1,
  });

  it.each([
    ['pointermove', 'win', move],
    ['keydown (modifier pressed over a name)', 'win', (t: boolean) => keyEvent(t, { key: 'Alt' })],
    ['mouseout (pointer left the page)', 'doc', (t: boolean) => ({ isTrusted: t, relatedTarget: null })],
  ] as const)('%s', (type, where, event) => {
    const { win, over } = setUp();
    win.fire('pointermove', move(true)); // so the key handler has a pointer position
    over.mockClear();
    const target = where === 'win' ? win : win.document;
    const name = type.split(' ')[0] as string;
    target.fire(name, event(false));
    expect(over).not.toHaveBeenCalled();
    target.fire(name, event(true));
    expect(over).toHaveBeenCalled();
  });

  it('the signal removes every listener', () => {
    const { win, controller } = setUp();
    expect(win.count() + win.document.count()).toBeGreaterThan(0);
    controller.abort();
    expect(win.count() + win.document.count()).toBe(0);
  });
});

describe('keyboard navigation ignores synthetic keys and takes only keys it acts on', () => {
  function setUp(acts = true) {
    const win = fakeWindow();
    const step = vi.fn(() => acts);
    const closeCard = vi.fn(() => true);
    const controller = new AbortController();
    installKeyboardNavigation(
      win as unknown as Window,
      { isOwnUi: () => false, step, escape: closeCard },
      controller.signal,
    );
    return { win, step, closeCard, controller };
  }

  it('a synthetic Alt+Shift+↓ does nothing and is left to the page', () => {
    const { win, step } = setUp();
    const event = keyEvent(false);
    win.fire('keydown', event);
    expect(step).not.toHaveBeenCalled();
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(event.stopPropagation).not.toHaveBeenCalled();
  });

  it('a real Alt+Shift+↓ moves to the next mention and is taken from the page', () => {
    const { win, step } = setUp();
    const event = keyEvent(true);
    win.fire('keydown', event);
    expect(step).toHaveBeenCalledWith(1);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(event.stopPropagation).toHaveBeenCalled();
  });

  it('a real Alt+Shift+↓ with no mention to go to stays the page’s', () => {
    const { win, step } = setUp(false);
    const event = keyEvent(true);
    win.fire('keydown', event);
    expect(step).toHaveBeenCalled();
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(event.stopPropagation).not.toHaveBeenCalled();
  });

  it('a synthetic Escape does not close the card', () => {
    const { win, closeCard } = setUp();
    win.fire('keydown', keyEvent(false, { key: 'Escape', code: 'Escape', altKey: false, shiftKey: false }));
    expect(closeCard).not.toHaveBeenCalled();
  });

  it('the signal removes its listener', () => {
    const { win, controller } = setUp();
    controller.abort();
    expect(win.count()).toBe(0);
  });
});
