import { describe, expect, it } from 'vitest';
import { PointerSpeed } from './pointer-speed';

describe('PointerSpeed', () => {
  it.each<[string, [number, number, number][], boolean]>([
    [
      'a resting pointer is slow',
      [
        [0, 0, 0],
        [1, 0, 16],
        [2, 0, 32],
      ],
      false,
    ],
    [
      'a sweep of 20 px per frame is fast',
      [
        [0, 0, 0],
        [20, 0, 16],
        [40, 0, 32],
      ],
      true,
    ],
    ['one sample alone is never fast', [[500, 500, 0]], false],
    [
      'diagonal moves count their true distance',
      [
        [0, 0, 0],
        [6, 8, 10],
        [12, 16, 20],
      ],
      true,
    ],
    [
      'a jump after a long pause is slow',
      [
        [0, 0, 0],
        [0, 0, 1000],
        [30, 0, 2000],
      ],
      false,
    ],
  ])('%s', (_rule, samples, fast) => {
    const speed = new PointerSpeed();
    let last = false;
    for (const [x, y, t] of samples) last = speed.isFast({ x, y, t });
    expect(last).toBe(fast);
  });
});
