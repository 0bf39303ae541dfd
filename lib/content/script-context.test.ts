import { beforeEach, describe, expect, it, vi } from 'vitest';

const runtime: { id?: string } = { id: 'extension-id' };
vi.mock('wxt/browser', () => ({ browser: { runtime } }));

const { ContentScriptContext } = await import('./script-context');

describe('ContentScriptContext (replaces WXT’s, tells the page nothing)', () => {
  beforeEach(() => {
    runtime.id = 'extension-id';
  });

  it('stays valid while the extension is there', () => {
    const ctx = new ContentScriptContext('content');
    expect(ctx.isValid).toBe(true);
    expect(ctx.signal.aborted).toBe(false);
  });

  it('aborts its signal once the extension is gone (reloaded, updated, removed)', () => {
    const ctx = new ContentScriptContext('content');
    const teardown = vi.fn();
    ctx.onInvalidated(teardown);
    runtime.id = undefined;
    expect(ctx.isValid).toBe(false);
    expect(ctx.signal.aborted).toBe(true);
    expect(teardown).toHaveBeenCalledOnce();
  });

  it('a newer copy in the same world stops the older one', () => {
    const older = new ContentScriptContext('content');
    const newer = new ContentScriptContext('content');
    expect(older.signal.aborted).toBe(true);
    expect(newer.isValid).toBe(true);
  });

  it('posts nothing to the page', () => {
    const post = vi.fn();
    const dispatch = vi.fn();
    vi.stubGlobal('window', { postMessage: post });
    vi.stubGlobal('document', { dispatchEvent: dispatch });
    new ContentScriptContext('content');
    expect(post).not.toHaveBeenCalled();
    expect(dispatch).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });
});
