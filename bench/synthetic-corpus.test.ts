import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PersonEntry } from '../core/protocol/types';
import { decodeText } from '../pipeline/decode/text-decoding';
import { parseCorpusFile } from '../pipeline/parse/corpus-parser';
import { FIXTURE_PEOPLE } from '../test/fixtures/paths';
import { generateSyntheticCorpus, syntheticFileBytes } from './synthetic-corpus';

const people = (
  JSON.parse(readFileSync(FIXTURE_PEOPLE, 'utf8')) as {
    people: PersonEntry[];
  }
).people;

describe('generateSyntheticCorpus', () => {
  const files = [
    ...generateSyntheticCorpus({
      articles: 400,
      people,
      seed: 7,
      windows1254Share: 0.1,
      crlfShare: 0.3,
      bomShare: 0.1,
    }),
  ];

  it('makes exactly the articles asked for, in both scraped shapes and several encodings', () => {
    expect(files.reduce((n, f) => n + f.articles, 0)).toBe(400);
    expect(files.some((f) => f.articles > 1)).toBe(true);
    expect(files.some((f) => f.text.includes(' date '))).toBe(true);
    expect(files.some((f) => /\nTT\r?\n/.test(f.text))).toBe(true);
    expect(new Set(files.map((f) => f.encoding))).toEqual(new Set(['utf-8', 'utf-8-bom', 'windows-1254']));
    expect(files.some((f) => f.text.includes('\r\n'))).toBe(true);
  });

  it('is deterministic for a seed', () => {
    const again = [
      ...generateSyntheticCorpus({
        articles: 400,
        people,
        seed: 7,
        windows1254Share: 0.1,
        crlfShare: 0.3,
        bomShare: 0.1,
      }),
    ];
    expect(again).toEqual(files);
    expect([...generateSyntheticCorpus({ articles: 400, people, seed: 8 })]).not.toEqual(files);
  });

  it('parses back into the same number of clean articles, without warnings', () => {
    for (const file of files) {
      const { text } = decodeText(syntheticFileBytes(file), file.name);
      const { articles, warnings } = parseCorpusFile(text, file.name);
      expect(warnings).toEqual([]);
      expect(articles).toHaveLength(file.articles);
      for (const a of articles) {
        expect(a.paragraphs.length).toBeGreaterThan(1);
        expect(a.paragraphs.join('\n')).not.toContain(a.title);
        for (const c of a.captions) expect(a.paragraphs.join('\n')).not.toContain(c.text);
      }
    }
  });

  it('mentions registry people by name, in Turkish with suffixes', () => {
    const all = files.map((f) => f.text).join('\n');
    for (const p of people.filter((p) => p.id !== 'kim-il-sung')) expect(all).toContain(p.names.tr);
    expect(all).toMatch(/Putin['’](?:in|e|i|den|le)\b/u);
    expect(all).toMatch(/Şarku’l Avsat’ın \S+['’](?:ten|tan|den|dan) aktardığına göre/u);
  });
});
