// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { ActiveArchive } from '@/lib/archive/archive-db';
import { UiContext } from '@/lib/pages/ui-context';
import type { ArchiveControls, ArchiveJob } from '@/lib/pages/use-archive';
import { createTranslator } from '@/lib/shared/i18n';
import { ArchiveSection } from './ArchiveSection';

const ACTIVE: ActiveArchive = {
  version: 'v+1',
  bundledVersion: 'v',
  counts: { articles: 10, quotes: 30, people: 5 },
  recent: [],
  collections: [
    {
      id: 'import-1',
      name: 'my-archive',
      importedAt: '2026-12-02T10:00:00.000Z',
      counts: { files: 7, articles: 7, quotes: 20 },
      warnings: 1,
    },
  ],
};

function mount(job: ArchiveJob, lang: 'tr' | 'en' = 'en') {
  const calls: string[] = [];
  const controls: ArchiveControls = {
    active: ACTIVE,
    job,
    importFolder: () => calls.push('folder'),
    importFile: (kind) => calls.push(kind),
    cancel: () => calls.push('cancel'),
    remove: (id) => calls.push(`remove ${id}`),
    exportArchive: async () => {
      calls.push('export');
    },
  };
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <UiContext.Provider value={{ t: createTranslator(lang), lang, navigate: () => {} }}>
      <ArchiveSection archive={controls} />
    </UiContext.Provider>,
    root,
  );
  return { root, calls };
}

const rendered = () => new Promise((done) => setTimeout(done, 0));
const byTestId = (root: Element, id: string) => root.querySelector(`[data-testid="${id}"]`);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the archive section', () => {
  it('lists the bundled corpus (not removable) and each import, removed only after a confirmation', async () => {
    const { root, calls } = mount({ state: 'idle' });
    expect(byTestId(root, 'collection-bundled')?.textContent).toContain('articles: 3 · cannot be removed');
    expect(byTestId(root, 'collection-bundled')?.querySelector('button')).toBeNull();
    expect(byTestId(root, 'collection-name')?.textContent).toBe('my-archive');
    expect(byTestId(root, 'collection-counts')?.textContent).toMatch(
      /^files: 7 · articles: 7 · quotes: 20 · imported /u,
    );
    const remove = byTestId(root, 'collection-remove') as HTMLButtonElement;
    expect(remove.getAttribute('aria-label')).toBe('Remove the collection my-archive');
    remove.click();
    await rendered();
    expect(calls).toEqual([]);
    (byTestId(root, 'collection-remove-yes') as HTMLButtonElement).click();
    expect(calls).toEqual(['remove import-1']);
  });

  it('shows progress with counts in a live region, and cancels', async () => {
    const { root, calls } = mount({
      state: 'importing',
      name: 'my-archive',
      cancelling: false,
      progress: { phase: 'reading', files: 3, total: 7, articles: 3, quotes: 9, people: 4 },
    });
    const status = byTestId(root, 'archive-status');
    expect(status?.getAttribute('role')).toBe('status');
    expect(status?.textContent).toContain('Reading my-archive: file 3 of 7');
    expect(status?.textContent).toContain('Articles: 3 · quotes: 9 · people: 4');
    const bar = byTestId(root, 'import-progress-bar') as HTMLProgressElement;
    expect([bar.max, bar.value]).toEqual([7, 3]);
    for (const button of root.querySelectorAll<HTMLButtonElement>('.archive-actions button'))
      expect(button.disabled).toBe(true);
    (byTestId(root, 'import-cancel') as HTMLButtonElement).click();
    expect(calls).toEqual(['cancel']);
  });

  it('renders file names and warnings from the files as text, never as markup', () => {
    const hostile = '<img src=x onerror="alert(1)">.txt';
    const { root } = mount({
      state: 'imported',
      name: hostile,
      summary: {
        collections: [],
        files: 1,
        articles: 1,
        quotes: 0,
        people: 0,
        discovered: 0,
        warnings: [{ file: `dir/${hostile}`, line: 3, message: '<b>the file ends mid-sentence</b>' }],
      },
    });
    expect(root.querySelector('img, b')).toBeNull();
    expect(byTestId(root, 'import-warnings')?.textContent).toBe(
      `dir/${hostile}:3 <b>the file ends mid-sentence</b>`,
    );
  });

  it('says why nothing changed, in the UI language', () => {
    const { root } = mount({ state: 'failed', reason: 'quota', message: 'QuotaExceededError' }, 'tr');
    expect(byTestId(root, 'import-error')?.getAttribute('role')).toBe('alert');
    expect(byTestId(root, 'import-error')?.textContent).toContain('Arşiv için yeterli disk alanı yok');
  });
});
