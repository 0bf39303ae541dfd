/**
 * The panel's search filters: what kind of result, whose, when, and in which order. Plain form
 * controls, so keyboards and screen readers get them for free; every change searches again.
 */
import { useState } from 'preact/hooks';
import type { PersonEntry } from '@/core/protocol/types';
import type { SearchFilters } from '@/core/search/search-filters';
import { useUi } from '@/lib/pages/ui-context';

type Kind = NonNullable<SearchFilters['kinds']>[number];
const KIND_OPTIONS: {
  value: '' | Kind;
  label: 'panelFilterAll' | 'panelFilterPeople' | 'panelFilterArticles' | 'panelFilterQuotes';
}[] = [
  { value: '', label: 'panelFilterAll' },
  { value: 'person', label: 'panelFilterPeople' },
  { value: 'article', label: 'panelFilterArticles' },
  { value: 'quote', label: 'panelFilterQuotes' },
];

interface Props {
  filters: SearchFilters;
  people: readonly PersonEntry[];
  onChange: (filters: SearchFilters) => void;
}

/** The filters without the empty ones, so "no filter" is `{}`. */
function compact(filters: SearchFilters): SearchFilters {
  const out: SearchFilters = {};
  if (filters.kinds && filters.kinds.length > 0) out.kinds = filters.kinds;
  if (filters.personId) out.personId = filters.personId;
  if (filters.from) out.from = filters.from;
  if (filters.to) out.to = filters.to;
  if (filters.sort === 'date') out.sort = 'date';
  return out;
}

export function SearchFilterBar({ filters, people, onChange }: Props) {
  const { t, lang } = useUi();
  const set = (patch: Partial<SearchFilters>) => onChange(compact({ ...filters, ...patch }));
  const active = Object.keys(filters).length > 0;
  // Open when filters are set; after that the user decides (clearing them must not fold it away).
  const [open, setOpen] = useState(active);
  // Folded away until wanted: most searches need no filter, and the results need the room.
  return (
    <details
      class="search-filters-box"
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary data-testid="filters-toggle">
        {t('panelFilters')}
        {active ? ` (${Object.keys(filters).length})` : ''}
      </summary>
      <fieldset class="search-filters" data-testid="search-filters">
        <legend class="visually-hidden">{t('panelFilters')}</legend>
        <label>
          <span class="field-label">{t('panelFilterKind')}</span>
          <select
            data-testid="filter-kind"
            value={filters.kinds?.[0] ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value as '' | Kind;
              set({ kinds: value === '' ? undefined : [value] });
            }}
          >
            {KIND_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {t(o.label)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span class="field-label">{t('panelFilterPerson')}</span>
          <select
            data-testid="filter-person"
            value={filters.personId ?? ''}
            onChange={(e) => set({ personId: e.currentTarget.value || undefined })}
          >
            <option value="">{t('panelFilterAnyone')}</option>
            {[...people]
              .sort((a, b) => a.names[lang].localeCompare(b.names[lang], lang))
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.names[lang]}
                </option>
              ))}
          </select>
        </label>
        <label>
          <span class="field-label">{t('panelFilterFrom')}</span>
          <input
            type="date"
            data-testid="filter-from"
            value={filters.from ?? ''}
            max={filters.to}
            onChange={(e) => set({ from: e.currentTarget.value || undefined })}
          />
        </label>
        <label>
          <span class="field-label">{t('panelFilterTo')}</span>
          <input
            type="date"
            data-testid="filter-to"
            value={filters.to ?? ''}
            min={filters.from}
            onChange={(e) => set({ to: e.currentTarget.value || undefined })}
          />
        </label>
        <label>
          <span class="field-label">{t('panelFilterSort')}</span>
          <select
            data-testid="filter-sort"
            value={filters.sort ?? 'relevance'}
            onChange={(e) => set({ sort: e.currentTarget.value === 'date' ? 'date' : undefined })}
          >
            <option value="relevance">{t('panelSortRelevance')}</option>
            <option value="date">{t('panelSortNewest')}</option>
          </select>
        </label>
        {active && (
          <button type="button" class="link-button" data-testid="filter-clear" onClick={() => onChange({})}>
            {t('panelFilterClear')}
          </button>
        )}
      </fieldset>
    </details>
  );
}
