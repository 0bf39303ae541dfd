/**
 * Maps a speaker phrase to a registry person, thinly on top of the mention matcher.
 *
 * - `resolveRole('İran lideri', roles, pool)` → the person a bare role phrase refers back to:
 *   the first person of `pool` (last speaker first) one of whose known roles contains every word
 *   of the phrase (`İran lideri` ⊂ `İran Dini Lideri`; `Rus lider` ~ `Rusya Devlet Başkanı`).
 */
import { createMatcher, type Mention, type MentionMatcher } from '../../core/mentions/mention-matcher';
import type { PersonEntry } from '../../core/protocol/types';
import { foldText } from '../../core/text/fold';
import { APOSTROPHE_CLASS, FUNCTION_WORDS, ROLE_TITLE_SYNONYMS } from '../../core/text/lexicon';

export interface SpeakerRef {
  speakerId: string | null;
  speakerName: string | null;
}

const matchers = new WeakMap<readonly PersonEntry[], MentionMatcher>();

/** One matcher per registry array: building one compiles every alias. */
export function getMatcher(people: readonly PersonEntry[]): MentionMatcher {
  let m = matchers.get(people);
  if (!m) {
    m = createMatcher(people);
    matchers.set(people, m);
  }
  return m;
}

/**
 * Mentions in each of `texts`, read as one document in order, so a short form (`Kim'in`) counts
 * after the full name (`Kim Jong Un`) appeared in an earlier paragraph.
 */
export function scanDocument(people: readonly PersonEntry[], texts: readonly string[]): Mention[][] {
  const scanner = getMatcher(people).createScanner();
  return texts.map((t) => scanner.scan(t));
}

/** An apostrophe and the case suffix after it, at the end of a name. */
const CASE_SUFFIX = new RegExp(`${APOSTROPHE_CLASS}[\\p{L}\\p{M}]*$`, 'u');

/** `Kim'in` → `Kim`, `Putin’e` → `Putin`, `Putin's` → `Putin`: the name as a speaker is written. */
export function stripCaseSuffix(name: string): string {
  return name.replace(CASE_SUFFIX, '').trim();
}

/** Words of a role that add nothing to the match. */
const ROLE_STOPWORDS: ReadonlySet<string> = new Set(FUNCTION_WORDS);
/** Shortest shared prefix for `Rus`/`Rusya`, `İranlı`/`İran`, `Korean`/`Korea` to count as one word. */
const MIN_SHARED_PREFIX = 3;

function roleWords(s: string): string[] {
  return foldText(s)
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((w) => w !== '' && !ROLE_STOPWORDS.has(w));
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= MIN_SHARED_PREFIX && long.startsWith(short)) return true;
  for (const group of ROLE_TITLE_SYNONYMS) {
    if (group.some((h) => a.startsWith(h)) && group.some((h) => b.startsWith(h))) return true;
  }
  return false;
}

/** True when every word of `phrase` matches a word of `role`. */
export function roleMatches(phrase: string, role: string): boolean {
  const want = roleWords(phrase);
  const have = roleWords(role);
  return want.length > 0 && want.every((w) => have.some((h) => sameWord(w, h)));
}

/**
 * The person a bare role phrase refers to: the first of `pool` (ordered by preference, the current
 * speaker first) with a known role matching the phrase, or null.
 */
export function resolveRole(
  phrase: string,
  roles: ReadonlyMap<string, readonly string[]>,
  pool: readonly string[],
): string | null {
  for (const id of pool) {
    if ((roles.get(id) ?? []).some((role) => roleMatches(phrase, role))) return id;
  }
  return null;
}
