// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/core/protocol/settings-schema';
import type { PersonEntry } from '@/core/protocol/types';
import { UiContext } from '@/lib/pages/ui-context';
import { createTranslator } from '@/lib/shared/i18n';
import { FIXTURE_PEOPLE } from '../../test/fixtures/paths';
import { OptionsForm, type OptionsFormProps } from './OptionsForm';

function mount(lang: 'tr' | 'en', props: Partial<OptionsFormProps> = {}) {
  const changes: Partial<Settings>[] = [];
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <UiContext.Provider value={{ t: createTranslator(lang), lang, navigate: () => {} }}>
      <OptionsForm
        settings={{ ...DEFAULT_SETTINGS, disabledSites: ['a.example', 'b.example'], mutedPeople: [] }}
        repaired={[]}
        status={null}
        onChange={(patch) => changes.push(patch)}
        onReset={() => {}}
        {...props}
      />
    </UiContext.Provider>,
    root,
  );
  return { root, changes };
}

/** Preact re-renders after a state change in a microtask. */
const rendered = () => new Promise((done) => setTimeout(done, 0));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the options form', () => {
  it('names the settings that fell back to their defaults, in the UI language', () => {
    const { root } = mount('en', { repaired: ['hoverDelayMs', 'highlightStyle'] });
    expect(root.querySelector('[data-testid="repaired"]')?.textContent).toBe(
      'Some stored settings were invalid and fell back to their defaults: Delay before a card opens, Highlight style',
    );
  });

  it('says nothing about repairs when every stored value was valid', () => {
    expect(mount('tr').root.querySelector('[data-testid="repaired"]')).toBeNull();
  });

  it('lists muted people by name and unmutes one, keeping the others', () => {
    const people = JSON.parse(readFileSync(FIXTURE_PEOPLE, 'utf8')).people as PersonEntry[];
    const settings = { ...DEFAULT_SETTINGS, mutedPeople: ['ali-khamenei', 'donald-trump'] };
    const { root, changes } = mount('en', { settings, people });
    const names = [...root.querySelectorAll('[data-testid="muted-people"] .site-name')].map(
      (n) => n.textContent,
    );
    expect(names).toEqual(['Ali Khamenei', 'Donald Trump']);
    root.querySelector<HTMLButtonElement>('[aria-label="Mark Ali Khamenei again"]')?.click();
    expect(changes).toEqual([{ mutedPeople: ['donald-trump'] }]);
  });

  it('says when nobody is muted', () => {
    const { root } = mount('tr');
    expect(root.querySelector('[data-testid="muted-people"]')).toBeNull();
    expect(root.textContent).toContain('Sessize alınmış kimse yok');
  });

  it('removes one site from the list and keeps the others', () => {
    const { root, changes } = mount('tr');
    root.querySelector<HTMLButtonElement>('[aria-label="a.example sitesini listeden kaldır"]')?.click();
    expect(changes).toEqual([{ disabledSites: ['b.example'] }]);
  });

  it('adds a typed site (a whole URL is reduced to its host) and refuses a non-site', async () => {
    const { root, changes } = mount('en');
    const input = root.querySelector<HTMLInputElement>('#add-site');
    const form = root.querySelector<HTMLFormElement>('form.add-site');
    if (!input || !form) throw new Error('no add-site form');
    input.value = 'https://www.haber.example/x';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await rendered();
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(changes).toEqual([{ disabledSites: ['a.example', 'b.example', 'www.haber.example'] }]);
    input.value = 'haber';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await rendered();
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await rendered();
    expect(changes).toHaveLength(1);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Not a valid site name: haber');
  });

  it('offers each highlight style, modifier key and language', () => {
    const { root } = mount('tr');
    expect(root.querySelectorAll('input[name="highlight"]')).toHaveLength(3);
    expect(
      [...root.querySelectorAll('[data-testid="opt-language"] option')].map((o) => o.textContent),
    ).toEqual(['Tarayıcının dilini izle', 'Türkçe', 'English']);
    expect(root.querySelectorAll('[data-testid="opt-modifier"] option')).toHaveLength(4);
  });

  it('offers the three citation formats under a label and saves the chosen one', () => {
    const { root, changes } = mount('en');
    const select = root.querySelector('[data-testid="opt-citation-style"]') as HTMLSelectElement;
    expect(select.closest('label')?.textContent).toContain('Citation format');
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['plain', 'Plain text'],
      ['markdown', 'Markdown'],
      ['academic', 'Academic (APA)'],
    ]);
    expect(select.value).toBe('plain');
    select.value = 'markdown';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(changes).toEqual([{ citationStyle: 'markdown' }]);
  });
});
