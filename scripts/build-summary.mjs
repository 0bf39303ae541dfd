// Printed at the end of `npm run build`: where the loadable extensions and the store zips are.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const out = '.output';
const kb = (file) => `${(statSync(file).size / 1024).toFixed(0)} kB`;
console.log('\nBağlam is built.');
for (const [browser, dir] of [
  ['Chrome / Chromium (MV3)', 'chrome-mv3'],
  ['Firefox (MV3)', 'firefox-mv3'],
]) {
  const path = join(out, dir);
  console.log(`  ${browser.padEnd(24)} load unpacked from ${existsSync(path) ? path : `${path} (missing!)`}`);
}
for (const zip of existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.zip')) : []) {
  console.log(`  store zip                ${join(out, zip)} (${kb(join(out, zip))})`);
}
