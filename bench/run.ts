/**
 * `npm run bench`: runs every `bench/*.bench.ts` (or the ones named on the command line) and writes
 * their tables to `bench/RESULTS.md`. Each bench module's default export returns BenchTable[].
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BenchTable, formatTable } from './table';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const sections: string[] = [];
for (const file of files) {
  console.log(`# ${file}`);
  const mod = (await import(pathToFileURL(join(here, file)).href)) as {
    default: () => Promise<BenchTable[]>;
  };
  for (const table of await mod.default()) {
    const text = formatTable(table);
    console.log(text);
    sections.push(text);
  }
}
const header = `# Benchmark results\n\nWritten by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}, ${process.platform}). Ratios compare against baselines measured in the same run.\n\n`;
const out = only.length ? join(here, `RESULTS.${only.join('-')}.md`) : join(here, 'RESULTS.md');
writeFileSync(out, header + sections.join('\n'));
console.log(`wrote ${out}`);
