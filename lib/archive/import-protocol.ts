/**
 * Messages between the options page and the import worker (`import-worker.ts`). Both ends are this
 * extension's own code in one origin, so they are typed, not validated; the files themselves are
 * the untrusted part, and the worker reads them as such.
 */
import type { ImportProgress, ImportSummary } from './archive-import';

export type ImportRequest =
  | { type: 'import'; kind: 'folder'; name: string; files: File[] }
  | { type: 'import'; kind: 'zip' | 'export'; name: string; file: File }
  /** Build the archive again without one collection (heavy, so off the page's thread too). */
  | { type: 'remove'; collection: string }
  /** Stop between two files; nothing is changed. */
  | { type: 'cancel' };

export type ImportFailure =
  | 'cancelled'
  | 'too-many-files'
  | 'too-large'
  | 'zip'
  | 'export'
  | 'empty'
  | 'quota'
  | 'storage'
  | 'not-ready';

export type ImportReply =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; summary: ImportSummary }
  | { type: 'removed' }
  | { type: 'failed'; reason: ImportFailure; message: string };
