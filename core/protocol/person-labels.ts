/**
 * What the hover card shows of a person before the card's data arrives (name and one line), sent
 * with the packed matcher as one string: a line per person, its fields separated by tabs. Every
 * page parses (and checks) the matcher's message when it loads, and needs a label only when a
 * card opens: thousands of small arrays would cost each page milliseconds for nothing.
 */
import type { PersonEntry } from './types';

/** `[name tr, name en ('' when the same), description tr, description en]`. */
export type PersonLabel = [string, string, string, string];

const FIELDS = '\t';
const PEOPLE = '\n';

/** Tabs and line breaks inside a name or description become spaces: they separate labels here. */
const separatorsIn = /[\t\n]/gu;

/** The labels of `people`, in their order. */
export function personLabels(people: readonly PersonEntry[]): string {
  return people
    .map(({ names, description }) =>
      [names.tr, names.en === names.tr ? '' : names.en, description.tr, description.en]
        .map((field) => field.replace(separatorsIn, ' '))
        .join(FIELDS),
    )
    .join(PEOPLE);
}

/** How many people `labels` has a label for. */
export function labelCount(labels: string): number {
  return labels === '' ? 0 : labels.split(PEOPLE).length;
}

/** Looks labels up by person index, cutting `labels` into lines on the first look only. */
export function labelReader(labels: string): (index: number) => PersonLabel | undefined {
  let lines: string[] | null = null;
  return (index) => {
    lines ??= labels.split(PEOPLE);
    const fields = lines[index]?.split(FIELDS);
    return fields?.length === 4 ? (fields as PersonLabel) : undefined;
  };
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
