// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { PersonEntry } from '@/core/protocol/types';
import { type CardContent, CardHost } from './card-host';

// happy-dom has no StaticRange; the host only reads its boundary points.
if (typeof globalThis.StaticRange === 'undefined') {
  (globalThis as { StaticRange: unknown }).StaticRange = class {
    constructor(init: StaticRangeInit) {
      Object.assign(this, init);
    }
  };
}

const person: PersonEntry = {
  id: 'vladimir-putin',
  names: { tr: 'Vladimir Putin', en: 'Vladimir Putin' },
  aliases: {},
  ambiguous: [],
  notThisPerson: [],
  description: { tr: '', en: '' },
};

function openCard() {
  for (const old of document.querySelectorAll('baglam-card-host')) old.remove();
  document.body.innerHTML = '<p>Vladimir Putin</p>';
  const text = document.querySelector('p')?.firstChild as Text;
  const events = { onPointerEnter: vi.fn(), onPointerLeave: vi.fn(), onClose: vi.fn() };
  const host = new CardHost(document, events);
  const content: CardContent = {
    person,
    data: null,
    status: 'ready',
    lang: 'en',
    citationStyle: 'plain',
    onOpenArticle: vi.fn(),
    onOpenPerson: vi.fn(),
    onMute: vi.fn(),
    onUnmute: vi.fn(),
    onOpenOptions: vi.fn(),
    onTurnOffSite: vi.fn(),
  };
  const range = new StaticRange({ startContainer: text, startOffset: 0, endContainer: text, endOffset: 14 });
  host.show(range, content, { focus: false });
  const root = host.scratch as ShadowRoot;
  return { host, root, content, events };
}

describe('CardHost: the page can neither read nor press the card', () => {
  it('uses a closed shadow root and puts nothing of the card in the light DOM', () => {
    const { root } = openCard();
    const element = document.querySelector('baglam-card-host');
    expect(element?.shadowRoot).toBeNull();
    expect(element?.getAttributeNames()).toEqual(['style']);
    expect(element?.textContent).toBe('');
    expect(root.querySelector('[data-testid="person-card"]')).not.toBeNull();
  });

  it.each([
    ['open person', '[data-testid="card-open-person"]', 'onOpenPerson'],
    ['mute', '[data-testid="card-mute"]', 'onMute'],
    ['close', '[data-testid="card-close"]', 'onClose'],
  ] as const)('a synthetic click on "%s" does nothing', (_name, selector, handler) => {
    const { root, content, events } = openCard();
    const button = root.querySelector<HTMLElement>(selector);
    expect(button).not.toBeNull();
    button?.click();
    button?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const called = handler === 'onClose' ? events.onClose : content[handler];
    expect(called).not.toHaveBeenCalled();
  });

  it('synthetic pointer enter/leave on the card do not hold it open', () => {
    const { root, events } = openCard();
    const mount = root.querySelector('div') as HTMLElement;
    mount.dispatchEvent(new PointerEvent('pointerenter'));
    mount.dispatchEvent(new PointerEvent('pointerleave'));
    expect(events.onPointerEnter).not.toHaveBeenCalled();
    expect(events.onPointerLeave).not.toHaveBeenCalled();
  });

  it('destroy removes the host', () => {
    const { host } = openCard();
    host.destroy();
    expect(document.querySelector('baglam-card-host')).toBeNull();
  });
});
