/**
 * `buildCorpus` across the machine's cores: the files are read (decoded, parsed, quotes, roles and
 * people) in this thread and in worker threads, a batch at a time, and put together in the order given by
 * `assembleCorpus`, so the result is the one `buildCorpus` gives. Files are taken from `files`
 * lazily, as workers need work. Worker threads cannot load TypeScript themselves: each imports
 * `file-reading-worker.ts` through tsx, which runs the CLI.
 */
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PeopleRegistry } from '../core/protocol/types';
import {
  assembleCorpus,
  type BuildOptions,
  type CorpusBuildResult,
  type CorpusSourceFile,
  type FileReading,
  readSourceFile,
} from './corpus-builder';

export interface ReadingBatch {
  index: number;
  files: CorpusSourceFile[];
}

export interface ReadingBatchResult {
  index: number;
  readings: FileReading[];
}

/** Files per message: large enough that messaging costs little, small enough to share the work evenly. */
const FILES_PER_BATCH = 32;
/** Batches a worker holds at once, so it never waits for the next one. */
const BATCHES_IN_FLIGHT = 2;

/**
 * `threads` counts this thread, which reads batches too between feeding the workers. By default,
 * the cores other work leaves idle (at least one): on a busy machine a worker only adds the cost
 * of starting it (measured: ≈3 s more CPU and no faster at a load of 4 on 2 cores).
 */
export async function buildCorpusInParallel(
  files: Iterable<CorpusSourceFile>,
  registry: PeopleRegistry,
  options: BuildOptions = {},
  threads = idleCores(),
): Promise<CorpusBuildResult> {
  const batches: FileReading[][] = [];
  const source = files[Symbol.iterator]();
  let nextIndex = 0;
  const nextBatch = (): ReadingBatch | null => {
    const batch: CorpusSourceFile[] = [];
    while (batch.length < FILES_PER_BATCH) {
      const step = source.next();
      if (step.done) break;
      batch.push(step.value);
    }
    return batch.length === 0 ? null : { index: nextIndex++, files: batch };
  };

  const workers = Array.from({ length: Math.max(0, threads - 1) }, () => startWorker(registry));
  const fed = workers.map(
    (worker) =>
      new Promise<void>((resolve, reject) => {
        let pending = 0;
        const feed = () => {
          while (pending < BATCHES_IN_FLIGHT) {
            const batch = nextBatch();
            if (batch === null) break;
            worker.postMessage(batch);
            pending++;
          }
          if (pending === 0) resolve();
        };
        worker.on('message', (result: ReadingBatchResult) => {
          batches[result.index] = result.readings;
          pending--;
          feed();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => reject(new Error(`a corpus worker stopped (exit code ${code})`)));
        // Until a worker has loaded, this thread reads: its first batches wait for it, not the build.
        worker.once('online', feed);
      }),
  );
  try {
    for (;;) {
      const batch = nextBatch();
      if (batch === null) break;
      batches[batch.index] = batch.files.map((file) => readSourceFile(file, registry.people));
      // Lets the workers' results in, and sends them more, between two batches read here.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(fed);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return assembleCorpus(batches.flat(), registry, options);
}

/** Cores the last minute's load leaves free, rounded: 1 to all of them. */
export function idleCores(): number {
  const cores = availableParallelism();
  return Math.min(cores, Math.max(1, Math.round(cores - (loadavg()[0] ?? 0))));
}

function startWorker(registry: PeopleRegistry): Worker {
  const entry = new URL('./file-reading-worker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then((api) => api.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`;
  return new Worker(code, { eval: true, workerData: { people: registry.people } });
}
