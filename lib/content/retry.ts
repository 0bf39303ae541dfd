/**
 * Retries a request a few times with exponential backoff: the background's answer may fail while
 * its worker restarts, and a content script that gave up for good would stay dark on that page.
 */

/** Attempts in all (the first plus retries). */
export const RETRY_TRIES = 4;
/** ms before the first retry; each next wait doubles (250, 500, 1000). */
export const RETRY_FIRST_DELAY_MS = 250;

export interface RetryOptions {
  tries?: number;
  firstDelayMs?: number;
  /** Stops retrying (the script was invalidated). */
  signal?: AbortSignal;
  sleep?(ms: number): Promise<void>;
}

const sleepFor = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

export async function withRetry<T>(attempt: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const { tries = RETRY_TRIES, firstDelayMs = RETRY_FIRST_DELAY_MS, signal, sleep = sleepFor } = options;
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (i >= tries || signal?.aborted) throw error;
    }
    await sleep(firstDelayMs * 2 ** (i - 1));
    signal?.throwIfAborted();
  }
}
