import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matcherFromParts } from '@/core/mentions/mention-matcher';
import { unpackMatcher } from '@/core/mentions/packed-matcher';
import { personLabels } from '@/core/protocol/person-labels';
import type { PeopleRegistry } from '@/core/protocol/types';
import { FIXTURE_PEOPLE } from '@/test/fixtures/paths';
import { packedMatcherFor } from './matcher-cache';

const people = (JSON.parse(readFileSync(FIXTURE_PEOPLE, 'utf8')) as PeopleRegistry).people;

describe('packedMatcherFor', () => {
  it('packs a registry once and answers the same packed matcher after', () => {
    const first = packedMatcherFor(people);
    expect(packedMatcherFor(people)).toBe(first);
    expect(packedMatcherFor([...people])).not.toBe(first);
  });

  it('gives the card a label per person of the matcher, and the aliases only inside the matcher', () => {
    const { matcher, labels } = packedMatcherFor(people);
    expect(matcher.ids).toEqual(people.map((p) => p.id));
    expect(labels).toBe(personLabels(people));
    expect(JSON.stringify(labels)).not.toContain('Путин');
    const found = matcherFromParts(unpackMatcher(matcher)).findMentions("Putin'e göre Hamaney’in sözleri");
    expect(found.map((m) => m.personId)).toEqual(['vladimir-putin', 'ali-khamenei']);
  });
});
