import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PEOPLE } from '../../test/fixtures/paths';
import { parsePeopleRegistry } from './people-registry';

const json = JSON.parse(readFileSync(FIXTURE_PEOPLE, 'utf8')) as {
  people: Record<string, unknown>[];
};

/** The registry JSON loosely typed, so tests can poke bad values into it. */
interface LoosePerson {
  [key: string]: unknown;
  id: unknown;
  names: Record<string, unknown>;
  aliases: { [lang: string]: unknown[] } & { tr: unknown[]; en: unknown[] };
}
interface LooseRegistry {
  version?: unknown;
  people: LoosePerson[];
}

/** A deep copy of the real registry with one change applied. */
function broken(change: (j: LooseRegistry) => void): unknown {
  const copy = structuredClone(json) as unknown as LooseRegistry;
  change(copy);
  return copy;
}

describe('parsePeopleRegistry', () => {
  it('accepts the curated registry', () => {
    const reg = parsePeopleRegistry(json, 'people.json');
    expect(reg.version).toBe(1);
    expect(reg.people.map((p) => p.id)).toEqual([
      'kim-jong-un',
      'vladimir-putin',
      'ali-khamenei',
      'donald-trump',
      'choe-son-hui',
      'sergey-lavrov',
      'kim-il-sung',
    ]);
  });

  it.each([
    [
      'an empty alias',
      (j) => (j.people[3]!.aliases.tr[0] = ''),
      'people.json: people[3].aliases.tr[0]: expected a non-empty string',
    ],
    [
      'a non-string alias',
      (j) => (j.people[0]!.aliases.tr = [3]),
      'people.json: people[0].aliases.tr[0]: expected a non-empty string',
    ],
    [
      'an empty alias list',
      (j) => (j.people[0]!.aliases.tr = []),
      'people.json: people[0].aliases.tr: expected at least one alias',
    ],
    [
      'a bad language tag',
      (j) => (j.people[0]!.aliases.Turkish = ['x']),
      'people.json: people[0].aliases.Turkish: expected a language tag like "tr" or "ko"',
    ],
    [
      'a non-slug id',
      (j) => (j.people[2]!.id = 'Ali Khamenei'),
      'people.json: people[2].id: expected a lowercase ASCII slug like "ali-khamenei"',
    ],
    [
      'a non-ASCII id',
      (j) => (j.people[2]!.id = 'ali-hamaney-ş'),
      'people.json: people[2].id: expected a lowercase ASCII slug like "ali-khamenei"',
    ],
    [
      'a duplicate id',
      (j) => (j.people[2]!.id = 'kim-jong-un'),
      'people.json: people[2].id: duplicate id "kim-jong-un" (also people[0])',
    ],
    [
      'a missing display name',
      (j) => delete j.people[1]!.names.en,
      'people.json: people[1].names.en: missing field',
    ],
    [
      'an unknown field',
      (j) => (j.people[0]!.photo = 'x.jpg'),
      'people.json: people[0].photo: unexpected key',
    ],
    [
      'padded text',
      (j) => (j.people[0]!.names.tr = ' Kim'),
      'people.json: people[0].names.tr: expected no leading or trailing spaces',
    ],
    [
      'a missing description',
      (j) => delete j.people[4]!.description,
      'people.json: people[4].description: missing field',
    ],
    ['a wrong version', (j) => (j.version = 2), 'people.json: version: expected 1'],
    [
      'people not a list',
      (j) => (j.people = {} as never),
      'people.json: people: expected an array of people',
    ],
    [
      'an alias shared by two people',
      (j) => j.people[6]!.aliases.en.push('putin'),
      'people.json: people[6].aliases.en[2]: alias "putin" is also an alias of people[1]; a shared short form belongs in "ambiguous"',
    ],
    [
      'an ambiguous form that is also an alias',
      (j) => j.people[0]!.aliases.tr.push('KIM'),
      'people.json: people[0].ambiguous[0]: "Kim" is also an alias of this person; an ambiguous form must not be an alias',
    ],
  ] as [string, (j: LooseRegistry) => void, string][])('rejects %s', (_name, change, message) => {
    expect(() => parsePeopleRegistry(broken(change), 'people.json')).toThrow(message);
  });

  it('rejects a root that is not an object', () => {
    expect(() => parsePeopleRegistry([], 'corpus/people.json')).toThrow(
      'corpus/people.json: (root): expected an object',
    );
  });
});

describe('parsePeopleRegistry: entries that are not objects', () => {
  it('names the entry', () => {
    expect(() => parsePeopleRegistry({ version: 1, people: [['kim']] }, 'people.json')).toThrow(
      'people.json: people[0]: expected a person object',
    );
  });
});
