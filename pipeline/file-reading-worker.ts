/**
 * A worker thread of `file-reading-pool.ts`: reads the batches of files it is sent with
 * `readSourceFile` and posts back their readings, in the batch's order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PersonEntry } from '../core/protocol/types';
import { type CorpusSourceFile, readSourceFile } from './corpus-builder';
import type { ReadingBatch, ReadingBatchResult } from './file-reading-pool';

const people = (workerData as { people: readonly PersonEntry[] }).people;

parentPort?.on('message', (batch: ReadingBatch) => {
  const readings = batch.files.map((file: CorpusSourceFile) => readSourceFile(file, people));
  parentPort?.postMessage({ index: batch.index, readings } satisfies ReadingBatchResult);
});
