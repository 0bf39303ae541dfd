/**
 * The options page's archive: the active archive's collections (read from IndexedDB, which the page
 * shares with the background), and the jobs that change it — import a folder, a zip or an export,
 * remove a collection — run in the import worker (`lib/archive/import-worker.ts`, bundled by Vite as a worker of its own) with progress and
 * cancel; export is read here and downloaded as one file. After a change the background is told
 * (`archive-changed`) so that it reads the new archive, registry and search index.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { CorpusStatusResponseSchema } from '@/core/protocol/messages';
import { type ActiveArchive, ArchiveDb } from '@/lib/archive/archive-db';
import { archiveExport, exportFileName } from '@/lib/archive/archive-export';
import type { ImportProgress, ImportSummary } from '@/lib/archive/archive-import';
import type { ImportFailure, ImportReply, ImportRequest } from '@/lib/archive/import-protocol';
import ImportWorker from '@/lib/archive/import-worker?worker';
import { sendToBackground } from '@/lib/shared/messaging';
import { loadSettings, updateSettings } from '@/lib/shared/settings';

export type ArchiveJob =
  | { state: 'idle' }
  | { state: 'importing'; name: string; progress: ImportProgress | null; cancelling: boolean }
  | { state: 'removing'; name: string }
  | { state: 'imported'; name: string; summary: ImportSummary }
  | { state: 'removed'; name: string }
  | { state: 'exported'; fileName: string }
  | { state: 'failed'; reason: ImportFailure; message: string };

export interface ArchiveControls {
  /** The archive in use; null while it is read (or before the background has prepared it). */
  active: ActiveArchive | null;
  job: ArchiveJob;
  importFolder(files: readonly File[]): void;
  importFile(kind: 'zip' | 'export', file: File): void;
  cancel(): void;
  remove(collectionId: string): void;
  exportArchive(): Promise<void>;
}

/** How long a worker asked to cancel may take to stop between two files before it is ended. */
const CANCEL_GRACE_MS = 3000;
const RETRY_MS = 500;

function startWorker(): Worker {
  // Vite bundles the worker with its imports into a file of its own (`?worker`).
  return new ImportWorker();
}

async function readActive(): Promise<ActiveArchive | null> {
  const db = await ArchiveDb.open();
  try {
    return (await db.active()) ?? null;
  } finally {
    db.close();
  }
}

function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function useArchive(): ArchiveControls {
  const [active, setActive] = useState<ActiveArchive | null>(null);
  const [job, setJob] = useState<ArchiveJob>({ state: 'idle' });
  const worker = useRef<Worker | null>(null);
  const cancelTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const refresh = useCallback(async () => {
    const found = await readActive().catch(() => null);
    setActive(found);
    return found;
  }, []);

  // Until the background has put the packaged corpus in, there is nothing to import into.
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      void sendToBackground({ type: 'corpus-status' }, CorpusStatusResponseSchema).catch(() => {});
      const found = await readActive().catch(() => null);
      if (!live) return;
      setActive(found);
      if (!found) timer = setTimeout(poll, RETRY_MS);
    };
    void poll();
    return () => {
      live = false;
      clearTimeout(timer);
      worker.current?.terminate();
    };
  }, []);

  const finish = useCallback(
    async (next: ArchiveJob, changed: boolean) => {
      clearTimeout(cancelTimer.current);
      worker.current?.terminate();
      worker.current = null;
      if (changed) await sendToBackground({ type: 'archive-changed' }).catch(() => {});
      await refresh();
      setJob(next);
    },
    [refresh],
  );

  const run = useCallback(
    (request: Exclude<ImportRequest, { type: 'cancel' }>, name: string) => {
      if (worker.current) return;
      const started = startWorker();
      worker.current = started;
      setJob(
        request.type === 'remove'
          ? { state: 'removing', name }
          : { state: 'importing', name, progress: null, cancelling: false },
      );
      started.onmessage = (event: MessageEvent<ImportReply>) => {
        const reply = event.data;
        if (reply.type === 'progress')
          setJob((j) => (j.state === 'importing' ? { ...j, progress: reply.progress } : j));
        else if (reply.type === 'removed') void finish({ state: 'removed', name }, true);
        else if (reply.type === 'failed')
          void finish({ state: 'failed', reason: reply.reason, message: reply.message }, false);
        else {
          const { settings } = reply.summary;
          void (settings ? updateSettings(settings) : Promise.resolve()).then(() =>
            finish({ state: 'imported', name, summary: reply.summary }, true),
          );
        }
      };
      started.onerror = (event) => {
        event.preventDefault();
        void finish(
          { state: 'failed', reason: 'storage', message: event.message || 'the import stopped' },
          false,
        );
      };
      started.postMessage(request);
    },
    [finish],
  );

  const cancel = useCallback(() => {
    const current = worker.current;
    if (!current) return;
    setJob((j) => (j.state === 'importing' ? { ...j, cancelling: true } : j));
    current.postMessage({ type: 'cancel' } satisfies ImportRequest);
    // A worker busy building or writing stops only when ended; what it half wrote is never active.
    cancelTimer.current = setTimeout(() => {
      void finish(
        { state: 'failed', reason: 'cancelled', message: '' },
        // It may have switched the archive just before it was ended: let the background look.
        true,
      );
    }, CANCEL_GRACE_MS);
  }, [finish]);

  const importFolder = useCallback(
    (files: readonly File[]) => {
      if (files.length === 0) return;
      const first = files[0] as File;
      const name = first.webkitRelativePath.split('/')[0] || first.name;
      run({ type: 'import', kind: 'folder', name, files: [...files] }, name);
    },
    [run],
  );

  const importFile = useCallback(
    (kind: 'zip' | 'export', file: File) => run({ type: 'import', kind, name: file.name, file }, file.name),
    [run],
  );

  const remove = useCallback(
    (collectionId: string) => {
      const name = active?.collections?.find((c) => c.id === collectionId)?.name ?? collectionId;
      run({ type: 'remove', collection: collectionId }, name);
    },
    [run, active],
  );

  const exportArchive = useCallback(async () => {
    const db = await ArchiveDb.open();
    try {
      const current = await db.active();
      const collections = await Promise.all(
        (current?.collections ?? []).map(async (info) => ({ info, articles: await db.importedOf(info.id) })),
      );
      const { settings } = await loadSettings();
      const now = new Date();
      const fileName = exportFileName(now);
      download(fileName, JSON.stringify(archiveExport(collections, settings, now)));
      setJob({ state: 'exported', fileName });
    } finally {
      db.close();
    }
  }, []);

  return { active, job, importFolder, importFile, cancel, remove, exportArchive };
}
