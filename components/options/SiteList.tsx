/** The sites where Bağlam is off: each with a remove button, and a box to add one. */
import { useState } from 'preact/hooks';
import { parseSiteInput } from '@/lib/pages/site-list';
import { useUi } from '@/lib/pages/ui-context';

interface Props {
  sites: string[];
  onRemove: (site: string) => void;
  onAdd: (site: string) => void;
}

export function SiteList({ sites, onRemove, onAdd }: Props) {
  const { t } = useUi();
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);

  function add(e: Event) {
    e.preventDefault();
    const site = parseSiteInput(draft);
    if (!site) {
      setInvalid(draft.trim());
      return;
    }
    setInvalid(null);
    setDraft('');
    onAdd(site);
  }

  return (
    <div class="site-list">
      {sites.length === 0 ? (
        <p class="muted">{t('optionsNoDisabledSites')}</p>
      ) : (
        <ul class="plain-list" data-testid="disabled-sites">
          {sites.map((site) => (
            <li key={site} class="site-row">
              <span class="site-name">{site}</span>
              <button
                type="button"
                class="button"
                aria-label={t('optionsRemoveSiteLabel', site)}
                onClick={() => onRemove(site)}
              >
                {t('optionsRemoveSite')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={add}>
        <label for="add-site">{t('optionsAddSite')}</label>
        <div class="row">
          <input
            id="add-site"
            class="search-input"
            value={draft}
            aria-invalid={invalid !== null}
            aria-describedby={invalid !== null ? 'add-site-error' : undefined}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <button type="submit" class="button">
            {t('optionsAddSiteButton')}
          </button>
        </div>
        {invalid !== null && (
          <p id="add-site-error" class="error" role="alert">
            {t('optionsInvalidSite', invalid)}
          </p>
        )}
      </form>
    </div>
  );
}
