import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const SCRIPT = resolve(import.meta.dirname, 'test-summary.mjs');
const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Sums one Vitest JSON report written to a temporary file. */
function summarise(report: object) {
  const dir = mkdtempSync(join(tmpdir(), 'baglam-summary-'));
  dirs.push(dir);
  const file = join(dir, 'report.json');
  writeFileSync(file, JSON.stringify(report));
  const run = spawnSync(process.execPath, [SCRIPT, file], { encoding: 'utf8' });
  return { line: run.stdout.trim(), status: run.status };
}

describe('the test summary line', () => {
  it('sums passed and failed tests', () => {
    expect(
      summarise({
        numTotalTests: 3,
        numPassedTests: 2,
        numFailedTests: 1,
        testResults: [{ status: 'failed', assertionResults: [{ status: 'failed' }] }],
      }),
    ).toEqual({ line: '2 passed, 1 failed', status: 1 });
  });

  it('counts a file whose beforeAll threw (a browser that did not launch) as a failure', () => {
    expect(
      summarise({
        numTotalTests: 2,
        numPassedTests: 0,
        numFailedTests: 0,
        numPendingTests: 2,
        testResults: [{ status: 'failed', assertionResults: [{ status: 'skipped' }, { status: 'skipped' }] }],
      }),
    ).toEqual({ line: '0 passed, 1 failed, 2 skipped', status: 1 });
  });

  it('passes when every test passed', () => {
    expect(
      summarise({
        numTotalTests: 1,
        numPassedTests: 1,
        testResults: [{ status: 'passed', assertionResults: [{ status: 'passed' }] }],
      }),
    ).toEqual({ line: '1 passed, 0 failed', status: 0 });
  });
});
