import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { PeopleResponseSchema, ResponseError } from '@/core/protocol/messages';
import { sendToBackground } from './messaging';

describe('sendToBackground', () => {
  beforeEach(() => fakeBrowser.reset());

  function answerWith(answer: unknown): void {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve(answer));
  }

  it('resolves to a well-formed answer', async () => {
    answerWith({ people: [] });
    await expect(sendToBackground({ type: 'list-people' }, PeopleResponseSchema)).resolves.toEqual({
      people: [],
    });
  });

  it('rejects a malformed answer with a ResponseError naming the request and the field', async () => {
    answerWith({ people: 'all of them' });
    const sent = sendToBackground({ type: 'list-people' }, PeopleResponseSchema);
    await expect(sent).rejects.toThrow(ResponseError);
    await expect(sendToBackground({ type: 'list-people' }, PeopleResponseSchema)).rejects.toThrow(
      /list-people at people/,
    );
  });

  it('rejects a missing answer (a worker of another version) instead of crashing later', async () => {
    answerWith(undefined);
    await expect(sendToBackground({ type: 'list-people' }, PeopleResponseSchema)).rejects.toThrow(
      ResponseError,
    );
  });
});
