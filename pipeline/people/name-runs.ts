/**
 * Capitalised name runs in Turkish news text: `Rusya Dışişleri Bakanı Sergey Lavrov'un` →
 * name `Sergey Lavrov`, title words `Rusya Dışişleri Bakanı`, suffix `'un`.
 *
 * Turkish capitalises proper names and writes their case endings after an apostrophe, so a name is
 * a run of capitalised words joined by single spaces, ending at the first word that carries an
 * apostrophe ending (the ending is not part of the name). Role heads (`Bakanı`, `Sözcüsü`) and
 * honorifics (`Ayetullah`, `Sayın`) inside the run split it: what precedes is the title, what
 * follows the name. A run tells only that something is named; whether it is a person is decided
 * by the caller (given names, a title before it, the registry, being a speaker).
 */
import { foldText, isUpper } from '../../core/text/fold';
import { runStartBefore, trimmedEnd } from '../../core/text/scan-back';
import { isRoleHead } from '../roles/role-extractor';
import { isWholeNonPersonPhrase } from './non-person-words';

export interface NameRun {
  /** The name as written, without a case ending: `Sergey Lavrov`, `Kim Jong-un`. */
  name: string;
  words: string[];
  /** Offsets of the name (without the ending) in the text. */
  start: number;
  end: number;
  /** Capitalised title words right before the name, in the same run: `Rusya Dışişleri Bakanı`. */
  titleWords: string[];
  /** True when a role head or honorific is among the title words. */
  titled: boolean;
  /** True when the run opens a sentence (its first word may be capitalised only for that). */
  sentenceStart: boolean;
}

/** Honorifics and person nouns that introduce a name the way a role does (folded). */
const HONORIFICS = new Set(
  [
    'ayetullah',
    'ayatollah',
    // Spellings news sites also print.
    'ayetulah',
    'ayatullah',
    'ayetollah',
    'hüccetülislam',
    'imam',
    'seyyid',
    'sayın',
    'şeyh',
    'hoca',
    'muhabir',
    'gazeteci',
    'analist',
    'uzman',
    'prof',
    'profesör',
    'dr',
    'doktor',
    'doç',
    'albay',
    'yarbay',
    'binbaşı',
    'yüzbaşı',
    'rahip',
    'papaz',
    'hahambaşı',
    'yoldaş',
    'mr',
    'mrs',
    'ms',
    'sir',
    'lord',
    'başkan',
    'bakan',
    'sözcü',
    // Professions written before a name at the start of a sentence.
    'ekonomist',
    'akademisyen',
    'yazar',
    'avukat',
    'gazeteci-yazar',
    'siyasetçi',
    'diplomat',
    'uzman',
    'araştırmacı',
  ].map((w) => foldText(w)),
);
/** Lowercase particles inside Arabic, Dutch, German and Spanish names: `Muhammed bin Selman`. */
const NAME_PARTICLES = new Set(['bin', 'ibn', 'el', 'al', 'de', 'van', 'von', 'der', 'la', 'di', 'da']);
const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-‐][\p{L}\p{M}\p{N}]+)*(?:['’‘ʼ`´][\p{L}\p{M}]+)?/gu;
const APOSTROPHE = /['’‘ʼ`´]/;

interface Token {
  text: string;
  base: string;
  start: number;
  end: number;
  suffixed: boolean;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const apo = m[0].search(APOSTROPHE);
    const base = apo >= 0 ? m[0].slice(0, apo) : m[0];
    out.push({ text: m[0], base, start: m.index, end: m.index + base.length, suffixed: apo >= 0 });
  }
  return out;
}

const LOWERCASE = /\p{Ll}/u;

function isCapitalised(word: string): boolean {
  if (!isUpper(word[0] ?? '')) return false;
  // A word in capitals (`ABD`, `PUTİN`) is an acronym or a headline, not a name as news writes it.
  return word.length === 1 || LOWERCASE.test(word);
}

export function isHonorific(word: string): boolean {
  return HONORIFICS.has(foldText(word));
}

function isTitleWord(word: string): boolean {
  return isRoleHead(word) || isHonorific(word);
}

/** Every capitalised run of `text`, split into title words and name. */
export function findNameRuns(text: string): NameRun[] {
  const toks = tokens(text);
  const runs: NameRun[] = [];
  let i = 0;
  while (i < toks.length) {
    const first = toks[i] as Token;
    if (!isCapitalised(first.base)) {
      i++;
      continue;
    }
    const run: Token[] = [first];
    let j = i + 1;
    while (!(run[run.length - 1] as Token).suffixed && j < toks.length) {
      const prev = run[run.length - 1] as Token;
      const next = toks[j] as Token;
      if (text.slice(prev.end, next.start) !== ' ') break;
      if (isCapitalised(next.base)) {
        run.push(next);
        j++;
        continue;
      }
      // `Ursula von der Leyen`, `Muhammed bin Selman`: particles between capitalised words.
      let k = j;
      while (k < toks.length && NAME_PARTICLES.has((toks[k] as Token).base) && k - j < 2) k++;
      const after = toks[k];
      const joined = toks
        .slice(j - 1, k + 1)
        .every((t, n, all) => n === 0 || text.slice((all[n - 1] as Token).end, t.start) === ' ');
      if (k > j && after && joined && isCapitalised(after.base)) {
        run.push(...toks.slice(j, k + 1));
        j = k + 1;
        continue;
      }
      break;
    }
    i = j;
    let cut = -1;
    run.forEach((t, k) => {
      if (isTitleWord(t.base) && k < run.length - 1) cut = k;
    });
    const allNameToks = run.slice(cut + 1);
    const place = trailingPlace(allNameToks);
    const nameToks = allNameToks.slice(0, place);
    const firstName = nameToks[0] as Token;
    const lastName = nameToks[nameToks.length - 1] as Token;
    // A run ending in a role head is a role alone (`Rus Sözcü`); one letter is an initial cut short.
    if (isTitleWord(lastName.base) || lastName.base.length < 2) continue;
    runs.push({
      name: text.slice(firstName.start, lastName.end),
      words: nameToks.map((t) => t.base),
      start: firstName.start,
      end: lastName.end,
      titleWords: run.slice(0, cut + 1).map((t) => t.base),
      titled: cut >= 0,
      sentenceStart: startsSentence(text, run[0]?.start ?? 0),
    });
    const placeToks = allNameToks.slice(place);
    const placeFirst = placeToks[0];
    const placeLast = placeToks[placeToks.length - 1];
    if (placeFirst && placeLast) {
      runs.push({
        name: text.slice(placeFirst.start, placeLast.end),
        words: placeToks.map((t) => t.base),
        start: placeFirst.start,
        end: placeLast.end,
        titleWords: [],
        titled: false,
        sentenceStart: false,
      });
    }
  }
  return runs;
}

/** A word ending like a possessive: the head of a compound named after the words before it. */
const COMPOUND_HEAD_RE = /(?:s?[ıiuü])$/u;

/**
 * Where a place or body glued after a name starts (`Ayla Demir Beyaz Saray'da`, `Can
 * Arslan Moskova'ya`), or the run's length when none is. Turkish puts the subject first and a
 * place in a case ending right after it; a body in a compound (`… Üniversitesi'nde`, ending in a
 * possessive) is named after the words before it and is left whole.
 */
function trailingPlace(toks: readonly Token[]): number {
  const last = toks[toks.length - 1];
  if (toks.length < 2 || !last?.suffixed || COMPOUND_HEAD_RE.test(foldText(last.base))) return toks.length;
  for (let k = 1; k < toks.length; k++) {
    if (isWholeNonPersonPhrase(toks.slice(k).map((t) => t.base))) return k;
  }
  // People are rarely in the locative (`…'da`): after a full name, such a word is where they were.
  const ending = foldText(last.text.slice(last.base.length + 1));
  if (toks.length >= 3 && LOCATIVE_RE.test(ending)) return toks.length - 1;
  return toks.length;
}

/** A locative case ending: `Cenevre'de`, `Kazan'da`, `Paris'te`. */
const LOCATIVE_RE = /^n?[dt][ae]$/;

/** `Macar bakan`: a capitalised word right before a role head qualifies the role; it names nobody. */
export function modifiesRole(phrase: string, end: number): boolean {
  const next = /^\s+(\p{L}+)/u.exec(phrase.slice(end))?.[1];
  return next !== undefined && isRoleHead(next);
}

/** At the start of the text or after a sentence end (quotes and brackets in between allowed). */
function startsSentence(text: string, at: number): boolean {
  const end = trimmedEnd(text, at);
  if (end === 0) return true;
  // A sentence end, closing marks after it allowed.
  const stop = runStartBefore(text, end, CLOSING_AFTER_STOP);
  if (stop > 0 && '.!?…:;'.includes(text[stop - 1] as string)) return true;
  // Nothing but spaces and opening marks before.
  return runStartBefore(text, end, OPENING_OR_SPACE) === 0;
}

const CLOSING_AFTER_STOP = /["”’»')\]]/;
const OPENING_OR_SPACE = /[\s"“‘'«(-]/;
