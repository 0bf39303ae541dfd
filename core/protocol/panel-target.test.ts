import { describe, expect, it } from 'vitest';
import type { PanelTarget } from './messages';
import { hashToTarget, parseHandover, targetToHash } from './panel-target';

describe('panel deep links', () => {
  it.each<PanelTarget>([
    { kind: 'article', id: 'a1b2c3' },
    { kind: 'person', id: 'ali-khamenei' },
    { kind: 'search', query: "Putin'e #/ & ğüşiöç" },
    { kind: 'search', query: '' },
    { kind: 'page' },
  ])('round-trips %o', (target) => {
    expect(hashToTarget(targetToHash(target))).toEqual(target);
  });

  it.each(['', '#', '#/', '#/unknown/x', '#/article/', '#/person/%E0%A4%A', 'article/x'])(
    'rejects %s',
    (hash) => {
      expect(hashToTarget(hash)).toBeNull();
    },
  );
});

describe('parseHandover', () => {
  it('accepts a target with its time', () => {
    expect(parseHandover({ target: { kind: 'person', id: 'vladimir-putin' }, at: 5 })).toEqual({
      target: { kind: 'person', id: 'vladimir-putin' },
      at: 5,
    });
  });

  it.each([
    ['nothing', null],
    ['a string', 'person/x'],
    ['no time', { target: { kind: 'page' } }],
    ['a time that is not a number', { target: { kind: 'page' }, at: '5' }],
    ['an infinite time', { target: { kind: 'page' }, at: Number.POSITIVE_INFINITY }],
    ['an unknown kind', { target: { kind: 'script', id: 'x' }, at: 1 }],
    ['an empty id', { target: { kind: 'article', id: '' }, at: 1 }],
    ['an over-long query', { target: { kind: 'search', query: 'a'.repeat(501) }, at: 1 }],
  ])('refuses %s', (_what, value) => {
    expect(parseHandover(value)).toBeNull();
  });
});
