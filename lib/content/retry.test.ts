import { describe, expect, it } from 'vitest';
import { RETRY_TRIES, withRetry } from './retry';

/** A fake `get-matcher` sender that fails `failures` times, then answers. */
function flakySender(failures: number) {
  const calls = { count: 0 };
  const send = async () => {
    calls.count++;
    if (calls.count <= failures) throw new Error('Could not establish connection');
    return { people: ['x'] };
  };
  return { send, calls };
}

function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

describe('withRetry', () => {
  it('answers at once when the first attempt works', async () => {
    const { send, calls } = flakySender(0);
    const { waits, sleep } = recordingSleep();
    await expect(withRetry(send, { sleep })).resolves.toEqual({ people: ['x'] });
    expect(calls.count).toBe(1);
    expect(waits).toEqual([]);
  });

  it('retries a failed request with exponential backoff until it answers', async () => {
    const { send, calls } = flakySender(2);
    const { waits, sleep } = recordingSleep();
    await expect(withRetry(send, { sleep, firstDelayMs: 100 })).resolves.toEqual({ people: ['x'] });
    expect(calls.count).toBe(3);
    expect(waits).toEqual([100, 200]);
  });

  it('gives up after a bounded number of tries with the last error', async () => {
    const { send, calls } = flakySender(100);
    const { waits, sleep } = recordingSleep();
    await expect(withRetry(send, { sleep, firstDelayMs: 10 })).rejects.toThrow('Could not establish');
    expect(calls.count).toBe(RETRY_TRIES);
    expect(waits).toEqual([10, 20, 40]);
  });

  it('a new call starts over: a failure is not a rejected promise kept forever', async () => {
    const { send, calls } = flakySender(RETRY_TRIES);
    const { sleep } = recordingSleep();
    await expect(withRetry(send, { sleep })).rejects.toThrow();
    await expect(withRetry(send, { sleep })).resolves.toEqual({ people: ['x'] });
    expect(calls.count).toBe(RETRY_TRIES + 1);
  });

  it('stops retrying once its signal is aborted', async () => {
    const { send, calls } = flakySender(100);
    const controller = new AbortController();
    const sleep = async () => controller.abort();
    await expect(withRetry(send, { sleep, signal: controller.signal })).rejects.toThrow();
    expect(calls.count).toBe(1);
  });
});
