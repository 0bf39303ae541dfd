/**
 * Roles as an article states them, right before a person's name:
 * `İran Dini Lideri Ali Hamaney` → `İran Dini Lideri`, `eski Kuzey Kore lideri Kim İl-sung` →
 * `eski Kuzey Kore lideri`, `Russian President Vladimir Putin` → `Russian President`.
 *
 * A role is a run of words directly before the name (only spaces in between) that ends in a role
 * head (`lideri`, `Bakanı`, `Başkanı`, `Sözcüsü`, `President`, `leader`…) and otherwise holds
 * capitalised words and a few lowercase role modifiers (`eski`, `dini`, `former`, `deputy`). Words
 * with a case suffix (`Moskova'da`), punctuation and other lowercase words end the run, so
 * `garda eski Kuzey Kore lideri Kim İl-sung'un` gives `eski Kuzey Kore lideri`. No role is invented:
 * a name with nothing of this shape before it gets none.
 */

import type { Caption, PersonEntry, RoleMention } from '../../core/protocol/types';
import { foldText, isUpper } from '../../core/text/fold';
import { APOSTROPHE_CLASS, APOSTROPHES, NON_NAME_OPENERS, ROLE_TITLE_STEMS } from '../../core/text/lexicon';
import { runStartBefore, trimmedEnd } from '../../core/text/scan-back';
import { scanDocument } from '../quotes/speaker-resolver';

/** Longer runs are a list of names or a headline in capitals, not a role. */
const MAX_ROLE_WORDS = 7;

/** Lowercase words that may sit inside a role (`eski Kuzey Kore lideri`, `Iran's supreme leader`). */
const ROLE_MODIFIERS = new Set([
  'eski',
  'dini',
  'devlet',
  'disisleri',
  'savunma',
  'genel',
  'yuce',
  'ulusal',
  'former',
  'supreme',
  'foreign',
  'prime',
  'deputy',
  'vice',
  'acting',
  'defense',
  'defence',
  'national',
]);

/** Capitalised words that start a sentence or clause but never a role. */
const LEADING_NON_ROLE: ReadonlySet<string> = new Set(NON_NAME_OPENERS);

/** Words that can only open a role. */
const ROLE_OPENERS = new Set(['eski', 'former']);

/** Genitive endings without an apostrophe: a capitalised `Ülkenin` is a common noun at a sentence start. */
const BARE_GENITIVE = /n[iu]n$/;

function startsSentence(text: string, index: number): boolean {
  const end = trimmedEnd(text, index);
  return end === 0 || '.!?:;"“”«»'.includes(text[end - 1] as string);
}

/** A sentence-initial word that is a common noun, not a place: `Ülkenin`, `Dün`. */
function isCommonNounAtStart(word: string): boolean {
  const f = foldText(word);
  return SENTENCE_OPENERS.has(f) || BARE_GENITIVE.test(f);
}

/** Common words that open Turkish and English news sentences. */
const SENTENCE_OPENERS = new Set([
  'dun',
  'bugun',
  'yarin',
  'gecen',
  'bu',
  'su',
  'o',
  'yesterday',
  'today',
  'on',
]);

/** A role head followed by Turkish possessive/plural endings or an English plural (all folded). */
const ROLE_HEAD = new RegExp(`^(?:${ROLE_TITLE_STEMS.join('|')})(?:i|u|si|su|lar|ler|lari|leri|s)?$`);

/** Words with inner hyphens or apostrophes (`Son-hui`, `Moskova'da`, `U.S`). */
const WORD = new RegExp(`[\\p{L}\\p{M}\\p{N}]+(?:[-${APOSTROPHES}.][\\p{L}\\p{M}\\p{N}]+)*`, 'gu');
const APOSTROPHE = new RegExp(APOSTROPHE_CLASS);

/** True for a word that heads a role: `lideri`, `Bakanı`, `Sözcüsü`, `President`. */
export function isRoleHead(word: string): boolean {
  return ROLE_HEAD.test(foldText(word));
}

/** True for a lowercase word allowed inside a role (`eski`, `dini`, `former`). */
export function isRoleModifier(word: string): boolean {
  return ROLE_MODIFIERS.has(foldText(word));
}

interface Word {
  start: number;
  end: number;
  text: string;
}

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** How far back to read for a role's words before reading the whole text before it. */
const ROLE_WINDOW_CHARS = 240;

/**
 * The words of `text.slice(0, index)`, or at least the last `MAX_ROLE_WORDS + 1` of them, which is
 * all a role can use: reading from a space in a window before `index` cuts no word in two.
 */
function lastWordsOf(text: string, index: number): Word[] {
  if (index > ROLE_WINDOW_CHARS) {
    const from = text.slice(index - ROLE_WINDOW_CHARS, index).search(/\s/);
    if (from >= 0) {
      const offset = index - ROLE_WINDOW_CHARS + from;
      const words = wordsOf(text.slice(offset, index));
      if (words.length > MAX_ROLE_WORDS + 1)
        return words.map((w) => ({ ...w, start: w.start + offset, end: w.end + offset }));
    }
  }
  return wordsOf(text.slice(0, index));
}

/**
 * The role stated right before `index` in `text` (where a name starts), with its start offset,
 * or null: `roleBefore('İran Dini Lideri Ali Hamaney', 17)` → `{ role: 'İran Dini Lideri', start: 0 }`.
 */
export function roleBefore(text: string, index: number): { role: string; start: number } | null {
  // Most names have no role before them: the word ending right before the space must be a role
  // head (one with joiners, `Moskova'da`, never is), which is cheap to tell first.
  if (index === 0 || !/\s/.test(text[index - 1] as string)) return null;
  const end = trimmedEnd(text, index);
  if (!isRoleHead(text.slice(runStartBefore(text, end, WORD_CHAR), end))) return null;
  const words = lastWordsOf(text, index);
  let i = words.length - 1;
  const last = words[i];
  if (!last || !/^\s+$/.test(text.slice(last.end, index)) || !isRoleHead(last.text)) return null;
  if (APOSTROPHE.test(last.text)) return null;
  let first = i;
  while (i > 0 && words.length - i < MAX_ROLE_WORDS) {
    const prev = words[i - 1] as Word;
    const cur = words[i] as Word;
    const gap = text.slice(prev.end, cur.start);
    // `U.S. President`: the abbreviation's final period is part of the word.
    if (!/^\s+$/.test(gap) && !(/^\.\s+$/.test(gap) && prev.text.includes('.'))) break;
    if (APOSTROPHE.test(prev.text)) break;
    // `eski`/`former` opens a role: `Garda eski Kuzey Kore lideri` stops there.
    if (ROLE_OPENERS.has(foldText(cur.text))) break;
    const capital = isUpper(prev.text[0] ?? '');
    if (!capital && !isRoleModifier(prev.text) && !isRoleHead(prev.text)) break;
    i--;
    first = i;
  }
  // Drop leading conjunctions and sentence openers that happen to be capitalised.
  while (first < words.length - 1 && LEADING_NON_ROLE.has(foldText((words[first] as Word).text))) first++;
  const opener = words[first] as Word;
  if (first < words.length - 1 && startsSentence(text, opener.start) && isCommonNounAtStart(opener.text))
    first++;
  const roleWords = words.slice(first);
  // A lowercase head alone (`ülkenin lideri Kim`) states no role the reader could use.
  if (!roleWords.some((w) => isUpper(w.text[0] ?? ''))) return null;
  const start = (roleWords[0] as Word).start;
  return { role: text.slice(start, last.end), start };
}

/**
 * Every (person, role) the article states, once per distinct role (case/diacritic-insensitive),
 * in text order: title, paragraphs, then captions.
 */
export function extractRoles(
  article: { title: string; paragraphs: string[]; captions: Caption[] },
  people: readonly PersonEntry[],
): RoleMention[] {
  const seen = new Set<string>();
  const out: RoleMention[] = [];
  const texts = [article.title, ...article.paragraphs, ...article.captions.map((c) => c.text)];
  const mentions = scanDocument(people, texts);
  for (const [i, text] of texts.entries()) {
    for (const mention of mentions[i] ?? []) {
      const found = roleBefore(text, mention.start);
      if (!found) continue;
      const key = `${mention.personId}\u0000${foldText(found.role)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ personId: mention.personId, role: found.role });
    }
  }
  return out;
}
