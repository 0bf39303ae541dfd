/**
 * What the hover card shows of a person before the card's data arrives (name and one line), sent
 * with the packed matcher as one short tuple per person: at thousands of people the registry's
 * entries, keys and all, would be most of the message every page receives.
 */
import type { PersonEntry } from './types';

/** `[name tr, name en ('' when the same), description tr, description en]`. */
export type PersonLabel = [string, string, string, string];

export function personLabel(person: PersonEntry): PersonLabel {
  const { names, description } = person;
  return [names.tr, names.en === names.tr ? '' : names.en, description.tr, description.en];
}

/** The entry a label stands for: names and description, no aliases (the matcher holds those). */
export function labelledPerson(id: string, [tr, en, descriptionTr, descriptionEn]: PersonLabel): PersonEntry {
  return {
    id,
    names: { tr, en: en || tr },
    aliases: {},
    ambiguous: [],
    notThisPerson: [],
    description: { tr: descriptionTr, en: descriptionEn },
  };
}
