/**
 * Reading files across threads gives the corpus one thread gives: same articles, warnings and
 * stats, in the same order, whichever thread read which file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PeopleRegistry } from '../core/protocol/types';
import { FIXTURE_PEOPLE, FIXTURE_SEEDS } from '../test/fixtures/paths';
import { buildCorpus, type CorpusSourceFile } from './corpus-builder';
import { buildCorpusInParallel } from './file-reading-pool';

const registry = JSON.parse(readFileSync(FIXTURE_PEOPLE, 'utf8')) as PeopleRegistry;
const single = readFileSync(join(FIXTURE_SEEDS, '004_9377e177cd8e3a59.txt'), 'utf8');
const multi = readFileSync(join(FIXTURE_SEEDS, '000_42b6dc3a42718d95.txt'));

/** More files than a batch (32); repeats, empty and unreadable files spread over the batches. */
const files: CorpusSourceFile[] = Array.from({ length: 100 }, (_, i): CorpusSourceFile => {
  const name = `${String(i).padStart(3, '0')}.txt`;
  if (i % 13 === 12) return { name, error: 'cannot read the file (EACCES)' };
  if (i % 11 === 10) return { name, bytes: new Uint8Array() };
  if (i % 7 === 6) return { name, bytes: multi };
  const text = single.replace(/^- (.*)$/m, `- $1 (${i})`).replace('MOSKOVA - ', `MOSKOVA - ${i}. gün: `);
  return { name, bytes: Buffer.from(text) };
});

describe('buildCorpusInParallel', () => {
  it.each([1, 3])(
    'with %i thread(s), builds what buildCorpus builds',
    async (threads) => {
      const expected = buildCorpus(files, registry, { minDiscoveredArticles: 1 });
      const built = await buildCorpusInParallel(files, registry, { minDiscoveredArticles: 1 }, threads);
      expect(JSON.stringify(built)).toBe(JSON.stringify(expected));
      expect(built.summary.duplicates).toBeGreaterThan(0);
    },
    60_000,
  );
});
