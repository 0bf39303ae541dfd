import { describe, expect, it } from 'vitest';
import { transliterationKey } from './name-variants';

describe('transliterationKey', () => {
  it.each([
    ['-iy and -i endings are one name', 'Dmitriy Peskov', 'Dmitri Peskov', true],
    ['-y and -iy endings are one name', 'Dmitry Peskov', 'Dmitriy Peskov', true],
    ['-ey and -ei endings are one name', 'Sergey Lavrov', 'Sergei Lavrov', true],
    ['case and accents do not count', 'ALEKSEY Navalnıy', 'Aleksei Navalniy', true],
    ['another surname is another person', 'Dmitriy Peskov', 'Dmitriy Medvedev', false],
    ['short words keep their ending', 'Ali Demir', 'Al Demir', false],
  ])('%s', (_rule, a, b, same) => {
    expect(transliterationKey(a) === transliterationKey(b)).toBe(same);
  });
});
