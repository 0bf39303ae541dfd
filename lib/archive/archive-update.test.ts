import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { loadArchive } from '@/lib/background/archive-loader';
import { encodeWindows1254 } from '@/pipeline/decode/text-decoding';
import { realFiles, seedPackage } from '@/test/unit/archive-fixtures';
import { buildArchive } from './archive-builder';
import { ArchiveDb } from './archive-db';
import { ImportError, runImport, type SourceFile } from './archive-import';
import { withArchiveLock } from './archive-lock';
import { ArchiveUpdateError, readBundled, removeCollection } from './archive-update';

let dbCount = 0;
const packaged = seedPackage();
/** Arakçi, whom the registry does not know, is named in all of these. */
const ARAKCI_FILES = [45, 46, 47];

async function loadedDb(): Promise<ArchiveDb> {
  const db = await ArchiveDb.open(`archive-update-${dbCount++}`);
  await loadArchive(db, packaged);
  return db;
}

const context = (db: ArchiveDb) => ({ db, bundled: () => readBundled(packaged) });

describe('the archive builder', () => {
  it('combines the bundled corpus with an import: its discovered person joins the registry with a row and card', async () => {
    const db = await loadedDb();
    const bundled = await readBundled(packaged);
    await runImport({ kind: 'folder', name: 'my-archive', files: realFiles(ARAKCI_FILES) }, context(db));
    const active = await db.active();
    const imported = await db.importedOf(active?.collections?.[0]?.id ?? '');
    const built = buildArchive(bundled, imported);
    expect(built.counts.articles).toBe(bundled.articles.length + imported.length);
    expect(built.discovered).toContain('abbas-arakci');
    const arakci = built.people.find((p) => p.id === 'abbas-arakci');
    expect(arakci?.origin).toBe('discovered');
    expect(built.people.slice(0, bundled.people.length)).toEqual(bundled.people);
    const row = built.rows.find((r) => r.id === 'abbas-arakci');
    expect(row?.stats.articles.length).toBeGreaterThanOrEqual(2);
    expect(row?.card?.person.id).toBe('abbas-arakci');
    expect(built.index.base.length + built.index.shards.join('').length).toBeGreaterThan(1000);
  });
});

describe('an import', () => {
  it('switches to the combined archive at once: records, registry, search index, collection', async () => {
    const db = await loadedDb();
    const before = await db.active();
    const progress = vi.fn();
    const summary = await runImport(
      { kind: 'folder', name: 'my-archive', files: [...realFiles(ARAKCI_FILES), ...realFiles([1], 'x')] },
      { ...context(db), onProgress: progress },
    );
    expect(summary.articles).toBe(4);
    expect(summary.files).toBe(4);
    expect(summary.discovered).toBeGreaterThanOrEqual(1);
    expect(progress).toHaveBeenCalledWith(expect.objectContaining({ phase: 'reading', files: 1, total: 4 }));
    const active = await db.active();
    expect(active?.version).not.toBe(before?.version);
    expect(active?.counts.articles).toBe((before?.counts.articles ?? 0) + 4);
    expect(active?.collections?.map((c) => c.name)).toEqual(['my-archive']);
    expect(active?.registry?.some((p) => p.id === 'abbas-arakci')).toBe(true);
    // The search index in parts: people with the shard count, each shard a record of its own.
    const index = await db.index(active?.version ?? '');
    expect(index?.base).toContain('"people"');
    expect(index?.shards).toBeGreaterThan(0);
    expect(await db.indexShard(active?.version ?? '', 0)).toContain('"articles"');
    expect(await db.indexShard(active?.version ?? '', index?.shards ?? 0)).toBeUndefined();
    // The pages' matcher was packed with it: a worker does not compile the combined registry.
    const stored = JSON.parse((await db.matcher(active?.version ?? '')) ?? 'null') as {
      labels: string;
      matcher: { ids: string[] };
    };
    expect(stored.matcher.ids).toContain('abbas-arakci');
    expect(stored.labels.split('\n').map((line) => line.split('\t')[0])).toContain('Abbas Arakçi');
    expect((await db.person(active?.version ?? '', 'abbas-arakci'))?.card).not.toBeNull();
    // The previous version's records are gone.
    expect(await db.count('articles', before?.version ?? '')).toBe(0);
  });

  it('skips what is not text, with a warning naming the file', async () => {
    const db = await loadedDb();
    const summary = await runImport(
      {
        kind: 'folder',
        name: 'mixed',
        files: [
          ...realFiles([45]),
          { name: 'mixed/photo.jpg', size: 3, bytes: async () => new Uint8Array([1, 2, 3]) },
          { name: 'mixed/empty.txt', size: 0, bytes: async () => new Uint8Array() },
        ],
      },
      context(db),
    );
    expect(summary.warnings).toEqual(
      expect.arrayContaining([
        { file: 'mixed/photo.jpg', line: null, message: 'not a .txt file; skipped' },
        expect.objectContaining({ file: 'mixed/empty.txt' }),
      ]),
    );
  });

  it('refuses a folder with nothing to read, changing nothing', async () => {
    const db = await loadedDb();
    const before = await db.active();
    const empty = { name: 'e/empty.txt', size: 0, bytes: async () => new Uint8Array() };
    await expect(runImport({ kind: 'folder', name: 'e', files: [empty] }, context(db))).rejects.toMatchObject(
      {
        reason: 'empty',
      },
    );
    expect(await db.active()).toEqual(before);
  });

  it('is cancelled between files, leaving the previous archive as it was', async () => {
    const db = await loadedDb();
    await runImport({ kind: 'folder', name: 'first', files: realFiles([45, 46]) }, context(db));
    const before = await db.active();
    const controller = new AbortController();
    const files = realFiles([47, 48, 49, 50]);
    await expect(
      runImport(
        { kind: 'folder', name: 'second', files },
        {
          ...context(db),
          signal: controller.signal,
          onProgress: (p) => {
            if (p.files === 2) controller.abort();
          },
        },
      ),
    ).rejects.toBeInstanceOf(ImportError);
    expect(await db.active()).toEqual(before);
    expect(await db.count('articles', before?.version ?? '')).toBe(before?.counts.articles);
  });

  it('fails on a full disk with the previous archive intact and nothing left behind', async () => {
    const db = await loadedDb();
    await runImport({ kind: 'folder', name: 'first', files: realFiles([45]) }, context(db));
    const before = await db.active();
    const putPeople = vi
      .spyOn(db, 'putPeople')
      .mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const failed = runImport({ kind: 'folder', name: 'second', files: realFiles([46, 47]) }, context(db));
    await expect(failed).rejects.toBeInstanceOf(ArchiveUpdateError);
    await expect(failed).rejects.toMatchObject({ reason: 'quota' });
    putPeople.mockRestore();
    expect(await db.active()).toEqual(before);
    // The half-written version and the new collection's records were removed.
    const versions = new Set<string>();
    const raw = await openDB(dbName(db));
    for (const key of await raw.getAllKeys('articles')) versions.add((key as string[])[0] as string);
    const collections = new Set((await raw.getAllKeys('imported')).map((k) => (k as string[])[0]));
    raw.close();
    expect([...versions]).toEqual([before?.version]);
    expect([...collections]).toEqual(before?.collections?.map((c) => c.id));
  });

  it('removes a collection by building the archive without it; the last one gives the package back', async () => {
    const db = await loadedDb();
    const bundled = await readBundled(packaged);
    const first = await runImport({ kind: 'folder', name: 'first', files: realFiles([45, 46]) }, context(db));
    await runImport({ kind: 'folder', name: 'second', files: realFiles([1]) }, context(db));
    expect((await db.active())?.collections?.length).toBe(2);
    const before = (await db.active())?.version ?? '';
    const afterRemoval = await removeCollection(db, bundled, first.collections[0]?.id ?? '');
    // The old version's index went with it, shards too; the new one's stayed.
    expect(await db.index(before)).toBeUndefined();
    expect(await db.indexShard(before, 0)).toBeUndefined();
    expect(await db.indexShard(afterRemoval.version, 0)).toContain('"articles"');
    expect(afterRemoval.collections?.map((c) => c.name)).toEqual(['second']);
    expect(afterRemoval.counts.articles).toBe(bundled.articles.length + 1);
    expect(afterRemoval.registry?.some((p) => p.id === 'abbas-arakci')).toBe(false);
    const last = await removeCollection(db, bundled, afterRemoval.collections?.[0]?.id ?? '');
    expect(last.collections).toBeUndefined();
    expect(last.registry).toBeUndefined();
    expect(last.ownIndex).toBeUndefined();
    expect(last.counts.articles).toBe(bundled.articles.length);
    expect(await db.importedOf(first.collections[0]?.id ?? '')).toEqual([]);
  });

  it('survives an update of the packaged corpus: the imports are built into the new one', async () => {
    const db = await loadedDb();
    await runImport({ kind: 'folder', name: 'mine', files: realFiles([45, 46]) }, context(db));
    const before = await db.active();
    // Another package version: the loader must keep the collection.
    const updated = seedPackage(true);
    const after = await loadArchive(db, updated);
    expect(after.bundledVersion).toBe((await updated.manifest()).corpusVersion);
    expect(after.bundledVersion).not.toBe(before?.bundledVersion);
    expect(after.collections).toEqual(before?.collections);
    expect(after.counts.articles).toBe((before?.counts.articles ?? 0) - 1);
    expect(after.registry?.some((p) => p.id === 'abbas-arakci')).toBe(true);
  });
});

/** The IndexedDB name an `ArchiveDb` opened (for raw reads in tests). */
function dbName(db: ArchiveDb): string {
  return (db as unknown as { db: { name: string } }).db.name;
}

describe('two imports at once (two options pages)', () => {
  it('keep both collections: the second waits for the first under the archive lock', async () => {
    // Node has no Web Locks: a one-at-a-time queue standing in for the browser's.
    let queue: Promise<unknown> = Promise.resolve();
    const locks = {
      request: (_name: string, run: () => Promise<unknown>) => {
        const next = queue.then(run);
        queue = next.catch(() => {});
        return next;
      },
    };
    vi.stubGlobal('navigator', { locks });
    try {
      const db = await loadedDb();
      await Promise.all([
        withArchiveLock(() =>
          runImport({ kind: 'folder', name: 'one', files: realFiles([45, 46]) }, context(db)),
        ),
        withArchiveLock(() => runImport({ kind: 'folder', name: 'two', files: realFiles([1]) }, context(db))),
      ]);
      const active = await db.active();
      expect(active?.collections?.map((c) => c.name)).toEqual(['one', 'two']);
      for (const c of active?.collections ?? [])
        expect((await db.importedOf(c.id)).length).toBeGreaterThan(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('bad input', () => {
  /** A file whose bytes must never be read (too large to be). */
  const unread = (name: string, size: number): SourceFile => ({
    name,
    size,
    bytes: async () => {
      throw new Error(`${name} was read`);
    },
  });

  it('skips a 100 MB file with a warning naming it, and imports the rest', async () => {
    const db = await loadedDb();
    const summary = await runImport(
      {
        kind: 'folder',
        name: 'big',
        files: [...realFiles([45], 'big'), unread('big/huge.txt', 100 * 1048576)],
      },
      context(db),
    );
    expect(summary.articles).toBe(1);
    expect(summary.warnings).toContainEqual({
      file: 'big/huge.txt',
      line: null,
      message: '100 MB, over the 64 MB a file may have; skipped',
    });
  });

  it('refuses a 50,000-file folder whole, before reading any of it', async () => {
    const db = await loadedDb();
    const before = await db.active();
    const files = Array.from({ length: 50_000 }, (_, i) => unread(`many/${i}.txt`, 1000));
    await expect(runImport({ kind: 'folder', name: 'many', files }, context(db))).rejects.toMatchObject({
      reason: 'too-many-files',
      message: expect.stringContaining('50000 text files, more than the 10000'),
    });
    expect(await db.active()).toEqual(before);
  });

  it('reads a Windows-1254 file, saying which encoding it guessed', async () => {
    const db = await loadedDb();
    const text = new TextDecoder().decode(await realFiles([45])[0]!.bytes());
    const bytes = encodeWindows1254(text) as Uint8Array;
    const summary = await runImport(
      {
        kind: 'folder',
        name: 'old',
        files: [{ name: 'old/eski.txt', size: bytes.length, bytes: async () => bytes }],
      },
      context(db),
    );
    expect(summary.articles).toBe(1);
    expect(summary.warnings.some((w) => w.file === 'old/eski.txt' && /1254|8859-9/u.test(w.message))).toBe(
      true,
    );
    const active = await db.active();
    const [imported] = await db.importedOf(active?.collections?.[0]?.id ?? '');
    expect(imported?.article.paragraphs.join(' ')).toContain('Dışişleri');
  });

  it('after a browser closed mid-import, the previous archive is active and the next import tidies up', async () => {
    const db = await loadedDb();
    await runImport({ kind: 'folder', name: 'kept', files: realFiles([45]) }, context(db));
    const before = await db.active();
    // What a crash between the writes and the switch leaves: records of a version never activated,
    // and imported articles of a collection the archive does not list.
    const [ghost] = await db.importedOf(before?.collections?.[0]?.id ?? '');
    await db.putArticles('half-written', [ghost!.article]);
    await db.putImported([{ ...ghost!, collection: 'import-ghost' }]);
    expect(await db.active()).toEqual(before);
    expect(await db.article(before?.version ?? '', ghost!.id)).toBeDefined();

    await runImport({ kind: 'folder', name: 'next', files: realFiles([46]) }, context(db));
    expect(await db.count('articles', 'half-written')).toBe(0);
    expect(await db.importedOf('import-ghost')).toEqual([]);
    expect((await db.active())?.collections?.map((c) => c.name)).toEqual(['kept', 'next']);
  });
});

describe('a damaged archive never costs the imports', () => {
  for (const [damage, harm] of [
    ['switched off (records found lost)', (db: ArchiveDb) => db.deactivate()],
    [
      'a garbage active record',
      async (db: ArchiveDb) => {
        const raw = await openDB(dbName(db));
        await raw.put('meta', { version: 42, counts: 'many' }, 'active');
        raw.close();
      },
    ],
  ] as const)
    it(`${damage}: the next load builds the imports in again`, async () => {
      const db = await loadedDb();
      await runImport({ kind: 'folder', name: 'mine', files: realFiles(ARAKCI_FILES) }, context(db));
      const before = await db.active();
      await harm(db);
      expect(await db.active()).toBeUndefined();
      const after = await loadArchive(db, packaged);
      expect(after.collections).toEqual(before?.collections);
      expect(after.counts).toEqual(before?.counts);
      expect(after.registry?.some((p) => p.id === 'abbas-arakci')).toBe(true);
      expect((await db.person(after.version, 'abbas-arakci'))?.card).not.toBeNull();
    });

  it('with neither the archive nor its saved collection list readable, the imports are found from their records', async () => {
    const db = await loadedDb();
    const { collections } = await runImport(
      { kind: 'folder', name: 'mine', files: realFiles(ARAKCI_FILES) },
      context(db),
    );
    const id = collections[0]?.id ?? '';
    const stored = (await db.importedOf(id)).length;
    const raw = await openDB(dbName(db));
    await raw.put('meta', 'garbage', 'active');
    await raw.put('meta', { not: 'a list' }, 'collections');
    raw.close();
    expect(await db.collections()).toBeNull();
    const after = await loadArchive(db, packaged);
    expect(after.collections?.map((c) => [c.id, c.counts.articles])).toEqual([[id, stored]]);
    expect(after.registry?.some((p) => p.id === 'abbas-arakci')).toBe(true);
    // And a later import does not take them for leftovers.
    await runImport({ kind: 'folder', name: 'next', files: realFiles([1]) }, context(db));
    expect((await db.importedOf(id)).length).toBe(stored);
  });
});

describe('the database upgrade', () => {
  it('keeps the records and the active archive of version 1', async () => {
    const name = `archive-v1-${dbCount++}`;
    const v1 = await openDB(name, 1, {
      upgrade(database) {
        database.createObjectStore('articles', { keyPath: ['version', 'id'] });
        database.createObjectStore('people', { keyPath: ['version', 'id'] });
        database.createObjectStore('meta');
      },
    });
    await v1.put('articles', { version: 'v', id: 'a', article: { id: 'a', title: 'kept' } });
    await v1.put(
      'meta',
      { version: 'v', counts: { articles: 1, quotes: 0, people: 0 }, recent: [] },
      'active',
    );
    v1.close();
    const db = await ArchiveDb.open(name);
    expect((await db.active())?.version).toBe('v');
    expect((await db.article('v', 'a'))?.title).toBe('kept');
    expect(await db.importedOf('any')).toEqual([]);
    db.close();
  });
});
