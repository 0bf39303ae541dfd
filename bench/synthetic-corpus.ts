/**
 * Synthetic scraped corpus for scale tests and benchmarks: realistic Turkish news articles in the
 * two scraped shapes of `corpus/raw/` — several articles per file with repeated headline/captions
 * and a `TT` marker (like 000), or one article per file with a ` date` line, `- ` headline,
 * subtitle, dateline and quoted subheadings (like 004). Articles mention registry people (first by
 * role and full name, then by short name, with Turkish suffixes after any apostrophe) and people
 * who are not in the registry, quote them in the usual ways (`"..." dedi`, `“...” ifadelerini
 * kullandı`, `«...» şeklinde konuştu`, embedded fragments) and name publishers and wires. A share of
 * files has CRLF line ends, a BOM, NBSPs or Windows-1254 bytes. Deterministic for a given seed.
 *
 * CLI: `tsx bench/synthetic-corpus.ts --articles 10000 --out <dir> [--people corpus/people.json] [--seed 1]`
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PersonEntry } from '../core/protocol/types';
import { encodeWindows1254 } from '../pipeline/decode/text-decoding';

export interface SyntheticOptions {
  articles: number;
  people: readonly PersonEntry[];
  seed?: number;
  /** Share of files written in each scraped oddity; defaults are what real archives show. */
  crlfShare?: number;
  bomShare?: number;
  windows1254Share?: number;
}

export interface SyntheticFile {
  name: string;
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'windows-1254';
  /** How many articles the file holds (what the parser must find). */
  articles: number;
}

const DEFAULT_CRLF_SHARE = 0.1;
const DEFAULT_BOM_SHARE = 0.05;
const DEFAULT_WINDOWS_1254_SHARE = 0.02;
/** Share of articles in the multi-article (000-style) shape. */
const MULTI_SHAPE_SHARE = 0.5;
const MAX_ARTICLES_PER_MULTI_FILE = 4;
/** Share of protagonists taken from the registry (the rest are people it does not know). */
const REGISTRY_PERSON_SHARE = 0.6;

/** Small, fast, seedable PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Actor {
  full: string;
  short: string;
  role: string;
}

const OTHER_ACTORS: Actor[] = [
  { full: 'Emmanuel Macron', short: 'Macron', role: 'Fransa Cumhurbaşkanı' },
  { full: 'Antonio Guterres', short: 'Guterres', role: 'BM Genel Sekreteri' },
  { full: 'Mark Rutte', short: 'Rutte', role: 'NATO Genel Sekreteri' },
  { full: 'Volodimir Zelenski', short: 'Zelenski', role: 'Ukrayna Devlet Başkanı' },
  { full: 'Binyamin Netanyahu', short: 'Netanyahu', role: 'İsrail Başbakanı' },
  { full: 'Olaf Scholz', short: 'Scholz', role: 'Almanya Başbakanı' },
  { full: 'Abbas Arakçi', short: 'Arakçi', role: 'İran Dışişleri Bakanı' },
  { full: 'Dmitriy Peskov', short: 'Peskov', role: 'Kremlin Sözcüsü' },
  { full: 'Marco Rubio', short: 'Rubio', role: 'ABD Dışişleri Bakanı' },
  { full: 'Ursula von der Leyen', short: 'von der Leyen', role: 'AB Komisyonu Başkanı' },
  { full: 'Ayşe Demirtaş', short: 'Demirtaş', role: 'Ekonomist' },
  { full: 'Mehmet Yıldırım', short: 'Yıldırım', role: 'Uluslararası ilişkiler uzmanı Prof. Dr.' },
];

const PLACES = [
  'Moskova',
  'Tahran',
  'Pyongyang',
  'Washington',
  'Ankara',
  'Brüksel',
  'Pekin',
  'Kiev',
  'Seul',
  'Cenevre',
  'Doha',
  'Kahire',
  'Berlin',
  'Paris',
  'Londra',
  'İstanbul',
  'Tokyo',
  'Viyana',
];
const COUNTRIES = [
  'Rusya',
  'Çin',
  'İran',
  'ABD',
  'Kuzey Kore',
  'Güney Kore',
  'Türkiye',
  'Ukrayna',
  'Fransa',
  'Almanya',
  'Japonya',
  'İsrail',
  'Katar',
  'Mısır',
];
const TOPICS = [
  'enerji güvenliği',
  'nükleer program',
  'bölgesel istikrar',
  'ateşkes müzakereleri',
  'yaptırımlar',
  'ticaret anlaşması',
  'savunma işbirliği',
  'insani yardım koridoru',
  'tahıl ihracatı',
  'füze denemeleri',
  'esir takası',
  'doğal gaz fiyatları',
];
const CATEGORIES = ['Güncel', 'Dünya', 'Politika', 'Ekonomi', 'Analiz'];
const PUBLISHERS = ['Şarku’l Avsat', 'Financial Times', 'New York Times', 'Al Jazeera', 'Washington Post'];
const WIRES = ['Reuters', 'AFP', 'AP', 'TASS', 'Yonhap', 'KCNA', 'IRNA', 'Anadolu Ajansı'];
const CREDITS = ['AFP', 'EPA', 'Reuters', 'AA', 'AP', 'Getty Images'];
const QUOTES = [
  'Bölgede kalıcı barışın tek yolu diyalogdur',
  'Ülkemizin güvenliği konusunda hiçbir taviz vermeyeceğiz',
  'Yaptırımlar halkımızı cezalandırmaktan başka bir işe yaramıyor',
  'Müzakere masasından kalkan taraf biz olmayacağız',
  'İki ülke arasındaki ilişkiler benzeri görülmemiş bir seviyeye ulaştı',
  'Bu saldırılar uluslararası hukukun açık bir ihlalidir',
  'Ekonomik işbirliğini her alanda derinleştirmeye kararlıyız',
  'Kimse bizi tehditlerle yıldıramaz',
  'Enerji fiyatlarındaki artış tüm dünyayı etkiliyor',
  'Sivillerin korunması herkesin ortak sorumluluğudur',
  'Ateşkesin kalıcı hale gelmesi için çalışmaya devam edeceğiz',
  'Nükleer silahlar konusunda tutumumuz değişmedi',
  'Müttefiklerimizle omuz omuza durmaya devam edeceğiz',
  'Halkımızın iradesi her türlü baskıdan daha güçlüdür',
  'Bu karar bölgedeki dengeleri temelden değiştirecek',
  'Diplomasiye her zaman bir şans daha vermeliyiz',
  'Ortak açıklamada ele alınan tüm maddeler uygulanacak',
  'Gelecek yıl ticaret hacmini iki katına çıkarmayı hedefliyoruz',
];
const FRAGMENTS = [
  'kabul edilemez',
  'tarihi bir fırsat',
  'ciddi bir tehdit',
  'yeni bir dönem',
  'son uyarı',
  'stratejik bir hata',
];
const FILLERS = [
  'Görüşmede iki ülke arasındaki ticaret hacminin artırılması ve enerji alanındaki işbirliği ele alındı.',
  'Uzmanlar, {topic} konusundaki belirsizliğin önümüzdeki haftalarda da süreceğini değerlendiriyor.',
  'Taraflar, bir sonraki toplantının gelecek ay {place} kentinde yapılması konusunda uzlaştı.',
  'Açıklamanın ardından piyasalarda dalgalanma yaşandı, petrol fiyatları yüzde 2 yükseldi.',
  '{country} hükümeti konuya ilişkin henüz resmi bir açıklama yapmadı.',
  'Batılı diplomatlar, sürecin yakından takip edildiğini belirtti.',
  'Toplantıya {country} ve {country2} heyetlerinin yanı sıra çok sayıda gözlemci katıldı.',
  'Geçen yıl imzalanan anlaşma, {topic} alanında kapsamlı bir çerçeve öngörüyor.',
];

const BACK_VOWELS = 'aıou';
const FRONT_VOWELS = 'eiöü';
const VOICELESS = 'çfhkpsşt';

function lastVowel(word: string): string {
  const lower = word.toLocaleLowerCase('tr');
  for (let i = lower.length - 1; i >= 0; i--) {
    const c = lower[i] as string;
    if (BACK_VOWELS.includes(c) || FRONT_VOWELS.includes(c)) return c;
  }
  return 'e';
}

/** Turkish case suffix after an apostrophe (vowel harmony, buffer consonants, t/d assimilation). */
function suffix(word: string, kind: 'gen' | 'dat' | 'loc' | 'abl' | 'acc'): string {
  const v = lastVowel(word);
  const back = BACK_VOWELS.includes(v);
  const round = 'ouöü'.includes(v);
  const endsVowel = BACK_VOWELS.includes(word.slice(-1)) || FRONT_VOWELS.includes(word.slice(-1));
  const i4 = back ? (round ? 'u' : 'ı') : round ? 'ü' : 'i';
  const a2 = back ? 'a' : 'e';
  const td = VOICELESS.includes(word.slice(-1).toLocaleLowerCase('tr')) ? 't' : 'd';
  switch (kind) {
    case 'gen':
      return endsVowel ? `n${i4}n` : `${i4}n`;
    case 'acc':
      return endsVowel ? `y${i4}` : i4;
    case 'dat':
      return endsVowel ? `y${a2}` : a2;
    case 'loc':
      return `${td}${a2}`;
    case 'abl':
      return `${td}${a2}n`;
  }
}

class Writer {
  private readonly random: () => number;
  constructor(
    seed: number,
    private readonly registry: readonly Actor[],
  ) {
    this.random = rng(seed);
  }

  chance(p: number): boolean {
    return this.random() < p;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)] as T;
  }

  apostrophe(): string {
    return this.chance(0.3) ? '’' : "'";
  }

  with(word: string, kind: 'gen' | 'dat' | 'loc' | 'abl' | 'acc'): string {
    return `${word}${this.apostrophe()}${suffix(word, kind)}`;
  }

  quoteMarks(text: string): string {
    const r = this.random();
    if (r < 0.6) return `"${text}"`;
    if (r < 0.9) return `“${text}”`;
    return `«${text}»`;
  }

  actor(): Actor {
    return this.chance(REGISTRY_PERSON_SHARE) && this.registry.length > 0
      ? this.pick(this.registry)
      : this.pick(OTHER_ACTORS);
  }

  fill(template: string): string {
    return template
      .replace('{topic}', this.pick(TOPICS))
      .replace('{place}', this.pick(PLACES))
      .replace('{country2}', this.pick(COUNTRIES))
      .replace('{country}', this.pick(COUNTRIES));
  }

  date(): { iso: string; day: number; monthName: string } {
    const months = [
      'Ocak',
      'Şubat',
      'Mart',
      'Nisan',
      'Mayıs',
      'Haziran',
      'Temmuz',
      'Ağustos',
      'Eylül',
      'Ekim',
      'Kasım',
      'Aralık',
    ];
    const y = this.int(2019, 2025);
    const m = this.int(1, 12);
    const d = this.int(1, 28);
    const iso = this.chance(0.5)
      ? `${y}-${String(m).padStart(2, '0')}`
      : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    return { iso, day: d, monthName: months[m - 1] as string };
  }

  /** One article's pieces, shared by both shapes. */
  article(): {
    title: string;
    subtitle: string;
    caption: string;
    paragraphs: string[];
    heading: string;
    place: string;
  } {
    const main = this.actor();
    let other = this.actor();
    if (other.full === main.full) other = this.pick(OTHER_ACTORS.filter((a) => a.full !== main.full));
    const place = this.pick(PLACES);
    const topic = this.pick(TOPICS);
    const quote = this.pick(QUOTES);
    const titleKind = this.int(0, 2);
    const title =
      titleKind === 0
        ? `${main.short}: ${this.quoteMarks(this.pick(QUOTES))}`
        : titleKind === 1
          ? `${main.short}, ${this.with(place, 'loc')} ${other.short} ile görüştü`
          : `${this.pick(COUNTRIES)} ile ${this.pick(COUNTRIES)} arasında ${topic} görüşmesi`;
    const subtitle = `${main.role}, ${this.with(place, 'loc')}`;
    const caption = `${main.role} ${main.full}, ${this.with(place, 'loc')} gazetecilere açıklama yaptı`;

    const paragraphs: string[] = [];
    paragraphs.push(
      `${main.role} ${main.full}, ${this.with(place, 'loc')} ${other.role} ${other.full} ile gerçekleştirdiği görüşmede ${topic} konusunda, ${this.quoteMarks(`${quote}. ${this.pick(QUOTES)}`)} dedi.`,
    );
    const count = this.int(3, 6);
    for (let i = 0; i < count; i++) {
      const kind = this.int(0, 7);
      const q = this.pick(QUOTES);
      if (kind === 0)
        paragraphs.push(
          `${main.short}, ${this.quoteMarks(q)} ifadelerini kullandı. ${this.fill(this.pick(FILLERS))}`,
        );
      else if (kind === 1)
        paragraphs.push(
          `${other.role} ${other.full} ise konuşmasında, ${this.quoteMarks(`${q}. ${this.pick(QUOTES)}`)} şeklinde konuştu.`,
        );
      else if (kind === 2)
        paragraphs.push(
          `${main.short}, ${this.with(other.short, 'gen')} açıklamalarının ${this.quoteMarks(this.pick(FRAGMENTS))} olduğunu söyledi.`,
        );
      else if (kind === 3) {
        const publisher = this.pick(PUBLISHERS);
        const wire = this.pick(WIRES);
        paragraphs.push(
          `${this.with(publisher, 'gen')} ${this.with(wire, 'abl')} aktardığına göre ${main.short} ve ${other.short} ${topic} konusunda ortak bir açıklama yayımlayacak.`,
        );
      } else if (kind === 4)
        paragraphs.push(
          `${this.quoteMarks(q)} diyen ${main.short}, ${topic} için yeni adımlar atılacağını vurguladı.`,
        );
      else if (kind === 5)
        paragraphs.push(
          `${this.with(this.pick(WIRES), 'dat')} göre ${other.short}, ${this.with(main.short, 'dat')} bir mektup gönderdi. ${this.fill(this.pick(FILLERS))}`,
        );
      else paragraphs.push(`${this.fill(this.pick(FILLERS))} ${this.fill(this.pick(FILLERS))}`);
    }
    const heading = this.quoteMarks(this.pick(QUOTES));
    return { title, subtitle, caption, paragraphs, heading, place };
  }
}

function actorsOf(people: readonly PersonEntry[]): Actor[] {
  return people.map((p) => {
    const aliases = p.aliases.tr ?? [p.names.tr];
    const shortest = [...aliases].sort((a, b) => a.length - b.length)[0] ?? p.names.tr;
    return { full: p.names.tr, short: p.ambiguous[0] ?? shortest, role: p.description.tr };
  });
}

/** The synthetic files, generated lazily. */
export function* generateSyntheticCorpus(options: SyntheticOptions): Generator<SyntheticFile> {
  const w = new Writer(options.seed ?? 1, actorsOf(options.people));
  let made = 0;
  let fileNo = 0;
  while (made < options.articles) {
    const multi = w.chance(MULTI_SHAPE_SHARE);
    const n = multi ? Math.min(w.int(1, MAX_ARTICLES_PER_MULTI_FILE), options.articles - made) : 1;
    const parts: string[] = [];
    for (let k = 0; k < n; k++) {
      const a = w.article();
      if (multi) {
        const credit = w.pick(CREDITS);
        const cap = `${a.caption} (${credit})`;
        parts.push(
          [`${a.title}\n\n${cap}\n${cap}\nTT\n\n${a.title}\n\n${cap}\n${cap}`, ...a.paragraphs].join('\n\n'),
        );
      } else {
        const date = w.date();
        const body = [...a.paragraphs];
        body[0] = `${a.place.toLocaleUpperCase('tr')} - ${body[0]}`;
        body.splice(Math.min(2, body.length - 1), 0, a.heading);
        parts.push(
          [` date ${date.iso} ${w.pick(CATEGORIES)}`, `- ${a.title}`, a.subtitle, ...body].join('\n\n'),
        );
      }
    }
    made += n;
    let text = parts.join('\n\n\n\n');
    if (w.chance(0.2)) text = text.replace(/ (?=\d)/, '\u00a0');
    const encoding = w.chance(options.windows1254Share ?? DEFAULT_WINDOWS_1254_SHARE)
      ? 'windows-1254'
      : w.chance(options.bomShare ?? DEFAULT_BOM_SHARE)
        ? 'utf-8-bom'
        : 'utf-8';
    if (w.chance(options.crlfShare ?? DEFAULT_CRLF_SHARE)) text = text.replace(/\n/g, '\r\n');
    const id = (fileNo * 2654435761) >>> 0;
    yield {
      name: `${String(fileNo).padStart(6, '0')}_${id.toString(16).padStart(8, '0')}.txt`,
      text,
      encoding,
      articles: n,
    };
    fileNo++;
  }
}

/** The file's bytes in its encoding (Windows-1254 falls back to UTF-8 for text it cannot hold). */
export function syntheticFileBytes(file: SyntheticFile): Uint8Array {
  if (file.encoding === 'windows-1254') {
    const legacy = encodeWindows1254(file.text);
    if (legacy) return legacy;
  }
  const utf8 = new TextEncoder().encode(file.text);
  if (file.encoding !== 'utf-8-bom') return utf8;
  const out = new Uint8Array(utf8.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(utf8, 3);
  return out;
}

function main(args: string[]): number {
  const get = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const count = Number(get('--articles'));
  const out = get('--out');
  if (!Number.isInteger(count) || count <= 0 || !out) {
    console.error(
      'usage: tsx bench/synthetic-corpus.ts --articles <n> --out <dir> [--people <file>] [--seed <n>]',
    );
    return 2;
  }
  const registry = JSON.parse(readFileSync(resolve(get('--people') ?? 'corpus/people.json'), 'utf8')) as {
    people: PersonEntry[];
  };
  mkdirSync(out, { recursive: true });
  let files = 0;
  for (const file of generateSyntheticCorpus({
    articles: count,
    people: registry.people,
    seed: Number(get('--seed') ?? 1),
  })) {
    writeFileSync(join(out, file.name), syntheticFileBytes(file));
    files++;
  }
  console.log(`wrote ${count} articles in ${files} files to ${out}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
