/**
 * Mention matcher at scale: compile time, scan throughput and retained memory on 5 MiB of mixed
 * Turkish/English news text, with (a) the bundled registry and (b) a synthetic registry of 5,000
 * people (~20,000 aliases). Baselines doing the same job, measured in the same run:
 * - one big case-insensitive RegExp alternation of all folded aliases (longest first, `giu`), run on
 *   `foldText(text)` (folding counted: Turkish İ/ı need it, `i` alone gets them wrong);
 * - the npm Aho–Corasick libraries `ahocorasick` and `modern-ahocorasick` on the folded text, with
 *   a whole-word and capital-letter filter and leftmost-longest selection on their raw hits.
 * The baselines find raw alias hits only (no suffix, context or short-form rules); ours does all.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import ModernAhoCorasick from 'modern-ahocorasick';
import { aliasShape } from '../core/mentions/alias-trie';
import { createMatcher, type MentionMatcher, matcherFromParts } from '../core/mentions/mention-matcher';
import { unpackMatcher } from '../core/mentions/packed-matcher';
import type { PeopleRegistry, PersonEntry } from '../core/protocol/types';
import { foldTable, foldText } from '../core/text/fold';
import { charClassTable } from '../core/text/name-chars';
import { packedMatcherFor } from '../lib/background/matcher-cache';
import { type BenchTable, medianMs } from './table';

/** UTF-16 units of text scanned: "MB" below means 2^20 units. */
const TEXT_UNITS = 5 * 1024 * 1024;
const MB = 1024 * 1024;
const SYNTHETIC_PEOPLE = 5_000;
/** One synthetic sentence (naming a synthetic person) after this many fixture paragraphs. */
const PARAGRAPHS_PER_SYNTHETIC = 2;
/** Scans and compiles are timed this many times; the median is reported. */
const SCAN_RUNS = 3;
const COMPILE_RUNS = 5;
/** A baseline slower than this on the whole text is timed once on a prefix and extrapolated… */
const SLOW_BASELINE_MS = 4_000;
/** …a prefix it scans in about this long. */
const BASELINE_BUDGET_MS = 2_000;
/** The probe every engine first scans (also its warm-up), in units. */
const PROBE_UNITS = 16 * 1024;
/** DOM text nodes are short: the pieces benchmark cuts the text into pieces of about this length. */
const PIECE_UNITS = 40;

// --- deterministic synthetic data -------------------------------------------------------------

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = (
  'Ahmet Mehmet Ayşe Fatma Emre Elif Burak Zeynep Can Selin Murat Deniz Oğuz Gülşen İlker Şule ' +
  'John Mary James Sarah Robert Linda Michael Emma David Olivia Peter Anna Thomas Laura Daniel Grace ' +
  'Sergey Olga Dmitriy Irina Yuri Natalia Pavel Tatiana Reza Maryam Hassan Leila Jin Min Hye Soo'
).split(' ');
const SYLLABLES = (
  'ka lo mer tan vi dro sen pa ru gen ta bel mon dar fi los ker ni sa vo zen ha ri lu no pe ster grad man berg ' +
  'öz çe şa ğu ıl kö tür yıl'
).split(' ');
const CYRILLIC: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'ц',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'дж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  y: 'й',
  z: 'з',
  ç: 'ч',
  ş: 'ш',
  ğ: 'г',
  ı: 'ы',
  ö: 'ё',
  ü: 'ю',
  q: 'к',
  w: 'в',
  x: 'кс',
};

function toCyrillic(name: string): string {
  return name
    .split(' ')
    .map((word) => {
      const lower = [...word.toLocaleLowerCase('tr')].map((ch) => CYRILLIC[ch] ?? ch).join('');
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join(' ');
}

interface SyntheticPerson {
  full: string;
  surname: string;
}

/** 5,000 people with ~4 aliases each (+ some blockers and ambiguous forms), the bundled ones first. */
export function syntheticRegistry(bundled: readonly PersonEntry[]): {
  people: PersonEntry[];
  named: SyntheticPerson[];
} {
  const random = mulberry32(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const surnames = new Set<string>();
  const people: PersonEntry[] = [...bundled];
  const named: SyntheticPerson[] = [];
  while (people.length < SYNTHETIC_PEOPLE) {
    const syllables = 2 + Math.floor(random() * 2);
    let surname = '';
    for (let s = 0; s < syllables; s++) surname += pick(SYLLABLES);
    surname = surname.charAt(0).toLocaleUpperCase('tr') + surname.slice(1);
    if (surnames.has(surname)) continue;
    surnames.add(surname);
    const given = pick(GIVEN);
    const middle = pick(GIVEN);
    const full = `${given} ${surname}`;
    const n = people.length;
    people.push({
      id: `synthetic-${n}`,
      names: { tr: full, en: full },
      aliases: {
        tr: [full, surname],
        en: [`${given} ${middle} ${surname}`, surname],
        ru: [toCyrillic(full)],
      },
      ambiguous: n % 20 === 0 ? [given] : [],
      notThisPerson: n % 5 === 0 ? [`${pick(GIVEN)} ${surname}`] : [],
      description: { tr: '', en: '' },
    });
    named.push({ full, surname });
  }
  return { people, named };
}

const TEMPLATES = [
  (p: SyntheticPerson) =>
    `Bakan ${p.full} dün yaptığı açıklamada, ${p.surname}'in ekonomi programını savundu.`,
  (p: SyntheticPerson) =>
    `Analistler ${p.surname}’ın önerisini temkinle karşıladı; muhalefet ise planı eleştirdi.`,
  (p: SyntheticPerson) => `Minister ${p.full} said on Tuesday that the talks would resume next week.`,
  (p: SyntheticPerson) => `${p.surname} told reporters that the government had no plans to raise taxes.`,
  (p: SyntheticPerson) => `Genel Sekreter ${p.full}, BM Güvenlik Konseyi'nde konuştu.`,
];

/** 5 MiB of news: the fixture paragraphs shuffled, with synthetic people's sentences in between. */
export function buildText(named: readonly SyntheticPerson[]): string {
  const random = mulberry32(7);
  const paragraphs = ['tr-news.txt', 'en-news.txt', 'tr-news.txt']
    .flatMap((f) =>
      readFileSync(new URL(`../test/fixtures/news-text/${f}`, import.meta.url), 'utf8').split(/\n\s*\n/),
    )
    .filter((p) => p.trim() !== '');
  const out: string[] = [];
  let units = 0;
  let count = 0;
  while (units < TEXT_UNITS) {
    let p = paragraphs[Math.floor(random() * paragraphs.length)] as string;
    if (++count % PARAGRAPHS_PER_SYNTHETIC === 0) {
      const person = named[Math.floor(random() * named.length)] as SyntheticPerson;
      const template = TEMPLATES[Math.floor(random() * TEMPLATES.length)] as (p: SyntheticPerson) => string;
      p = `${p} ${template(person)}`;
    }
    out.push(p);
    units += p.length + 2;
  }
  return out.join('\n\n').slice(0, TEXT_UNITS);
}

// --- baselines ---------------------------------------------------------------------------------

interface Hit {
  start: number;
  end: number;
  personId: string;
}

/** Every alias with its person, folded, longest first (the baselines' dictionary). */
function foldedAliases(people: readonly PersonEntry[]): { alias: string; personId: string }[] {
  const seen = new Set<string>();
  const out: { alias: string; personId: string }[] = [];
  for (const person of people) {
    for (const alias of [...Object.values(person.aliases).flat(), ...person.ambiguous]) {
      const folded = aliasShape(alias).tokens.join(' ');
      if (seen.has(folded)) continue;
      seen.add(folded);
      out.push({ alias: folded, personId: person.id });
    }
  }
  return out.sort((a, b) => b.alias.length - a.alias.length);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Baseline {
  scan(text: string): Hit[];
}

function regexBaseline(people: readonly PersonEntry[]): Baseline {
  const dict = foldedAliases(people);
  const personOf = new Map(dict.map((d) => [d.alias.replace(/[ -]/g, ''), d.personId]));
  const alternation = dict.map((d) => d.alias.split(' ').map(escapeRegExp).join('[ \\-]?')).join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${alternation})(?![\\p{L}\\p{N}\\p{M}])`, 'giu');
  const cls = charClassTable();
  return {
    scan(text) {
      const folded = foldText(text);
      const hits: Hit[] = [];
      for (const m of folded.matchAll(re)) {
        const start = m.index;
        if ((cls[text.charCodeAt(start)] as number) & 4 /* LOWER */) continue;
        const personId = personOf.get(m[0].replace(/[ -]/g, '')) ?? '';
        hits.push({ start, end: start + m[0].length, personId });
      }
      return hits;
    },
  };
}

/** Keeps whole-word, capitalised, leftmost-longest hits (what the libraries cannot do themselves). */
function filterHits(text: string, raw: { start: number; end: number; personId: string }[]): Hit[] {
  const cls = charClassTable();
  const isWord = (i: number) => i >= 0 && i < text.length && ((cls[text.charCodeAt(i)] as number) & 1) !== 0;
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const hits: Hit[] = [];
  let last = -1;
  for (const h of raw) {
    if (h.start < last || isWord(h.start - 1) || isWord(h.end)) continue;
    if ((cls[text.charCodeAt(h.start)] as number) & 4 /* LOWER */) continue;
    hits.push(h);
    last = h.end;
  }
  return hits;
}

interface BrunoAhoCorasick {
  search(text: string): [number, string[]][];
}

function ahocorasickBaseline(people: readonly PersonEntry[]): Baseline {
  const Ctor = createRequire(import.meta.url)('ahocorasick') as new (keywords: string[]) => BrunoAhoCorasick;
  const dict = foldedAliases(people);
  const personOf = new Map(dict.map((d) => [d.alias, d.personId]));
  const ac = new Ctor(dict.map((d) => d.alias));
  return {
    scan(text) {
      const raw: Hit[] = [];
      for (const [endIndex, words] of ac.search(foldText(text))) {
        for (const w of words)
          raw.push({ start: endIndex - w.length + 1, end: endIndex + 1, personId: personOf.get(w) ?? '' });
      }
      return filterHits(text, raw);
    },
  };
}

function modernBaseline(people: readonly PersonEntry[]): Baseline {
  const dict = foldedAliases(people);
  const ac = new ModernAhoCorasick(dict.map((d) => ({ pattern: d.alias, data: d.personId })));
  return {
    scan(text) {
      const raw = ac
        .search(foldText(text), { strategy: 'leftmost-longest' })
        .map((m) => ({ start: m.start, end: m.end, personId: m.data as string }));
      return filterHits(text, raw);
    },
  };
}

// --- measuring ---------------------------------------------------------------------------------

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Memory (V8 heap + array buffers) retained by what `build` returns (kept alive until measured). */
function retainedBytes<T>(build: () => T): { value: T; bytes: number } {
  const used = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  gc();
  const before = used();
  const value = build();
  gc();
  return { value, bytes: used() - before };
}

interface Measured {
  compileMs: number;
  heapMB: number;
  scanMs: number;
  /** Units actually timed (a prefix for slow baselines). */
  units: number;
  hits: number;
}

/** Median build time, each build on a clean heap (the garbage of the previous one is not its cost). */
function compileMs(build: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < COMPILE_RUNS; i++) {
    gc();
    const t0 = performance.now();
    build();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] as number;
}

function measure(build: () => Baseline, text: string): Measured {
  const compile = compileMs(build);
  const { value: engine, bytes } = retainedBytes(build);
  // A probe on a prefix (also a warm-up) decides whether the whole text is affordable.
  const probe = text.slice(0, PROBE_UNITS);
  const t0 = performance.now();
  engine.scan(probe);
  const probeMs = Math.max(performance.now() - t0, 0.01);
  const wholeMs = (probeMs * text.length) / probe.length;
  let input = text;
  let runs = SCAN_RUNS;
  if (wholeMs > SLOW_BASELINE_MS) {
    const units = Math.floor((probe.length * BASELINE_BUDGET_MS) / probeMs / 1024) * 1024;
    input = text.slice(0, Math.max(PROBE_UNITS, units));
    runs = 1;
  } else {
    engine.scan(text); // warm-up
  }
  let hits = 0;
  const scanMs = medianMs(runs, () => {
    hits = engine.scan(input).length;
  });
  return { compileMs: compile, heapMB: bytes / MB, scanMs, units: input.length, hits };
}

function ours(matcher: () => MentionMatcher): () => Baseline {
  return () => {
    const m = matcher();
    return { scan: (text) => m.findMentions(text) };
  };
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);
/** Two significant digits for small numbers (a slow baseline's MB/s), one decimal otherwise. */
const fmtSmall = (n: number) => (n >= 10 ? n.toFixed(1) : n.toPrecision(2));

export default async function matcherBench(): Promise<BenchTable[]> {
  const bundled = (
    JSON.parse(readFileSync(new URL('../corpus/people.json', import.meta.url), 'utf8')) as PeopleRegistry
  ).people;
  const { people: synthetic, named } = syntheticRegistry(bundled);
  const text = buildText(named);
  const aliasCount = (people: readonly PersonEntry[]) =>
    people.reduce((n, p) => n + Object.values(p.aliases).flat().length + p.ambiguous.length, 0);

  // One-time tables shared by every matcher (folding, character classes): timed on their own.
  const t0 = performance.now();
  foldTable();
  charClassTable();
  const tablesMs = performance.now() - t0;
  // The first compile of a process runs cold (unoptimised code): what a content script pays once.
  const cold = (people: readonly PersonEntry[]) => {
    const start = performance.now();
    createMatcher(people);
    return performance.now() - start;
  };
  // What a page pays to get its matcher, first run in this process (cold code, as in every page):
  // measured before anything below warms the unpacking code up.
  const delivery = [
    deliveryRow('(a) bundled', bundled, tablesMs),
    deliveryRow('(b) synthetic', synthetic, tablesMs),
  ];
  const coldBundledMs = cold(bundled);
  const coldSyntheticMs = cold(synthetic);

  const rows: (string | number)[][] = [];
  const notes: string[] = [];
  for (const [label, people] of [
    ['(a) bundled', bundled],
    ['(b) synthetic', synthetic],
  ] as const) {
    const engines: [string, () => Baseline][] = [
      ['mention-matcher (ours)', ours(() => createMatcher(people))],
      ['RegExp alternation', () => regexBaseline(people)],
      ['ahocorasick', () => ahocorasickBaseline(people)],
      ['modern-ahocorasick', () => modernBaseline(people)],
    ];
    const measured = engines.map(([name, build]) => {
      const m = measure(build, text);
      return { name, m, mbps: m.units / MB / (m.scanMs / 1000) };
    });
    const regexMbps = measured.find((e) => e.name.startsWith('RegExp'))?.mbps ?? Number.NaN;
    for (const { name, m, mbps } of measured) {
      rows.push([
        label,
        `${people.length} / ${aliasCount(people)}`,
        name,
        fmt(m.compileMs),
        fmt(Math.max(0, m.heapMB), 2),
        fmtSmall(mbps),
        m.units === text.length ? `${m.hits}` : `${m.hits} (in ${m.units / 1024} KiB)`,
        `${mbps / regexMbps >= 100 ? Math.round(mbps / regexMbps) : fmtSmall(mbps / regexMbps)}×`,
      ]);
    }
    // Many small pieces, as the content script feeds text nodes.
    const matcher = createMatcher(people);
    const pieces: string[] = [];
    for (let i = 0; i < text.length; i += PIECE_UNITS) pieces.push(text.slice(i, i + PIECE_UNITS));
    let pieceHits = 0;
    const pieceMs = medianMs(SCAN_RUNS, () => {
      pieceHits = matcher.createScanner().scanPieces(pieces).length;
    });
    notes.push(
      `${label}: scanPieces over ${pieces.length} pieces of ${PIECE_UNITS} units: ${fmt(text.length / MB / (pieceMs / 1000))} MB/s, ${pieceHits} mentions.`,
    );
  }
  notes.unshift(
    `Text: ${fmt(text.length / MB, 1)} MiB (UTF-16 units) of Turkish/English news paragraphs from test/fixtures/news-text, shuffled, with a synthetic person's sentence after every ${PARAGRAPHS_PER_SYNTHETIC} paragraphs. MB/s = 2^20 units per second.`,
    `Compile = median of ${COMPILE_RUNS} builds (each after a gc), excluding the one-time folding and character-class tables (${fmt(tablesMs)} ms, shared by every engine here). Scan = median of ${SCAN_RUNS} runs; after a warm-up; a baseline that would need over ${SLOW_BASELINE_MS / 1000} s is timed once on a prefix it scans in about ${BASELINE_BUDGET_MS / 1000} s.`,
    'Memory = V8 heap + ArrayBuffers retained by the compiled matcher (after gc). Hits: ours = mentions after every rule; baselines = raw whole-word capitalised alias hits (no suffix, context or short-form rules, no blockers).',
    `First (cold) compile in this process: ${fmt(coldBundledMs)} ms for (a), ${fmt(coldSyntheticMs)} ms for (b).`,
    'Ratio = scan throughput / RegExp baseline throughput for the same registry. Targets: ≥ 5× on (b), ≥ 100 MB/s on (a), compile of (b) < 50 ms.',
  );
  return [
    {
      title: 'Mention matcher: compile, memory and scan throughput (5 MiB mixed Turkish/English news)',
      columns: [
        'registry',
        'people / aliases',
        'engine',
        'compile ms',
        'memory MB',
        'scan MB/s',
        'hits',
        'vs RegExp',
      ],
      rows,
      notes,
    },
    {
      title: 'What a page pays to get its matcher: the registry compiled in the page vs a packed matcher',
      columns: [
        'registry',
        'people',
        'message (registry → packed) KB',
        'registry: parse + compile ms (first / median)',
        'packed: parse + unpack ms (first / median)',
        'median ratio',
      ],
      rows: delivery.map((d) => d.row),
      notes: [
        'The content script used to receive the registry (`get-registry`) and compile it on every page; it now receives a matcher compiled and packed once — at build time for the packaged corpus (`matcher.json`), by the import for an archive with imports — from the background (`get-matcher`, core/mentions/packed-matcher.ts) and unpacks it. Message = the answer as JSON (Chrome messaging serializes it), UTF-8 KB.',
        `Page ms = JSON.parse of the message + compile (plus building the folding and character-class tables, ${fmt(tablesMs)} ms, which every page compiling the registry did once) or unpack (the tables travel packed). "First" = the first run in this process (cold code, as a content script always is; packed runs first, before any compile warms shared code); median of ${COMPILE_RUNS} after. Target: ≤ 5 ms at 5,000 people.`,
        `Packing, once per registry (at build time, or by an import): ${delivery.map((d) => `${d.label} ${fmt(d.packMs)} ms`).join(', ')}.`,
      ],
    },
  ];
}

/** One registry's delivery to a page, both ways; run before any other compile in the process. */
function deliveryRow(label: string, people: readonly PersonEntry[], tablesMs: number) {
  const t0 = performance.now();
  const answer = packedMatcherFor(people);
  const packMs = performance.now() - t0;
  const packedJson = JSON.stringify(answer);
  const registryJson = JSON.stringify({ people });
  const page = (json: string, make: (message: never) => unknown) => {
    const times: number[] = [];
    for (let i = 0; i <= COMPILE_RUNS; i++) {
      const start = performance.now();
      make(JSON.parse(json) as never);
      times.push(performance.now() - start);
    }
    const first = times.shift() as number;
    times.sort((a, b) => a - b);
    return { first, median: times[Math.floor(times.length / 2)] as number };
  };
  const packed = page(packedJson, (m: ReturnType<typeof packedMatcherFor>) =>
    matcherFromParts(unpackMatcher(m.matcher)),
  );
  const compiled = page(registryJson, (m: { people: PersonEntry[] }) => createMatcher(m.people));
  const kb = (json: string) => Buffer.byteLength(json) / 1024;
  return {
    label,
    packMs,
    row: [
      label,
      people.length,
      `${Math.round(kb(registryJson))} → ${Math.round(kb(packedJson))}`,
      // A page compiling the registry also builds the folding and class tables once.
      `${fmt(compiled.first + tablesMs)} / ${fmt(compiled.median + tablesMs)}`,
      `${fmt(packed.first)} / ${fmt(packed.median)}`,
      `${fmt((compiled.median + tablesMs) / packed.median)}×`,
    ],
  };
}
