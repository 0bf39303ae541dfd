/**
 * The content script's matcher, compiled and packed once per registry for the life of the worker
 * (`core/mentions/packed-matcher.ts`): every page then unpacks it instead of compiling the
 * registry itself, which at thousands of people would cost each page tens of milliseconds.
 */

import { compileMatcherParts } from '@/core/mentions/mention-matcher';
import { packMatcher } from '@/core/mentions/packed-matcher';
import type { ResponseMap } from '@/core/protocol/messages';
import { personLabel } from '@/core/protocol/person-labels';
import type { PersonEntry } from '@/core/protocol/types';

type MatcherAnswer = ResponseMap['get-matcher'];

const packed = new WeakMap<readonly PersonEntry[], MatcherAnswer>();

/** The packed matcher of `people` (the same array is packed once), and their labels for the card. */
export function packedMatcherFor(people: readonly PersonEntry[]): MatcherAnswer {
  let answer = packed.get(people);
  if (!answer) {
    answer = {
      matcher: packMatcher(compileMatcherParts(people)),
      labels: people.map(personLabel),
    };
    packed.set(people, answer);
  }
  return answer;
}
