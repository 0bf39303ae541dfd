// Sums Vitest JSON reports into the one closing line CI reads: "N passed, N failed".
// A missing or unreadable report counts as a failure: a runner that died passed nothing.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`missing test report ${file}`);
    failed++;
    continue;
  }
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    // A file that failed without a failed test of its own (it did not load, or a hook such as a
    // browser launch in `beforeAll` threw and its tests were skipped): count it once.
    for (const suite of report.testResults ?? []) {
      const own = (suite.assertionResults ?? []).some((test) => test.status === 'failed');
      if (suite.status === 'failed' && !own) failed++;
    }
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    if ((report.numTotalTests ?? 0) === 0) {
      console.error(`${file}: no test ran`);
      failed++;
    }
  } catch (error) {
    console.error(`unreadable test report ${file}: ${error}`);
    failed++;
  }
}
console.log(
  skipped ? `${passed} passed, ${failed} failed, ${skipped} skipped` : `${passed} passed, ${failed} failed`,
);
process.exit(failed > 0 ? 1 : 0);
