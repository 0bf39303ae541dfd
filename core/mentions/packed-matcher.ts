/**
 * A compiled matcher (`MatcherParts`) as a few strings, so that the content script gets a ready
 * matcher in one message instead of compiling the registry on every page: compiling 5,000 people
 * takes tens of milliseconds, unpacking them one pass over their trie's nodes.
 *
 * The trie is laid out breadth-first with each node's children in unit order (`TrieArrays`), so
 * that the children of every node are consecutive nodes: a node is then its unit, its flags and its
 * number of children, and no child list needs to travel. Numbers are written as base-16384 digits in
 * characters from U+0020 (see `pushInt`): no control characters, no surrogates (which Chrome's
 * messaging would replace), and small numbers — most of them — in one character. A node is two
 * characters as a rule (its unit; its flags and child count in one fixed-width character), read
 * straight into the trie's typed arrays: a page unpacks 5,000 people in a few milliseconds.
 *
 * `unpackMatcher` treats its input as untrusted: any count or index out of range is a TypeError,
 * never an out-of-bounds read later or a loop that does not end.
 */
import { adoptFoldTable, foldTable } from '../text/fold';
import { adoptCharClassTable, charClassTable } from '../text/name-chars';
import type { TrieArrays } from './alias-trie';
import type { Descriptions, MatcherParts } from './mention-matcher';
import type { NameClaims } from './name-claims';

export interface PackedMatcher {
  format: typeof PACKED_FORMAT;
  /**
   * The node count, then per node, in order: its unit (rotated, see `UNIT_ROTATION`), then one
   * character: flags (with the script suffix kind, see `TrieArrays`) | terminal << 8 |
   * children << 9 (children ≥ `MANY_CHILDREN`: that, and the number after). Terminals are
   * numbered in node order.
   */
  nodes: string;
  /** Per name (terminal): flags, claimant count, alias count; then the claimants (registry indices). */
  claims: string;
  starts: string;
  /**
   * The folding and character-class tables (`core/text/`), run-length coded: pages adopt them
   * instead of building them, which takes milliseconds of every page load.
   */
  tables: string;
  ids: string[];
  /** `[registry index, stems…]` for the people with an ambiguous short form. */
  descriptions: [number, string[][]][];
}

export const PACKED_FORMAT = 2;

const ZERO = 0x20;
const MORE = 0x4000;
const DIGIT = MORE - 1;
/** More digits than any count here needs (2^42): a runaway number is malformed input. */
const MAX_DIGITS = 3;
/** Counts and indices fit an Int32Array. */
const MAX_COUNT = 2 ** 31 - 1;
/** Folded letters (`a`–`z` from 0x61) become numbers below 0x60: one byte each in UTF-8 JSON. */
const UNIT_ROTATION = 0x40;
const UNITS = 0x10000;
const TERMINAL_BIT = 1 << 8;
const CHILDREN_SHIFT = 9;
/** A child count this large or larger is written in full after the node's character. */
const MANY_CHILDREN = 63;
/** A node's character holds 15 bits: from U+0020 up to U+801F, below the surrogates. */
const NODE_BITS = 1 << 15;

/** Appends `v` as base-16384 digits, least significant first; all but the last have `MORE` set. */
function pushInt(units: number[], v: number): void {
  for (; v >= MORE; v = Math.floor(v / MORE)) units.push(ZERO + MORE + (v % MORE));
  units.push(ZERO + v);
}

function ints(values: readonly number[]): number[] {
  const units: number[] = [];
  for (const v of values) pushInt(units, v);
  return units;
}

function text(units: readonly number[]): string {
  let out = '';
  // fromCharCode takes its units as arguments: a bounded number per call.
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.slice(i, i + 8192));
  return out;
}

function malformed(what: string): TypeError {
  return new TypeError(`packed matcher: ${what}`);
}

function atMost(value: number, max: number, field: string): number {
  if (value > max) throw malformed(`${field}: ${value} is over ${max}`);
  return value;
}

/** Where the last `readInt` stopped. */
let after = 0;

/**
 * The number at `text[at]`, `after` set past it (the loops over nodes and claimants read
 * one-character numbers, nearly all, themselves). Throws on characters out of range, runaway
 * numbers and the end of the text.
 */
function readInt(text: string, at: number, field: string): number {
  let value = 0;
  let scale = 1;
  for (let k = 0; k < MAX_DIGITS; k++) {
    const d = text.charCodeAt(at++) - ZERO;
    // NaN past the end.
    if (!(d >= 0 && d < 2 * MORE))
      throw malformed(`${field} ${Number.isNaN(d) ? 'ends early' : 'holds a character out of range'}`);
    value += (d & DIGIT) * scale;
    if (d < MORE) {
      if (value > MAX_COUNT) break;
      after = at;
      return value;
    }
    scale *= MORE;
  }
  throw malformed(`${field} holds a number too long`);
}

export function packMatcher(parts: MatcherParts): PackedMatcher {
  const { trie, claims } = parts;
  const nodes: number[] = [];
  pushInt(nodes, trie.nodeCount);
  // Terminals renumbered in node order, so that the unpacker counts them instead of reading them.
  const terminalOrder: number[] = [];
  // The nodes are laid out as the unpacker needs them (see `TrieArrays`): in their order.
  for (let v = 0; v < trie.nodeCount; v++) {
    const terminal = trie.terminal[v] as number;
    if (terminal >= 0) terminalOrder.push(terminal);
    pushInt(nodes, ((trie.childUnit[v] as number) + UNITS - UNIT_ROTATION) % UNITS);
    const count = (trie.childStart[v + 1] as number) - (trie.childStart[v] as number);
    nodes.push(
      ZERO +
        ((trie.flags[v] as number) |
          (terminal >= 0 ? TERMINAL_BIT : 0) |
          (Math.min(count, MANY_CHILDREN) << CHILDREN_SHIFT)),
    );
    if (count >= MANY_CHILDREN) pushInt(nodes, count);
  }
  const heads: number[] = [];
  const claimants: number[] = [];
  for (const t of terminalOrder) {
    const from = claims.start[t] as number;
    const to = claims.start[t + 1] as number;
    heads.push(claims.flags[t] as number, to - from, claims.aliasCount[t] as number);
    for (let k = from; k < to; k++) claimants.push(claims.person[k] as number);
  }
  return {
    format: PACKED_FORMAT,
    nodes: text(nodes),
    claims: text(ints([terminalOrder.length, claimants.length, ...heads, ...claimants])),
    starts: trie.starts,
    tables: text(ints([...runs(foldTable(), true), ...runs(charClassTable(), false)])),
    ids: parts.ids,
    descriptions: [...parts.descriptions].map(([p, stems]) => [p, stems.map((s) => [...s])]),
  };
}

/**
 * A table over every UTF-16 unit as runs: run count, then (length, value) per run. For the fold
 * table the value is `fold[c] - c`, zigzag-coded: `A`–`Z`, `А`–`Я` and the like are one run each.
 */
function runs(table: Uint16Array | Uint8Array, relative: boolean): number[] {
  const out: number[] = [0];
  const value = (c: number) => (relative ? (table[c] as number) - c : (table[c] as number));
  for (let c = 0; c < UNITS; ) {
    const v = value(c);
    let end = c + 1;
    while (end < UNITS && value(end) === v) end++;
    out.push(end - c, v < 0 ? -2 * v - 1 : 2 * v);
    out[0] = (out[0] as number) + 1;
    c = end;
  }
  return out;
}

/**
 * Reads the next run from `tables[after]` (`after` set past it): its length, and its value in
 * `runValue`. Checks that it fits the units left after `c`.
 */
function readRun(tables: string, c: number): number {
  const length = readInt(tables, after, 'tables');
  const zigzag = readInt(tables, after, 'tables');
  runValue = zigzag & 1 ? -(zigzag + 1) / 2 : zigzag / 2;
  if (length < 1 || c + length > UNITS) throw malformed('tables: a run out of range');
  return length;
}

let runValue = 0;

/**
 * The fold table's runs (values relative to their unit). Each table has a function of its own, for
 * the reason `readTrie` gives.
 */
function readFoldRuns(tables: string, fold: Uint16Array): void {
  const count = readInt(tables, after, 'tables');
  let c = 0;
  for (let r = 0; r < count; r++) {
    const end = c + readRun(tables, c);
    const v = runValue;
    // Checked once per run: the values of a run are `c + v` over a range of units.
    if (c + v < 0 || end - 1 + v >= UNITS) throw malformed('tables: a value out of range');
    for (; c < end; c++) fold[c] = c + v;
  }
  if (c !== UNITS) throw malformed('tables: runs do not cover every unit');
}

/** The character-class table's runs (plain values). */
function readClassRuns(tables: string, classes: Uint8Array): void {
  const count = readInt(tables, after, 'tables');
  let c = 0;
  for (let r = 0; r < count; r++) {
    const end = c + readRun(tables, c);
    if (runValue < 0 || runValue >= 0x100) throw malformed('tables: a value out of range');
    classes.fill(runValue, c, end);
    c = end;
  }
  if (c !== UNITS) throw malformed('tables: runs do not cover every unit');
}

/** A packed matcher unpacked, with the tables it carries: not adopted yet (see `unpackMatcher`). */
export interface UnpackedMatcher {
  parts: MatcherParts;
  fold: Uint16Array;
  classes: Uint8Array;
}

/**
 * The trie's arrays from `packed.nodes`. Each loop over packed text has a small function of its
 * own: V8's optimised code for a loop inside one large function stopped at the code after it (not
 * run yet when it was made) and was thrown away, loop after loop, on every unpacking.
 */
function readTrie(nodes: string, starts: string): TrieArrays {
  const nodeCount = readInt(nodes, 0, 'nodes');
  let at = after;
  if (nodeCount < 1) throw malformed('no root node');
  // Two characters per node at the least: more nodes than that is malformed, not a huge allocation.
  if (nodeCount > nodes.length / 2) throw malformed('nodes ends early');
  const childUnit = new Uint16Array(nodeCount);
  const flags = new Uint8Array(nodeCount);
  const terminal = new Int32Array(nodeCount).fill(-1);
  const childStart = new Int32Array(nodeCount + 1);
  let terminalCount = 0;
  let next = 1;
  for (let v = 0; v < nodeCount; v++) {
    // One-character numbers (nearly all) read here; longer ones, and the end, by `readInt`.
    let unit = nodes.charCodeAt(at) - ZERO;
    if (unit >= 0 && unit < MORE) at++;
    else {
      unit = readInt(nodes, at, 'nodes');
      at = after;
    }
    const node = nodes.charCodeAt(at++) - ZERO;
    if (!(node >= 0 && node < NODE_BITS && unit < UNITS))
      throw malformed(Number.isNaN(node) ? 'nodes ends early' : `nodes: node ${v} is out of range`);
    let children = node >> CHILDREN_SHIFT;
    if (children === MANY_CHILDREN) {
      children = readInt(nodes, at, 'nodes');
      at = after;
    }
    childUnit[v] = unit + UNIT_ROTATION;
    // The low byte: the flags and suffix kind, as the trie keeps them.
    flags[v] = node;
    if (node & TERMINAL_BIT) terminal[v] = terminalCount++;
    childStart[v] = next;
    next += children;
    if (next > nodeCount) throw malformed('more children than nodes');
  }
  if (at < nodes.length) throw malformed('nodes has data past its end');
  if (next !== nodeCount) throw malformed('nodes without a parent');
  childStart[nodeCount] = nodeCount;
  return {
    terminalCount,
    nodeCount,
    rootTable: rootTableOf(childStart, childUnit),
    childStart,
    childUnit,
    flags,
    terminal,
    starts,
  };
}

function rootTableOf(childStart: Int32Array, childUnit: Uint16Array): Int32Array {
  const rootTable = new Int32Array(UNITS).fill(-1);
  for (let c = childStart[0] as number; c < (childStart[1] as number); c++)
    rootTable[childUnit[c] as number] = c;
  return rootTable;
}

/** The names' claims from `packed.claims`: `names` of them (the trie's terminals), for `people`. */
function readClaims(claims: string, names: number, people: number): NameClaims {
  if (readInt(claims, 0, 'claims') !== names)
    throw malformed(`${readInt(claims, 0, 'claims')} names for ${names} terminals`);
  const claimants = readInt(claims, after, 'claims');
  // One character per number at the least: more is malformed, not a huge allocation.
  if (3 * names + claimants > claims.length) throw malformed('claims ends early');
  const flags = new Uint8Array(names);
  const aliasCount = new Int32Array(names);
  const start = new Int32Array(names + 1);
  let sum = 0;
  for (let t = 0; t < names; t++) {
    flags[t] = atMost(readInt(claims, after, 'claims'), 0xff, 'claims');
    const count = readInt(claims, after, 'claims');
    aliasCount[t] = atMost(readInt(claims, after, 'claims'), count, 'claims');
    start[t] = sum;
    sum += count;
    if (sum > claimants) throw malformed('claim counts do not add up');
  }
  if (sum !== claimants) throw malformed('claim counts do not add up');
  start[names] = sum;
  return { flags, start, aliasCount, person: readClaimants(claims, after, claimants, people) };
}

/** `count` registry indices from `claims[at]`, to the end of the text. */
function readClaimants(claims: string, at: number, count: number, people: number): Int32Array {
  const person = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    // One-character numbers here, the rest by `readInt`, as for the nodes.
    let p = claims.charCodeAt(at) - ZERO;
    if (p >= 0 && p < MORE) at++;
    else {
      p = readInt(claims, at, 'claims');
      at = after;
    }
    person[k] = atMost(p, people - 1, 'claims');
  }
  if (at < claims.length) throw malformed('claims has data past its end');
  return person;
}

/** Unpacks and checks everything, changing nothing: the background checks a packaged one so. */
export function readPackedMatcher(packed: PackedMatcher): UnpackedMatcher {
  if (packed.format !== PACKED_FORMAT) throw malformed(`format ${String(packed.format)}`);
  const fold = new Uint16Array(UNITS);
  const classes = new Uint8Array(UNITS);
  after = 0;
  readFoldRuns(packed.tables, fold);
  readClassRuns(packed.tables, classes);
  if (after < packed.tables.length) throw malformed('tables has data past its end');
  const trie = readTrie(packed.nodes, packed.starts);
  const ids = packed.ids;
  const claims = readClaims(packed.claims, trie.terminalCount, ids.length);
  const descriptions: Descriptions = new Map(
    packed.descriptions.map(([p, stems]) => {
      if (!(p >= 0 && p < ids.length)) throw malformed(`description of unknown person ${p}`);
      return [p, stems];
    }),
  );
  return { parts: { trie, claims, ids, descriptions }, fold, classes };
}

/** The matcher's parts; the page adopts the tables it carries (building them takes milliseconds). */
export function unpackMatcher(packed: PackedMatcher): MatcherParts {
  const { parts, fold, classes } = readPackedMatcher(packed);
  adoptFoldTable(fold);
  adoptCharClassTable(classes);
  return parts;
}
