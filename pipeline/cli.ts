/**
 * `npm run corpus -- --in <dir> --out <dir> [--people <file>] [--max-file-mb <n>] [--min-discovered <n>]`
 *
 * Reads every `*.txt` under `--in` (recursively, in path order), builds the corpus and writes into
 * `--out`: the article shards (`articles-000.json`…, newest first), person rows (`people-000.json`…),
 * the search index in parts (`search-index-000.txt`…), the content script's matcher packed
 * (`matcher.json`), `manifest.json` naming them (see `core/protocol/corpus-manifest.ts`; no file
 * over 4 MB), `registry.json` (names and aliases only, from which the worker packs the matcher
 * itself should `matcher.json` not read back) and `cards.json` (the hover card's data, per person). Shards of an earlier,
 * larger build are removed. The registry defaults to the bundled `corpus/people.json`.
 *
 * Every file is size-checked before it is read; larger than the limit (64 MB by default) it is
 * skipped with a warning. Symbolic links are not followed, and a file or folder that cannot be read
 * is skipped: each gets a warning naming its path under `--in` (folder included). Each output is
 * written to a temporary file and renamed into place only when all are written, so a failed build
 * leaves the previous output as it was; the temporary files are removed on failure and, from the
 * command line, on Ctrl-C (SIGINT, exit code 130). Prints a summary and one warning per file/line
 * it could not understand; exits non-zero only when nothing usable was read (or the
 * arguments/registry are wrong).
 */
import {
  type Dirent,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_SHARD_BYTES, SHARD_FILE_RE } from '../core/protocol/corpus-manifest';
import type { PeopleRegistry } from '../core/protocol/types';
import { buildSearchIndex, searchIndexParts } from '../core/search/search-index';
import { buildPersonCards } from './cards/person-card';
import {
  type BuildWarning,
  buildCorpus,
  type CorpusBuildResult,
  type CorpusSourceFile,
} from './corpus-builder';
import { buildCorpusInParallel } from './file-reading-pool';
import { MIN_ARTICLES_FOR_PAGES } from './people/discovered-registry';
import { parsePeopleRegistry } from './people/people-registry';
import { corpusShardFiles } from './shards/corpus-shards';

/** Per-file limit: far above any real article file, far below what a build can hold in memory. */
export const DEFAULT_MAX_FILE_MB = 64;
const BYTES_PER_MB = 1024 * 1024;
/** The language of the display names in `cards.json` (the corpus is Turkish). */
const CARD_LANGUAGE = 'tr';
const OUTPUT_FORMAT_VERSION = 1;

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

interface Options {
  inDir: string;
  outDir: string;
  peopleFile: string;
  maxFileBytes: number;
  /** Articles a discovered person must appear in to be marked on pages; 0: never. */
  minDiscoveredArticles: number;
}

/** The hand-curated registry shipped with Bağlam: a newsroom's own texts are matched against it by default. */
const BUNDLED_REGISTRY = fileURLToPath(new URL('../corpus/people.json', import.meta.url));

const USAGE =
  'usage: npm run corpus -- --in <dir> --out <dir> [--people <file>] [--max-file-mb <n>] [--min-discovered <n>]';

function parseArgs(args: readonly string[]): Options | string {
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const flag = args[i] as string;
    if (!['--in', '--out', '--people', '--max-file-mb', '--min-discovered'].includes(flag))
      return `unknown argument "${flag}"`;
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) return `${flag} needs a value`;
    values.set(flag, value);
    i++;
  }
  const inDir = values.get('--in');
  const outDir = values.get('--out');
  if (!inDir || !outDir) return '--in and --out are required';
  const maxMb = Number(values.get('--max-file-mb') ?? DEFAULT_MAX_FILE_MB);
  if (!Number.isFinite(maxMb) || maxMb <= 0) return '--max-file-mb must be a positive number';
  const minDiscovered = Number(values.get('--min-discovered') ?? MIN_ARTICLES_FOR_PAGES);
  if (!Number.isInteger(minDiscovered) || minDiscovered < 0)
    return '--min-discovered must be a whole number (0: discovered people are not marked on pages)';
  return {
    minDiscoveredArticles: minDiscovered,
    inDir: resolve(inDir),
    outDir: resolve(outDir),
    peopleFile: resolve(values.get('--people') ?? BUNDLED_REGISTRY),
    maxFileBytes: Math.floor(maxMb * BYTES_PER_MB),
  };
}

/** A build ready to write: the output files, and the summary to print once they are written. */
interface PlannedBuild {
  outDir: string;
  outputs: [string, string][];
  report: () => void;
}

/** Runs the build in-process (outputs written synchronously); returns the exit code. */
export function runBuildCorpus(args: readonly string[], io: CliIo): number {
  const plan = planBuild(args, io);
  if (typeof plan === 'number') return plan;
  try {
    writeAllOrNothing(plan.outDir, plan.outputs);
  } catch (error) {
    return writeFailed(plan, error, io);
  }
  plan.report();
  return 0;
}

/**
 * The command line: as `runBuildCorpus`, but the files are read across the machine's cores (worker
 * threads) and outputs are written asynchronously so that Ctrl-C is handled while they are: the
 * temporary files are removed and the exit code is 130.
 */
async function runBuildCorpusCli(args: readonly string[], io: CliIo): Promise<number> {
  const plan = await planBuildInParallel(args, io);
  if (typeof plan === 'number') return plan;
  // Installed only now: during the build no temporary file exists, and Ctrl-C keeps
  // its default, immediate exit.
  const temps: string[] = [];
  const onSigint = () => {
    for (const temp of temps) rmSync(temp, { force: true });
    io.err('corpus: interrupted; no output written');
    process.exit(130);
  };
  process.on('SIGINT', onSigint);
  try {
    await writeAllOrNothingAsync(plan.outDir, plan.outputs, temps);
  } catch (error) {
    return writeFailed(plan, error, io);
  } finally {
    process.off('SIGINT', onSigint);
  }
  plan.report();
  return 0;
}

function writeFailed(plan: PlannedBuild, error: unknown, io: CliIo): number {
  io.err(`corpus: could not write ${plan.outDir}: ${(error as Error).message}; no output written`);
  return 1;
}

/** What a build reads: the options, the registry and the input files (with the entries skipped). */
interface BuildInputs {
  options: Options;
  registry: PeopleRegistry;
  inputs: string[];
  skipped: BuildWarning[];
}

/** Reads and builds in this thread; returns what to write, or the exit code when there is nothing to write. */
function planBuild(args: readonly string[], io: CliIo): PlannedBuild | number {
  const read = readInputs(args, io);
  if (typeof read === 'number') return read;
  const { options, registry, inputs } = read;
  const result = buildCorpus(readFiles(inputs, options), registry, {
    minDiscoveredArticles: options.minDiscoveredArticles,
  });
  return planOutputs(read, result, io);
}

/** `planBuild`, with the files read across the machine's cores (the same result). */
async function planBuildInParallel(args: readonly string[], io: CliIo): Promise<PlannedBuild | number> {
  const read = readInputs(args, io);
  if (typeof read === 'number') return read;
  const { options, registry, inputs } = read;
  const result = await buildCorpusInParallel(readFiles(inputs, options), registry, {
    minDiscoveredArticles: options.minDiscoveredArticles,
  });
  return planOutputs(read, result, io);
}

/** The options, registry and input file list; or the exit code when any of them is wrong. */
function readInputs(args: readonly string[], io: CliIo): BuildInputs | number {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.err(`corpus: ${options}\n${USAGE}`);
    return 2;
  }
  let registry: PeopleRegistry;
  try {
    registry = readRegistry(options.peopleFile);
  } catch (error) {
    io.err(`corpus: ${(error as Error).message}`);
    return 1;
  }
  let inputs: string[];
  const skipped: BuildWarning[] = [];
  try {
    inputs = listTextFiles(options.inDir, skipped);
  } catch (error) {
    io.err(`corpus: cannot read the input directory ${options.inDir}: ${(error as Error).message}`);
    return 1;
  }
  return { options, registry, inputs, skipped };
}

/** Prints the warnings and turns the built corpus into the output files. */
function planOutputs(
  { options, skipped }: BuildInputs,
  result: CorpusBuildResult,
  io: CliIo,
): PlannedBuild | number {
  const warnings = [...skipped, ...result.warnings];
  for (const w of warnings) io.err(`warning: ${w.file}${w.line === null ? '' : `:${w.line}`}: ${w.message}`);

  const { summary } = result;
  if (summary.articles === 0) {
    io.err(
      `corpus: nothing usable was read from ${options.inDir} (${summary.files} .txt files, 0 articles); no output written`,
    );
    return 1;
  }

  const corpus = result.corpus;
  const discoveredIds = new Set((corpus.discovered ?? []).map((p) => p.id));
  const registryPeople = corpus.registry.people.map((p) => ({
    ...p,
    origin: discoveredIds.has(p.id) ? ('discovered' as const) : ('registry' as const),
  }));
  const cards = buildPersonCards(corpus, CARD_LANGUAGE);
  const outputs: [string, string][] = [
    ...corpusShardFiles(corpus, registryPeople, cards, searchIndexParts(buildSearchIndex(corpus))),
    // The worker's fallback for the matcher needs only names and aliases: small at any corpus size.
    ['registry.json', JSON.stringify({ version: OUTPUT_FORMAT_VERSION, people: registryPeople })],
    ['cards.json', JSON.stringify(cards)],
  ];
  // Measured once: the warnings and the summary both need it, and the outputs are tens of MB.
  const sizes = outputs.map(([, text]) => Buffer.byteLength(text));
  outputs.forEach(([name], i) => {
    const bytes = sizes[i] as number;
    if (bytes > MAX_SHARD_BYTES)
      io.err(
        `warning: ${name} is ${formatBytes(bytes)}, over the ${formatBytes(MAX_SHARD_BYTES)} a packaged file should be`,
      );
  });
  const report = () => {
    io.out(
      `corpus: ${summary.files} files (${summary.filesUsed} used), ${summary.articles} articles` +
        `${summary.duplicates ? ` (+${summary.duplicates} duplicates dropped)` : ''}, ${summary.quotes} quotes, ` +
        `${summary.people} people (${summary.peopleMentioned} mentioned), ${warnings.length} warnings, ${summary.discovered} people discovered`,
    );
    io.out(`  → ${options.outDir}: ${summarizeOutputs(outputs, sizes)}`);
  };
  return { outDir: options.outDir, outputs, report };
}

/** `articles-000…004.json 17.9 MB, manifest.json 6.1 kB, …`: shards of a kind on one line. */
function summarizeOutputs(outputs: readonly [string, string][], sizes: readonly number[]): string {
  const groups = new Map<string, { names: string[]; bytes: number }>();
  for (const [i, [name]] of outputs.entries()) {
    const key = name.replace(/-\d{3}\.(?:json|txt)$/u, '');
    const group = groups.get(key) ?? { names: [], bytes: 0 };
    groups.set(key, group);
    group.names.push(name);
    group.bytes += sizes[i] as number;
  }
  return [...groups]
    .map(([key, { names, bytes }]) => {
      const label =
        names.length === 1
          ? names[0]
          : `${key}-000…${String(names.length - 1).padStart(3, '0')}${/\.\w+$/u.exec(names[0] ?? '')?.[0] ?? ''}`;
      return `${label} ${formatBytes(bytes)}`;
    })
    .join(', ');
}

function readRegistry(file: string): PeopleRegistry {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `cannot read the people registry ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'}); pass --people <file>`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
  return parsePeopleRegistry(json, file);
}

/**
 * `*.txt` files under `dir`, recursively, sorted by path; hidden ones are ignored. Other files,
 * symbolic links and folders that cannot be read are noted per entry. Only an unreadable `dir`
 * itself throws.
 */
function listTextFiles(dir: string, skipped: BuildWarning[]): string[] {
  const found: string[] = [];
  const skip = (path: string, message: string) =>
    skipped.push({ file: displayPath(dir, path), line: null, message });
  const walk = (at: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(at, { withFileTypes: true });
    } catch (error) {
      if (at === dir) throw error;
      skip(at, `cannot read the folder (${(error as NodeJS.ErrnoException).code ?? 'error'}); skipped`);
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(at, entry.name);
      if (entry.isSymbolicLink()) skip(path, 'a symbolic link; not followed, skipped');
      else if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.txt')) found.push(path);
      else skip(path, 'not a .txt file; skipped');
    }
  };
  walk(dir);
  return found.sort();
}

/** `path` relative to the input folder, with `/` separators: warnings name the folder of a file. */
function displayPath(dir: string, path: string): string {
  return relative(dir, path).split(sep).join('/');
}

/** Reads lazily, one file at a time, after checking its size. */
function* readFiles(paths: readonly string[], options: Options): Generator<CorpusSourceFile> {
  for (const path of paths) {
    const name = displayPath(options.inDir, path);
    let size: number;
    try {
      size = statSync(path).size;
    } catch (error) {
      yield { name, error: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
      continue;
    }
    if (size > options.maxFileBytes) {
      yield {
        name,
        error: `too large (${formatBytes(size)}; the limit is ${formatBytes(options.maxFileBytes)} per file): split it into smaller files or pass --max-file-mb`,
      };
      continue;
    }
    try {
      yield { name, bytes: readFileSync(path) };
    } catch (error) {
      yield { name, error: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
    }
  }
}

/** Writes every file to a temporary name first and renames them into place only when all are written. */
function writeAllOrNothing(outDir: string, outputs: readonly [string, string][]): void {
  mkdirSync(outDir, { recursive: true });
  const temps: string[] = [];
  try {
    for (const [name, text] of outputs) {
      temps.push(tempPath(outDir, name));
      writeFileSync(temps[temps.length - 1] as string, text);
    }
    renameAll(outDir, outputs, temps);
  } catch (error) {
    for (const temp of temps) rmSync(temp, { force: true });
    throw error;
  }
}

/** Bytes per write: between two writes a Ctrl-C can be handled. */
const WRITE_CHUNK = 1024 * 1024;

/** `writeAllOrNothing`, asynchronously; `temps` lists the temporary files that exist at any moment. */
async function writeAllOrNothingAsync(
  outDir: string,
  outputs: readonly [string, string][],
  temps: string[],
): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  try {
    for (const [name, text] of outputs) {
      temps.push(tempPath(outDir, name));
      const file = await open(temps[temps.length - 1] as string, 'w');
      try {
        const bytes = Buffer.from(text);
        for (let at = 0; at < bytes.length; at += WRITE_CHUNK) {
          await file.write(bytes, at, Math.min(WRITE_CHUNK, bytes.length - at));
        }
      } finally {
        await file.close();
      }
    }
    renameAll(outDir, outputs, temps);
    temps.length = 0;
  } catch (error) {
    for (const temp of temps) rmSync(temp, { force: true });
    temps.length = 0;
    throw error;
  }
}

function tempPath(outDir: string, name: string): string {
  return join(outDir, `.${name}.${process.pid}.tmp`);
}

function renameAll(outDir: string, outputs: readonly [string, string][], temps: readonly string[]): void {
  for (let i = 0; i < outputs.length; i++) {
    renameSync(temps[i] as string, join(outDir, (outputs[i] as [string, string])[0]));
  }
  // Shards an earlier, larger build wrote (and the whole-file outputs of the format before shards).
  const written = new Set(outputs.map(([name]) => name));
  for (const name of readdirSync(outDir)) {
    if (!written.has(name) && (SHARD_FILE_RE.test(name) || OLD_OUTPUT_RE.test(name)))
      rmSync(join(outDir, name), { force: true });
  }
}

/** What earlier formats wrote: whole files, and the search index in JSON parts. */
const OLD_OUTPUT_RE = /^(?:articles|people|search-index)(?:-\d{3})?\.json$/u;

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < BYTES_PER_MB) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / BYTES_PER_MB).toFixed(1)} MB`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void runBuildCorpusCli(process.argv.slice(2), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  }).then((code) => {
    process.exitCode = code;
  });
}
