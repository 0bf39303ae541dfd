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
 *   the same document (the most recent one wins); never as the Turkish question word (`Kim bilir?`).
 * - A `DocumentScanner` keeps that per-document memory across `scan`/`scanPieces` calls, and
 *   `scanPieces` finds names that span adjacent text nodes (`<b>Ali</b> Hamaney`).
 */
import { type AliasTrie, aliasShape, compileAliasTrie } from './alias-trie';
import {
  followedByOtherGivenName,
  isAllCaps,
  isPairingGap,
  isQuestionWordUse,
  precededByOtherGivenName,
} from './name-context';
import { apostropheSuffixEnd } from './name-suffixes';
import type { PersonEntry } from './types';

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

const ALIAS = 0;
const AMBIGUOUS = 1;
const BLOCKER = 2;
type Kind = typeof ALIAS | typeof AMBIGUOUS | typeof BLOCKER;

/** One person's claim on a compiled name. */
interface Claim {
  person: number;
  kind: Kind;
  /** A one-word form that is the first word of one of the person's full names (`Kim`, `Choe`). */
  leading: boolean;
  /** A one-word form that is the last word of one of the person's full names (`Putin`). */
  trailing: boolean;
}

/** Everything known about one compiled name (aliases that fold to one skeleton share it). */
interface NameInfo {
  claims: Claim[];
  singleWord: boolean;
}

export function createMatcher(people: readonly PersonEntry[]): MentionMatcher {
  validatePeople(people);
  const forms: string[] = [];
  const formClaims: Claim[] = [];
  const formSingle: boolean[] = [];
  people.forEach((person, p) => {
    const firstWords = new Set<string>();
    const lastWords = new Set<string>();
    const aliases = Object.values(person.aliases).flat();
    for (const alias of aliases) {
      const { tokens } = aliasShape(alias);
      if (tokens.length < 2) continue;
      firstWords.add(tokens[0] as string);
      lastWords.add(tokens[tokens.length - 1] as string);
    }
    const add = (form: string, kind: Kind) => {
      const { tokens } = aliasShape(form);
      const single = tokens.length === 1;
      const word = tokens[0] as string;
      forms.push(form);
      formSingle.push(single);
      formClaims.push({
        person: p,
        kind,
        leading: single && firstWords.has(word),
        trailing: single && lastWords.has(word),
      });
    };
    for (const alias of aliases) add(alias, ALIAS);
    for (const form of person.ambiguous) add(form, AMBIGUOUS);
    for (const form of person.notThisPerson) add(form, BLOCKER);
  });

  const trie = compileAliasTrie(forms);
  const names: NameInfo[] = [];
  for (let t = 0; t < trie.terminalCount; t++) names.push({ claims: [], singleWord: true });
  forms.forEach((_, f) => {
    const info = names[trie.terminalOfAlias[f] as number] as NameInfo;
    const claim = formClaims[f] as Claim;
    if (!formSingle[f]) info.singleWord = false;
    const same = info.claims.find((c) => c.person === claim.person && c.kind === claim.kind);
    if (same) {
      same.leading ||= claim.leading;
      same.trailing ||= claim.trailing;
    } else {
      info.claims.push(claim);
    }
  });
  const ids = people.map((p) => p.id);

  return {
    findMentions: (text) => new Scanner(trie, names, ids).scan(text),
    createScanner: () => new Scanner(trie, names, ids),
  };
}

class Scanner implements DocumentScanner {
  /** When each person was last mentioned unambiguously in this document (higher = later). */
  private readonly lastSeen = new Map<number, number>();
  private clock = 0;
  private readonly raw: number[] = [];

  constructor(
    private readonly trie: AliasTrie,
    private readonly names: readonly NameInfo[],
    private readonly ids: readonly string[],
  ) {}

  scan(text: string): Mention[] {
    const raw = this.raw;
    raw.length = 0;
    this.trie.scan(text, raw);
    const mentions: Mention[] = [];
    for (let r = 0; r < raw.length; r += 3) {
      const start = raw[r] as number;
      const end = raw[r + 1] as number;
      const person = this.resolve(
        text,
        start,
        end,
        this.names[raw[r + 2] as number] as NameInfo,
        r,
        mentions,
      );
      if (person >= 0) mentions.push({ start, end, personId: this.ids[person] as string });
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

  /** The person a raw match at `[start, end)` names, or -1 when it names none of ours. */
  private resolve(
    text: string,
    start: number,
    end: number,
    info: NameInfo,
    r: number,
    earlier: Mention[],
  ): number {
    const claims = info.claims;
    let blocked: number[] | null = null;
    for (const c of claims) if (c.kind === BLOCKER) (blocked ??= []).push(c.person);
    const live = blocked ? claims.filter((c) => c.kind !== BLOCKER && !blocked.includes(c.person)) : claims;
    if (live.length === 0) return -1;

    if (info.singleWord) {
      const raw = this.raw;
      const caps = isAllCaps(text, start, end);
      const previousEnd = r > 0 ? (raw[r - 2] as number) : -1;
      const nextStart = r + 3 < raw.length ? (raw[r + 3] as number) : -1;
      if (
        live.some((c) => c.leading || c.trailing) &&
        precededByOtherGivenName(text, start, caps, previousEnd)
      ) {
        return -1;
      }
      if (live.some((c) => c.leading) && followedByOtherGivenName(text, end, caps, nextStart)) return -1;
    }

    const aliases = live.filter((c) => c.kind === ALIAS);
    if (aliases.length === 1) {
      const person = (aliases[0] as Claim).person;
      this.lastSeen.set(person, ++this.clock);
      return person;
    }
    if (aliases.length > 1) return this.mostRecent(aliases) ?? (aliases[0] as Claim).person;

    // Only ambiguous short forms (`Kim`) are left: they need context.
    const suffixed = apostropheSuffixEnd(text, end) >= 0;
    if (!suffixed && isQuestionWordUse(text, start, end)) return -1;
    const recent = this.mostRecent(live);
    if (recent !== null) return recent;
    if (suffixed || this.paired(text, start, end, r, earlier)) return (live[0] as Claim).person;
    return -1;
  }

  /** The claimant mentioned most recently in this document, if any was. */
  private mostRecent(claims: readonly Claim[]): number | null {
    let best: number | null = null;
    let bestTime = 0;
    for (const c of claims) {
      const time = this.lastSeen.get(c.person) ?? 0;
      if (time > bestTime) {
        bestTime = time;
        best = c.person;
      }
    }
    return best;
  }

  /** Whether the match is paired with an adjacent mention of someone: `Kim ve Putin`, `Putin'le Kim`. */
  private paired(text: string, start: number, end: number, r: number, earlier: Mention[]): boolean {
    const before = earlier[earlier.length - 1];
    if (before && isPairingGap(text, before.end, start)) return true;
    const raw = this.raw;
    if (r + 3 >= raw.length) return false;
    const next = this.names[raw[r + 5] as number] as NameInfo;
    if (!next.claims.some((c) => c.kind === ALIAS)) return false;
    return isPairingGap(text, end, raw[r + 3] as number);
  }
}

/** Checks the registry's shape, naming the person and field of the first problem. */
function validatePeople(people: readonly PersonEntry[]): void {
  if (!Array.isArray(people)) throw new TypeError('createMatcher: people must be an array of PersonEntry');
  const seen = new Set<string>();
  people.forEach((person, p) => {
    const where = `people[${p}]${typeof person?.id === 'string' ? ` (${person.id})` : ''}`;
    if (typeof person !== 'object' || person === null) throw new TypeError(`${where}: expected an object`);
    if (typeof person.id !== 'string' || person.id === '')
      throw new TypeError(`${where}.id: expected a non-empty string`);
    if (seen.has(person.id)) throw new TypeError(`${where}.id: duplicate id "${person.id}"`);
    seen.add(person.id);
    if (typeof person.aliases !== 'object' || person.aliases === null || Array.isArray(person.aliases)) {
      throw new TypeError(`${where}.aliases: expected an object of string arrays per language`);
    }
    for (const [lang, list] of Object.entries(person.aliases)) checkForms(list, `${where}.aliases.${lang}`);
    checkForms(person.ambiguous, `${where}.ambiguous`);
    checkForms(person.notThisPerson, `${where}.notThisPerson`);
  });
}

function checkForms(list: unknown, where: string): void {
  if (!Array.isArray(list)) throw new TypeError(`${where}: expected an array of strings`);
  list.forEach((form: unknown, i) => {
    if (typeof form !== 'string' || aliasShape(form).tokens.length === 0) {
      throw new TypeError(
        `${where}[${i}]: expected a name with at least one letter, got ${JSON.stringify(form)}`,
      );
    }
  });
}
