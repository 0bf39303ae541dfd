/**
 * One change of the archive at a time, across the contexts that change it (the background's load
 * or update, an import worker of each open options page): a Web Lock of the extension's origin.
 * Without it, two options pages importing at once would each build on the archive they first read,
 * and the later switch would drop the other's collection. Where there are no Web Locks (Node tests),
 * the change simply runs.
 */
const LOCK_NAME = 'baglam-archive-change';

export function withArchiveLock<T>(change: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  return locks ? (locks.request(LOCK_NAME, change) as Promise<T>) : change();
}
