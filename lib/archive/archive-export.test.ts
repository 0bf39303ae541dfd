import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@/core/protocol/settings-schema';
import { loadArchive } from '@/lib/background/archive-loader';
import { makeZip } from '@/test/fixtures/zip-writer';
import { realFiles, seedPackage } from '@/test/unit/archive-fixtures';
import { ArchiveDb } from './archive-db';
import { archiveExport, exportFileName, readExport } from './archive-export';
import { runImport, type SourceFile } from './archive-import';
import { readBundled, removeCollection } from './archive-update';

const packaged = seedPackage();
let dbCount = 0;

async function loadedDb(): Promise<ArchiveDb> {
  const db = await ArchiveDb.open(`archive-export-${dbCount++}`);
  await loadArchive(db, packaged);
  return db;
}

async function exportOf(db: ArchiveDb, settings = defaultSettings()) {
  const active = await db.active();
  const collections = await Promise.all(
    (active?.collections ?? []).map(async (info) => ({ info, articles: await db.importedOf(info.id) })),
  );
  return archiveExport(collections, settings, new Date('2026-12-02T10:00:00Z'));
}

const fileOf = (name: string, json: string): SourceFile => {
  const bytes = new TextEncoder().encode(json);
  return { name, size: bytes.length, bytes: async () => bytes };
};

describe('export', () => {
  it('is named for the day', () => {
    expect(exportFileName(new Date('2026-12-02T23:00:00Z'))).toBe('baglam-archive-2026-12-02.json');
  });

  it('round-trips: export → remove everything → import the export → the same export', async () => {
    const db = await loadedDb();
    const bundled = () => readBundled(packaged);
    await runImport({ kind: 'folder', name: 'folder', files: realFiles([45, 46]) }, { db, bundled });
    const zip = makeZip([{ name: 'z/047.txt', data: await realFiles([47])[0]!.bytes() }]);
    await runImport(
      { kind: 'zip', name: 'news.zip', file: { name: 'news.zip', size: zip.length, bytes: async () => zip } },
      { db, bundled },
    );
    const settings = {
      ...defaultSettings(),
      highlightStyle: 'background' as const,
      mutedPeople: ['donald-trump'],
    };
    const first = await exportOf(db, settings);
    const json = JSON.stringify(first);
    const counts = (await db.active())?.counts;

    for (const c of (await db.active())?.collections ?? []) await removeCollection(db, await bundled(), c.id);
    expect((await db.active())?.collections).toBeUndefined();

    const summary = await runImport(
      { kind: 'export', name: 'export.json', file: fileOf('export.json', json) },
      { db, bundled },
    );
    expect(summary.settings).toEqual(settings);
    expect((await db.active())?.counts).toEqual(counts);
    expect(await exportOf(db, settings)).toEqual(first);

    // Importing the same export again replaces its collections instead of doubling them.
    await runImport(
      { kind: 'export', name: 'export.json', file: fileOf('export.json', json) },
      { db, bundled },
    );
    expect((await db.active())?.counts).toEqual(counts);
  });

  it('refuses an export whose settings are invalid, changing nothing', async () => {
    const db = await loadedDb();
    const before = await db.active();
    const bad = { ...(await exportOf(db)), settings: { ...defaultSettings(), hoverDelayMs: -5 } };
    expect(() => readExport(JSON.stringify(bad))).toThrow(/settings are not valid/u);
    await expect(
      runImport(
        { kind: 'export', name: 'bad.json', file: fileOf('bad.json', JSON.stringify(bad)) },
        { db, bundled: () => readBundled(packaged) },
      ),
    ).rejects.toMatchObject({ reason: 'export' });
    expect(await db.active()).toEqual(before);
  });

  it('refuses what is not an export, or a damaged one, naming why', () => {
    expect(() => readExport('not json')).toThrow(/not JSON/u);
    expect(() => readExport('{"format":"other"}')).toThrow(/no format tag/u);
    expect(() => readExport('{"format":"baglam-archive-export","version":9}')).toThrow(/format version 9/u);
    const damaged = {
      format: 'baglam-archive-export',
      version: 1,
      exportedAt: '',
      settings: defaultSettings(),
      collections: [{ info: { id: 'c' }, articles: [] }],
    };
    expect(() => readExport(JSON.stringify(damaged))).toThrow(/damaged \(collections\.0\.info\.name/u);
  });
});
