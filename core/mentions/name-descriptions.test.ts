import { describe, expect, it } from 'vitest';
import { describedPerson, descriptionStems } from './name-descriptions';

describe('descriptionStems', () => {
  it.each([
    ['Kuzey Kore lideri', ['kore', 'kuze', 'lide']],
    ['Leader of North Korea', ['kore', 'lead', 'nort']],
    ["Kuzey Kore'nin kurucu lideri", ['kore', 'kuru', 'kuze', 'lide']],
    ['Lider', null],
    ['', null],
    [42, null],
  ])('%j → %j', (description, stems) => {
    expect(descriptionStems(description)).toEqual(stems);
  });
});

describe('describedPerson', () => {
  // Person 0: Kim Jong Un, person 1: Kim Il Sung (registry order), as the matcher compiles them.
  const stems = [
    [descriptionStems('Kuzey Kore lideri'), descriptionStems('Leader of North Korea')],
    [descriptionStems("Kuzey Kore'nin kurucu lideri"), descriptionStems('Founding leader of North Korea')],
  ].map((list) => list.filter((s): s is string[] => s !== null));
  const candidates = Int32Array.from([0, 1]);
  const who = (text: string) =>
    describedPerson(text, text.search(/Kim|KİM/), candidates, 0, 2, (p) => stems[p] ?? []);

  it.each([
    ['Kuzey Kore lideri Kim konuştu.', 0],
    ['KUZEY KORE LİDERİ KİM KONUŞTU', 0],
    ['North Korean leader Kim spoke.', 0],
    ["Kuzey Kore'nin kurucu lideri Kim öldü.", 1],
    ["North Korea's founding leader Kim died.", 1],
    ['Güney Kore lideri Kim konuştu.', -1],
    ['Kuzey Koreli mevkidaşı Kim konuştu.', -1],
    ['Kore lideri Kim konuştu.', -1],
    ['Kuzey Kore lideri, Kim konuştu.', -1],
    ['Kim konuştu.', -1],
  ])('%s → %i', (text, person) => {
    expect(who(text)).toBe(person);
  });
});
