/**
 * `npm run bench`: runs every `bench/*.bench.ts` (or the ones named on the command line) and writes
 * each one's tables into its own section of `bench/RESULTS.md` as soon as it finishes. Each bench
 * module's default export returns BenchTable[].
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeSection } from './results-file';
import { type BenchTable, formatTable } from './table';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
const out = join(here, 'RESULTS.md');

for (const file of files) {
  console.log(`# ${file}`);
  const mod = (await import(pathToFileURL(join(here, file)).href)) as {
    default: () => Promise<BenchTable[]>;
  };
  const sections: string[] = [];
  for (const table of await mod.default()) {
    const text = formatTable(table);
    console.log(text);
    sections.push(text);
  }
  const name = file.replace(/\.bench\.ts$/, '');
  const stamp = `_\`${file}\`, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${process.platform}._`;
  writeSection(out, name, `${stamp}\n\n${sections.join('\n')}`);
  console.log(`wrote the ${name} section of ${out}`);
}
