/** The background's store with the user's imports in the archive: registry, search index, reload. */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import type { ResponseMap } from '@/core/protocol/messages';
import { ArchiveDb } from '@/lib/archive/archive-db';
import { runImport } from '@/lib/archive/archive-import';
import { readBundled } from '@/lib/archive/archive-update';
import { realFiles, seedPackage } from '@/test/unit/archive-fixtures';
import { CorpusStore } from './corpus-store';
import { handleRequest } from './request-handler';

let dbCount = 0;

describe('the store after an import', () => {
  it('answers from the combined archive once told the archive changed', async () => {
    const name = `store-imports-${dbCount++}`;
    const packaged = seedPackage();
    const store = new CorpusStore({ packaged, openDb: () => ArchiveDb.open(name) });
    await store.prepare();
    const bundledCount = (store.status() as { articles: number }).articles;
    // A search before the import caches the packaged index: the reload must drop it.
    await handleRequest({ type: 'search', query: 'arakçi' }, store);

    const db = await ArchiveDb.open(name);
    const summary = await runImport(
      { kind: 'folder', name: 'mine', files: realFiles([45, 46, 47]) },
      { db, bundled: () => readBundled(packaged) },
    );
    db.close();

    expect(await handleRequest({ type: 'archive-changed' }, store)).toEqual({
      state: 'ready',
      articles: bundledCount + summary.articles,
    });
    // Open tabs are told (they start over with the new matcher).
    expect(await browser.storage.local.get('archiveVersion')).toEqual({
      archiveVersion: store.archiveVersion(),
    });
    expect(store.archiveVersion()).toContain('+');
    const registry = (await handleRequest({ type: 'list-people' }, store)) as ResponseMap['list-people'];
    expect(registry.people.map((p) => p.id)).toContain('abbas-arakci');
    // The pages' matcher is packed from that registry: it names him too.
    const matcher = (await handleRequest({ type: 'get-matcher' }, store)) as ResponseMap['get-matcher'];
    expect(matcher.labels.split('\n').map((line) => line.split('\t')[0])).toContain('Abbas Arakçi');
    const found = (await handleRequest({ type: 'search', query: 'arakçi' }, store)) as ResponseMap['search'];
    expect(found.hits[0]).toMatchObject({ kind: 'person', id: 'abbas-arakci' });
    expect(found.hits.some((h) => h.kind === 'article')).toBe(true);
    expect((await store.card('abbas-arakci'))?.person.id).toBe('abbas-arakci');

    // The stored matcher is the one answered (a worker does not pack it again); a damaged one is
    // packed again instead of sent.
    const version = store.archiveVersion() ?? '';
    const storedAs = async (text: string) => {
      const raw = await openDB(name);
      await raw.put('indexes', { ...(await raw.get('indexes', version)), matcher: text });
      raw.close();
      const fresh = new CorpusStore({ packaged, openDb: () => ArchiveDb.open(name) });
      await fresh.prepare();
      return (await handleRequest({ type: 'get-matcher' }, fresh)) as ResponseMap['get-matcher'];
    };
    const marked = { ...matcher, labels: matcher.labels.replace(/\t/u, '*\t') };
    expect(await storedAs(JSON.stringify(marked))).toEqual(marked);
    expect(await storedAs('{"matcher": 1}')).toEqual(matcher);

    // A new worker (MV3 stops idle ones) reads the same archive, without reloading the package.
    const cold = new CorpusStore({ packaged: seedPackage(), openDb: () => ArchiveDb.open(name) });
    await cold.prepare();
    expect(cold.status()).toEqual({ state: 'ready', articles: bundledCount + summary.articles });
    expect((await cold.registry()).some((p) => p.id === 'abbas-arakci')).toBe(true);
  });
});
