import { describe, expect, it } from 'vitest';
import type { PageMention } from './mention-store';
import { pageMentionsAnswer } from './page-mentions';

const mention = (personId: string, text: string) => ({ personId, text }) as unknown as PageMention;
const stats = { textNodes: 5, chars: 100, scanMs: 1.23456 };

describe('the page-mentions answer', () => {
  it('lists mentions in order and counts each person', () => {
    const answer = pageMentionsAnswer(
      [
        mention('kim-jong-un', 'Kim Jong Un'),
        mention('vladimir-putin', 'Putin'),
        mention('kim-jong-un', 'Kim'),
      ],
      stats,
    );
    expect(answer.mentions.map((m) => m.text)).toEqual(['Kim Jong Un', 'Putin', 'Kim']);
    expect(answer.people).toEqual([
      { personId: 'kim-jong-un', count: 2, firstText: 'Kim Jong Un' },
      { personId: 'vladimir-putin', count: 1, firstText: 'Putin' },
    ]);
    expect(answer.stats).toEqual({ textNodes: 5, chars: 100, scanMs: 1.23, shadowRoots: 0 });
  });

  it('lists at most 2,000 mentions on a huge page, yet counts everyone', () => {
    const many = Array.from({ length: 5_000 }, (_, i) => mention('vladimir-putin', `Putin ${i}`));
    many.push(mention('sergey-lavrov', 'Lavrov'));
    const answer = pageMentionsAnswer(many, stats);
    expect(answer.mentions).toHaveLength(2_000);
    expect(answer.mentions[0]?.text).toBe('Putin 0');
    expect(answer.people).toEqual([
      { personId: 'vladimir-putin', count: 5_000, firstText: 'Putin 0' },
      { personId: 'sergey-lavrov', count: 1, firstText: 'Lavrov' },
    ]);
  });
});
