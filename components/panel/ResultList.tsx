/**
 * A list of things to open (search hits, people on the page, recent articles) driven from a text
 * box: the ARIA listbox of a combobox, whose "active" option follows the arrow keys while focus
 * stays in the box. Clicking an option opens it; so does Enter in the box (the owner handles it).
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { PanelTarget } from '@/core/protocol/messages';
import type { SearchHit } from '@/core/search/search-types';
import { useUi } from '@/lib/pages/ui-context';
import { formatCorpusDate } from '@/lib/shared/i18n';
import { Snippet } from './Snippet';

export interface ListItem {
  key: string;
  target: PanelTarget;
  kind: SearchHit['kind'];
  title: string;
  date?: string | null;
  snippet?: SearchHit['snippet'];
  /** Mentions on the page, shown after the title. */
  count?: number;
}

export interface ListSection {
  id: string;
  title?: string;
  items: ListItem[];
}

interface Props {
  id: string;
  label: string;
  sections: ListSection[];
  activeIndex: number;
  onPick: (item: ListItem) => void;
  onActivate: (index: number) => void;
}

export function optionId(listId: string, index: number): string {
  return `${listId}-option-${index}`;
}

const KIND_LABEL = {
  person: 'panelPersonLabel',
  article: 'panelArticleLabel',
  quote: 'commonKindQuote',
} as const;

export function ResultList({ id, label, sections, activeIndex, onPick, onActivate }: Props) {
  const { t, lang } = useUi();
  const list = useRef<HTMLDivElement>(null);
  // Focus stays in the search box, so the browser does not scroll the active option for us.
  useLayoutEffect(() => {
    if (activeIndex < 0) return;
    list.current
      ?.querySelector(`#${CSS.escape(optionId(id, activeIndex))}`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [id, activeIndex]);
  let index = -1;
  return (
    <div ref={list} role="listbox" id={id} aria-label={label} class="results" data-testid={id}>
      {sections.map((section) => (
        // biome-ignore lint/a11y/useSemanticElements: a group of listbox options, not a form <fieldset>.
        <div
          key={section.id}
          role="group"
          aria-labelledby={section.title ? `${id}-${section.id}` : undefined}
        >
          {section.title && (
            <h2 class="section-title" id={`${id}-${section.id}`}>
              {section.title}
            </h2>
          )}
          {section.items.map((item) => {
            index++;
            const mine = index;
            return (
              // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard use goes through the combobox's text box (arrows + Enter).
              // biome-ignore lint/a11y/useFocusableInteractive: options of a combobox stay unfocused (aria-activedescendant).
              <div
                key={item.key}
                id={optionId(id, mine)}
                role="option"
                aria-selected={mine === activeIndex}
                class="result"
                data-kind={item.kind}
                onClick={() => onPick(item)}
                onMouseMove={() => mine !== activeIndex && onActivate(mine)}
              >
                <div class="result-head">
                  {item.kind !== 'person' || item.count === undefined ? (
                    <span class="kind">{t(KIND_LABEL[item.kind])}</span>
                  ) : null}
                  <span class="result-title">{item.title}</span>
                  {item.count !== undefined && (
                    <span class="count">{t('commonMentionCount', item.count)}</span>
                  )}
                </div>
                {item.date && <p class="result-date">{formatCorpusDate(item.date, lang)}</p>}
                {item.snippet && item.snippet.length > 0 && <Snippet parts={item.snippet} />}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}

export function flatItems(sections: ListSection[]): ListItem[] {
  return sections.flatMap((s) => s.items);
}
