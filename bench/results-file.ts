/**
 * `bench/RESULTS.md` is one file with one section per bench, each between marker comments, so
 * `npm run bench -- matcher` rewrites the matcher's tables and leaves the others as they were.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const RESULTS_HEADER = `# Benchmark results

Written by \`npm run bench\`: one section per \`bench/*.bench.ts\`, each rewritten when its bench runs
(\`npm run bench -- matcher\` rewrites only the matcher's). The line under each section's marker says
when and where it ran. Ratios compare against baselines measured in the same run.
`;

function markers(name: string): [string, string] {
  return [`<!-- bench:${name} -->`, `<!-- /bench:${name} -->`];
}

/** `doc` with the section `name` holding `body`: replaced in place, or appended when it is new. */
export function replaceSection(doc: string, name: string, body: string): string {
  const [open, close] = markers(name);
  const section = `${open}\n${body.trim()}\n${close}`;
  const start = doc.indexOf(open);
  const end = doc.indexOf(close, start);
  if (start >= 0 && end >= 0) return doc.slice(0, start) + section + doc.slice(end + close.length);
  return `${doc.trimEnd()}\n\n${section}\n`;
}

/** Writes `body` as section `name` of the results file at `path`, creating the file if needed. */
export function writeSection(path: string, name: string, body: string): void {
  const doc = existsSync(path) ? readFileSync(path, 'utf8') : RESULTS_HEADER;
  writeFileSync(path, replaceSection(doc, name, body));
}
