/**
 * The side panel: back/forward, its own search box, and one view at a time (on this page, search
 * results, article reader, person view), chosen by the current history target.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ArchiveStatus } from '@/components/common/ArchiveStatus';
import { ArticleResponseSchema, type CorpusStatus, type PanelTarget } from '@/core/protocol/messages';
import type { PersonEntry } from '@/core/protocol/types';
import type { SearchFilters } from '@/core/search/search-filters';
import { sameTarget } from '@/lib/pages/panel-history';
import { useUi } from '@/lib/pages/ui-context';
import { useBackground } from '@/lib/pages/use-background';
import { useFocusHeading } from '@/lib/pages/use-focus-heading';
import { useListKeys } from '@/lib/pages/use-list-keys';
import { useMentionFinder } from '@/lib/pages/use-mention-finder';
import type { PanelNavigation } from '@/lib/pages/use-panel-history';
import { usePerson } from '@/lib/pages/use-person';
import type { ReadingPage } from '@/lib/pages/use-reading-page';
import { type SearchState, useSearch } from '@/lib/pages/use-search';
import { useStickyOffset } from '@/lib/pages/use-sticky-offset';
import { ArticleReader } from './ArticleReader';
import { OnThisPage } from './OnThisPage';
import { PersonView } from './PersonView';
import { type ListItem, ResultList } from './ResultList';
import { SearchBox } from './SearchBox';
import { SearchFilterBar } from './SearchFilterBar';
import { resultCountText, SearchStatus } from './SearchStatus';
import { hitsToItems } from './search-items';

export interface PanelProps {
  nav: PanelNavigation;
  reading: ReadingPage;
  people: PersonEntry[] | null;
  onReveal: (personId: string) => void;
  /** The archive's state (first-run preparation, fallback); null while unknown. */
  archive?: CorpusStatus | null;
}

const LIST_ID = 'panel-results';

function Status({ text }: { text: string }) {
  return <p class="muted view">{text}</p>;
}

function ArticleRoute({
  id,
  people,
  focusHeading,
}: {
  id: string;
  people: PersonEntry[] | null;
  focusHeading: boolean;
}) {
  const { t } = useUi();
  const article = useBackground({ type: 'get-article', articleId: id }, ArticleResponseSchema);
  const findMentions = useMentionFinder(people);
  if (article.status === 'loading') return <Status text={t('commonLoading')} />;
  if (article.status === 'error') return <Status text={t('commonError', article.message)} />;
  if (!article.value) return <Status text={t('panelArticleNotFound')} />;
  return (
    <ArticleReader
      article={article.value}
      people={people}
      findMentions={findMentions}
      focusHeading={focusHeading}
    />
  );
}

function PersonRoute({
  id,
  people,
  focusHeading,
}: {
  id: string;
  people: PersonEntry[] | null;
  focusHeading: boolean;
}) {
  const { t } = useUi();
  const person = usePerson(id);
  if (person.status === 'loading') return <Status text={t('commonLoading')} />;
  if (person.status === 'error') return <Status text={t('commonError', person.message)} />;
  if (!person.value) return <Status text={t('panelPersonNotFound')} />;
  return <PersonView data={person.value} people={people} focusHeading={focusHeading} />;
}

interface SearchViewProps {
  state: SearchState;
  items: ListItem[];
  activeIndex: number;
  focusHeading: boolean;
  onPick: (item: ListItem) => void;
  onActivate: (index: number) => void;
  onSuggestion: (query: string) => void;
  filters: SearchFilters;
  people: PersonEntry[] | null;
  onFilters: (filters: SearchFilters) => void;
}

function SearchView({
  state,
  items,
  activeIndex,
  focusHeading,
  onPick,
  onActivate,
  onSuggestion,
  filters,
  people,
  onFilters,
}: SearchViewProps) {
  const { t } = useUi();
  const heading = useFocusHeading<HTMLHeadingElement>(focusHeading, true);
  return (
    <section class="view search-view" data-testid="panel-search-view">
      <h1 class="visually-hidden" tabIndex={-1} ref={heading}>
        {t('panelSearchTitle')}
      </h1>
      {state.status === 'idle' && <p class="muted">{t('commonSearchPlaceholder')}</p>}
      <SearchFilterBar filters={filters} people={people ?? []} onChange={onFilters} />
      <SearchStatus state={state} onSuggestion={onSuggestion} />
      <ResultList
        id={LIST_ID}
        label={t('commonSearchLabel')}
        sections={[{ id: 'hits', items }]}
        activeIndex={activeIndex}
        onPick={onPick}
        onActivate={onActivate}
      />
    </section>
  );
}

export function Panel({ nav, reading, people, onReveal, archive }: PanelProps) {
  const { t, lang } = useUi();
  const { target } = nav;
  // A view reached by a link, Enter or back/forward takes focus; typing and first load do not.
  const focusHeading = nav.cause !== 'typing' && nav.cause !== 'initial';
  const query = target.kind === 'search' ? target.query : '';
  const [filters, setFilters] = useState<SearchFilters>({});
  const search = useSearch(query, lang, filters);
  const items = target.kind === 'search' && search.status === 'ready' ? hitsToItems(search.answer.hits) : [];
  const header = useRef<HTMLElement>(null);
  // Back to the results: the result that was opened is active again, with focus in the search box.
  const restoreFrom = useRef<PanelTarget | null>(null);
  useEffect(() => {
    restoreFrom.current = nav.cameFrom;
  }, [nav.cameFrom]);
  useStickyOffset(header);
  const { activeIndex, setActive, onKeyDown } = useListKeys(items, query, (item) =>
    nav.go(item.target, 'link'),
  );
  useEffect(() => {
    const from = restoreFrom.current;
    if (!from || items.length === 0) return;
    restoreFrom.current = null;
    const index = items.findIndex((item) => sameTarget(item.target, from));
    if (index < 0) return;
    setActive(index);
    document.querySelector<HTMLInputElement>('[data-testid="panel-search"]')?.focus();
  }, [items, setActive]);

  useEffect(() => {
    // Alt+←/→ as in a browser tab; the panel's history is its own.
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'ArrowLeft') nav.back();
      else if (e.key === 'ArrowRight') nav.forward();
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [nav.back, nav.forward]);

  function onInput(value: string) {
    const next = { kind: 'search' as const, query: value };
    if (target.kind === 'search') nav.refine(next);
    else nav.go(next, 'typing');
  }

  let view: preact.JSX.Element;
  switch (target.kind) {
    case 'page':
      view = (
        <OnThisPage
          pagePeople={reading.mentions ? reading.mentions.people : null}
          pageTitle={reading.tab?.title ?? null}
          people={people}
          loading={reading.loading}
          focusHeading={focusHeading}
          onReveal={onReveal}
          onRefresh={reading.refresh}
        />
      );
      break;
    case 'search':
      view = (
        <SearchView
          state={search}
          items={items}
          activeIndex={activeIndex}
          focusHeading={false}
          onPick={(item) => nav.go(item.target, 'link')}
          onActivate={setActive}
          onSuggestion={(q) => nav.refine({ kind: 'search', query: q })}
          filters={filters}
          people={people}
          onFilters={setFilters}
        />
      );
      break;
    case 'article':
      view = <ArticleRoute key={target.id} id={target.id} people={people} focusHeading={focusHeading} />;
      break;
    case 'person':
      view = <PersonRoute key={target.id} id={target.id} people={people} focusHeading={focusHeading} />;
      break;
  }

  return (
    <main data-testid="sidepanel" class="panel" data-view={target.kind}>
      <nav ref={header} class="panel-nav" aria-label={t('panelNavigation')}>
        <div class="panel-bar">
          <button
            type="button"
            class="button icon"
            data-testid="panel-back"
            aria-label={t('panelBack')}
            title={`${t('panelBack')} (Alt+←)`}
            disabled={!nav.canGoBack}
            onClick={nav.back}
          >
            <span aria-hidden="true">←</span>
          </button>
          <button
            type="button"
            class="button icon"
            data-testid="panel-forward"
            aria-label={t('panelForward')}
            title={`${t('panelForward')} (Alt+→)`}
            disabled={!nav.canGoForward}
            onClick={nav.forward}
          >
            <span aria-hidden="true">→</span>
          </button>
          <span class="brand">Bağlam</span>
          <button
            type="button"
            class="button"
            data-testid="panel-on-this-page"
            aria-pressed={target.kind === 'page'}
            onClick={() => nav.go({ kind: 'page' }, 'link')}
          >
            {t('panelOnThisPage')}
          </button>
        </div>
        <SearchBox
          testId="panel-search"
          listId={LIST_ID}
          query={query}
          expanded={items.length > 0}
          activeIndex={activeIndex}
          onInput={onInput}
          onKeyDown={onKeyDown}
        />
        <p role="status" class="visually-hidden">
          {target.kind === 'search' && query.trim() !== '' ? resultCountText(search, items.length, t) : ''}
        </p>
        <ArchiveStatus status={archive ?? null} />
      </nav>
      <div class="panel-body">{view}</div>
    </main>
  );
}
