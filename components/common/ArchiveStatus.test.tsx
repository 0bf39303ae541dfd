// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { CorpusStatus } from '@/core/protocol/messages';
import { UiContext } from '@/lib/pages/ui-context';
import { createTranslator } from '@/lib/shared/i18n';
import { ArchiveStatus } from './ArchiveStatus';

function mount(status: CorpusStatus | null, lang: 'tr' | 'en' = 'en') {
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <UiContext.Provider value={{ t: createTranslator(lang), lang, navigate: () => {} }}>
      <ArchiveStatus status={status} />
    </UiContext.Provider>,
    root,
  );
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ArchiveStatus', () => {
  it('shows the first-run preparation with its progress, as a status', () => {
    const line = mount({ state: 'preparing', done: 2, total: 5 }).querySelector(
      '[data-testid="archive-status"]',
    );
    expect(line?.getAttribute('role')).toBe('status');
    expect(line?.textContent).toContain('Preparing the archive… 40%');
    expect(line?.querySelector('progress')?.getAttribute('value')).toBe('40');
    expect(mount({ state: 'preparing', done: 0, total: 0 }, 'tr').textContent).toContain(
      'Arşiv hazırlanıyor… %0',
    );
  });

  it('says why the packaged files are read instead', () => {
    expect(mount({ state: 'fallback', reason: 'quota', message: 'full' }).textContent).toMatch(
      /disk is full/u,
    );
    expect(mount({ state: 'fallback', reason: 'storage', message: 'x' }).textContent).toMatch(
      /storage cannot be used/u,
    );
  });

  it('shows nothing once the archive is ready, or before the state is known', () => {
    expect(mount({ state: 'ready', articles: 3 }).textContent).toBe('');
    expect(mount(null).textContent).toBe('');
  });
});
