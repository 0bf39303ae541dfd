import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const SCRIPT = resolve(import.meta.dirname, 'check-size.mjs');
const dirs: string[] = [];

/** A fake built extension whose content scripts are `sizes` bytes of incompressible data. */
function extensionWith(sizes: number[], extra: Record<string, number> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'baglam-size-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'content-scripts'));
  const js = sizes.map((_, i) => `content-scripts/c${i}.js`);
  sizes.forEach((n, i) => {
    writeFileSync(join(dir, js[i]!), randomBytes(n));
  });
  for (const [file, n] of Object.entries(extra)) writeFileSync(join(dir, file), randomBytes(n));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ content_scripts: [{ matches: ['<all_urls>'], js }] }),
  );
  return dir;
}

function check(dir: string) {
  return spawnSync(process.execPath, [SCRIPT, dir], { encoding: 'utf8' });
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('check-size', () => {
  it('passes a content script under the budget and ignores other bundles', () => {
    const run = check(extensionWith([10 * 1024], { 'card-ui.js': 100 * 1024 }));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/budget 25 kB: within budget/);
  });

  it('fails over the budget and prints the size', () => {
    const run = check(extensionWith([30 * 1024]));
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/content script: 30\.\d kB gzipped, budget 25 kB: OVER budget/);
  });

  it('adds up every content script the manifest injects', () => {
    expect(check(extensionWith([14 * 1024, 14 * 1024])).status).toBe(1);
  });

  it('fails when there is no build', () => {
    const run = check(join(tmpdir(), 'baglam-no-such-build'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/npm run build/);
  });
});
