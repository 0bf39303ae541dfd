/**
 * The content script's matcher, compiled and packed here once per registry for the life of the
 * worker (`core/mentions/matcher-answer.ts`) — only when the one the build packed (`matcher.json`)
 * or the one an import stored with the archive does not read back (`CorpusStore.matcher`). Every
 * page unpacks it instead of compiling the registry itself, which at thousands of people would
 * cost each page tens of milliseconds.
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
