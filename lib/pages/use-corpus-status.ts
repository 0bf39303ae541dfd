/**
 * The archive's state for the popup and the panel: asked once on open, then again every
 * `POLL_MS` while the archive is being prepared (first run, update), until it is ready or the
 * background says it reads the packaged files instead, and again whenever the archive changes
 * (an import or a removal in the options page while the panel stays open).
 */
import { useEffect, useState } from 'preact/hooks';
import { type CorpusStatus, CorpusStatusResponseSchema } from '@/core/protocol/messages';
import { watchArchive } from '@/lib/shared/archive-signal';
import { sendToBackground } from '@/lib/shared/messaging';

const POLL_MS = 500;

export function useCorpusStatus(): CorpusStatus | null {
  const [status, setStatus] = useState<CorpusStatus | null>(null);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = () => {
      sendToBackground({ type: 'corpus-status' }, CorpusStatusResponseSchema).then(
        (answer) => {
          if (!live) return;
          setStatus(answer);
          if (answer.state === 'preparing') timer = setTimeout(ask, POLL_MS);
        },
        () => {
          // A worker that is starting up answers the next time.
          if (live) timer = setTimeout(ask, POLL_MS);
        },
      );
    };
    ask();
    const unwatch = watchArchive(() => {
      clearTimeout(timer);
      ask();
    });
    return () => {
      live = false;
      clearTimeout(timer);
      unwatch();
    };
  }, []);
  return status;
}
