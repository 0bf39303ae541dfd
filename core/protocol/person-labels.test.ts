import { describe, expect, it } from 'vitest';
import { fixtureRegistryJson } from '../../test/fixtures/paths';
import { labelCount, labelledPerson, labelReader, personLabels } from './person-labels';
import type { PeopleRegistry, PersonEntry } from './types';

const people = (fixtureRegistryJson() as PeopleRegistry).people;

describe('person labels', () => {
  it('keep every name and description through a label, in the people order', () => {
    const labels = personLabels(people);
    const label = labelReader(labels);
    expect(labelCount(labels)).toBe(people.length);
    people.forEach((person, i) => {
      const back = labelledPerson(person.id, label(i) as NonNullable<ReturnType<typeof label>>);
      expect(back).toEqual({ ...person, aliases: {}, ambiguous: [], notThisPerson: [], origin: undefined });
    });
    expect(label(people.length)).toBeUndefined();
    expect(label(-1)).toBeUndefined();
  });

  it('write an English name equal to the Turkish one once', () => {
    const same = { ...(people[0] as PersonEntry), names: { tr: 'Kim Jong Un', en: 'Kim Jong Un' } };
    const label = labelReader(personLabels([same]))(0);
    expect(label?.[1]).toBe('');
    expect(label && labelledPerson(same.id, label).names.en).toBe('Kim Jong Un');
  });

  it('keep one line of four fields per person, whatever the text holds', () => {
    const odd = { ...(people[0] as PersonEntry), description: { tr: 'iki\tsatır\nbir', en: '' } };
    const labels = personLabels([odd, odd]);
    expect(labelCount(labels)).toBe(2);
    expect(labelReader(labels)(1)?.[2]).toBe('iki satır bir');
    expect(labelCount(personLabels([]))).toBe(0);
    // A damaged line is no label (the card then waits for the person's data).
    expect(labelReader('a\tb')(0)).toBeUndefined();
  });
});
