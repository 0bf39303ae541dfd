// @vitest-environment happy-dom
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PersonCardData, PersonEntry } from '@/core/protocol/types';
import { createCardTranslator } from '@/lib/content/card/card-text';
import { PersonCard, type PersonCardProps, quotesForCard, roleLine } from './PersonCard';

const person: PersonEntry = {
  id: 'ali-khamenei',
  names: { tr: 'Ali Hamaney', en: 'Ali Khamenei' },
  aliases: {},
  ambiguous: [],
  notThisPerson: [],
  description: { tr: 'İran Dini Lideri', en: 'Supreme Leader of Iran' },
};

const quote = (text: string, fragment: boolean) => ({
  text,
  fragment,
  articleId: 'a1',
  articleTitle: 'Hamaney: ABD ile müzakere yok',
  date: '2024-11-05',
  source: 'Şarku’l Avsat',
});

const data: PersonCardData = {
  person,
  role: 'İran Dini Lideri',
  articleCount: 1,
  quoteCount: 4,
  quotes: [
    quote('kısa parça', true),
    quote('Birinci tam alıntı', false),
    quote('<b>HTML değil</b>', false),
    quote('Üçüncü', false),
  ],
  articles: [
    {
      id: 'a1',
      title: 'Hamaney: ABD ile müzakere yok',
      date: '2024-11-05',
      snippet: 'İran Dini Lideri…',
      count: 3,
    },
  ],
  coMentions: [{ id: 'donald-trump', name: 'Donald Trump', count: 1 }],
};

let host: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="host"></div>';
  host = document.getElementById('host') as HTMLElement;
});

function show(patch: Partial<PersonCardProps> = {}): PersonCardProps {
  const props: PersonCardProps = {
    person,
    data,
    status: 'ready',
    lang: 'tr',
    theme: 'light',
    t: createCardTranslator('tr'),
    formatDate: (d) => d ?? '',
    onOpenArticle: vi.fn(),
    onOpenPerson: vi.fn(),
    onCopyCitation: vi.fn(async () => true),
    onMute: vi.fn(),
    onUnmute: vi.fn(),
    onOpenOptions: vi.fn(),
    offSiteRule: 'haber.example',
    onTurnOffSite: vi.fn(),
    onClose: vi.fn(),
    ...patch,
  };
  render(<PersonCard {...props} />, host);
  return props;
}

const q = (id: string) => host.querySelector(`[data-testid="${id}"]`);
const all = (id: string) => [...host.querySelectorAll(`[data-testid="${id}"]`)];

describe('PersonCard', () => {
  it('is a non-modal dialog labelled with the display name in the UI language', () => {
    show({ lang: 'en', t: createCardTranslator('en') });
    const card = q('person-card') as HTMLElement;
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.getAttribute('aria-modal')).toBe('false');
    expect(host.querySelector(`#${card.getAttribute('aria-labelledby')}`)?.textContent).toBe('Ali Khamenei');
    expect(card.tabIndex).toBe(-1);
  });

  it.each(['tr', 'en'] as const)(
    'declares its UI language (%s), so uppercase labels are cased for it, whatever the page says',
    (lang) => {
      show({ lang, t: createCardTranslator(lang) });
      expect((q('person-card') as HTMLElement).lang).toBe(lang);
    },
  );

  it('puts the "partial" label before a fragment, where clamping a long quote cannot hide it', () => {
    const fragmentOnly = { ...data, quotes: [quote('uzun bir parça '.repeat(40), true)] };
    show({ data: fragmentOnly });
    const text = q('quote-item')?.querySelector('blockquote')?.textContent ?? '';
    expect(text.startsWith('(kısmi) “uzun bir parça')).toBe(true);
  });

  it('shows the role as the corpus states it and the counts', () => {
    show();
    expect(q('card-role')?.textContent).toBe('İran Dini Lideri');
    expect(q('card-counts')?.textContent).toBe('1 haber · 4 alıntı');
  });

  it('falls back to the registry description when the corpus states no role', () => {
    show({ data: { ...data, role: null }, lang: 'en', t: createCardTranslator('en') });
    expect(q('card-role')?.textContent).toBe('Supreme Leader of Iran');
  });

  it('shows the registry’s English description in an English UI, not the Turkish corpus role', () => {
    show({ lang: 'en', t: createCardTranslator('en') });
    expect(q('card-role')?.textContent).toBe('Supreme Leader of Iran');
    expect(roleLine(person, { ...data, role: 'Devrim Rehberi' }, 'en')).toBe('Supreme Leader of Iran');
    expect(roleLine(person, { ...data, role: 'Devrim Rehberi' }, 'tr')).toBe('Devrim Rehberi');
    expect(roleLine({ ...person, description: { tr: '', en: '' } }, data, 'en')).toBe('İran Dini Lideri');
  });

  it('uses singular English counts for one (“1 article”, “together in 1 article”)', () => {
    show({ data: { ...data, quoteCount: 1 }, lang: 'en', t: createCardTranslator('en') });
    expect(q('card-counts')?.textContent).toBe('1 article · 1 quote');
    expect(q('person-chip')?.getAttribute('title')).toBe('together in 1 article');
    show({
      data: { ...data, coMentions: [{ id: 'donald-trump', name: 'Donald Trump', count: 2 }] },
      lang: 'en',
      t: createCardTranslator('en'),
    });
    expect(q('person-chip')?.getAttribute('title')).toBe('together in 2 articles');
  });

  it('names each Copy citation button after its quote, so three buttons are told apart', () => {
    show({
      data: { ...data, quotes: [...data.quotes, quote('Bir iki üç dört beş altı yedi sekiz', false)] },
      lang: 'en',
      t: createCardTranslator('en'),
    });
    const names = all('copy-citation').map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual([
      'Copy citation: “Birinci tam alıntı”',
      'Copy citation: “<b>HTML değil</b>”',
      'Copy citation: “Üçüncü”',
    ]);
    show({ data: { ...data, quotes: [quote('Bir iki üç dört beş altı yedi sekiz', false)] } });
    expect(q('copy-citation')?.getAttribute('aria-label')).toBe(
      'Alıntıyı kopyala: “Bir iki üç dört beş altı…”',
    );
  });

  it('lists full quotes before fragments, at most three', () => {
    show();
    expect(all('quote-item').map((li) => li.querySelector('blockquote')?.textContent)).toEqual([
      '“Birinci tam alıntı”',
      '“<b>HTML değil</b>”',
      '“Üçüncü”',
    ]);
    expect(quotesForCard(data.quotes).some((x) => x.fragment)).toBe(false);
  });

  it('renders quote text as text, never as HTML', () => {
    show();
    expect(host.querySelector('blockquote b')).toBeNull();
  });

  it('wires links: article, person, co-mentioned person, copy, mute, close', async () => {
    const props = show();
    (host.querySelector('[data-testid="article-item"] button') as HTMLButtonElement).click();
    expect(props.onOpenArticle).toHaveBeenCalledWith('a1');
    (q('card-open-person') as HTMLButtonElement).click();
    expect(props.onOpenPerson).toHaveBeenCalledWith('ali-khamenei');
    (q('person-chip') as HTMLButtonElement).click();
    expect(props.onOpenPerson).toHaveBeenCalledWith('donald-trump');
    (q('copy-citation') as HTMLButtonElement).click();
    expect(props.onCopyCitation).toHaveBeenCalledWith(
      expect.objectContaining({ text: 'Birinci tam alıntı' }),
    );
    (q('card-close') as HTMLButtonElement).click();
    expect(props.onClose).toHaveBeenCalled();
    (q('card-mute') as HTMLButtonElement).click();
    expect(props.onMute).toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 0));
    expect(q('card-muted')?.textContent).toContain('Ali Hamaney');
  });

  it('offers Undo in place after muting (back to the card) and a way to the muted list in options', async () => {
    const props = show({ lang: 'en', t: createCardTranslator('en') });
    (q('card-mute') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 0));
    expect(q('card-muted')?.textContent).toBe('Ali Khamenei will no longer be marked.');
    expect(q('card-quotes')).toBeNull();
    const options = q('card-muted-options') as HTMLButtonElement;
    expect(options.textContent).toBe('Muted people in options');
    options.click();
    expect(props.onOpenOptions).toHaveBeenCalledTimes(1);
    const undo = q('card-undo-mute') as HTMLButtonElement;
    expect(undo.getAttribute('aria-label')).toBe('Undo: mark Ali Khamenei again');
    undo.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(props.onUnmute).toHaveBeenCalledTimes(1);
    expect(q('card-muted')).toBeNull();
    expect(q('card-quotes')).not.toBeNull();
    expect(q('card-mute')).not.toBeNull();
  });

  it('offers “Turn off on this site”, naming the rule it stores, only where a site switch applies', () => {
    const props = show({ lang: 'en', t: createCardTranslator('en') });
    const button = q('card-turn-off-site') as HTMLButtonElement;
    expect(button.textContent).toBe('Turn off on this site');
    expect(button.getAttribute('aria-label')).toBe('Turn off Bağlam on haber.example and its subdomains');
    button.click();
    expect(props.onTurnOffSite).toHaveBeenCalledTimes(1);
    show({ offSiteRule: null });
    expect(q('card-turn-off-site')).toBeNull();
  });

  it.each<[string, Partial<PersonCardProps>, string]>([
    ['loading', { status: 'loading', data: null }, 'card-loading'],
  ])('shows a %s state', (_state, patch, testId) => {
    show(patch);
    expect(q(testId)).not.toBeNull();
  });
});
