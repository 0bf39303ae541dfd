// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article, PersonEntry } from '@/core/protocol/types';
import { UiContext } from '@/lib/pages/ui-context';
import type { PersonData } from '@/lib/pages/use-person';
import type { CitationStyle } from '@/lib/shared/citation';
import { createTranslator } from '@/lib/shared/i18n';
import { PERSON_LIST_STEP, PersonView } from './PersonView';

const person: PersonEntry = {
  id: 'ali-khamenei',
  names: { tr: 'Ali Hamaney', en: 'Ali Khamenei' },
  aliases: {},
  ambiguous: [],
  notThisPerson: [],
  description: { tr: 'İran Dini Lideri', en: 'Supreme Leader of Iran' },
};

const article: Article = {
  id: 'a1',
  title: 'Hamaney: ABD ile müzakere yok',
  date: '2024-11-05',
  category: null,
  source: 'Şarku’l Avsat',
  wire: 'Reuters',
  dateline: null,
  subtitle: null,
  captions: [],
  headings: [],
  paragraphs: ['Hamaney konuştu.'],
  quotes: [
    {
      text: 'Bu rejim yok olacak',
      speakerId: person.id,
      speakerName: 'Hamaney',
      fragment: false,
      paragraph: 0,
    },
    {
      text: 'müzakere etmeyeceklerini',
      speakerId: person.id,
      speakerName: 'Hamaney',
      fragment: true,
      paragraph: 0,
      kind: 'reported',
    },
  ],
  roles: [],
  file: 'x.txt',
};

const ONE: PersonData = {
  person,
  stats: {
    id: person.id,
    roles: [],
    articles: [{ articleId: 'a1', count: 1 }],
    quotes: [
      { articleId: 'a1', index: 0 },
      { articleId: 'a1', index: 1 },
    ],
    coMentions: [],
  },
  // The full counts: the person is in more articles than the row the view was sent.
  counts: { articles: 240, quotes: 35, roles: [] },
  articles: new Map([['a1', article]]),
};

/** A row of `n` articles, each with one quote of the person. */
function many(n: number, total = n): PersonData {
  const list = Array.from({ length: n }, (_, i) => ({ ...article, id: `a${i}`, title: `Haber ${i}` }));
  return {
    person,
    stats: {
      id: person.id,
      roles: [],
      articles: list.map((a) => ({ articleId: a.id, count: 1 })),
      quotes: list.map((a) => ({ articleId: a.id, index: 0 })),
      coMentions: [],
    },
    counts: { articles: total, quotes: total, roles: [] },
    articles: new Map(list.map((a) => [a.id, a])),
  };
}

function mount(citationStyle?: CitationStyle, data: PersonData = ONE) {
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <UiContext.Provider value={{ t: createTranslator('en'), lang: 'en', navigate: () => {}, citationStyle }}>
      <PersonView data={data} people={[person]} focusHeading={false} />
    </UiContext.Provider>,
    root,
  );
  return root;
}

const writeText = vi.fn(async (_text: string) => undefined);
Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

afterEach(() => {
  document.body.innerHTML = '';
  writeText.mockClear();
});

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('the person view', () => {
  it('heads its lists with the full counts, not the rows it was sent', () => {
    const root = mount();
    expect(root.querySelector('#person-quotes')?.textContent).toContain('35');
    expect(root.querySelector('#person-articles')?.textContent).toContain('240');
    expect(root.querySelectorAll('[data-testid="person-articles"] li')).toHaveLength(1);
  });

  it('gives every quote a Copy citation button named after its quote', () => {
    const root = mount();
    const buttons = [...root.querySelectorAll('[data-testid="copy-citation"]')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Copy citation: “Bu rejim yok olacak”',
      'Copy citation: “müzakere etmeyeceklerini”',
    ]);
  });

  it('copies a plain citation with source, wire and date by default', async () => {
    const root = mount();
    (root.querySelector('[data-testid="copy-citation"]') as HTMLButtonElement).click();
    expect(writeText).toHaveBeenCalledWith(
      '“Bu rejim yok olacak” — Ali Khamenei, “Hamaney: ABD ile müzakere yok”, Şarku’l Avsat (via Reuters), 5 November 2024.',
    );
    await settle();
    expect(root.querySelector('[data-testid="copy-citation"]')?.textContent).toBe('Copied');
  });

  it('uses the chosen style and cites reported speech as a report', () => {
    const root = mount('markdown');
    (root.querySelectorAll('[data-testid="copy-citation"]')[1] as HTMLButtonElement).click();
    const text = writeText.mock.calls[0]?.[0] ?? '';
    expect(
      text.startsWith('> Reported (not a direct quote): “müzakere etmeyeceklerini” (partial quote)'),
    ).toBe(true);
    expect(text).toContain('**Ali Khamenei**');
  });

  it('says so when the clipboard refuses', async () => {
    writeText.mockRejectedValueOnce(new Error('denied'));
    const root = mount();
    (root.querySelector('[data-testid="copy-citation"]') as HTMLButtonElement).click();
    await settle();
    expect(root.querySelector('[data-testid="copy-citation"]')?.textContent).toBe('Could not copy');
  });

  it('opens long lists with their first rows, and shows more on request', async () => {
    const root = mount(undefined, many(45));
    const rows = (list: string) => root.querySelectorAll(`[data-testid="${list}"] li`).length;
    expect(rows('person-quotes')).toBe(PERSON_LIST_STEP);
    expect(rows('person-articles')).toBe(PERSON_LIST_STEP);
    const more = root.querySelector('[data-testid="person-articles-more"]') as HTMLButtonElement;
    expect(more.textContent).toBe('Show 20 more');
    more.click();
    await settle();
    expect(rows('person-articles')).toBe(40);
    expect(root.querySelector('[data-testid="person-articles-more"]')?.textContent).toBe('Show 5 more');
    (root.querySelector('[data-testid="person-articles-more"]') as HTMLButtonElement).click();
    await settle();
    expect(rows('person-articles')).toBe(45);
    expect(root.querySelector('[data-testid="person-articles-more"]')).toBeNull();
    // The quotes list is its own: still at its first rows.
    expect(rows('person-quotes')).toBe(PERSON_LIST_STEP);
  });

  it('says when the archive holds more than the view lists', async () => {
    const root = mount(undefined, many(3, 500));
    expect(root.querySelector('[data-testid="person-articles-more"]')).toBeNull();
    expect(root.querySelector('[data-testid="person-articles-more-partial"]')?.textContent).toBe(
      '3 of 500 are listed; search to find the others.',
    );
    expect(mount().querySelector('[data-testid="person-quotes-more-partial"]')?.textContent).toBe(
      '2 of 35 are listed; search to find the others.',
    );
  });
});
