/**
 * The corpus command line on a hostile input folder: symbolic links and unreadable files or folders
 * are warnings naming their path (folder included), never an abort; Ctrl-C while the outputs
 * are written leaves no temporary file behind; and the command line, which reads files across
 * the idle cores, writes what the in-process build writes, warnings in the same order (forced
 * threads: file-reading-pool.test.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { FIXTURE_PEOPLE, FIXTURE_SEEDS } from '../test/fixtures/paths';
import { runBuildCorpus } from './cli';

/** Root reads anything, so `chmod 000` proves nothing there: the read error is simulated instead. */
const AS_ROOT = process.getuid?.() === 0;

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const denied = (path: unknown) => {
    const error = Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), {
      code: 'EACCES',
    });
    return error;
  };
  // Only as root, and only for entries named `locked*`: elsewhere the real permissions decide.
  const locked = (path: unknown) => process.getuid?.() === 0 && /^locked/.test(basename(String(path)));
  return {
    ...real,
    readdirSync: ((path: fs.PathLike, options?: unknown) => {
      if (locked(path)) throw denied(path);
      return (real.readdirSync as (p: fs.PathLike, o?: unknown) => unknown)(path, options);
    }) as typeof real.readdirSync,
    readFileSync: ((path: fs.PathOrFileDescriptor, options?: unknown) => {
      if (locked(path)) throw denied(path);
      return (real.readFileSync as (p: fs.PathOrFileDescriptor, o?: unknown) => unknown)(path, options);
    }) as typeof real.readFileSync,
  };
});

const ROOT = join(import.meta.dirname, '..');
const SEED = '004_9377e177cd8e3a59.txt';
const scratch = fs.mkdtempSync(join(tmpdir(), 'baglam-cli-test-'));
afterAll(() => {
  // A chmod 000 folder must be readable again to be removed.
  for (const locked of [join(scratch, 'in', 'sub', 'locked-folder'), join(scratch, 'in', 'locked.txt')]) {
    if (fs.existsSync(locked)) fs.chmodSync(locked, 0o755);
  }
  fs.rmSync(scratch, { recursive: true, force: true });
});

function run(args: string[]) {
  const err: string[] = [];
  const code = runBuildCorpus(args, { out: () => {}, err: (l) => err.push(l) });
  return { code, warnings: err.filter((l) => l.startsWith('warning: ')) };
}

describe('a folder with symbolic links and unreadable entries', () => {
  const input = join(scratch, 'in');
  fs.mkdirSync(join(input, 'sub', 'locked-folder'), { recursive: true });
  fs.copyFileSync(join(FIXTURE_SEEDS, SEED), join(input, 'sub', SEED));
  fs.writeFileSync(join(input, 'sub', 'empty.txt'), '');
  fs.copyFileSync(join(FIXTURE_SEEDS, SEED), join(input, 'sub', 'locked-folder', 'hidden.txt'));
  fs.copyFileSync(join(FIXTURE_SEEDS, SEED), join(input, 'locked.txt'));
  fs.symlinkSync(join(FIXTURE_SEEDS, '000_42b6dc3a42718d95.txt'), join(input, 'link.txt'));
  fs.symlinkSync(FIXTURE_SEEDS, join(input, 'sub', 'linked-folder'));
  fs.chmodSync(join(input, 'locked.txt'), 0);
  fs.chmodSync(join(input, 'sub', 'locked-folder'), 0);
  const result = run(['--in', input, '--out', join(scratch, 'out'), '--people', FIXTURE_PEOPLE]);

  it('still builds from the readable files', () => {
    expect(result.code).toBe(0);
    const articles = JSON.parse(fs.readFileSync(join(scratch, 'out', 'articles-000.json'), 'utf8'));
    expect(articles.articles).toHaveLength(1);
  });

  it.each([
    ['link.txt', 'a symbolic link; not followed, skipped'],
    ['sub/linked-folder', 'a symbolic link; not followed, skipped'],
    ['sub/empty.txt', 'the file is empty'],
    ['locked.txt', 'cannot read the file (EACCES)'],
    ['sub/locked-folder', 'cannot read the folder (EACCES); skipped'],
  ])('warns about %s, naming its folder', (path, message) => {
    expect(result.warnings).toContain(`warning: ${path}: ${message}`);
  });

  it(`reads unreadable entries as ${AS_ROOT ? 'simulated' : 'real'} permission errors`, () => {
    expect(result.warnings.filter((l) => l.includes('EACCES'))).toHaveLength(2);
    expect(result.warnings.join('\n')).not.toContain('hidden.txt');
  });
});

describe('Ctrl-C while the outputs are written', () => {
  it('removes the temporary files and exits 130', async () => {
    // Enough articles that articles-000.json is larger than a pipe's buffer (64 kB).
    const input = join(scratch, 'big');
    fs.mkdirSync(input);
    const seed = fs.readFileSync(join(FIXTURE_SEEDS, SEED), 'utf8');
    for (let i = 0; i < 40; i++) {
      const text = seed.replace(/^- (.*)$/m, `- $1 (${i})`).replace('MOSKOVA - ', `MOSKOVA - ${i}. gün: `);
      fs.writeFileSync(join(input, `${String(i).padStart(3, '0')}.txt`), text);
    }
    const out = join(scratch, 'big-out');
    fs.mkdirSync(out);
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'pipeline/cli.ts', '--in', input, '--out', out, '--people', FIXTURE_PEOPLE],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const exited = new Promise<[number | null, NodeJS.Signals | null]>((done) =>
      child.on('exit', (code, signal) => done([code, signal])),
    );
    // The first temporary file is a FIFO nobody drains: the CLI is held mid-write, deterministically.
    const temp = join(out, `.articles-000.json.${child.pid}.tmp`);
    expect(spawnSync('mkfifo', [temp]).status).toBe(0);
    // Resolves once the CLI has opened it for writing (or fails the test if the CLI exits first).
    const opened = await Promise.race([open(temp, 'r'), exited]);
    if (Array.isArray(opened)) throw new Error(`the CLI exited first (${opened}): ${stderr}`);
    const reader = opened;
    child.kill('SIGINT');
    // The handler removes the temporary file while the write is still held...
    let ended = false;
    void exited.then(() => {
      ended = true;
    });
    while (!ended && fs.existsSync(temp)) await new Promise((wait) => setTimeout(wait, 10));
    // ...then the held write is let go (exit waits for it) and the CLI exits.
    const buffer = Buffer.alloc(64 * 1024);
    while ((await reader.read(buffer, 0, buffer.length)).bytesRead > 0);
    await reader.close();
    const [code, signal] = await exited;
    expect(signal).toBeNull();
    expect(code).toBe(130);
    expect(stderr).toMatch(/interrupted; no output written/);
    expect(fs.readdirSync(out)).toEqual([]);
  }, 30_000);
});

describe('the command line, reading files across the idle cores', () => {
  it('writes the files and warnings of the in-process build, in the same order', () => {
    // More files than a batch (32), with repeats and empty files spread over the batches.
    const input = join(scratch, 'threads');
    fs.mkdirSync(input);
    const single = fs.readFileSync(join(FIXTURE_SEEDS, SEED), 'utf8');
    const multi = fs.readFileSync(join(FIXTURE_SEEDS, '000_42b6dc3a42718d95.txt'), 'utf8');
    for (let i = 0; i < 90; i++) {
      // Mostly new articles; every seventh file repeats the multi-article seed, every eleventh is empty.
      const text =
        i % 11 === 10
          ? ''
          : i % 7 === 6
            ? multi
            : single.replace(/^- (.*)$/m, `- $1 (${i})`).replace('MOSKOVA - ', `MOSKOVA - ${i}. gün: `);
      fs.writeFileSync(join(input, `${String(i).padStart(3, '0')}.txt`), text);
    }
    const args = (out: string) => ['--in', input, '--out', out, '--people', FIXTURE_PEOPLE];
    const inProcess = join(scratch, 'threads-in-process');
    const err: string[] = [];
    expect(runBuildCorpus(args(inProcess), { out: () => {}, err: (l) => err.push(l) })).toBe(0);
    const cli = join(scratch, 'threads-cli');
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'pipeline/cli.ts', ...args(cli)], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(child.status).toBe(0);
    expect(child.stderr.trimEnd().split('\n')).toEqual(err);
    expect(err.some((l) => l.includes('kept once'))).toBe(true);
    const names = fs.readdirSync(inProcess).sort();
    expect(fs.readdirSync(cli).sort()).toEqual(names);
    for (const name of names)
      expect(fs.readFileSync(join(cli, name), 'utf8'), name).toBe(
        fs.readFileSync(join(inProcess, name), 'utf8'),
      );
  }, 60_000);
});
