import { describe, expect, it } from 'vitest';
import { countPageMentions } from './page-people';

describe('people on a page', () => {
  it('counts each person once, most mentions first, ties in page order', () => {
    const mentions = [
      { personId: 'kim-jong-un', text: 'Kim Jong Un' },
      { personId: 'vladimir-putin', text: 'Vladimir Putin' },
      { personId: 'vladimir-putin', text: 'Putin' },
      { personId: 'sergey-lavrov', text: 'Lavrov' },
      { personId: 'kim-jong-un', text: 'Kim' },
      { personId: 'vladimir-putin', text: 'Путин' },
    ];
    expect(countPageMentions(mentions)).toEqual([
      { personId: 'vladimir-putin', count: 3, firstText: 'Vladimir Putin' },
      { personId: 'kim-jong-un', count: 2, firstText: 'Kim Jong Un' },
      { personId: 'sergey-lavrov', count: 1, firstText: 'Lavrov' },
    ]);
  });

  it('is empty for a page without mentions', () => {
    expect(countPageMentions([])).toEqual([]);
  });
});
