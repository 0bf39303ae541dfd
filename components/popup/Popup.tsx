/**
 * The toolbar popup: a search box focused on open, results as you type (arrow keys + Enter), and
 * for an empty query the people on the current page and recent articles. Enter or a click opens
 * the item in the side panel (`onOpen` runs inside the user's gesture).
 */
import { useState } from 'preact/hooks';
import { ArchiveStatus } from '@/components/common/ArchiveStatus';
import { flatItems, type ListItem, type ListSection, ResultList } from '@/components/panel/ResultList';
import { SearchBox } from '@/components/panel/SearchBox';
import { resultCountText, SearchStatus } from '@/components/panel/SearchStatus';
import { hitsToItems } from '@/components/panel/search-items';
import type { CorpusStatus, PanelTarget } from '@/core/protocol/messages';
import type { PagePerson } from '@/core/protocol/page-people';
import type { Article, PersonEntry } from '@/core/protocol/types';
import { useUi } from '@/lib/pages/ui-context';
import { useListKeys } from '@/lib/pages/use-list-keys';
import { useSearch } from '@/lib/pages/use-search';
import { SiteBar, type SiteStatus } from './SiteBar';

export interface PopupProps {
  /** People on the current page; null while unknown (no content script there). */
  pagePeople: PagePerson[] | null;
  people: PersonEntry[] | null;
  recent: Pick<Article, 'id' | 'title' | 'date' | 'category'>[];
  site: SiteStatus;
  onToggleSite: (enabled: boolean) => void;
  onOpen: (target: PanelTarget) => void;
  onOpenOptions: () => void;
  /** The archive's state (first-run preparation, fallback); null while unknown. */
  archive?: CorpusStatus | null;
}

const LIST_ID = 'popup-results';

function idleSections(
  props: PopupProps,
  t: ReturnType<typeof useUi>['t'],
  lang: ReturnType<typeof useUi>['lang'],
) {
  const names = new Map((props.people ?? []).map((p) => [p.id, p.names[lang]]));
  const sections: ListSection[] = [];
  if (props.pagePeople && props.pagePeople.length > 0) {
    sections.push({
      id: 'page',
      title: t('popupPeopleOnPage'),
      items: props.pagePeople.map((p) => ({
        key: `page:${p.personId}`,
        target: { kind: 'person', id: p.personId },
        kind: 'person',
        title: names.get(p.personId) ?? p.firstText,
        count: p.count,
      })),
    });
  }
  if (props.recent.length > 0) {
    sections.push({
      id: 'recent',
      title: t('popupRecentArticles'),
      items: props.recent.map((a) => ({
        key: `recent:${a.id}`,
        target: { kind: 'article', id: a.id },
        kind: 'article',
        title: a.title,
        date: a.date,
      })),
    });
  }
  return sections;
}

export function Popup(props: PopupProps) {
  const { t, lang } = useUi();
  const [query, setQuery] = useState('');
  const search = useSearch(query, lang);

  const idle = query.trim() === '';
  // "Nobody is mentioned" would be wrong where Bağlam was told not to look.
  const offHere = props.site.site !== null && !(props.site.enabledHere && props.site.globallyEnabled);
  const sections: ListSection[] = idle
    ? idleSections(props, t, lang)
    : [{ id: 'hits', items: search.status === 'ready' ? hitsToItems(search.answer.hits) : [] }];
  const items = flatItems(sections);
  const open = (item: ListItem) => props.onOpen(item.target);
  const { activeIndex, setActive, onKeyDown } = useListKeys(items, query, open);

  return (
    <main data-testid="popup" class="popup">
      <header class="popup-header">
        <h1 class="brand">Bağlam</h1>
        <button
          type="button"
          class="button"
          data-testid="open-panel"
          onClick={() => props.onOpen({ kind: 'page' })}
        >
          {t('popupOpenPanel')}
        </button>
        <button type="button" class="button" onClick={props.onOpenOptions}>
          {t('popupOpenOptions')}
        </button>
      </header>
      <SearchBox
        testId="popup-search"
        listId={LIST_ID}
        query={query}
        expanded={items.length > 0}
        activeIndex={activeIndex}
        autoFocus
        onInput={setQuery}
        onKeyDown={onKeyDown}
      />
      <p class="muted hint">{t('popupHint')}</p>
      <ArchiveStatus status={props.archive ?? null} />
      <p role="status" class="visually-hidden">
        {idle ? '' : resultCountText(search, items.length, t)}
      </p>
      <div class="popup-body" data-results-for={search.status === 'ready' ? search.query : undefined}>
        {!idle && <SearchStatus state={search} onSuggestion={setQuery} />}
        {idle && offHere && (
          <p class="muted" data-testid="popup-off-here">
            {t(props.site.globallyEnabled ? 'popupOffOnSite' : 'popupOffEverywhere')}
          </p>
        )}
        {idle && !offHere && props.pagePeople !== null && props.pagePeople.length === 0 && (
          <p class="muted">{t('commonNoPeopleOnPage')}</p>
        )}
        <ResultList
          id={LIST_ID}
          label={idle ? t('popupRecentArticles') : t('commonSearchLabel')}
          sections={sections}
          activeIndex={activeIndex}
          onPick={open}
          onActivate={setActive}
        />
      </div>
      <SiteBar status={props.site} onToggle={props.onToggleSite} />
    </main>
  );
}
