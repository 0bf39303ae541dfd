/**
 * The options page's archive section: the collections (the bundled corpus, which stays, and each
 * import, which can be removed after a confirmation), the import and export buttons, a progress bar
 * with cancel while a job runs, and its outcome: a summary with every file's warnings (file, line,
 * message — shown as text, never as markup) or why nothing was changed.
 */
import { useRef, useState } from 'preact/hooks';
import type { ImportProgress } from '@/lib/archive/archive-import';
import type { ImportFailure } from '@/lib/archive/import-protocol';
import { useUi } from '@/lib/pages/ui-context';
import type { ArchiveControls, ArchiveJob } from '@/lib/pages/use-archive';
import type { MessageKey } from '@/lib/shared/i18n';

/** Warnings listed in the summary; the rest are counted. */
const SHOWN_WARNINGS = 200;

const FAILURE: Record<ImportFailure, MessageKey> = {
  cancelled: 'archiveFailedCancelled',
  'too-many-files': 'archiveFailedTooManyFiles',
  'too-large': 'archiveFailedTooLarge',
  zip: 'archiveFailedZip',
  export: 'archiveFailedExport',
  empty: 'archiveFailedEmpty',
  quota: 'archiveFailedQuota',
  storage: 'archiveFailedStorage',
  'not-ready': 'archiveFailedNotReady',
};

function ProgressView({
  name,
  progress,
  cancelling,
  onCancel,
}: {
  name: string;
  progress: ImportProgress | null;
  cancelling: boolean;
  onCancel: () => void;
}) {
  const { t } = useUi();
  const phase =
    !progress || progress.phase === 'reading'
      ? t('archiveReading', name, progress?.files ?? 0, progress?.total ?? '…')
      : t(progress.phase === 'building' ? 'archiveBuilding' : 'archiveWriting');
  return (
    <div class="archive-progress" data-testid="import-progress">
      <p id="import-phase">{phase}</p>
      <progress
        aria-describedby="import-phase"
        aria-label={t('archiveProgressLabel')}
        data-testid="import-progress-bar"
        max={progress?.total || 1}
        value={progress && progress.phase === 'reading' ? progress.files : undefined}
      />
      {progress && (
        <p class="muted" data-testid="import-progress-counts">
          {t('archiveProgressCounts', progress.articles, progress.quotes, progress.people)}
        </p>
      )}
      <button
        type="button"
        class="button"
        data-testid="import-cancel"
        disabled={cancelling}
        onClick={onCancel}
      >
        {cancelling ? t('archiveCancelling') : t('archiveCancel')}
      </button>
    </div>
  );
}

function Outcome({ job }: { job: ArchiveJob }) {
  const { t } = useUi();
  if (job.state === 'failed')
    return (
      <div class="notice warning" role="alert" data-testid="import-error">
        <p>{t(FAILURE[job.reason])}</p>
        {job.message && job.reason !== 'cancelled' && <p class="muted">{job.message}</p>}
      </div>
    );
  if (job.state === 'removed') return <p>{t('archiveRemoved', job.name)}</p>;
  if (job.state === 'exported') return <p data-testid="export-done">{t('archiveExported', job.fileName)}</p>;
  if (job.state !== 'imported') return null;
  const { summary } = job;
  const shown = summary.warnings.slice(0, SHOWN_WARNINGS);
  return (
    <div class="archive-summary" data-testid="import-summary">
      <p>{t('archiveDone', job.name, summary.files, summary.articles, summary.quotes, summary.people)}</p>
      {summary.discovered > 0 && <p>{t('archiveDoneDiscovered', summary.discovered)}</p>}
      {summary.settings && <p>{t('archiveDoneSettings')}</p>}
      {summary.warnings.length === 0 ? (
        <p class="muted">{t('archiveNoWarnings')}</p>
      ) : (
        <details open={summary.warnings.length <= 20}>
          <summary>{t('archiveWarnings', summary.warnings.length)}</summary>
          <ul class="plain-list archive-warnings" data-testid="import-warnings">
            {shown.map((w, i) => (
              <li key={i}>
                <code class="archive-text">{w.line === null ? w.file : `${w.file}:${w.line}`}</code>{' '}
                <span class="archive-text">{w.message}</span>
              </li>
            ))}
          </ul>
          {summary.warnings.length > shown.length && (
            <p class="muted">{t('archiveWarningsMore', summary.warnings.length - shown.length)}</p>
          )}
        </details>
      )}
    </div>
  );
}

export function ArchiveSection({ archive }: { archive: ArchiveControls }) {
  const { t, lang } = useUi();
  const { active, job } = archive;
  const [confirming, setConfirming] = useState<string | null>(null);
  const folder = useRef<HTMLInputElement>(null);
  const zip = useRef<HTMLInputElement>(null);
  const exported = useRef<HTMLInputElement>(null);
  const busy = job.state === 'importing' || job.state === 'removing';
  const collections = active?.collections ?? [];
  const bundledArticles =
    (active?.counts.articles ?? 0) - collections.reduce((n, c) => n + c.counts.articles, 0);
  const date = (iso: string) =>
    new Intl.DateTimeFormat(lang === 'tr' ? 'tr-TR' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(iso));
  const files = (input: HTMLInputElement) => {
    const chosen = [...(input.files ?? [])];
    input.value = ''; // choosing the same files again starts again
    return chosen;
  };

  return (
    <section aria-labelledby="opt-archive" class="card" data-testid="archive-section">
      <h2 id="opt-archive">{t('archiveSection')}</h2>
      <p class="muted hint">{t('archiveIntro')}</p>
      <h3 class="field-label archive-heading">{t('archiveCollections')}</h3>
      <ul class="plain-list archive-collections" data-testid="archive-collections" aria-busy={!active}>
        <li class="site-row" data-testid="collection-bundled">
          <span>
            <strong>{t('archiveBundled')}</strong>{' '}
            <span class="muted">{active ? t('archiveBundledCounts', bundledArticles) : ''}</span>
          </span>
        </li>
        {collections.map((c) => (
          <li key={c.id} class="site-row" data-testid="collection" data-collection={c.id}>
            {confirming === c.id ? (
              <fieldset class="archive-confirm" aria-label={t('archiveRemoveLabel', c.name)}>
                <span>{t('archiveRemoveConfirm', c.name)}</span>{' '}
                <button
                  type="button"
                  class="button"
                  data-testid="collection-remove-yes"
                  disabled={busy}
                  onClick={() => {
                    setConfirming(null);
                    archive.remove(c.id);
                  }}
                >
                  {t('archiveRemoveYes')}
                </button>{' '}
                <button type="button" class="button" onClick={() => setConfirming(null)}>
                  {t('archiveRemoveNo')}
                </button>
              </fieldset>
            ) : (
              <>
                <span>
                  <strong class="archive-text" data-testid="collection-name">
                    {c.name}
                  </strong>{' '}
                  <span class="muted" data-testid="collection-counts">
                    {t(
                      'archiveCollectionCounts',
                      c.counts.files,
                      c.counts.articles,
                      c.counts.quotes,
                      date(c.importedAt),
                    )}
                  </span>
                </span>
                <button
                  type="button"
                  class="button"
                  data-testid="collection-remove"
                  aria-label={t('archiveRemoveLabel', c.name)}
                  disabled={busy}
                  onClick={() => setConfirming(c.id)}
                >
                  {t('archiveRemove')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>

      <div class="archive-actions row">
        <input
          ref={folder}
          type="file"
          hidden
          multiple
          // Chrome and Firefox both take a folder this way; `webkitdirectory` is not in Preact's types.
          {...{ webkitdirectory: true }}
          data-testid="import-folder-input"
          onChange={(e) => archive.importFolder(files(e.currentTarget))}
        />
        <input
          ref={zip}
          type="file"
          hidden
          accept=".zip,application/zip"
          data-testid="import-zip-input"
          onChange={(e) => {
            const [file] = files(e.currentTarget);
            if (file) archive.importFile('zip', file);
          }}
        />
        <input
          ref={exported}
          type="file"
          hidden
          accept=".json,application/json"
          data-testid="import-export-input"
          onChange={(e) => {
            const [file] = files(e.currentTarget);
            if (file) archive.importFile('export', file);
          }}
        />
        <button
          type="button"
          class="button"
          disabled={busy || !active}
          onClick={() => folder.current?.click()}
        >
          {t('archiveImportFolder')}
        </button>
        <button type="button" class="button" disabled={busy || !active} onClick={() => zip.current?.click()}>
          {t('archiveImportZip')}
        </button>
        <button
          type="button"
          class="button"
          disabled={busy || !active}
          onClick={() => exported.current?.click()}
        >
          {t('archiveImportExport')}
        </button>
        <button
          type="button"
          class="button"
          data-testid="archive-export"
          disabled={busy || !active}
          onClick={() => void archive.exportArchive()}
        >
          {t('archiveExport')}
        </button>
      </div>
      <p class="muted hint">{active ? t('archiveLimits') : t('archiveNotReady')}</p>

      <div role="status" aria-live="polite" data-testid="archive-status">
        {job.state === 'importing' && (
          <ProgressView
            name={job.name}
            progress={job.progress}
            cancelling={job.cancelling}
            onCancel={archive.cancel}
          />
        )}
        {job.state === 'removing' && <p>{t('archiveRemoving', job.name)}</p>}
        <Outcome job={job} />
      </div>
    </section>
  );
}
