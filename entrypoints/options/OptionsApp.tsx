import { useEffect, useState } from 'preact/hooks';
import { ArchiveSection } from '@/components/options/ArchiveSection';
import { OptionsForm } from '@/components/options/OptionsForm';
import type { Settings } from '@/core/protocol/settings-schema';
import { UiContext } from '@/lib/pages/ui-context';
import { useArchive } from '@/lib/pages/use-archive';
import { usePeople } from '@/lib/pages/use-people';
import { useSettings } from '@/lib/pages/use-settings';
import type { MessageKey } from '@/lib/shared/i18n';
import { resetSettings, updateSettings } from '@/lib/shared/settings';

export function OptionsApp() {
  const { settings, repaired, ready, t, lang } = useSettings();
  const people = usePeople();
  const archive = useArchive();
  const [status, setStatus] = useState<MessageKey | null>(null);
  // A change shows at once, before storage confirms it: a control never flicks back to the old
  // value while the write is on its way. Each pending value goes once storage holds it.
  const [pending, setPending] = useState<Partial<Settings>>({});
  useEffect(
    () =>
      setPending((earlier) => {
        const left = Object.entries(earlier).filter(
          ([key, value]) => JSON.stringify(settings[key as keyof Settings]) !== JSON.stringify(value),
        );
        return left.length === Object.keys(earlier).length ? earlier : Object.fromEntries(left);
      }),
    [settings],
  );
  // After a reset nothing stored is corrupt any more: the notice about repaired fields goes.
  const [wasReset, setWasReset] = useState(false);

  const save = (patch: Partial<Settings>) => {
    setStatus(null);
    setPending((earlier) => ({ ...earlier, ...patch }));
    updateSettings(patch).then(
      () => setStatus('optionsSaved'),
      (error: unknown) => {
        setPending({}); // not saved: show what is stored
        console.error('Bağlam: saving settings failed', error);
      },
    );
  };
  const reset = () => {
    setStatus(null);
    void resetSettings().then(() => {
      setWasReset(true);
      setStatus('optionsResetDone');
    });
  };

  if (!ready) return <main data-testid="options" class="options" aria-busy="true" />;
  return (
    <UiContext.Provider value={{ t, lang, navigate: () => {} }}>
      <OptionsForm
        settings={{ ...settings, ...pending }}
        repaired={wasReset ? [] : repaired}
        status={status}
        onChange={save}
        onReset={reset}
        people={people}
        archive={<ArchiveSection archive={archive} />}
      />
    </UiContext.Provider>
  );
}
