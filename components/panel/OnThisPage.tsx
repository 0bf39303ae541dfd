/**
 * "On this page": the people found on the tab being read, with counts. Clicking a name asks the
 * page to scroll to that person's next mention and flash it; "Profile" opens the person view.
 */

import type { PagePerson } from '@/core/protocol/page-people';
import type { PersonEntry } from '@/core/protocol/types';
import { useUi } from '@/lib/pages/ui-context';
import { useFocusHeading } from '@/lib/pages/use-focus-heading';
import { PanelLink } from './PanelLink';

interface Props {
  /** null: no content script answered on that tab (browser page, still loading, or none open). */
  pagePeople: PagePerson[] | null;
  pageTitle: string | null;
  people: PersonEntry[] | null;
  loading: boolean;
  focusHeading: boolean;
  onReveal: (personId: string) => void;
  onRefresh: () => void;
}

export function OnThisPage({
  pagePeople,
  pageTitle,
  people,
  loading,
  focusHeading,
  onReveal,
  onRefresh,
}: Props) {
  const { t, lang } = useUi();
  const heading = useFocusHeading<HTMLHeadingElement>(focusHeading, true);
  const names = new Map((people ?? []).map((p) => [p.id, p.names[lang]]));
  return (
    <section class="view on-this-page" data-testid="on-this-page" aria-busy={loading}>
      <div class="view-head">
        <h1 tabIndex={-1} ref={heading}>
          {t('panelOnThisPage')}
        </h1>
        <button type="button" class="button" onClick={onRefresh}>
          {t('panelRefresh')}
        </button>
      </div>
      {pageTitle && <p class="muted page-title">{pageTitle}</p>}
      {loading && pagePeople === null && <p class="muted">{t('commonLoading')}</p>}
      {!loading && pagePeople === null && <p class="muted">{t('panelNoTab')}</p>}
      {pagePeople !== null && pagePeople.length === 0 && <p class="muted">{t('commonNoPeopleOnPage')}</p>}
      {pagePeople !== null && pagePeople.length > 0 && (
        <ul class="people-list">
          {pagePeople.map((p) => {
            const name = names.get(p.personId) ?? p.firstText;
            return (
              <li key={p.personId} class="people-row" data-person={p.personId}>
                <button
                  type="button"
                  class="reveal"
                  aria-label={t('panelRevealMention', name)}
                  title={t('panelRevealMention', name)}
                  onClick={() => onReveal(p.personId)}
                >
                  <span class="person-name">{name}</span>
                  <span class="count">{t('commonMentionCount', p.count)}</span>
                </button>
                <PanelLink
                  target={{ kind: 'person', id: p.personId }}
                  class="button"
                  label={t('panelShowPersonLabel', name)}
                >
                  {t('panelShowPerson')}
                </PanelLink>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
