import { describe, expect, it } from 'vitest';
import { fixtureRegistryJson } from '../../test/fixtures/paths';
import { labelledPerson, personLabel } from './person-labels';
import type { PeopleRegistry } from './types';

const people = (fixtureRegistryJson() as PeopleRegistry).people;

describe('person labels', () => {
  it('keep every name and description through a label', () => {
    for (const person of people) {
      const back = labelledPerson(person.id, personLabel(person));
      expect(back).toEqual({ ...person, aliases: {}, ambiguous: [], notThisPerson: [], origin: undefined });
    }
  });

  it('write an English name equal to the Turkish one once', () => {
    const same = {
      ...(people[0] as (typeof people)[number]),
      names: { tr: 'Kim Jong Un', en: 'Kim Jong Un' },
    };
    expect(personLabel(same)[1]).toBe('');
    expect(labelledPerson(same.id, personLabel(same)).names.en).toBe('Kim Jong Un');
  });
});
