/**
 * The registry Bağlam ships (`corpus/people.json`, not the frozen test copy): it parses, and it
 * knows the spellings real Turkish and English news use for its people, misspellings included.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../core/mentions/mention-matcher';
import { parsePeopleRegistry } from '../../pipeline/people/people-registry';

const path = fileURLToPath(new URL('../../corpus/people.json', import.meta.url));
const registry = parsePeopleRegistry(JSON.parse(readFileSync(path, 'utf8')), 'corpus/people.json');
const scanner = createMatcher(registry.people).createScanner();
const who = (text: string) => scanner.scan(text).map((m) => [text.slice(m.start, m.end), m.personId]);

describe('the shipped registry', () => {
  it.each([
    ["Hamanei'nin mesajı okundu.", 'Hamanei', 'ali-khamenei'],
    ['İran lideri Hameney konuştu.', 'Hameney', 'ali-khamenei'],
    ['Ali Hamane dün bir konuşma yaptı.', 'Ali Hamane', 'ali-khamenei'],
    ['North Korea’s Choi Son Hui met Lavrov.', 'Choi Son Hui', 'choe-son-hui'],
    ["Kim Jong-Un'un ziyareti sürüyor.", 'Kim Jong-Un', 'kim-jong-un'],
    ['Sergei Lavrov Ankara’da.', 'Sergei Lavrov', 'sergey-lavrov'],
  ])('finds %j', (text, name, id) => {
    expect(who(text)).toContainEqual([expect.stringContaining(name.split(' ').at(-1) as string), id]);
  });

  it('still tells Mücteba Hamaney apart from Ali Hamaney', () => {
    expect(who('Mücteba Hamaney konuştu.').map(([, id]) => id)).not.toContain('ali-khamenei');
  });
});
