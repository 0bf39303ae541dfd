/**
 * One import, from the files the user chose to the archive switched on: every `.txt` file is read
 * by the build's own `readSourceFile` (decoding, parsing, quotes, roles, people) against the
 * packaged registry, the new collection is put together with the bundled corpus and the earlier
 * imports (`commitArchive`), and the summary names every file's warnings. Runs in the import worker
 * (no DOM, no extension API); tests run it in Node. Cancelling (`signal`) is honoured between files
 * and before the switch: a cancelled or failed import changes nothing.
 */
import type { Settings } from '@/core/protocol/settings-schema';
import { type BuildWarning, type CorpusSourceFile, readSourceFile } from '@/pipeline/corpus-builder';
import type { BundledCorpus } from './archive-builder';
import type { ArchiveDb, CollectionInfo, ImportedArticle } from './archive-db';
import { readExport } from './archive-export';
import { ArchiveUpdateError, commitArchive, type UpdatePhase } from './archive-update';
import { MAX_FILE_BYTES, MAX_IMPORT_BYTES, MAX_IMPORT_FILES } from './import-limits';
import { readZip } from './zip-reader';

/** A file as the worker gets it (a `File` in the browser, bytes in tests). */
export interface SourceFile {
  /** With its folder inside the import (`webkitRelativePath`), else its name. */
  name: string;
  size: number;
  bytes(): Promise<Uint8Array>;
}

export type ImportSource =
  | { kind: 'folder'; name: string; files: SourceFile[] }
  | { kind: 'zip'; name: string; file: SourceFile }
  | { kind: 'export'; name: string; file: SourceFile };

export interface ImportProgress {
  phase: 'reading' | UpdatePhase;
  files: number;
  total: number;
  articles: number;
  quotes: number;
  people: number;
}

export interface ImportSummary {
  collections: CollectionInfo[];
  files: number;
  articles: number;
  quotes: number;
  /** People the new articles name (registered or not). */
  people: number;
  /** People the imports added to the registry (named in enough articles to be marked on pages). */
  discovered: number;
  warnings: BuildWarning[];
  /** An export's settings, to be stored by the page (the worker has no extension API). */
  settings?: Settings;
}

/** An import refused as a whole; nothing was changed. */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    message: string,
    readonly reason: 'cancelled' | 'too-many-files' | 'too-large' | 'zip' | 'export' | 'empty',
  ) {
    super(message);
  }
}

export interface ImportContext {
  db: ArchiveDb;
  bundled: () => Promise<BundledCorpus>;
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
  now?: () => Date;
  /** Articles a discovered person needs to join the registry (the build's default: 2). */
  minDiscoveredArticles?: number;
}

function checkCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ImportError('the import was cancelled; nothing was changed', 'cancelled');
}

function newCollectionId(now: Date): string {
  return `import-${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** The `.txt` files of a folder, with the ones left out as warnings; refuses a folder over the limits. */
function folderFiles(files: readonly SourceFile[], warnings: BuildWarning[]): SourceFile[] {
  const texts: SourceFile[] = [];
  // In path order, as the CLI reads a folder: the same folder gives the same archive and warnings.
  const ordered = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const file of ordered) {
    if (/\.txt$/iu.test(file.name)) texts.push(file);
    else warnings.push({ file: file.name, line: null, message: 'not a .txt file; skipped' });
  }
  if (texts.length > MAX_IMPORT_FILES)
    throw new ImportError(
      `${texts.length} text files, more than the ${MAX_IMPORT_FILES} one import may hold; import the folder in parts`,
      'too-many-files',
    );
  const bytes = texts.reduce((n, f) => n + Math.min(f.size, MAX_FILE_BYTES), 0);
  if (bytes > MAX_IMPORT_BYTES)
    throw new ImportError(
      `${Math.round(bytes / 1048576)} MB of text, more than the ${MAX_IMPORT_BYTES / 1048576} MB one import may hold`,
      'too-large',
    );
  return texts;
}

async function* folderSources(files: readonly SourceFile[]): AsyncGenerator<CorpusSourceFile> {
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) {
      yield {
        name: file.name,
        error: `${Math.round(file.size / 1048576)} MB, over the ${MAX_FILE_BYTES / 1048576} MB a file may have; skipped`,
      };
      continue;
    }
    try {
      yield { name: file.name, bytes: await file.bytes() };
    } catch (error) {
      yield { name: file.name, error: `cannot be read (${(error as Error).message}); skipped` };
    }
  }
}

/** Reads the files into the new collection's records, reporting progress after each file. */
async function readFiles(
  sources: AsyncIterable<CorpusSourceFile>,
  total: number,
  collection: string,
  context: ImportContext,
  bundled: BundledCorpus,
  warnings: BuildWarning[],
): Promise<{ records: ImportedArticle[]; files: number; people: Set<string> }> {
  const taken = new Set(bundled.articles.map((a) => a.id));
  const records: ImportedArticle[] = [];
  const people = new Set<string>();
  let files = 0;
  let quotes = 0;
  for await (const source of sources) {
    checkCancelled(context.signal);
    const reading = readSourceFile(source, bundled.people);
    warnings.push(...reading.warnings);
    for (const { article, facts } of reading.articles) {
      if (taken.has(article.id)) {
        warnings.push({
          file: reading.name,
          line: null,
          message: `article "${article.title}" is already in the archive; kept once`,
        });
        continue;
      }
      taken.add(article.id);
      records.push({ collection, id: article.id, file: reading.name, article, facts });
      quotes += article.quotes.length;
      for (const p of article.people ?? []) people.add(p.id);
    }
    files++;
    context.onProgress?.({
      phase: 'reading',
      files,
      total,
      articles: records.length,
      quotes,
      people: people.size,
    });
  }
  return { records, files, people };
}

export async function runImport(source: ImportSource, context: ImportContext): Promise<ImportSummary> {
  const { db, signal } = context;
  const now = (context.now ?? (() => new Date()))();
  const active = await db.active();
  if (!active) throw new ArchiveUpdateError('the archive is still being prepared', 'not-ready');
  const bundled = await context.bundled();
  checkCancelled(signal);
  const warnings: BuildWarning[] = [];
  let collections = [...(active.collections ?? [])];
  let added: ImportedArticle[] = [];
  let settings: Settings | undefined;
  let fileCount = 0;
  let peopleCount = 0;

  if (source.kind === 'export') {
    let exported: ReturnType<typeof readExport>;
    try {
      exported = readExport(new TextDecoder().decode(await source.file.bytes()));
    } catch (error) {
      throw new ImportError((error as Error).message, 'export');
    }
    settings = exported.settings;
    // A collection exported from this archive replaces itself: importing twice adds nothing.
    const incoming = new Set(exported.collections.map((c) => c.info.id));
    collections = [
      ...collections.filter((c) => !incoming.has(c.id)),
      ...exported.collections.map((c) => c.info),
    ];
    added = exported.collections.flatMap((c) => c.articles);
    fileCount = exported.collections.reduce((n, c) => n + c.info.counts.files, 0);
    peopleCount = new Set(added.flatMap((a) => (a.article.people ?? []).map((p) => p.id))).size;
  } else {
    const id = newCollectionId(now);
    let reading: { records: ImportedArticle[]; files: number; people: Set<string> };
    if (source.kind === 'folder') {
      const files = folderFiles(source.files, warnings);
      reading = await readFiles(folderSources(files), files.length, id, context, bundled, warnings);
    } else {
      let zip: ReturnType<typeof readZip>;
      try {
        zip = readZip(await source.file.bytes());
      } catch (error) {
        throw new ImportError(`${source.name}: ${(error as Error).message}`, 'zip');
      }
      for (const { name, why } of zip.skipped) warnings.push({ file: name, line: null, message: why });
      try {
        reading = await readFiles(zip.files, zip.total, id, context, bundled, warnings);
      } catch (error) {
        if (error instanceof ImportError) throw error;
        throw new ImportError(`${source.name}: ${(error as Error).message}`, 'zip');
      }
    }
    if (reading.records.length === 0)
      throw new ImportError(
        `no article could be read from ${source.name} (${reading.files} text files); nothing was changed`,
        'empty',
      );
    added = reading.records;
    fileCount = reading.files;
    peopleCount = reading.people.size;
    collections.push({
      id,
      name: source.name,
      importedAt: now.toISOString(),
      counts: {
        files: reading.files,
        articles: added.length,
        quotes: added.reduce((n, a) => n + a.article.quotes.length, 0),
      },
      warnings: warnings.length,
    });
  }
  checkCancelled(signal);
  const progress = (phase: UpdatePhase) => {
    checkCancelled(signal);
    context.onProgress?.({
      phase,
      files: fileCount,
      total: fileCount,
      articles: added.length,
      quotes: added.reduce((n, a) => n + a.article.quotes.length, 0),
      people: peopleCount,
    });
  };
  const { built } = await commitArchive(
    db,
    bundled,
    collections,
    added,
    progress,
    context.minDiscoveredArticles === undefined
      ? {}
      : { minDiscoveredArticles: context.minDiscoveredArticles },
  );
  return {
    collections,
    files: fileCount,
    articles: added.length,
    quotes: added.reduce((n, a) => n + a.article.quotes.length, 0),
    people: peopleCount,
    discovered: built.discovered.length,
    warnings,
    ...(settings ? { settings } : {}),
  };
}
