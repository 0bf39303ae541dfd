/** The people the user muted from a hover card: each with a button that marks them again. */
import type { PersonEntry } from '@/core/protocol/types';
import { useUi } from '@/lib/pages/ui-context';

interface Props {
  muted: string[];
  /** The registry, to show names; null while loading (ids are shown meanwhile). */
  people: PersonEntry[] | null;
  onUnmute: (personId: string) => void;
}

export function MutedPeople({ muted, people, onUnmute }: Props) {
  const { t, lang } = useUi();
  if (muted.length === 0) return <p class="muted">{t('optionsNoMutedPeople')}</p>;
  const nameOf = (id: string) => people?.find((p) => p.id === id)?.names[lang] ?? id;
  return (
    <ul class="plain-list" data-testid="muted-people">
      {muted.map((id) => (
        <li key={id} class="site-row">
          <span class="site-name">{nameOf(id)}</span>
          <button
            type="button"
            class="button"
            aria-label={t('optionsUnmuteLabel', nameOf(id))}
            onClick={() => onUnmute(id)}
          >
            {t('optionsUnmute')}
          </button>
        </li>
      ))}
    </ul>
  );
}
