/**
 * The import worker: reads the chosen files, builds the archive and writes it, off the options
 * page's thread (`runImport`, `removeCollection`). Started by `lib/pages/use-archive.ts` with
 * `new Worker(new URL(…), { type: 'module' })`, bundled by Vite. It has no extension API: the
 * packaged corpus is fetched from the extension's own origin, and the page tells the background.
 */
import { ArchiveDb } from './archive-db';
import { ImportError, type ImportSource, runImport, type SourceFile } from './archive-import';
import { withArchiveLock } from './archive-lock';
import { ArchiveUpdateError, readBundled, removeCollection } from './archive-update';
import type { ImportFailure, ImportReply, ImportRequest } from './import-protocol';
import { PackagedCorpus } from './packaged-corpus';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(reply: ImportReply): void;
};
const controller = new AbortController();
const bundled = () => readBundled(new PackagedCorpus());

function sourceFile(file: File): SourceFile {
  return {
    // A folder's files carry their path inside it: warnings name the file where it is.
    name: file.webkitRelativePath || file.name,
    size: file.size,
    bytes: async () => new Uint8Array(await file.arrayBuffer()),
  };
}

function failure(error: unknown): ImportReply {
  const message = error instanceof Error ? error.message : String(error);
  let reason: ImportFailure = 'storage';
  if (error instanceof ImportError || error instanceof ArchiveUpdateError) reason = error.reason;
  return { type: 'failed', reason, message };
}

async function run(request: Exclude<ImportRequest, { type: 'cancel' }>, db: ArchiveDb): Promise<ImportReply> {
  if (request.type === 'remove') {
    await removeCollection(db, await bundled(), request.collection);
    return { type: 'removed' };
  }
  const source: ImportSource =
    request.kind === 'folder'
      ? { kind: 'folder', name: request.name, files: request.files.map(sourceFile) }
      : { kind: request.kind, name: request.name, file: sourceFile(request.file) };
  const summary = await runImport(source, {
    db,
    bundled,
    signal: controller.signal,
    onProgress: (progress) => scope.postMessage({ type: 'progress', progress }),
  });
  return { type: 'done', summary };
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'cancel') {
    controller.abort();
    return;
  }
  void (async () => {
    let db: ArchiveDb | null = null;
    try {
      db = await ArchiveDb.open();
      const open = db;
      scope.postMessage(await withArchiveLock(() => run(request, open)));
    } catch (error) {
      scope.postMessage(failure(error));
    } finally {
      db?.close();
    }
  })();
};
