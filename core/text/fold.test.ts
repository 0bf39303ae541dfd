import { describe, expect, it } from 'vitest';
import { foldText } from './fold';

describe('foldText', () => {
  it.each([
    ["HAMANEY'İN", "hamaney'in"],
    ['Kim İl-sung', 'kim il-sung'],
    ['IŞIK', 'isik'],
    ['ışık', 'isik'],
    ['Çağrı Göğüş Üzüm Âdem', 'cagri gogus uzum adem'],
    ['Hamaney’in', "hamaney'in"],
    ['Kim\u00a0Jong‑un', 'kim jong-un'],
    ['Путин', 'путин'],
    ['김정은', '김정은'],
  ])('folds %s to %s, keeping its length', (input, expected) => {
    expect(foldText(input)).toBe(expected);
    expect(foldText(input).length).toBe(input.length);
  });

  it('keeps surrogate pairs and lengths for every BMP character', () => {
    let all = '';
    for (let c = 0; c < 0x10000; c += 7) all += String.fromCharCode(c);
    expect(foldText(all).length).toBe(all.length);
    expect(foldText('a😀b')).toBe('a😀b');
  });

  it('handles the empty string', () => {
    expect(foldText('')).toBe('');
  });
});
