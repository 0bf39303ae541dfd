import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../core/search/search-types';
import { hitTarget } from './hit-target';

function hit(kind: SearchHit['kind'], articleId: string | null, personId: string | null): SearchHit {
  return { kind, id: 'x', title: 't', articleId, personId, date: null, snippet: [], score: 1 };
}

describe('search hit targets', () => {
  it.each<[string, SearchHit, ReturnType<typeof hitTarget>]>([
    [
      'a person opens the person view',
      hit('person', null, 'vladimir-putin'),
      { kind: 'person', id: 'vladimir-putin' },
    ],
    ['an article opens the reader', hit('article', 'a1', null), { kind: 'article', id: 'a1' }],
    [
      'a quote opens its article, not its speaker',
      hit('quote', 'a2', 'choe-son-hui'),
      { kind: 'article', id: 'a2' },
    ],
    ['a hit without its id leads nowhere', hit('article', null, null), null],
  ])('%s', (_rule, input, expected) => {
    expect(hitTarget(input)).toEqual(expected);
  });
});
