/**
 * A line under the search box while the archive is not fully in use: "Preparing the archive… 40%"
 * on the first run and after an update, or why the packaged files are read instead (a full disk,
 * storage that cannot be used). Nothing once the archive is ready.
 */
import type { CorpusStatus } from '@/core/protocol/messages';
import { useUi } from '@/lib/pages/ui-context';

export function ArchiveStatus({ status }: { status: CorpusStatus | null }) {
  const { t } = useUi();
  if (!status || status.state === 'ready') return null;
  if (status.state === 'preparing') {
    const percent = status.total > 0 ? Math.floor((status.done / status.total) * 100) : 0;
    return (
      <p class="muted archive-status" role="status" data-testid="archive-status" data-state="preparing">
        {t('archivePreparing', percent)} <progress max={100} value={percent} aria-hidden="true" />
      </p>
    );
  }
  return (
    <p class="muted archive-status" role="status" data-testid="archive-status" data-state="fallback">
      {t(status.reason === 'quota' ? 'archiveFallbackQuota' : 'archiveFallbackStorage')}
    </p>
  );
}
