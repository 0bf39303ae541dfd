// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '@/core/protocol/types';
import type { MentionSpan } from '@/lib/pages/article-segments';
import { UiContext } from '@/lib/pages/ui-context';
import { createTranslator } from '@/lib/shared/i18n';
import { ArticleReader } from './ArticleReader';

const paragraph =
  'Kuzey Kore Dışişleri Bakanı Choe Son-hui ise konuşmasında, "Rusya Devlet Başkanı Vladimir Putin\'in liderliğinde zafer kazanacağız" dedi.';

const article: Article = {
  id: 'a1',
  title: 'Choe: "Zafer gününe kadar yanındayız"',
  date: '2024-11',
  category: 'Güncel',
  source: null,
  wire: 'AA',
  dateline: 'MOSKOVA',
  subtitle: null,
  captions: [{ text: 'Choe Son-hui Moskova’da', credit: 'EPA' }],
  headings: [{ before: 1, text: '"Zafer kazanacağız"' }],
  paragraphs: [paragraph, 'Lavrov ayrıca teşekkür etti. <script>alert(1)</script>'],
  quotes: [
    {
      text: "Rusya Devlet Başkanı Vladimir Putin'in liderliğinde zafer kazanacağız",
      speakerId: 'choe-son-hui',
      speakerName: 'Choe Son-hui',
      fragment: false,
      paragraph: 0,
    },
  ],
  roles: [],
  file: 'x.txt',
};

/** A stand-in for the mention matcher: exact names only. */
function findMentions(text: string): MentionSpan[] {
  const names: [string, string][] = [
    ['Choe Son-hui', 'choe-son-hui'],
    ['Vladimir Putin', 'vladimir-putin'],
    ['Lavrov', 'sergey-lavrov'],
  ];
  return names.flatMap(([name, personId]) => {
    const start = text.indexOf(name);
    return start < 0 ? [] : [{ start, end: start + name.length, personId }];
  });
}

function mount(lang: 'tr' | 'en', navigate: (t: unknown) => void = () => {}) {
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <UiContext.Provider value={{ t: createTranslator(lang), lang, navigate }}>
      <ArticleReader article={article} people={null} findMentions={findMentions} focusHeading={false} />
    </UiContext.Provider>,
    root,
  );
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the article reader', () => {
  it('shows headline, category and date in the UI language, wire, caption credit and subheading', () => {
    const tr = mount('tr');
    expect(tr.querySelector('h1')?.textContent).toBe(article.title);
    expect(tr.querySelector('.meta')?.textContent).toBe('Güncel · Kasım 2024');
    expect(tr.querySelector('.provenance')?.textContent).toBe('Ajans: AA');
    expect(tr.querySelector('.credit')?.textContent).toBe('Fotoğraf: EPA');
    expect([...tr.querySelectorAll('.body h2')].map((h) => h.textContent)).toEqual(['"Zafer kazanacağız"']);
    document.body.innerHTML = '';
    const en = mount('en');
    expect(en.querySelector('.meta')?.textContent).toBe('Güncel · November 2024');
    expect(en.querySelector('.credit')?.textContent).toBe('Photo: EPA');
  });

  it('sets the quote off with its speaker linked to the person view', () => {
    const root = mount('tr');
    const quote = root.querySelector('.quote');
    expect(quote?.querySelector('q')?.textContent).toBe(article.quotes[0]?.text);
    const speaker = quote?.querySelector('.quote-speaker a');
    expect(speaker?.textContent).toBe('Choe Son-hui');
    expect(speaker?.getAttribute('href')).toBe('#/person/choe-son-hui');
  });

  it('links every mention to its person, also inside quotes, and navigates on click', () => {
    const visited: unknown[] = [];
    const root = mount('tr', (t) => visited.push(t));
    const links = [...root.querySelectorAll<HTMLAnchorElement>('.body a.mention')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Choe Son-hui', '#/person/choe-son-hui'],
      ['Vladimir Putin', '#/person/vladimir-putin'],
      ['Lavrov', '#/person/sergey-lavrov'],
    ]);
    expect(links[1]?.closest('q')).not.toBeNull();
    links[2]?.click();
    expect(visited).toEqual([{ kind: 'person', id: 'sergey-lavrov' }]);
  });

  it('renders article text as text, never as markup', () => {
    const root = mount('tr');
    expect(root.querySelector('script')).toBeNull();
    expect(root.textContent).toContain('<script>alert(1)</script>');
  });
});
