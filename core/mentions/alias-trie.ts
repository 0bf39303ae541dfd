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
 * - Invisible units inside a token (soft hyphen, ZWJ, ZWNJ) are skipped: `Pu\u00adtin` matches, and
 *   the match covers them. A soft hyphen or ZWJ does not start or end a word (`Putin\u00adgrad`,
 *   `Anti\u00adPutin` are one word each).
 * - A match starts at a word start whose first letter is not lowercase (`trump card` is no match) and
 *   not right after an apostrophe suffix; a token after a space must be capitalised when the alias's
 *   token is (`Vladimir putin` is no match).
 * - A match ends at a word end, or before a script suffix (Korean particle, Russian case ending);
 *   names in Han/Kana script match anywhere (those scripts have no spaces).
 * - The longest alias at a start wins, and scanning resumes after it: matches never overlap.
 */

// Named imports: the bundler inlines these constants into the hot loops of the content script.
import { foldTable, foldText } from '../text/fold';
import {
  APOSTROPHE,
  CJK,
  CYRILLIC,
  charClassTable,
  HANGUL,
  HYPHEN,
  LOWER,
  PERIOD,
  SOFT_HYPHEN,
  SPACE,
  TAB,
  UPPER,
  WORD,
  ZWJ,
  ZWNJ,
} from '../text/name-chars';
import { isScriptSuffix, SuffixKind } from './name-suffixes';

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
/** The two bits above the flags hold the script suffix kind of the alias ending here. */
const SUFFIX_SHIFT = 6;

/** Soft hyphen, ZWJ and ZWNJ: invisible units a name may carry inside a token. */
function isInvisible(u: number): boolean {
  return u === SOFT_HYPHEN || u === ZWJ || u === ZWNJ;
}

/** Spaces allowed between two tokens of a name (`Kim  Jong Un` with a double space still matches). */
const MAX_SPACES = 2;

const NO_NODE = -1;
/** Children are looked up by linear scan up to this many, by binary search (sorted) above. */
const LINEAR_CHILDREN = 8;

/** The folded word tokens of an alias, plus what separates them (bit t = token t or gap t). */
export interface AliasShape {
  /** Folded tokens: `Kim Jong-un` → [`kim`, `jong`, `un`]. */
  tokens: string[];
  /** Bit t: token t starts with an uppercase letter in the alias as written. */
  capitalised: number;
  /** Bit t: the alias has a `.` between tokens t and t + 1. */
  dotAfter: number;
  /** Bit t: the alias has an apostrophe between tokens t and t + 1. */
  aposAfter: number;
}

/** Gaps and tokens past this index get no flags (names have far fewer words). */
const MAX_FLAGGED_TOKENS = 30;

const ASCII_ONLY = /^[^\u0080-\uffff]*$/;

/** Splits an alias into folded tokens (runs of letters, digits and marks). */
export function aliasShape(alias: string): AliasShape {
  const cls = charClassTable();
  const fold = foldTable();
  const shape: AliasShape = { tokens: [], capitalised: 0, dotAfter: 0, aposAfter: 0 };
  const n = alias.length;
  // ASCII folds exactly as toLowerCase does (I → i), in one native call; the rest goes through the table.
  const lower = ASCII_ONLY.test(alias) ? alias.toLowerCase() : null;
  let i = 0;
  while (i < n) {
    let dot = false;
    let apos = false;
    while (i < n && ((cls[alias.charCodeAt(i)] as number) & WORD) === 0) {
      const f = fold[alias.charCodeAt(i)];
      if (f === PERIOD) dot = true;
      else if (f === APOSTROPHE) apos = true;
      i++;
    }
    if (i >= n) break;
    const start = i;
    while (i < n && (cls[alias.charCodeAt(i)] as number) & WORD) i++;
    const t = shape.tokens.length;
    const bit = t < MAX_FLAGGED_TOKENS ? 1 << t : 0;
    if (t > 0) {
      if (dot) shape.dotAfter |= bit >> 1;
      if (apos) shape.aposAfter |= bit >> 1;
    }
    if ((cls[alias.charCodeAt(start)] as number) & UPPER) shape.capitalised |= bit;
    shape.tokens.push(lower !== null ? lower.slice(start, i) : foldText(alias.slice(start, i)));
  }
  return shape;
}

/** A trie ready to scan; terminals are numbered, and aliases with one skeleton share one. */
export interface AliasTrie {
  readonly terminalCount: number;
  readonly nodeCount: number;
  /** Appends `start, end, terminal` for every longest match in `text` to `out`. */
  scan(text: string, out: number[]): void;
}

/**
 * Everything scanning reads, as plain arrays: what `compileAliasTrie` makes and what
 * `packed-matcher.ts` carries to the content script, which then scans without compiling.
 * Nodes are numbered breadth-first, each node's children in unit order: the children of node v
 * are the nodes `childStart[v] .. childStart[v + 1]`, and node c is reached by unit `childUnit[c]`.
 * The root's children are found through `rootTable` (by folded unit).
 */
export interface TrieArrays {
  terminalCount: number;
  nodeCount: number;
  rootTable: Int32Array;
  childStart: Int32Array;
  childUnit: Uint16Array;
  /** Per node: its flags (`BOUNDARY`…) and script suffix kind (`<< SUFFIX_SHIFT`), its terminal number (or -1). */
  flags: Uint8Array;
  terminal: Int32Array;
  /** Source of the RegExp of units that may start a name (see `startClass`). */
  starts: string;
}

/** The compiled trie, its arrays, and the terminal of each input alias (-1 for one without letters). */
export interface CompiledAliasTrie {
  trie: AliasTrie;
  arrays: TrieArrays;
  terminalOfAlias: Int32Array;
}

/** Latin letters below this unit are candidates as whole ranges (see `startClass`). */
const LATIN_END = 0x250;
/** Above it, candidates are included by blocks of this many units. */
const BLOCK = 0x80;
/** Uppercase Latin, as ranges: A-Z, À-Þ and Latin Extended-A/B (whose cases alternate unit by unit). */
const LATIN_RANGES = 'A-Z\\u00c0-\\u00de\\u0100-\\u024f';

/**
 * A RegExp character class (over UTF-16 units, no `u` flag) that every unit which may start a name
 * matches: a native RegExp jumps between those far faster than a loop over every unit, as long as
 * the class is a few ranges (V8 is slow on many single characters). So it over-approximates: all
 * of uppercase Latin (plus Latin Extended, whose lowercase `ş ğ ı` come along), and every block of
 * 128 units above that holds a first unit of some alias. The scanner checks each hit exactly.
 */
function startClass(rootTable: Int32Array, fold: Uint16Array, cls: Uint8Array): string {
  const hex = (u: number) => `\\u${u.toString(16).padStart(4, '0')}`;
  const starts = (u: number) => ((cls[u] as number) & WORD) !== 0 && rootTable[fold[u] as number] !== NO_NODE;
  const parts: string[] = [];
  let latin = false;
  for (let u = 0; u < LATIN_END; u++) {
    if (!starts(u)) continue;
    if (u < 0x80 && ((cls[u] as number) & (UPPER | LOWER)) === 0)
      parts.push(hex(u)); // a digit
    else latin = true;
  }
  if (latin) parts.push(LATIN_RANGES);
  let from = -1;
  for (let block = LATIN_END & ~(BLOCK - 1); block < 0x10000; block += BLOCK) {
    let hit = false;
    for (let u = Math.max(block, LATIN_END); u < block + BLOCK && !hit; u++) hit = starts(u);
    if (hit && from < 0) from = Math.max(block, LATIN_END);
    if (!hit && from >= 0) {
      parts.push(`${hex(from)}-${hex(block - 1)}`);
      from = -1;
    }
  }
  if (from >= 0) parts.push(`${hex(from)}-\\uffff`);
  // An empty registry: a class that never matches.
  return parts.length ? `[${[...new Set(parts)].join('')}]` : '[^\\s\\S]';
}

/** The trie as built: nodes in creation order, children as sibling lists. */
interface BuiltTrie {
  nodeCount: number;
  terminalCount: number;
  terminalOfAlias: Int32Array;
  rootTable: Int32Array;
  unitOf: Uint16Array;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  flags: Uint8Array;
  terminal: Int32Array;
}

/** Inserts every shape. Every node is one unit of one token, so arrays sized by the total token
 * length never grow. */
function insertShapes(shapes: readonly AliasShape[]): BuiltTrie {
  const cls = charClassTable();
  let capacity = 1;
  for (const shape of shapes) for (const token of shape.tokens) capacity += token.length;
  const unitOf = new Uint16Array(capacity);
  const firstChild = new Int32Array(capacity).fill(NO_NODE);
  const nextSibling = new Int32Array(capacity).fill(NO_NODE);
  const flags = new Uint8Array(capacity);
  const terminal = new Int32Array(capacity).fill(-1);
  const rootTable = new Int32Array(0x10000).fill(NO_NODE);
  const terminalOfAlias = new Int32Array(shapes.length).fill(-1);
  let nodeCount = 1;
  let terminalCount = 0;

  for (let a = 0; a < shapes.length; a++) {
    const shape = shapes[a] as AliasShape;
    const tokens = shape.tokens;
    if (tokens.length === 0) continue;
    let node = 0;
    let allCjk = true;
    let lastClass = 0;
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t] as string;
      for (let i = 0; i < token.length; i++) {
        const unit = token.charCodeAt(i);
        // Find or add the child of `node` for `unit`.
        let next = NO_NODE;
        if (node === 0) next = rootTable[unit] as number;
        else {
          for (let c = firstChild[node] as number; c !== NO_NODE; c = nextSibling[c] as number) {
            if (unitOf[c] === unit) {
              next = c;
              break;
            }
          }
        }
        if (next === NO_NODE) {
          next = nodeCount++;
          unitOf[next] = unit;
          if (node === 0) rootTable[unit] = next;
          else {
            nextSibling[next] = firstChild[node] as number;
            firstChild[node] = next;
          }
        }
        node = next;
        lastClass = cls[unit] as number;
        if ((lastClass & CJK) === 0) allCjk = false;
        if (i === 0 && t > 0) {
          flags[node] =
            (flags[node] as number) | (shape.capitalised & (1 << t) ? TOKEN_UPPER : TOKEN_LOWER_OK);
        }
      }
      if (t < tokens.length - 1) {
        let f = (flags[node] as number) | BOUNDARY;
        if (shape.dotAfter & (1 << t)) f |= DOT_OK;
        if (shape.aposAfter & (1 << t)) f |= APOS_OK;
        flags[node] = f;
      }
    }
    if (allCjk) flags[node] = (flags[node] as number) | NO_BOUNDARY;
    // One skeleton, one last unit: aliases ending at one node have one suffix kind.
    if (lastClass & HANGUL)
      flags[node] = (flags[node] as number) | (SuffixKind.KOREAN_PARTICLE << SUFFIX_SHIFT);
    else if (lastClass & CYRILLIC)
      flags[node] = (flags[node] as number) | (SuffixKind.RUSSIAN_ENDING << SUFFIX_SHIFT);
    if ((terminal[node] as number) < 0) terminal[node] = terminalCount++;
    terminalOfAlias[a] = terminal[node] as number;
  }
  return {
    nodeCount,
    terminalCount,
    terminalOfAlias,
    rootTable,
    unitOf,
    firstChild,
    nextSibling,
    flags,
    terminal,
  };
}

/**
 * Numbers the nodes breadth-first, each node's children in unit order (see `TrieArrays`): then a
 * child is found without a list of edges, and the packed trie is these arrays in this order.
 */
function layOut(
  built: BuiltTrie,
): Pick<TrieArrays, 'rootTable' | 'childStart' | 'childUnit' | 'flags' | 'terminal'> {
  const { nodeCount, firstChild, nextSibling, unitOf } = built;
  // order[new] = old.
  const order = new Int32Array(nodeCount);
  const childStart = new Int32Array(nodeCount + 1);
  let filled = 1;
  for (let u = 0; u < 0x10000; u++)
    if ((built.rootTable[u] as number) !== NO_NODE) order[filled++] = built.rootTable[u] as number;
  childStart[0] = 1;
  for (let v = 1; v < nodeCount; v++) {
    const from = filled;
    for (let c = firstChild[order[v] as number] as number; c !== NO_NODE; c = nextSibling[c] as number)
      order[filled++] = c;
    if (filled - from > 1)
      order.subarray(from, filled).sort((a, b) => (unitOf[a] as number) - (unitOf[b] as number));
    childStart[v] = from;
  }
  childStart[nodeCount] = filled;
  const rootTable = new Int32Array(0x10000).fill(NO_NODE);
  const childUnit = new Uint16Array(nodeCount);
  const flags = new Uint8Array(nodeCount);
  const terminal = new Int32Array(nodeCount);
  for (let v = 0; v < nodeCount; v++) {
    const old = order[v] as number;
    childUnit[v] = unitOf[old] as number;
    flags[v] = built.flags[old] as number;
    terminal[v] = built.terminal[old] as number;
  }
  for (let c = childStart[0] as number; c < (childStart[1] as number); c++)
    rootTable[childUnit[c] as number] = c;
  return { rootTable, childStart, childUnit, flags, terminal };
}

/** Compiles alias shapes (see `aliasShape`) into a trie. */
export function compileAliasTrie(shapes: readonly AliasShape[]): CompiledAliasTrie {
  const built = insertShapes(shapes);
  const arrays: TrieArrays = {
    terminalCount: built.terminalCount,
    nodeCount: built.nodeCount,
    // Only what scanning needs is kept, for the nodes actually made.
    ...layOut(built),
    starts: startClass(built.rootTable, foldTable(), charClassTable()),
  };
  return { trie: trieFromArrays(arrays), arrays, terminalOfAlias: built.terminalOfAlias };
}

/** A trie that scans with `arrays` (compiled here or unpacked from the background's). */
export function trieFromArrays(arrays: TrieArrays): AliasTrie {
  return new ArrayTrie(arrays);
}

class ArrayTrie implements AliasTrie {
  readonly terminalCount: number;
  readonly nodeCount: number;
  private readonly fold = foldTable();
  private readonly cls = charClassTable();
  private readonly rootTable: Int32Array;
  private readonly childStart: Int32Array;
  private readonly childUnit: Uint16Array;
  private readonly flags: Uint8Array;
  private readonly terminal: Int32Array;
  /** Where a name can start (see `startClass`). */
  private readonly starts: RegExp;
  /** End offset of the last successful `walk`. */
  private bestEnd = -1;

  constructor(arrays: TrieArrays) {
    this.terminalCount = arrays.terminalCount;
    this.nodeCount = arrays.nodeCount;
    this.rootTable = arrays.rootTable;
    this.childStart = arrays.childStart;
    this.childUnit = arrays.childUnit;
    this.flags = arrays.flags;
    this.terminal = arrays.terminal;
    this.starts = new RegExp(arrays.starts, 'g');
  }

  scan(text: string, out: number[]): void {
    const { starts, cls, fold, rootTable, terminal } = this;
    starts.lastIndex = 0;
    while (starts.test(text)) {
      const i = starts.lastIndex - 1;
      const c = text.charCodeAt(i);
      if ((cls[c] as number) & LOWER) continue;
      const first = rootTable[fold[c] as number] as number;
      if (first === NO_NODE) continue;
      // Inside a word only Han/Kana can start a name (a soft hyphen or ZWJ before it is inside the word).
      let b = i - 1;
      while (b > 0 && (text.charCodeAt(b) === SOFT_HYPHEN || text.charCodeAt(b) === ZWJ)) b--;
      const midWord = b >= 0 && ((cls[text.charCodeAt(b)] as number) & WORD) !== 0;
      if (midWord && ((cls[c] as number) & CJK) === 0) continue;
      // The suffix in `Moskova'da` or `HAMANEY'İN` is not a word start.
      if (
        !midWord &&
        i >= 2 &&
        fold[text.charCodeAt(i - 1)] === APOSTROPHE &&
        (cls[text.charCodeAt(i - 2)] as number) & WORD
      ) {
        continue;
      }
      const best = this.walk(text, first, i, midWord);
      if (best === NO_NODE) continue;
      out.push(i, this.bestEnd, terminal[best] as number);
      starts.lastIndex = this.bestEnd;
    }
  }

  private findChild(node: number, unit: number): number {
    const childUnit = this.childUnit;
    let lo = this.childStart[node] as number;
    let hi = this.childStart[node + 1] as number;
    if (hi - lo <= LINEAR_CHILDREN) {
      for (; lo < hi; lo++) if (childUnit[lo] === unit) return lo;
      return NO_NODE;
    }
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const u = childUnit[mid] as number;
      if (u === unit) return mid;
      if (u < unit) lo = mid + 1;
      else hi = mid;
    }
    return NO_NODE;
  }

  /** A token may start at `node` after a space only if it is capitalised in the text when it must be. */
  private needsUpper(node: number): boolean {
    const f = this.flags[node] as number;
    return (f & TOKEN_UPPER) !== 0 && (f & TOKEN_LOWER_OK) === 0;
  }

  private endsHere(text: string, node: number, j: number, midWord: boolean): boolean {
    if ((this.flags[node] as number) & NO_BOUNDARY) return true;
    if (midWord) return false;
    // Skip soft hyphens and ZWJs: they sit inside words. A ZWNJ may end a Persian name before its suffix.
    let u = text.charCodeAt(j);
    while (u === SOFT_HYPHEN || u === ZWJ) u = text.charCodeAt(++j);
    if (j >= text.length) return true;
    if (((this.cls[u] as number) & WORD) === 0) return true;
    const kind = ((this.flags[node] as number) >> SUFFIX_SHIFT) as SuffixKind;
    return kind !== SuffixKind.NONE && isScriptSuffix(text, j, kind);
  }

  /** Longest match from `start` (whose first unit leads to `first`): its end node, or -1. */
  private walk(text: string, first: number, start: number, midWord: boolean): number {
    const { fold, cls, flags, terminal } = this;
    const n = text.length;
    let node = first;
    let j = start + 1;
    let best = NO_NODE;
    for (;;) {
      if ((terminal[node] as number) >= 0 && this.endsHere(text, node, j, midWord)) {
        best = node;
        this.bestEnd = j;
      }
      if (j >= n) break;
      let unit = fold[text.charCodeAt(j)] as number;
      const next = this.findChild(node, unit);
      if (next !== NO_NODE) {
        node = next;
        j++;
        continue;
      }
      // Invisible units (soft hyphen, ZWJ, ZWNJ) inside a token, or around a separator.
      let k = j;
      while (k < n && isInvisible(text.charCodeAt(k))) k++;
      if (k >= n) break;
      unit = fold[text.charCodeAt(k)] as number;
      const inside = k > j ? this.findChild(node, unit) : NO_NODE;
      if (inside !== NO_NODE) {
        node = inside;
        j = k + 1;
        continue;
      }
      const f = flags[node] as number;
      if ((f & BOUNDARY) === 0) break;
      // A separator between two tokens.
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
      } else if (unit === HYPHEN) {
        k++;
      }
      while (k < n && isInvisible(text.charCodeAt(k))) k++;
      if (k === j || k >= n) break;
      const c = text.charCodeAt(k);
      const after = this.findChild(node, fold[c] as number);
      if (after === NO_NODE) break;
      if (spaced && this.needsUpper(after) && (cls[c] as number) & LOWER) break;
      node = after;
      j = k + 1;
    }
    return best;
  }
}
