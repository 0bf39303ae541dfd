import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PEOPLE } from '../../test/fixtures/paths';
import type { PeopleRegistry, PersonEntry } from '../protocol/types';
import { foldTable } from '../text/fold';
import { charClassTable } from '../text/name-chars';
import { compileMatcherParts, createMatcher, matcherFromParts } from './mention-matcher';
import { type PACKED_FORMAT, type PackedMatcher, packMatcher, unpackMatcher } from './packed-matcher';

const registry = JSON.parse(readFileSync(FIXTURE_PEOPLE, 'utf8')) as PeopleRegistry;
const people = registry.people;

/** A message's journey: Chrome's messaging serializes to JSON. */
const overTheWire = (packed: PackedMatcher): PackedMatcher => JSON.parse(JSON.stringify(packed));

const TEXTS = [
  "Rusya Devlet Başkanı Vladimir Putin'e göre Kim Jong Un, Hamaney’in açıklamasını TRUMP'I eleştirmek için kullandı.",
  'Kim bilir? North Korean leader Kim met Choe Son Hui; Kim Yo-jong stayed home. Melania Trump smiled.',
  'Путин и Ким Чен Ын. 김정은은 푸틴과 만났다. Kim ve Putin görüştü. Lara Trump, Donald J. Trump.',
];

describe('packed matcher', () => {
  it('finds exactly what the compiled matcher finds', () => {
    const compiled = createMatcher(people);
    const unpacked = matcherFromParts(unpackMatcher(overTheWire(packMatcher(compileMatcherParts(people)))));
    for (const text of TEXTS) {
      expect(unpacked.findMentions(text)).toEqual(compiled.findMentions(text));
      expect(compiled.findMentions(text).length).toBeGreaterThan(0);
    }
  });

  it('matches the compiled matcher on random text built from names and noise', () => {
    const compiled = createMatcher(people);
    const unpacked = matcherFromParts(unpackMatcher(overTheWire(packMatcher(compileMatcherParts(people)))));
    const names = people.flatMap((p) => [...Object.values(p.aliases).flat(), ...p.ambiguous]);
    const piece = fc.oneof(
      fc.constantFrom(...names),
      fc.constantFrom(' ', ', ', "'in ", '’e ', ' ve ', '. ', '-', '\u00ad', 'bilir? '),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        expect(unpacked.findMentions(text)).toEqual(compiled.findMentions(text));
      }),
      { numRuns: 300 },
    );
  });

  it('stays in characters Chrome messaging keeps (no controls, no surrogates)', () => {
    const packed = packMatcher(compileMatcherParts(people));
    for (const field of [packed.nodes, packed.claims])
      for (let i = 0; i < field.length; i++) {
        const u = field.charCodeAt(i);
        expect(u >= 0x20 && u < 0xd800).toBe(true);
      }
  });

  it('carries the folding and character tables, which the unpacking side adopts', () => {
    const fold = foldTable();
    const classes = charClassTable();
    const packed = overTheWire(packMatcher(compileMatcherParts(people)));
    unpackMatcher(packed);
    // Adopted: equal tables, not the same objects as the ones built here.
    expect(foldTable()).not.toBe(fold);
    expect(foldTable()).toEqual(fold);
    expect(charClassTable()).toEqual(classes);
    expect(packed.tables.length).toBeLessThan(20_000);
  });

  it('packs nodes with many children and units of every width (format 2 writes those longer)', () => {
    // 82 letters after the same `Z`: a node with more children than its character holds, and
    // Hangul and Han names: units of two digits.
    const letters = [
      ...'abcdefghijklmnopqrstuvwxyz',
      ...'абвгдежзийклмнопрстуфхцчшщъыьэюя',
      ...'αβγδεζηθικλμνξοπρστυφχψω',
    ];
    const person = (id: string, alias: string): PersonEntry => ({
      id,
      names: { tr: alias, en: alias },
      aliases: { tr: [alias] },
      ambiguous: [],
      notThisPerson: [],
      description: { tr: '', en: '' },
    });
    const many = [
      ...letters.map((c, i) => person(`z-${i}`, `Z${c}rov Tabak`)),
      person('kim', '김정은'),
      person('xi', '習近平'),
    ];
    const packed = overTheWire(packMatcher(compileMatcherParts(many)));
    const unpacked = matcherFromParts(unpackMatcher(packed));
    const compiled = createMatcher(many);
    const text = `${letters.map((c) => `Z${c.toUpperCase()}ROV Tabak'ın`).join(', ')}; 김정은은 習近平`;
    expect(unpacked.findMentions(text)).toEqual(compiled.findMentions(text));
    expect(new Set(unpacked.findMentions(text).map((m) => m.personId)).size).toBe(letters.length + 2);
  });

  it('packs an empty registry into a matcher that finds nothing', () => {
    const unpacked = matcherFromParts(unpackMatcher(overTheWire(packMatcher(compileMatcherParts([])))));
    expect(unpacked.findMentions('Vladimir Putin')).toEqual([]);
  });

  describe('refuses malformed input with a TypeError naming the problem', () => {
    const good = () => packMatcher(compileMatcherParts(people));
    const cases: [string, (p: PackedMatcher) => PackedMatcher, RegExp][] = [
      ['another format', (p) => ({ ...p, format: 1 as typeof PACKED_FORMAT }), /format 1/],
      ['truncated nodes', (p) => ({ ...p, nodes: p.nodes.slice(0, -5) }), /nodes ends early/],
      ['extra node data', (p) => ({ ...p, nodes: `${p.nodes}!` }), /nodes has data past its end/],
      ['a control character', (p) => ({ ...p, nodes: `\u0001${p.nodes.slice(1)}` }), /out of range/],
      [
        'a terminal too many',
        (p) => ({ ...p, claims: p.claims.replace(/^./u, (c) => String.fromCharCode(c.charCodeAt(0) + 1)) }),
        /names for/,
      ],
      ['an unknown person', (p) => ({ ...p, ids: p.ids.slice(0, 1) }), /is over 0/],
      ['truncated claims', (p) => ({ ...p, claims: p.claims.slice(0, -1) }), /claims ends early/],
      ['a runaway number', (p) => ({ ...p, nodes: '\u7fff\u7fff\u7fff\u7fff' }), /too long/],
      [
        'a node past the last',
        (p) => ({ ...p, nodes: `${p.nodes.slice(0, 1)}${p.nodes.slice(3)}` }),
        /nodes/,
      ],
      [
        'a child count cut short',
        (p) => ({ ...p, nodes: `\u0021\u0060${String.fromCharCode(0x20 + (63 << 9))}` }),
        /nodes ends early/,
      ],
      [
        'a node character out of range',
        (p) => ({ ...p, nodes: `\u0021\u0060\u9000` }),
        /node 0 is out of range/,
      ],
      [
        'more children than nodes',
        (p) => ({ ...p, nodes: `\u0021\u0060${String.fromCharCode(0x20 + (1 << 9))}` }),
        /more children than nodes/,
      ],
      ['tables that miss a unit', (p) => ({ ...p, tables: p.tables.slice(0, -2) }), /tables/],
      ['a description of nobody', (p) => ({ ...p, descriptions: [[999, [['x']]]] }), /unknown person 999/],
    ];
    for (const [name, corrupt, message] of cases)
      it(name, () => {
        expect(() => unpackMatcher(corrupt(good()))).toThrow(TypeError);
        expect(() => unpackMatcher(corrupt(good()))).toThrow(message);
      });

    it('any character changed or cut: unpacked or a TypeError, never another error or a hang', () => {
      const packed = good();
      fc.assert(
        fc.property(
          fc.constantFrom('nodes', 'claims', 'tables') as fc.Arbitrary<'nodes' | 'claims' | 'tables'>,
          fc.nat(),
          fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.constant(-1)),
          (field, where, unit) => {
            const text = packed[field];
            const at = where % text.length;
            const changed =
              unit < 0
                ? text.slice(0, at)
                : text.slice(0, at) + String.fromCharCode(unit) + text.slice(at + 1);
            try {
              unpackMatcher({ ...packed, [field]: changed });
            } catch (error) {
              expect(error).toBeInstanceOf(TypeError);
            }
          },
        ),
        { numRuns: 300 },
      );
      // Leave the real tables adopted for the tests after.
      unpackMatcher(packed);
    });
  });
});
