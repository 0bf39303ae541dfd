import { describe, expect, it } from 'vitest';
import type { PanelTarget } from './messages';
import { hashToTarget, targetToHash } from './panel-target';

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
