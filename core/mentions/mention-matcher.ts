/**
 * Finds the registry's people in any text: Turkish, English and native scripts.
 *
 * Promises (see mention-matcher.test.ts for the specification by example):
 * - Every alias of a person matches case- and diacritic-insensitively with Turkish folding, with any
 *   separator (space, hyphen, NBSP, none) between its tokens, before an apostrophe suffix
 *   (`Putin'e`, `Hamaney’in`), never inside a word and never starting with a lowercase letter.
 *   Offsets are UTF-16 offsets into the original text and cover the name without its suffix.
 * - The longest name wins (`Vladimir Putin` is one mention), and `notThisPerson` names block the
 *   person they are listed for (`Melania Trump`, `Kim Yo-jong`).
 * - A one-word short form is someone else's name when a capitalised given name stands before it
 *   (`Lara Trump`) or, for a family name written first, after it (`Choe Ryong-hae`); titles and
 *   function words are fine (`ABD Başkanı Trump`, `President Putin`).
 * - An ambiguous short form (`Kim`) counts only with an apostrophe suffix (`Kim'in`), when paired
 *   with another mention (`Kim ve Putin`), or after an unambiguous mention of one of its people in
 *   the same document (the most recent one wins), or right after one of its people's registry
 *   descriptions (`Kuzey Kore lideri Kim`, `North Korean leader Kim`); never as the Turkish question
 *   word (`Kim bilir?`).
 * - A `DocumentScanner` keeps that per-document memory across `scan`/`scanPieces` calls, and
 *   `scanPieces` finds names that span adjacent text nodes (`<b>Ali</b> Hamaney`).
 */

import type { PersonEntry } from '../protocol/types';
import {
  type AliasShape,
  type AliasTrie,
  aliasShape,
  compileAliasTrie,
  type TrieArrays,
  trieFromArrays,
} from './alias-trie';
import {
  ALIAS,
  AMBIGUOUS,
  BLOCKER,
  buildNameClaims,
  type ClaimKind,
  type FormClaim,
  LEADING,
  type NameClaims,
  SHORT,
} from './name-claims';
import {
  followedByGenerationalSuffix,
  followedByOtherGivenName,
  isAllCaps,
  isListGap,
  isPairingGap,
  isQuestionWordUse,
  precededByOtherGivenName,
} from './name-context';
import { describedPerson, descriptionStems } from './name-descriptions';
import { apostropheSuffixEnd } from './name-suffixes';

export interface Mention {
  start: number;
  end: number;
  personId: string;
}
export interface PiecePosition {
  piece: number;
  offset: number;
}
export interface PieceMention {
  personId: string;
  start: PiecePosition;
  end: PiecePosition;
}
export interface DocumentScanner {
  /** Scans the next text of the same document (state kept for the short-form rule). */
  scan(text: string): Mention[];
  /** Scans pieces (DOM text nodes) that are contiguous text; mentions may span pieces. */
  scanPieces(pieces: readonly string[]): PieceMention[];
}
export interface MentionMatcher {
  /** One whole document: a fresh scanner per call. */
  findMentions(text: string): Mention[];
  createScanner(): DocumentScanner;
}

/**
 * Compiles the registry (every alias, ambiguous form and blocker of every person) once; scanning
 * then costs about one pass over the text. Throws a TypeError naming the person and field of the
 * first malformed entry (`people[3] (donald-trump).aliases.en[1]: …`).
 */
export function createMatcher(people: readonly PersonEntry[]): MentionMatcher {
  return matcherFromParts(compileMatcherParts(people));
}

/**
 * A compiled registry as plain data: what the matcher scans with, and what `packed-matcher.ts`
 * serializes so that a page gets a matcher without compiling one.
 */
export interface MatcherParts {
  trie: TrieArrays;
  claims: NameClaims;
  /** Person ids by registry index. */
  ids: string[];
  /** Description stems of the people with an ambiguous short form, by registry index. */
  descriptions: Descriptions;
}

export function matcherFromParts(parts: MatcherParts): MentionMatcher {
  const trie = trieFromArrays(parts.trie);
  const { claims, ids, descriptions } = parts;
  return {
    findMentions: (text) => new Scanner(trie, claims, ids, descriptions).scan(text),
    createScanner: () => new Scanner(trie, claims, ids, descriptions),
  };
}

/** See `createMatcher`: the same checks and errors. */
export function compileMatcherParts(people: readonly PersonEntry[]): MatcherParts {
  validatePeople(people);
  // Plain loops, no closures per person: compiling 5,000 people must take a few tens of ms.
  const shapes: AliasShape[] = [];
  const forms: FormClaim[] = [];
  const kinds: ClaimKind[] = [];
  const firstWords: string[] = [];
  const lastWords: string[] = [];
  for (let p = 0; p < people.length; p++) {
    const person = people[p] as PersonEntry;
    const from = shapes.length;
    firstWords.length = 0;
    lastWords.length = 0;
    for (const lang in person.aliases) {
      const list = person.aliases[lang] as string[];
      for (let i = 0; i < list.length; i++) {
        const shape = shapeOf(list[i], p, person, lang, i);
        shapes.push(shape);
        kinds.push(ALIAS);
        if (shape.tokens.length > 1) {
          firstWords.push(shape.tokens[0] as string);
          lastWords.push(shape.tokens[shape.tokens.length - 1] as string);
        }
      }
    }
    for (let i = 0; i < person.ambiguous.length; i++) {
      shapes.push(shapeOf(person.ambiguous[i], p, person, AMBIGUOUS_FIELD, i));
      kinds.push(AMBIGUOUS);
    }
    for (let i = 0; i < person.notThisPerson.length; i++) {
      shapes.push(shapeOf(person.notThisPerson[i], p, person, BLOCKER_FIELD, i));
      kinds.push(BLOCKER);
    }
    for (let f = from; f < shapes.length; f++) {
      const tokens = (shapes[f] as AliasShape).tokens;
      const single = tokens.length === 1;
      forms.push({
        terminal: -1,
        person: p,
        kind: kinds[f] as ClaimKind,
        singleWord: single,
        leading: single && firstWords.includes(tokens[0] as string),
        trailing: single && lastWords.includes(tokens[0] as string),
      });
    }
  }
  const { arrays, terminalOfAlias } = compileAliasTrie(shapes);
  for (let f = 0; f < forms.length; f++) (forms[f] as FormClaim).terminal = terminalOfAlias[f] as number;
  return {
    trie: arrays,
    claims: buildNameClaims(forms, arrays.terminalCount),
    ids: people.map((p) => p.id),
    descriptions: describeAmbiguous(people),
  };
}

/** Description stems (see `name-descriptions.ts`) of the people who have an ambiguous short form. */
export type Descriptions = ReadonlyMap<number, readonly (readonly string[])[]>;

function describeAmbiguous(people: readonly PersonEntry[]): Descriptions {
  const out = new Map<number, string[][]>();
  for (let p = 0; p < people.length; p++) {
    const person = people[p] as PersonEntry;
    if (person.ambiguous.length === 0 || typeof person.description !== 'object' || !person.description)
      continue;
    const stems: string[][] = [];
    for (const text of Object.values(person.description)) {
      const s = descriptionStems(text);
      if (s) stems.push(s);
    }
    if (stems.length) out.set(p, stems);
  }
  return out;
}
const NO_DESCRIPTIONS: readonly (readonly string[])[] = [];

class Scanner implements DocumentScanner {
  /** When each person was last mentioned unambiguously in this document (higher = later). */
  private readonly lastSeen = new Map<number, number>();
  private clock = 0;
  /** Raw matches of the current text: start, end, name; reused between calls. */
  private readonly raw: number[] = [];

  constructor(
    private readonly trie: AliasTrie,
    private readonly claims: NameClaims,
    private readonly ids: readonly string[],
    private readonly descriptions: Descriptions,
  ) {}

  scan(text: string): Mention[] {
    const raw = this.raw;
    raw.length = 0;
    this.trie.scan(text, raw);
    const mentions: Mention[] = [];
    for (let r = 0; r < raw.length; r += 3) {
      const person = this.resolve(text, r, mentions);
      if (person >= 0)
        mentions.push({
          start: raw[r] as number,
          end: raw[r + 1] as number,
          personId: this.ids[person] as string,
        });
    }
    return mentions;
  }

  scanPieces(pieces: readonly string[]): PieceMention[] {
    const text = pieces.length === 1 ? (pieces[0] as string) : pieces.join('');
    const found = this.scan(text);
    const out: PieceMention[] = [];
    // Mentions come in text order, so one forward walk over the pieces places them all.
    let p = 0;
    let pStart = 0;
    let q = 0;
    let qStart = 0;
    for (const m of found) {
      while (m.start >= pStart + (pieces[p] as string).length) pStart += (pieces[p++] as string).length;
      while (m.end > qStart + (pieces[q] as string).length) qStart += (pieces[q++] as string).length;
      out.push({
        personId: m.personId,
        start: { piece: p, offset: m.start - pStart },
        end: { piece: q, offset: m.end - qStart },
      });
    }
    return out;
  }

  /** The registry index of the person raw match `r` names, or -1 when it names none of ours. */
  private resolve(text: string, r: number, earlier: Mention[]): number {
    const raw = this.raw;
    const start = raw[r] as number;
    const end = raw[r + 1] as number;
    const name = raw[r + 2] as number;
    const { flags, aliasCount, person } = this.claims;
    const from = this.claims.start[name] as number;
    const to = this.claims.start[name + 1] as number;
    if (from === to) return -1;

    const f = flags[name] as number;
    if (f & SHORT) {
      const caps = isAllCaps(text, start, end);
      const previousEnd = r > 0 ? (raw[r - 2] as number) : -1;
      const nextStart = r + 3 < raw.length ? (raw[r + 3] as number) : -1;
      if (precededByOtherGivenName(text, start, caps, previousEnd)) return -1;
      if (f & LEADING && followedByOtherGivenName(text, end, caps, nextStart)) return -1;
      if (followedByGenerationalSuffix(text, end)) return -1;
    }

    const aliases = aliasCount[name] as number;
    if (aliases === 1) {
      const only = person[from] as number;
      this.lastSeen.set(only, ++this.clock);
      return only;
    }
    if (aliases > 1) {
      const recent = this.mostRecent(from, from + aliases);
      return recent >= 0 ? recent : (person[from] as number);
    }

    // Only ambiguous short forms (`Kim`) are left: they need context.
    const suffixed = apostropheSuffixEnd(text, end) >= 0;
    if (!suffixed && isQuestionWordUse(text, start, end)) return -1;
    // `Kuzey Kore lideri Kim` is as clear as the full name.
    const described =
      this.descriptions.size === 0
        ? -1
        : describedPerson(text, start, this.claims.person, from, to, this.stemsOf);
    if (described >= 0) {
      this.lastSeen.set(described, ++this.clock);
      return described;
    }
    const recent = this.mostRecent(from, to);
    if (recent >= 0) return recent;
    if (suffixed || this.paired(text, r, earlier)) return person[from] as number;
    return -1;
  }

  private readonly stemsOf = (person: number) => this.descriptions.get(person) ?? NO_DESCRIPTIONS;

  /** The person of `claims.person[from, to)` mentioned most recently in this document, or -1. */
  private mostRecent(from: number, to: number): number {
    const person = this.claims.person;
    let best = -1;
    let bestTime = 0;
    for (let k = from; k < to; k++) {
      const time = this.lastSeen.get(person[k] as number) ?? 0;
      if (time > bestTime) {
        bestTime = time;
        best = person[k] as number;
      }
    }
    return best;
  }

  /** Whether raw match `r` is paired with an adjacent mention: `Kim ve Putin`, `Putin'le Kim`. */
  private paired(text: string, r: number, earlier: Mention[]): boolean {
    const raw = this.raw;
    const before = earlier[earlier.length - 1];
    if (before && pairs(text, before.end, raw[r] as number)) return true;
    if (r + 3 >= raw.length) return false;
    // The next name must be someone's full alias (not another ambiguous form).
    if ((this.claims.aliasCount[raw[r + 5] as number] as number) === 0) return false;
    return pairs(text, raw[r + 1] as number, raw[r + 3] as number);
  }
}

/** The gap between two names joins them: a pairing (`Kim ve Putin`) or one list (`Putin, Şi ve Kim`). */
function pairs(text: string, from: number, to: number): boolean {
  return isPairingGap(text, from, to) || isListGap(text, from, to);
}

/** Checks the registry's shape, naming the person and field of the first problem. */
function validatePeople(people: readonly PersonEntry[]): void {
  if (!Array.isArray(people)) throw new TypeError('createMatcher: people must be an array of PersonEntry');
  const seen = new Set<string>();
  for (let p = 0; p < people.length; p++) {
    const person = people[p] as PersonEntry;
    const where = () => `people[${p}]${typeof person?.id === 'string' ? ` (${person.id})` : ''}`;
    if (typeof person !== 'object' || person === null) throw new TypeError(`${where()}: expected an object`);
    if (typeof person.id !== 'string' || person.id === '') {
      throw new TypeError(`${where()}.id: expected a non-empty string`);
    }
    if (seen.has(person.id)) throw new TypeError(`${where()}.id: duplicate id "${person.id}"`);
    seen.add(person.id);
    const aliases: unknown = person.aliases;
    if (typeof aliases !== 'object' || aliases === null || Array.isArray(aliases)) {
      throw new TypeError(`${where()}.aliases: expected an object of string arrays per language`);
    }
    for (const lang in person.aliases) checkForms(person.aliases[lang], where, `aliases.${lang}`);
    checkForms(person.ambiguous, where, 'ambiguous');
    checkForms(person.notThisPerson, where, 'notThisPerson');
  }
}

/** Forms themselves are checked where they are compiled (`shapeOf`), to read them only once. */
function checkForms(list: unknown, where: () => string, field: string): void {
  if (!Array.isArray(list)) throw new TypeError(`${where()}.${field}: expected an array of strings`);
}

// Where a form comes from, for error messages: a language tag means `aliases.<tag>`.
const AMBIGUOUS_FIELD = ' ambiguous';
const BLOCKER_FIELD = ' notThisPerson';

/** The shape of a checked form; a form without letters or digits is an error naming its place. */
function shapeOf(form: unknown, p: number, person: PersonEntry, list: string, i: number): AliasShape {
  const shape = typeof form === 'string' ? aliasShape(form) : null;
  if (shape === null || shape.tokens.length === 0) {
    const field = list.startsWith(' ') ? list.slice(1) : `aliases.${list}`;
    throw new TypeError(
      `people[${p}] (${person.id}).${field}[${i}]: expected a name with at least one letter, got ${JSON.stringify(form)}`,
    );
  }
  return shape;
}
