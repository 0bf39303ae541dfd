/**
 * A character trie of folded alias "skeletons" (the alias's word tokens without separators) that
 * finds, in one left-to-right pass over unfolded text, the longest alias starting at each word start.
 *
 * Promises:
 * - Matching is case- and diacritic-insensitive (folding from `text-fold.ts`, read unit by unit, so
 *   offsets are offsets into the original text).
 * - Between two tokens of an alias the text may have a space (also NBSP, tab, one or two), a hyphen,
 *   a ZWNJ, or nothing: `Kim Jong Un`, `Kim Jong-un`, `Kim Jongun`. A `.` is allowed where the alias
 *   has one (`Donald J. Trump`), an apostrophe where the alias has one. Never a line break.
 * - A match starts at a word start whose first letter is not lowercase (`trump card` is no match) and
 *   not right after an apostrophe suffix; a token after a space must be capitalised when the alias's
 *   token is (`Vladimir putin` is no match).
 * - A match ends at a word end, or before a script suffix (Korean particle, Russian case ending);
 *   names in Han/Kana script match anywhere (those scripts have no spaces).
 * - The longest alias at a start wins, and scanning resumes after it: matches never overlap.
 */
import {
  APOSTROPHE,
  CJK,
  CYRILLIC,
  charClassTable,
  HANGUL,
  HYPHEN,
  LOWER,
  PERIOD,
  SPACE,
  TAB,
  UPPER,
  WORD,
  ZWNJ,
} from './name-chars';
import { isScriptSuffix, SuffixKind } from './name-suffixes';
import { foldTable } from './text-fold';

// Node flags.
/** An alias token ends here and another follows: a separator may come next. */
const BOUNDARY = 1;
/** The separator here may contain a period (`J. Trump`). */
const DOT_OK = 2;
/** The separator here may be an apostrophe (`O'Brien`). */
const APOS_OK = 4;
/** Some alias starts a capitalised token at this node. */
const TOKEN_UPPER = 8;
/** Some alias starts an uncapitalised token at this node (`bin`, `al`): no capital needed. */
const TOKEN_LOWER_OK = 16;
/** The alias ending here is in Han/Kana script: no word boundary needed around it. */
const NO_BOUNDARY = 32;

/** Spaces allowed between two tokens of a name (`Kim  Jong Un` with a double space still matches). */
const MAX_SPACES = 2;

const NO_NODE = -1;

/** The folded word tokens of an alias, plus what separates them. */
export interface AliasShape {
  /** Folded tokens: `Kim Jong-un` → [`kim`, `jong`, `un`]. */
  tokens: string[];
  /** Per token: its first letter is uppercase in the alias as written. */
  capitalised: boolean[];
  /** Per gap between tokens: the alias has a `.` there. */
  dotAfter: boolean[];
  /** Per gap between tokens: the alias has an apostrophe there. */
  aposAfter: boolean[];
}

/** Splits an alias into folded tokens (runs of letters, digits and marks). */
export function aliasShape(alias: string): AliasShape {
  const fold = foldTable();
  const cls = charClassTable();
  const shape: AliasShape = { tokens: [], capitalised: [], dotAfter: [], aposAfter: [] };
  let token = '';
  let dot = false;
  let apos = false;
  for (let i = 0; i < alias.length; i++) {
    const c = alias.charCodeAt(i);
    const k = cls[c] as number;
    if (k & WORD) {
      if (token === '') {
        if (shape.tokens.length > 0) {
          shape.dotAfter.push(dot);
          shape.aposAfter.push(apos);
        }
        shape.capitalised.push((k & UPPER) !== 0);
        dot = false;
        apos = false;
      }
      token += String.fromCharCode(fold[c] as number);
      continue;
    }
    if (token !== '') shape.tokens.push(token);
    token = '';
    const f = fold[c] as number;
    if (f === PERIOD) dot = true;
    else if (f === APOSTROPHE) apos = true;
  }
  if (token !== '') shape.tokens.push(token);
  return shape;
}

/** A trie compiled from aliases; terminals are numbered, and aliases with one skeleton share one. */
export interface AliasTrie {
  /** Terminal number of each input alias (aliases with no letters get -1). */
  readonly terminalOfAlias: Int32Array;
  readonly terminalCount: number;
  readonly nodeCount: number;
  /** Appends `start, end, terminal` for every longest match in `text` to `out`. */
  scan(text: string, out: number[]): void;
}

export function compileAliasTrie(aliases: readonly string[]): AliasTrie {
  const fold = foldTable();
  const cls = charClassTable();
  const edges = new Map<number, number>();
  const flags: number[] = [0];
  const terminalOfNode: number[] = [-1];
  const suffixOfNode: number[] = [SuffixKind.NONE];
  const terminalOfAlias = new Int32Array(aliases.length).fill(-1);
  let terminalCount = 0;

  const child = (node: number, unit: number): number => {
    const key = node * 0x10000 + unit;
    let next = edges.get(key);
    if (next === undefined) {
      next = flags.length;
      edges.set(key, next);
      flags.push(0);
      terminalOfNode.push(-1);
      suffixOfNode.push(SuffixKind.NONE);
    }
    return next;
  };

  aliases.forEach((alias, a) => {
    const shape = aliasShape(alias);
    if (shape.tokens.length === 0) return;
    let node = 0;
    let allCjk = true;
    let lastClass = 0;
    shape.tokens.forEach((token, t) => {
      for (let i = 0; i < token.length; i++) {
        const unit = token.charCodeAt(i);
        node = child(node, unit);
        lastClass = cls[unit] as number;
        if ((lastClass & CJK) === 0) allCjk = false;
        if (i === 0 && t > 0)
          flags[node] = (flags[node] as number) | (shape.capitalised[t] ? TOKEN_UPPER : TOKEN_LOWER_OK);
      }
      if (t < shape.tokens.length - 1) {
        let f = (flags[node] as number) | BOUNDARY;
        if (shape.dotAfter[t]) f |= DOT_OK;
        if (shape.aposAfter[t]) f |= APOS_OK;
        flags[node] = f;
      }
    });
    if (allCjk) flags[node] = (flags[node] as number) | NO_BOUNDARY;
    if (lastClass & HANGUL) suffixOfNode[node] = SuffixKind.KOREAN_PARTICLE;
    else if (lastClass & CYRILLIC) suffixOfNode[node] = SuffixKind.RUSSIAN_ENDING;
    if ((terminalOfNode[node] as number) < 0) terminalOfNode[node] = terminalCount++;
    terminalOfAlias[a] = terminalOfNode[node] as number;
  });

  // Flatten the edges into arrays: the children of node v are childUnit/childNode[childStart[v] ..
  // childStart[v + 1]); the root's children get a direct table since every word start looks there.
  const nodeCount = flags.length;
  const childStart = new Int32Array(nodeCount + 1);
  for (const key of edges.keys()) {
    const parent = Math.floor(key / 0x10000);
    childStart[parent + 1] = (childStart[parent + 1] as number) + 1;
  }
  for (let v = 0; v < nodeCount; v++)
    childStart[v + 1] = (childStart[v + 1] as number) + (childStart[v] as number);
  const fill = childStart.slice(0, nodeCount);
  const childUnit = new Uint16Array(edges.size);
  const childNode = new Int32Array(edges.size);
  const rootTable = new Int32Array(0x10000).fill(NO_NODE);
  for (const [key, next] of edges) {
    const parent = Math.floor(key / 0x10000);
    const unit = key - parent * 0x10000;
    const slot = fill[parent] as number;
    fill[parent] = slot + 1;
    childUnit[slot] = unit;
    childNode[slot] = next;
    if (parent === 0) rootTable[unit] = next;
  }
  const nodeFlags = Uint8Array.from(flags);
  const terminal = Int32Array.from(terminalOfNode);
  const suffix = Uint8Array.from(suffixOfNode);

  const findChild = (node: number, unit: number): number => {
    const end = childStart[node + 1] as number;
    for (let e = childStart[node] as number; e < end; e++)
      if (childUnit[e] === unit) return childNode[e] as number;
    return NO_NODE;
  };

  /** A token may start at `node` after a space only if it is capitalised in the text when it must be. */
  const needsUpper = (node: number): boolean => {
    const f = nodeFlags[node] as number;
    return (f & TOKEN_UPPER) !== 0 && (f & TOKEN_LOWER_OK) === 0;
  };

  const endsHere = (text: string, node: number, j: number, midWord: boolean): boolean => {
    if ((nodeFlags[node] as number) & NO_BOUNDARY) return true;
    if (midWord) return false;
    if (j >= text.length) return true;
    if (((cls[text.charCodeAt(j)] as number) & WORD) === 0) return true;
    const kind = suffix[node] as SuffixKind;
    return kind !== SuffixKind.NONE && isScriptSuffix(text, j, kind);
  };

  /** Longest match from `start` (whose first unit leads to `first`): its end node and offset, or -1. */
  let bestEnd = -1;
  const walk = (text: string, first: number, start: number, midWord: boolean): number => {
    const n = text.length;
    let node = first;
    let j = start + 1;
    let best = NO_NODE;
    bestEnd = -1;
    for (;;) {
      if ((terminal[node] as number) >= 0 && endsHere(text, node, j, midWord)) {
        best = node;
        bestEnd = j;
      }
      if (j >= n) break;
      let unit = fold[text.charCodeAt(j)] as number;
      const next = findChild(node, unit);
      if (next !== NO_NODE) {
        node = next;
        j++;
        continue;
      }
      const f = nodeFlags[node] as number;
      if ((f & BOUNDARY) === 0) break;
      // A separator between two tokens.
      let k = j;
      if ((unit === PERIOD && f & DOT_OK) || (unit === APOSTROPHE && f & APOS_OK)) {
        k++;
        if (k >= n) break;
        unit = fold[text.charCodeAt(k)] as number;
      }
      let spaced = false;
      if (unit === SPACE || unit === TAB) {
        spaced = true;
        const limit = k + MAX_SPACES;
        while (k < n && k < limit && (fold[text.charCodeAt(k)] === SPACE || text.charCodeAt(k) === TAB)) k++;
      } else if (unit === HYPHEN || unit === ZWNJ) {
        k++;
      }
      if (k === j || k >= n) break;
      const c = text.charCodeAt(k);
      const after = findChild(node, fold[c] as number);
      if (after === NO_NODE) break;
      if (spaced && needsUpper(after) && (cls[c] as number) & LOWER) break;
      node = after;
      j = k + 1;
    }
    return best;
  };

  const scan = (text: string, out: number[]): void => {
    const n = text.length;
    let prevWord = false;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const k = cls[c] as number;
      if ((k & WORD) === 0) {
        prevWord = false;
        continue;
      }
      // Inside a word only Han/Kana can start a name.
      if (prevWord && (k & CJK) === 0) continue;
      const midWord = prevWord;
      prevWord = true;
      if (k & LOWER) continue;
      const first = rootTable[fold[c] as number] as number;
      if (first === NO_NODE) continue;
      // The suffix in `Moskova'da` or `HAMANEY'İN` is not a word start.
      if (
        !midWord &&
        i >= 2 &&
        fold[text.charCodeAt(i - 1)] === APOSTROPHE &&
        (cls[text.charCodeAt(i - 2)] as number) & WORD
      ) {
        continue;
      }
      const best = walk(text, first, i, midWord);
      if (best === NO_NODE) continue;
      out.push(i, bestEnd, terminal[best] as number);
      i = bestEnd - 1;
      prevWord = ((cls[text.charCodeAt(i)] as number) & WORD) !== 0;
    }
  };

  return { terminalOfAlias, terminalCount, nodeCount, scan };
}
