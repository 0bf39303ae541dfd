/**
 * The search box of the popup and the side panel: the text box of an ARIA combobox whose listbox
 * is a `ResultList` (`listId`); the active option follows the arrow keys while focus stays here.
 */
import { useUi } from '@/lib/pages/ui-context';
import { optionId } from './ResultList';

interface Props {
  testId: string;
  listId: string;
  query: string;
  /** Whether the list has any option (aria-expanded). */
  expanded: boolean;
  activeIndex: number;
  autoFocus?: boolean;
  onInput: (query: string) => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

export function SearchBox(props: Props) {
  const { t } = useUi();
  return (
    <input
      type="search"
      class="search-input"
      data-testid={props.testId}
      role="combobox"
      aria-label={t('commonSearchLabel')}
      aria-autocomplete="list"
      aria-expanded={props.expanded}
      aria-controls={props.listId}
      aria-activedescendant={props.activeIndex >= 0 ? optionId(props.listId, props.activeIndex) : undefined}
      placeholder={t('commonSearchPlaceholder')}
      // biome-ignore lint/a11y/noAutofocus: the popup exists to search; focus belongs in the box.
      autoFocus={props.autoFocus}
      value={props.query}
      onInput={(e) => props.onInput(e.currentTarget.value)}
      onKeyDown={props.onKeyDown}
    />
  );
}
