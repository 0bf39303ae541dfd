/**
 * Validation of the hand-curated people registry (`corpus/people.json`).
 *
 * `parsePeopleRegistry(json, file)` returns a typed `PeopleRegistry` or throws an Error whose
 * message names the file and the path of the first bad field:
 * `people.json: people[3].aliases.tr[0]: expected a non-empty string`. Beyond the shape it
 * rejects what would silently break mention matching: duplicate or non-slug ids, an alias shared
 * by two people (it must be listed in `ambiguous` instead), and a short form that is both an alias
 * and `ambiguous` of the same person (the alias would make it unconditional).
 */
import * as v from 'valibot';
import type { PeopleRegistry, PersonEntry } from '../../core/protocol/types';
import { foldText } from '../../core/text/fold';

/** Lowercase ASCII words joined by single hyphens: `ali-khamenei`, `kim-jong-un`. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Language/script tags as used for aliases: `tr`, `en`, `ko`, `zh-Hant`. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

const NON_EMPTY = 'expected a non-empty string';

const text = v.pipe(
  v.string(NON_EMPTY),
  v.check((s) => s.trim().length > 0, NON_EMPTY),
  v.check((s) => s === s.trim(), 'expected no leading or trailing spaces'),
);

const textList = v.array(text, 'expected an array of non-empty strings');

/** One message function for strict objects: unknown key, missing key, or not an object at all. */
function objectMessage(what: string) {
  return (issue: v.StrictObjectIssue): string => {
    if (issue.expected === 'never') return 'unexpected key';
    if (issue.expected?.startsWith('"')) return 'missing field';
    return `expected ${what}`;
  };
}

const perLanguage = v.strictObject({ tr: text, en: text }, objectMessage('an object with "tr" and "en"'));

const personSchema = v.strictObject(
  {
    id: v.pipe(v.string(NON_EMPTY), v.regex(SLUG, 'expected a lowercase ASCII slug like "ali-khamenei"')),
    names: perLanguage,
    aliases: v.pipe(
      v.record(
        v.pipe(v.string(), v.regex(LANGUAGE_TAG, 'expected a language tag like "tr" or "ko"')),
        v.pipe(textList, v.minLength(1, 'expected at least one alias')),
        'expected an object of alias lists per language',
      ),
      v.check((r) => Object.keys(r).length > 0, 'expected at least one language'),
    ),
    ambiguous: textList,
    notThisPerson: textList,
    description: perLanguage,
  },
  objectMessage('a person object'),
);

/** valibot reads an array as an object with missing keys; a registry entry is never an array. */
function plainObject<T extends v.GenericSchema>(schema: T, what: string) {
  return v.pipe(
    v.custom<unknown>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), `expected ${what}`),
    schema,
  );
}

const registrySchema = v.strictObject(
  {
    version: v.literal(1, 'expected 1'),
    people: v.array(plainObject(personSchema, 'a person object'), 'expected an array of people'),
  },
  objectMessage('an object'),
);

/** `people[3].aliases.tr[0]` from a valibot issue path. */
function formatPath(path: v.IssuePathItem[] | undefined): string {
  let out = '';
  for (const item of path ?? []) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/** Validates the parsed JSON of `file`; throws an Error naming the file and the bad field. */
export function parsePeopleRegistry(json: unknown, file: string): PeopleRegistry {
  const result = v.safeParse(plainObject(registrySchema, 'an object'), json);
  if (!result.success) {
    const issue = result.issues[0];
    throw new Error(`${file}: ${formatPath(issue.path)}: ${issue.message}`);
  }
  const registry = result.output as PeopleRegistry;
  checkCrossReferences(registry.people, file);
  return registry;
}

function checkCrossReferences(people: readonly PersonEntry[], file: string): void {
  const ids = new Map<string, number>();
  // Folded alias → index of the person who owns it.
  const aliasOwner = new Map<string, number>();
  people.forEach((person, i) => {
    const first = ids.get(person.id);
    if (first !== undefined) {
      throw new Error(`${file}: people[${i}].id: duplicate id "${person.id}" (also people[${first}])`);
    }
    ids.set(person.id, i);

    const own = new Set<string>();
    for (const [lang, list] of Object.entries(person.aliases)) {
      list.forEach((alias, j) => {
        const key = foldText(alias);
        own.add(key);
        const owner = aliasOwner.get(key);
        if (owner !== undefined && owner !== i) {
          throw new Error(
            `${file}: people[${i}].aliases.${lang}[${j}]: alias "${alias}" is also an alias of ` +
              `people[${owner}]; a shared short form belongs in "ambiguous"`,
          );
        }
        aliasOwner.set(key, i);
      });
    }
    person.ambiguous.forEach((form, j) => {
      if (own.has(foldText(form))) {
        throw new Error(
          `${file}: people[${i}].ambiguous[${j}]: "${form}" is also an alias of this person; ` +
            'an ambiguous form must not be an alias',
        );
      }
    });
  });
}
