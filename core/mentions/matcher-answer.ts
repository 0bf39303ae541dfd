/**
 * What the background answers a content script's `get-matcher` with: the registry compiled and
 * packed (`packed-matcher.ts`) and one label per person for the card. Made once per registry: at
 * build time for the packaged one (`matcher.json`, see `pipeline/shards/corpus-shards.ts`), and
 * when an import builds an archive (stored with it); the background packs one itself only when
 * neither reads back.
 */
import type { ResponseMap } from '../protocol/messages';
import { labelCount, personLabels } from '../protocol/person-labels';
import type { PersonEntry } from '../protocol/types';
import { foldTable } from '../text/fold';
import { charClassTable } from '../text/name-chars';
import { compileMatcherParts } from './mention-matcher';
import { packMatcher, readPackedMatcher, type UnpackedMatcher } from './packed-matcher';

export type MatcherAnswer = ResponseMap['get-matcher'];

export function matcherAnswer(people: readonly PersonEntry[]): MatcherAnswer {
  return { matcher: packMatcher(compileMatcherParts(people)), labels: personLabels(people) };
}

function sameTable(a: Uint16Array | Uint8Array, b: Uint16Array | Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Why a packed answer read from a file must not be sent to pages, or null when it may be: it must
 * unpack (the pages' own checks), label every person, and carry the very folding and
 * character-class tables this code builds (pages adopt them: a changed one would change matching).
 * Checked without adopting anything, so that the background's own tables stay as they are.
 */
export function matcherAnswerProblem(answer: MatcherAnswer): string | null {
  let unpacked: UnpackedMatcher;
  try {
    unpacked = readPackedMatcher(answer.matcher);
  } catch (error) {
    return (error as Error).message;
  }
  const people = unpacked.parts.ids.length;
  const labels = labelCount(answer.labels);
  if (labels !== people) return `${labels} labels for ${people} people`;
  if (!sameTable(unpacked.fold, foldTable()) || !sameTable(unpacked.classes, charClassTable()))
    return 'its folding or character tables are not the ones this version builds';
  return null;
}
