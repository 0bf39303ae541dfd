/**
 * The corpus build end to end: `pipeline/cli.ts` on the seeds, on realistic fixtures and on
 * bad input (empty, binary, truncated, wrong-encoding, giant files), run in-process; plus one run
 * through `npm run corpus` to check the real command line and exit code.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CORPUS_FORMAT,
  type CorpusManifest,
  type PersonRow,
  readIndexPart,
} from '../../core/protocol/corpus-manifest';
import type {
  Article,
  BuiltCorpus,
  PersonCardData,
  PersonEntry,
  PersonStats,
} from '../../core/protocol/types';
import { loadSearchIndex } from '../../core/search/search-index';
import { runBuildCorpus } from '../../pipeline/cli';
import { buildCorpus } from '../../pipeline/corpus-builder';
import { FIXTURE_PEOPLE, FIXTURE_SEEDS } from '../fixtures/paths';

const ROOT = join(__dirname, '..', '..');
const RAW = FIXTURE_SEEDS;
const PEOPLE = FIXTURE_PEOPLE;
const FIXTURES = join(ROOT, 'test', 'fixtures', 'corpus');
const OUTPUTS = [
  'articles-000.json',
  'cards.json',
  'manifest.json',
  'matcher.json',
  'people-000.json',
  'registry.json',
  'search-index-000.txt',
  'search-index-001.txt',
];

const scratch = mkdtempSync(join(tmpdir(), 'baglam-corpus-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let dirCount = 0;
function freshDir(): string {
  const dir = join(scratch, `d${dirCount++}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runBuildCorpus(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return {
    code,
    out: out.join('\n'),
    err: err.join('\n'),
    warnings: err.filter((l) => l.startsWith('warning: ')),
  };
}

/** A part of the search index (the people part or a shard), its files joined. */
function indexText(dir: string, files: readonly string[]): string {
  return files.map((file) => readIndexPart(readFileSync(join(dir, file), 'utf8'))?.text ?? '').join('');
}

function readOutputs(dir: string) {
  const json = <T>(name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;
  const manifest = json<CorpusManifest>('manifest.json');
  const rows = manifest.peopleShards.flatMap((s) => json<{ people: PersonRow[] }>(s.file).people);
  return {
    manifest,
    articles: {
      version: manifest.format,
      articles: manifest.articleShards.flatMap((s) => json<{ articles: Article[] }>(s.file).articles),
    },
    people: {
      version: manifest.format,
      people: rows.map((r) => r.person),
      stats: rows.map((r): PersonStats => r.stats),
    },
    cards: json<Record<string, PersonCardData>>('cards.json'),
    index: JSON.stringify({
      base: JSON.parse(indexText(dir, manifest.search.base)),
      shards: manifest.search.shards.map((files) => JSON.parse(indexText(dir, files))),
    }),
  };
}

describe('npm run corpus on the seeds', () => {
  const out = freshDir();
  const result = run(['--in', RAW, '--out', out, '--people', PEOPLE]);

  it('succeeds without warnings and prints the summary', () => {
    expect(result.code).toBe(0);
    expect(result.warnings).toEqual([]);
    expect(result.out).toMatch(
      /2 files \(2 used\), 3 articles, \d+ quotes, \d+ people \(\d+ mentioned\), 0 warnings/,
    );
    // Search index parts are listed as a range (`search-index-000…001.txt`).
    for (const name of OUTPUTS.filter((n) => !n.startsWith('search-index-')))
      expect(result.out).toContain(name);
    expect(result.out).toContain('search-index-000…001.txt');
  });

  it('writes the manifest, its shards, the registry and the cards, and nothing else', () => {
    expect(readdirSync(out).sort()).toEqual(OUTPUTS);
  });

  it('writes 3 clean articles, each with its quotes', () => {
    const { articles, manifest } = readOutputs(out);
    expect(articles.version).toBe(CORPUS_FORMAT);
    // Newest first: the dated article, then the undated ones in build order.
    expect(articles.articles.map((a) => a.title)).toEqual([
      'Kuzey Kore Dışişleri Bakanı Choe: "Zafer gününe kadar Rus yoldaşlarımızın yanındayız"',
      'Kuzey Kore Rusya ile stratejik ortaklığı güçlendirme sözü verdi',
      'Hamaney: Trump, Gazze\'de barış aradığını söylediğinde "yalan söylüyor"',
    ]);
    expect(manifest.recent.map((a) => a.id)).toEqual(articles.articles.map((a) => a.id));
    expect(manifest.counts.articles).toBe(3);
    for (const a of articles.articles) {
      expect(a.paragraphs.join('\n')).not.toContain(a.title);
      for (const c of a.captions) expect(a.paragraphs.join('\n')).not.toContain(c.text);
      expect(Array.isArray(a.quotes)).toBe(true);
      for (const q of a.quotes)
        expect(Object.keys(q)).toEqual(
          expect.arrayContaining(['text', 'speakerId', 'speakerName', 'fragment']),
        );
    }
    expect(articles.articles.flatMap((a) => a.quotes).length).toBeGreaterThan(0);
  });

  it('writes the registry with stats, a card per person, and an index that loads', () => {
    const { articles, people, cards, index } = readOutputs(out);
    const registry = JSON.parse(readFileSync(PEOPLE, 'utf8')) as { people: PersonEntry[] };
    expect(people.version).toBe(CORPUS_FORMAT);
    expect(people.people.map((p) => p.id)).toEqual(registry.people.map((p) => p.id));
    expect(people.stats.map((s) => s.id).sort()).toEqual(registry.people.map((p) => p.id).sort());
    expect(Object.keys(cards).sort()).toEqual(registry.people.map((p) => p.id).sort());
    expect(cards['ali-khamenei']?.articleCount).toBe(1);
    const matcherRegistry = JSON.parse(readFileSync(join(out, 'registry.json'), 'utf8')) as {
      people: PersonEntry[];
    };
    expect(matcherRegistry.people).toEqual(people.people);
    expect(Object.keys(matcherRegistry)).toEqual(['version', 'people']);
    const corpus: BuiltCorpus = {
      articles: articles.articles,
      registry: { version: 1, people: people.people },
      stats: people.stats,
    };
    expect(() => loadSearchIndex(index, corpus)).not.toThrow();
  });

  it('gives the same bytes when run again', () => {
    const again = freshDir();
    expect(run(['--in', RAW, '--out', again, '--people', PEOPLE]).code).toBe(0);
    for (const name of OUTPUTS)
      expect(readFileSync(join(again, name), 'utf8')).toBe(readFileSync(join(out, name), 'utf8'));
  });
});

describe('npm run corpus on bad input', () => {
  /** Good and bad files side by side: every bad one gets a warning naming it, the good ones build. */
  const input = freshDir();
  for (const dir of ['realistic', 'bad']) {
    for (const name of readdirSync(join(FIXTURES, dir)))
      copyFileSync(join(FIXTURES, dir, name), join(input, name));
  }
  copyFileSync(join(RAW, '000_42b6dc3a42718d95.txt'), join(input, '000_42b6dc3a42718d95.txt'));
  // 100 MB without writing 100 MB: a sparse file has the size of a giant archive dump.
  writeFileSync(join(input, 'giant.txt'), '');
  truncateSync(join(input, 'giant.txt'), 100 * 1024 * 1024);
  writeFileSync(join(input, 'notes.md'), '# not an article\n');
  mkdirSync(join(input, 'nested'));
  copyFileSync(join(RAW, '004_9377e177cd8e3a59.txt'), join(input, 'nested', '004_9377e177cd8e3a59.txt'));
  const out = freshDir();
  const result = run(['--in', input, '--out', out, '--people', PEOPLE]);

  it('still builds from the usable files', () => {
    expect(result.code).toBe(0);
    const { articles } = readOutputs(out);
    const titles = articles.articles.map((a) => a.title);
    expect(titles).toContain('İran ile Suudi Arabistan büyükelçilik açtı'); // windows-1254.txt
    expect(titles).toContain('Zelenski: Kış öncesi hava savunmasına ihtiyacımız var');
    expect(titles).toContain(
      'Kuzey Kore Dışişleri Bakanı Choe: "Zafer gününe kadar Rus yoldaşlarımızın yanındayız"',
    );
    // truncated.txt holds the same headline as windows-1254.txt but a different, cut body.
    expect(titles.filter((t) => t === 'İran ile Suudi Arabistan büyükelçilik açtı')).toHaveLength(2);
    expect(result.out).toMatch(/^corpus: 11 files \(6 used\), 8 articles/m);
  });

  it.each([
    ['empty.txt', /the file is empty/],
    ['image.txt', /binary file, not text/],
    ['russian-windows-1251.txt', /not UTF-8 and does not read as Turkish.*re-save it as UTF-8/],
    ['truncated.txt', /ends in the middle of a character/],
    ['windows-1254.txt', /decoded as windows-1254/],
    ['only-metadata.txt:1', /metadata line with no article/],
    ['giant.txt', /too large \(100\.0 MB; the limit is 64\.0 MB per file\)/],
    ['notes.md', /not a \.txt file; skipped/],
  ])('warns about %s', (file, message) => {
    const lines = result.warnings.filter(
      (l) => l.startsWith(`warning: ${file}: `) || l.startsWith(`warning: ${file}:`),
    );
    expect(lines.some((l) => message.test(l))).toBe(true);
  });

  it('leaves no temporary file behind', () => {
    expect(readdirSync(out).sort()).toEqual(OUTPUTS);
  });

  it('honours --max-file-mb', () => {
    const small = run(['--in', input, '--out', freshDir(), '--people', PEOPLE, '--max-file-mb', '0.001']);
    expect(
      small.warnings.some((l) =>
        /102_coklu\.txt: too large \(1\.8 kB; the limit is 1\.0 kB per file\)/.test(l),
      ),
    ).toBe(true);
  });
});

describe('npm run corpus when nothing usable is read', () => {
  const input = freshDir();
  for (const name of readdirSync(join(FIXTURES, 'bad'))) {
    if (name !== 'truncated.txt' && name !== 'windows-1254.txt')
      copyFileSync(join(FIXTURES, 'bad', name), join(input, name));
  }

  it('exits non-zero, names every file, and writes nothing', () => {
    const out = join(freshDir(), 'corpus');
    const result = run(['--in', input, '--out', out, '--people', PEOPLE]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/nothing usable was read .* \(4 \.txt files, 0 articles\); no output written/);
    for (const name of ['empty.txt', 'image.txt', 'russian-windows-1251.txt', 'only-metadata.txt']) {
      expect(result.warnings.some((l) => l.includes(name))).toBe(true);
    }
    expect(() => readdirSync(out)).toThrow();
  });

  it('keeps the previous output as it was', () => {
    const out = freshDir();
    writeFileSync(join(out, 'articles.json'), '{"version":1,"articles":["previous"]}');
    expect(run(['--in', input, '--out', out, '--people', PEOPLE]).code).toBe(1);
    expect(readFileSync(join(out, 'articles.json'), 'utf8')).toBe('{"version":1,"articles":["previous"]}');
    expect(readdirSync(out)).toEqual(['articles.json']);
  });

  it('exits non-zero for an empty input directory', () => {
    const result = run(['--in', freshDir(), '--out', freshDir(), '--people', PEOPLE]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/0 \.txt files, 0 articles/);
  });
});

describe('npm run corpus with wrong arguments or registry', () => {
  it.each([
    [[], /--in and --out are required/],
    [['--in', RAW], /--in and --out are required/],
    [['--in', RAW, '--out'], /--out needs a value/],
    [['--in', RAW, '--out', 'x', '--verbose'], /unknown argument "--verbose"/],
    [['--in', RAW, '--out', 'x', '--max-file-mb', '-3'], /--max-file-mb must be a positive number/],
    [['--in', RAW, '--out', 'x', '--min-discovered', '1.5'], /--min-discovered must be a whole number/],
    [['--in', RAW, '--out', 'x', '--min-discovered', '-1'], /--min-discovered must be a whole number/],
  ])('%j → usage, exit 2', (args, message) => {
    const result = run(args);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err).toMatch(/usage: npm run corpus/);
  });

  it('uses the bundled registry when --people is not given, wherever the input is', () => {
    const input = freshDir();
    for (const name of readdirSync(RAW)) writeFileSync(join(input, name), readFileSync(join(RAW, name)));
    const out = freshDir();
    const result = run(['--in', input, '--out', out]);
    expect(result.code).toBe(0);
    expect(readOutputs(out).people.people.map((p) => p.id)).toContain('vladimir-putin');
  });

  it('names a missing input directory', () => {
    const result = run(['--in', join(scratch, 'nope'), '--out', freshDir(), '--people', PEOPLE]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/cannot read the input directory .*nope/);
  });

  it('names a missing registry and says how to pass one', () => {
    const input = freshDir();
    const result = run([
      '--in',
      input,
      '--out',
      freshDir(),
      '--people',
      join(scratch, 'gone', 'people.json'),
    ]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /cannot read the people registry .*people\.json \(ENOENT\); pass --people <file>/,
    );
  });

  it.each([
    ['{ not json', /bad-people\.json: not valid JSON/],
    ['{"version":1,"people":[{"id":"x"}]}', /bad-people\.json/],
  ])('names a broken registry file: %s', (text, message) => {
    const file = join(freshDir(), 'bad-people.json');
    writeFileSync(file, text);
    const result = run(['--in', RAW, '--out', freshDir(), '--people', file]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(message);
  });

  it('reports an output path it cannot write, leaving nothing behind', () => {
    const blocker = join(freshDir(), 'file-not-dir');
    writeFileSync(blocker, 'x');
    const result = run(['--in', RAW, '--out', join(blocker, 'corpus'), '--people', PEOPLE]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/could not write .*; no output written/);
  });
});

describe('buildCorpus', () => {
  const registry = JSON.parse(readFileSync(PEOPLE, 'utf8'));
  const seed = readFileSync(join(RAW, '004_9377e177cd8e3a59.txt'));

  it('keeps an article scraped into two files once, naming both files', () => {
    const result = buildCorpus(
      [
        { name: 'a.txt', bytes: seed },
        { name: 'b.txt', bytes: new Uint8Array(Buffer.from(seed.toString('utf8').replace(/\n/g, '\r\n'))) },
      ],
      registry,
    );
    expect(result.summary).toMatchObject({ files: 2, filesUsed: 1, articles: 1, duplicates: 1 });
    expect(result.warnings).toEqual([
      {
        file: 'b.txt',
        line: null,
        message: expect.stringMatching(/repeats one already read from a\.txt; kept once/),
      },
    ]);
  });

  it('turns files the caller could not read into warnings', () => {
    const result = buildCorpus([{ name: 'x.txt', error: 'too large' }], registry);
    expect(result.summary.articles).toBe(0);
    expect(result.warnings).toEqual([{ file: 'x.txt', line: null, message: 'too large' }]);
  });
});

describe('the real command line', () => {
  it('npm run corpus -- --in corpus/raw --out <dir> exits 0; on a bad-only directory, 1', () => {
    const out = freshDir();
    const ok = spawnSync('npm', ['run', '--silent', 'corpus', '--', '--in', RAW, '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/3 articles/);
    expect(readdirSync(out).sort()).toEqual(OUTPUTS);

    const bad = freshDir();
    writeFileSync(join(bad, 'empty.txt'), '');
    const failed = spawnSync(
      'npx',
      ['tsx', 'pipeline/cli.ts', '--in', bad, '--out', freshDir(), '--people', PEOPLE],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/warning: empty\.txt: the file is empty/);
  });
});
