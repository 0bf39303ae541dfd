/**
 * What the background answers a content script's `get-matcher` with: the registry compiled and
 * packed (`packed-matcher.ts`) and one label per person for the card. Made once per registry: by
 * the background for the packaged one, and when an import builds an archive (stored with it).
 */
import type { ResponseMap } from '../protocol/messages';
import { personLabel } from '../protocol/person-labels';
import type { PersonEntry } from '../protocol/types';
import { compileMatcherParts } from './mention-matcher';
import { packMatcher } from './packed-matcher';

export type MatcherAnswer = ResponseMap['get-matcher'];

export function matcherAnswer(people: readonly PersonEntry[]): MatcherAnswer {
  return { matcher: packMatcher(compileMatcherParts(people)), labels: people.map(personLabel) };
}
