/**
 * Capitalised phrases that are not people: institutions, places, outlets, ships, events. Turkish
 * news capitalises all of them, so a name run needs this filter before it can be a person.
 *
 * Two rules and a list: a phrase with a word that names a kind of body (`Meclisi`, `Ajansı`,
 * `Sarayı`, `Muhafızları`, `Bakanlığı`) is an institution or place; a phrase that is a known
 * country, city, region or outlet is not a person either.
 */
import { foldText } from '../../core/text/fold';
import { NATIONALITY_ADJECTIVES } from '../../core/text/lexicon';

/** Folded stems of words naming a kind of body or place; any Turkish ending may follow. */
const BODY_STEMS = [
  'saray',
  'meclis',
  'ajans',
  'parti',
  'bakanlig',
  'baskanlig',
  'muhafiz',
  'kuvvet',
  'ordu',
  'cumhuriyet',
  'universite',
  'bogaz',
  'gazete',
  'televizyon',
  'radyo',
  'konsey',
  'birlig',
  'orgut',
  'vakf',
  'dernek',
  'holding',
  'banka',
  'kurul',
  'mahkeme',
  'komite',
  'ofis',
  'konsorsiyum',
  'hatt',
  'zirve',
  'genel kurul',
  'okul',
  'bolge',
  'eyalet',
  'kent',
  'sehir',
  'koy',
  'ada',
  'okyanus',
  'korfez',
  'sokak',
  'cadde',
  'meydan',
  'havaalan',
  'liman',
  'gar',
  'hastane',
  'camii',
  'kilise',
  'festival',
  'kupa',
  'ligi',
  'anlasma',
  'antlasma',
  'yasa',
  'anayasa',
  'servis',
  'kanal',
  'haber',
  'network',
  'news',
  'times',
  'post',
  'agency',
  'press',
  'house',
  'council',
  'party',
  'ministry',
  'university',
  'army',
  'forces',
  'guard',
];
/** Short stems must be the whole word plus a case or possessive ending (`Gar`, `Garı`; not `Gary`). */
const SHORT_STEM_MAX = 4;
const SHORT_ENDING = /^(?:s?[iu]|s?[iu]n[iu]n|s?[iu]nda|lar[iu]?|ler[iu]?|da|de|ta|te)?$/;

/** Countries, cities, regions, outlets and bodies that carry no telltale word (folded). */
const NON_PERSON_PHRASES = new Set(
  [
    'Kremlin',
    'Pentagon',
    'Beyaz Saray',
    'White House',
    'United States',
    'United Kingdom',
    'United Nations',
    'European Union',
    'Soviet Union',
    'North Korea',
    'South Korea',
    'Devrim Muhafızları',
    'Anadolu Ajansı',
    'NATO',
    'BM',
    'AB',
    'ABD',
    'Hamas',
    'Hizbullah',
    'Husiler',
    'Taliban',
    'Reuters',
    'Bloomberg',
    'Axios',
    'CNN',
    'BBC',
    'Fox News',
    'Yonhap',
    'Tasnim',
    'KCNA',
    'TASS',
    'Telegram',
    'Twitter',
    'Rusya',
    'Ukrayna',
    'İran',
    'Irak',
    'Suriye',
    'Türkiye',
    'İsrail',
    'Filistin',
    'Gazze',
    'Lübnan',
    'Çin',
    'Japonya',
    'Hindistan',
    'Pakistan',
    'Kuzey Kore',
    'Güney Kore',
    'Kore',
    'Amerika',
    'Avrupa',
    'Asya',
    'Afrika',
    'Ortadoğu',
    'Orta Doğu',
    'Batı',
    'Doğu',
    'Venezuela',
    'Grönland',
    'Polonya',
    'Almanya',
    'Fransa',
    'İngiltere',
    'Moskova',
    'Kiev',
    'Tahran',
    'Tehran',
    'Moscow',
    'Kyiv',
    'Beijing',
    'Seoul',
    'Washington',
    'New York',
    'Pyongyang',
    'Seul',
    'Pekin',
    'Ankara',
    'İstanbul',
    'Riyad',
    'Budapeşte',
    'Alaska',
    'Florida',
    'Mar-a-Lago',
    'Novgorod',
    'Kursk',
    'Donbass',
    'Kırım',
    'Novorossiya',
    'Karadeniz',
    'Hürmüz',
    'Minab',
    'Samjiyon',
    'Kum',
  ].map((p) => foldText(p)),
);

/** Languages news names (`İngilizce konuşan`, `Farsça yayımlanan`): capitalised, never people (folded). */
const LANGUAGES = new Set(
  [
    'Türkçe',
    'İngilizce',
    'Rusça',
    'Ukraynaca',
    'Farsça',
    'Arapça',
    'İbranice',
    'Korece',
    'Çince',
    'Japonca',
    'Almanca',
    'Fransızca',
    'İspanyolca',
    'İtalyanca',
    'Portekizce',
    'Lehçe',
    'Kürtçe',
    'Azerice',
    'Urduca',
  ].map((l) => foldText(l)),
);

const NATIONALITIES: ReadonlySet<string> = new Set(NATIONALITY_ADJECTIVES);

/** Words that make a phrase a nationality, a people or a language rather than a person. */
const DEMONYM = /(?:li|lı|lu|lü|ler|lar)$/u;

/** True when the words (suffixes already stripped) name something other than a person. */
export function isNonPersonName(words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const folded = words.map((w) => foldText(w));
  if (NON_PERSON_PHRASES.has(folded.join(' '))) return true;
  if (folded.some(isBodyWord)) return true;
  if (words.length === 1 && folded[0] !== undefined && NON_PERSON_PHRASES.has(folded[0])) return true;
  if (folded.some((w) => LANGUAGES.has(w))) return true;
  if (words.length === 1 && NATIONALITIES.has(folded[0] as string)) return true;
  // An acronym (`ABD`, `İHA`) is a body or a thing.
  if (words.every((w) => w.length >= 2 && w === w.toLocaleUpperCase('tr'))) return true;
  // `Ukraynalı`, and `Kuzey Koreli` of a two-word place.
  return DEMONYM.test(words[words.length - 1] as string) && isDemonymOfPlace(folded.join(' '));
}

/**
 * True when the words are, as a whole, one known place, outlet or body (`Beyaz Saray`, `Kiev`), or
 * one word that is not a person (`ABD`, `Meclis`): what may follow a name in the same run.
 */
export function isWholeNonPersonPhrase(words: readonly string[]): boolean {
  if (NON_PERSON_PHRASES.has(words.map((w) => foldText(w)).join(' '))) return true;
  return words.length === 1 && isNonPersonName(words);
}

function isBodyWord(word: string): boolean {
  for (const stem of BODY_STEMS) {
    if (!word.startsWith(stem)) continue;
    if (stem.length > SHORT_STEM_MAX || SHORT_ENDING.test(word.slice(stem.length))) return true;
  }
  return false;
}

/** `Rusyalı`, `Ukraynalı`, `Koreli`: a place from the list plus a demonym ending. */
function isDemonymOfPlace(folded: string): boolean {
  const stem = folded.replace(/(?:li|lu|ler|lar)$/, '');
  for (const place of NON_PERSON_PHRASES) if (place === stem || place.endsWith(` ${stem}`)) return true;
  return false;
}
