/**
 * Asking the background from a component: `useBackground(request)` re-asks whenever the request
 * changes (compared by its JSON) and ignores answers to requests that are no longer current.
 */
import { useEffect, useState } from 'preact/hooks';
import type { GenericSchema } from 'valibot';
import type { Request, ResponseOf } from '@/core/protocol/messages';
import { sendToBackground } from '@/lib/shared/messaging';

export type Loadable<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; message: string };

/** `schema`: the answer's shape; a malformed answer becomes an error state, not a crash. */
export function useBackground<T extends Request>(
  request: T | null,
  schema?: GenericSchema<ResponseOf<T>>,
): Loadable<ResponseOf<T>> {
  const [state, setState] = useState<Loadable<ResponseOf<T>>>({ status: 'loading' });
  const key = request === null ? null : JSON.stringify(request);

  useEffect(() => {
    if (request === null) return;
    let current = true;
    setState({ status: 'loading' });
    sendToBackground(request, schema).then(
      (value) => current && setState({ status: 'ready', value }),
      (error: unknown) => current && setState({ status: 'error', message: String(error) }),
    );
    return () => {
      current = false;
    };
  }, [key]);

  return state;
}
