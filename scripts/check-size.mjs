// `npm run size`: the content script runs on every page, so its gzipped size has a budget. Sums the
// gzipped size of every script the built manifest injects (`content_scripts[].js`; the card UI,
// injected on first hover, is not one of them) and fails when it is over the budget.
// Usage: node scripts/check-size.mjs [extension dir, default .output/chrome-mv3]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 25; // kB = 1024 bytes, gzip level 9, as in bench/content-script.bench.ts
const dir = process.argv[2] ?? '.output/chrome-mv3';
const manifestPath = join(dir, 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`No built extension at ${dir}: run \`npm run build\` first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const files = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
if (files.length === 0) {
  console.error(`${manifestPath} declares no content script.`);
  process.exit(1);
}
let total = 0;
for (const file of files) {
  const raw = readFileSync(join(dir, file));
  const gz = gzipSync(raw, { level: 9 }).length / 1024;
  total += gz;
  console.log(`${file}: ${(raw.length / 1024).toFixed(1)} kB raw, ${gz.toFixed(1)} kB gzipped`);
}
const verdict = total <= BUDGET_KB ? 'within' : 'OVER';
console.log(`content script: ${total.toFixed(1)} kB gzipped, budget ${BUDGET_KB} kB: ${verdict} budget`);
process.exit(total <= BUDGET_KB ? 0 : 1);
