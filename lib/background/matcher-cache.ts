/**
 * The content script's matcher, compiled and packed once per registry for the life of the worker
 * (`core/mentions/matcher-answer.ts`): every page then unpacks it instead of compiling the registry
 * itself, which at thousands of people would cost each page tens of milliseconds. An archive with
 * imports carries its own, packed when the import built it (`CorpusStore.matcher`).
 */
import { type MatcherAnswer, matcherAnswer } from '@/core/mentions/matcher-answer';
import type { PersonEntry } from '@/core/protocol/types';

const packed = new WeakMap<readonly PersonEntry[], MatcherAnswer>();

/** The packed matcher of `people` (the same array is packed once), and their labels for the card. */
export function packedMatcherFor(people: readonly PersonEntry[]): MatcherAnswer {
  let answer = packed.get(people);
  if (!answer) {
    answer = matcherAnswer(people);
    packed.set(people, answer);
  }
  return answer;
}
