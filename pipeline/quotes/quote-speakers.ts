/**
 * Quote speakers through the article's people: every speaker is a person the article names
 * (registered or discovered) or explicitly unknown (null).
 *
 * - A speaker phrase with a name (`Kremlin Sözcüsü Dmitriy Peskov`, `Peskov`) is the person whose
 *   form it ends with; a surname goes to the person most recently named in full with it.
 * - A role-only phrase (`Rus lider`, `Bakan`, `İran lideri`) is the person the article named with a
 *   matching role, the one mentioned last before the quote first.
 * - Indirect speech inside quote marks (`"... dilediğini" belirtti`) is kept as `kind: "reported"`.
 * - The same statement repeated (headline, subheading, body) is one quote with its occurrences;
 *   a quote with no speaker that repeats part of another takes that one's speaker.
 */
import type { Heading, Quote } from '../../core/protocol/types';
import { foldText } from '../../core/text/fold';
import { UTTERANCE_NOUN_STEMS } from '../../core/text/lexicon';
import type { ArticlePeople, ArticlePersonInfo } from '../people/article-people';
import { findNameRuns, modifiesRole } from '../people/name-runs';
import { isRoleHead } from '../roles/role-extractor';
import { roleMatches } from './speaker-resolver';

/** Turkish verbal nouns with a possessive and the accusative: the quote is what someone said that… */
const REPORTED_ENDING =
  /(?:d[ıiuü]ğ[ıiuü]n[ıiuü]|t[ıiuü]ğ[ıiuü]n[ıiuü]|[ae]c[ae]ğ[ıiuü]n[ıiuü]|m[ae]s[ıi]n[ıi]|d[ıiuü]kl[ae]r[ıi]n[ıi]|t[ıiuü]kl[ae]r[ıi]n[ıi])$/u;

function matchKey(s: string): string {
  return foldText(s).replace(/[^a-z0-9]+/g, '');
}

export function isReportedSpeech(text: string): boolean {
  const words = text
    .trim()
    .replace(/[.!?…,;:"'”’»]+$/u, '')
    .split(/\s+/);
  const last = words[words.length - 1] ?? '';
  return words.length >= 2 && REPORTED_ENDING.test(last);
}

/** The person a speaker phrase names, or null when it names nobody the article names. */
export function personOfPhrase(
  phrase: string,
  model: ArticlePeople,
  text: number,
  at: number,
): string | null {
  const runs = findNameRuns(phrase);
  const run = runs[runs.length - 1];
  if (run && !modifiesRole(phrase, run.end)) {
    const want = foldText(run.name);
    // One word is a family name that may come first (`Kim` of `Kim Yo Jong`) or last; among
    // several people it could be, the one named last before the quote is meant.
    const single = !want.includes(' ');
    const owners = model.people.filter((p) =>
      p.forms.some(
        (f) =>
          foldText(f) === want ||
          foldText(f).endsWith(` ${want}`) ||
          (single && foldText(f).startsWith(`${want} `)),
      ),
    );
    if (owners.length === 1) return (owners[0] as { id: string }).id;
    if (owners.length > 1)
      return lastMentioned(
        owners.map((p) => p.id),
        model,
        text,
        at,
        // The bare word's own mentions were matched to one of them already: they do not decide.
        single ? run.name.length : 0,
      );
  }
  // Role only: the person named with a matching role, most recently mentioned first. A role the
  // article writes before a name (`Dışişleri Bakanı X`) is what a later bare `Bakan` refers back
  // to, before anyone's registry description.
  const head = phrase.trim().split(/\s+/).pop() ?? '';
  const rolesOf = (p: ArticlePersonInfo, described: boolean) =>
    described && p.description ? [...p.roles, p.description] : p.roles;
  const tries: [string, boolean][] = [
    [phrase, false],
    [phrase, true],
  ];
  // `Rus Sözcü` for `Kremlin Sözcüsü`: a nationality the role does not spell out; the head decides.
  if (isRoleHead(head)) tries.push([head, false], [head, true]);
  let withRole: ArticlePersonInfo[] = [];
  for (const [words, described] of tries) {
    withRole = model.people.filter((p) => rolesOf(p, described).some((r) => roleMatches(words, r)));
    if (withRole.length > 0) break;
  }
  if (withRole.length === 0) return null;
  return (
    lastMentioned(
      withRole.map((p) => p.id),
      model,
      text,
      at,
    ) ?? (withRole[0] as { id: string }).id
  );
}

function lastMentioned(
  ids: readonly string[],
  model: ArticlePeople,
  text: number,
  at: number,
  bareLength = 0,
): string | null {
  let best: string | null = null;
  for (const m of model.mentions) {
    if (m.text > text || (m.text === text && m.start >= at)) break;
    if (bareLength > 0 && m.end - m.start === bareLength) continue;
    if (ids.includes(m.personId)) best = m.personId;
  }
  return best ?? ids[0] ?? null;
}

/** Words right after a closing mark that make the quoted words a term, not anyone's statement. */
const TERM_AFTER =
  /^\s*(?:ifadesinin|kelimesinin|kelimesi|sözcüğünün|sözcüğü|terimi|terimini|terimiyle|adlı|isimli|adını|diye adlandır|yazan|yazılı)/u;
/** More quoted terms listed after this one (`‘…’, ‘…’ ve ‘…’ yazan`): the noun after the last names them all. */
const MORE_TERMS = /^(?:\s*(?:,|ve)\s*["“‘'][^"“”‘’']{1,40}["”’'])+/u;
/** A term in quote marks is a few words. */
const TERM_MAX_WORDS = 4;

/** A short quoted phrase named as a term (`"X" ifadesinin`, `"Y" adlı`): a scare quote. */
export function isQuotedTerm(quote: string, after: string): boolean {
  const rest = after.replace(/^["”’']/u, '').replace(MORE_TERMS, '');
  return quote.trim().split(/\s+/).length <= TERM_MAX_WORDS && TERM_AFTER.test(rest);
}

export function attributeQuotes(
  quotes: readonly Quote[],
  model: ArticlePeople,
  texts: readonly string[],
  headings: readonly Heading[] = [],
): Quote[] {
  const registered = new Set(model.people.filter((p) => p.registered).map((p) => p.id));
  const out: Quote[] = quotes.map((q) => {
    const text = q.paragraph + 1;
    const at = (texts[text] ?? '').indexOf(q.text);
    let personId: string | null = null;
    const source = texts[text] ?? '';
    const owner = at > 0 ? genitiveOwner(source, at, at + q.text.length) : null;
    if (owner) personId = personOfPhrase(owner, model, text, at);
    const asked = at >= 0 && isQuestionTo(source.slice(at + q.text.length));
    if (personId === null && !asked && q.speakerName) {
      personId = personOfPhrase(q.speakerName, model, text, Math.max(0, at));
    }
    if (personId === null && at > 0 && !asked) {
      const framer = utteranceOwnerBefore(source, at);
      if (framer) personId = personOfPhrase(framer, model, text, at);
    }
    if (personId === null && q.speakerId !== null && !asked) personId = q.speakerId;
    const speakerId =
      personId !== null && registered.has(personId)
        ? personId
        : personId === null && !asked
          ? q.speakerId
          : null;
    const quote: Quote = { ...q, speakerId, personId };
    if (isReportedSpeech(q.text)) quote.kind = 'reported';
    return quote;
  });
  const statements = out.filter((q) => {
    const text = texts[q.paragraph + 1] ?? '';
    const at = text.indexOf(q.text);
    return at < 0 || !isQuotedTerm(q.text, text.slice(at + q.text.length + 1));
  });
  return mergeRepeats(withHeadingQuotes(capitalsTakeNextSpeaker(statements), headings, model));
}

/**
 * `"..." sorusuna X yanıt verdi` (dative), `sorusu üzerine` or `soruyu cevaplayan X`: the question
 * put to X, not X's words. `"..." sorusunu yöneltti` (accusative) is X asking: X's words.
 */
const QUESTION_AFTER =
  /^["”»’']?[,]? ?(?:(?:şeklindeki|biçimindeki|yönündeki) )?soru(?:su)?(?:na\b|nuz|su üzerine|(?:nu|yu) (?:yanıt|cevap))/u;

export function isQuestionTo(after: string): boolean {
  return QUESTION_AFTER.test(after);
}

/** A name in the genitive right before the quote: `Trump'ın "..." ifadelerine` — the words are Trump's. */
const GENITIVE_BEFORE = /(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)*)['’](?:n?[ıiuü]n)[,]? ?["“„«‘']?$/u;
/**
 * A noun for what was said right after the closing mark (folded), or after `şeklindeki`:
 * `"…" ifadelerine`, `"…" şeklindeki açıklamasına`.
 */
const UTTERANCE_AFTER = new RegExp(
  `^["”»’']?[,]? ?(?:(?:seklindeki|bicimindeki|yonundeki) )?(?:${UTTERANCE_NOUN_STEMS.join('|')})`,
  'u',
);

export function genitiveOwner(text: string, open: number, close: number): string | null {
  const before = GENITIVE_BEFORE.exec(text.slice(Math.max(0, open - 80), open));
  if (!before) return null;
  return UTTERANCE_AFTER.test(foldText(text.slice(close, close + 80))) ? (before[1] as string) : null;
}

/**
 * A name in the genitive owning the statement the quote is read from, before it:
 * `Peskov'un açıklamasında, "…"`, `Lavrov'un yaptığı açıklamaya göre "…"`.
 */
const OWNED_UTTERANCE_BEFORE = new RegExp(
  `(\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)*)['’]n?[ıiuü]n,? (?:\\p{Ll}+ ){0,3}` +
    `(?:açıklama|konuşma|mesaj|paylaşım|röportaj|demeç|yazı|genelge|bildiri)\\p{L}*(?:,? göre)?[,:]? ?["“„«‘']?$`,
  'u',
);

export function utteranceOwnerBefore(text: string, open: number): string | null {
  return OWNED_UTTERANCE_BEFORE.exec(text.slice(Math.max(0, open - 100), open))?.[1] ?? null;
}

/**
 * A quote in capitals with no speaker is a subheading glued into the text: it announces the next
 * quote in the same paragraph or the one after, and has its speaker.
 */
function capitalsTakeNextSpeaker(quotes: Quote[]): Quote[] {
  quotes.forEach((q, i) => {
    if (q.personId != null || !isCapitals(q.text)) return;
    const next = quotes.slice(i + 1).find((o) => o.personId != null && !isCapitals(o.text));
    if (!next || next.paragraph > q.paragraph + 1) return;
    q.personId = next.personId ?? null;
    q.speakerId = next.speakerId;
    q.speakerName = next.speakerName;
  });
  return quotes;
}

function isCapitals(text: string): boolean {
  return /\p{Lu}{3}/u.test(text) && text === text.toLocaleUpperCase('tr');
}

const WHOLLY_QUOTED = /^["“”„«‘'](.+?)["”“»’']$/u;

/**
 * A subheading in quote marks quotes the section's speaker: the one whose words below repeat it,
 * else the speaker of the section's first quote, else the first person the section names, else
 * the speaker of the last quote before it.
 */
function withHeadingQuotes(quotes: Quote[], headings: readonly Heading[], model: ArticlePeople): Quote[] {
  if (headings.length === 0) return quotes;
  const out = [...quotes];
  headings.forEach((h, i) => {
    const inner = WHOLLY_QUOTED.exec(h.text.trim())?.[1];
    if (!inner) return;
    const end = headings[i + 1]?.before ?? Number.POSITIVE_INFINITY;
    const k = matchKey(inner);
    const repeated = quotes.find((q) => q.personId != null && matchKey(q.text).includes(k));
    const first = quotes.find((q) => q.paragraph >= h.before && q.paragraph < end && q.personId != null);
    const named = model.mentions.find((m) => m.text === h.before + 1)?.personId ?? null;
    // A section that quotes and names nobody goes on with the article's current speaker.
    const previous = quotes.findLast((q) => q.paragraph < h.before && q.personId != null);
    const personId = repeated?.personId ?? first?.personId ?? named ?? previous?.personId ?? null;
    const registered = model.people.some((p) => p.id === personId && p.registered);
    const quote: Quote = {
      text: inner,
      speakerId: registered ? personId : null,
      speakerName:
        repeated?.speakerName ?? first?.speakerName ?? (named ? null : previous?.speakerName) ?? null,
      fragment: false,
      paragraph: h.before,
      personId,
    };
    const at = out.findIndex((q) => q.paragraph >= h.before);
    out.splice(at < 0 ? out.length : at, 0, quote);
  });
  return out;
}

/**
 * A subheading in quote marks still without a speaker once every quote of the article is read
 * (list items and single-quoted statements come after `attributeQuotes`) goes on with the
 * article's current speaker: the one of the last quote before it.
 */
export function headingQuotesGoOn(
  quotes: readonly Quote[],
  headings: readonly Heading[],
  registered: ReadonlySet<string>,
): Quote[] {
  const out = [...quotes];
  out.forEach((q, i) => {
    if (q.personId != null) return;
    const heading = headings.some(
      (h) => h.before === q.paragraph && WHOLLY_QUOTED.exec(h.text.trim())?.[1] === q.text,
    );
    if (!heading) return;
    const previous = out.slice(0, i).findLast((o) => o.personId != null && o.paragraph < q.paragraph);
    if (!previous?.personId) return;
    const personId = previous.personId;
    out[i] = { ...q, personId, speakerId: registered.has(personId) ? personId : null };
  });
  return out;
}

/** One quote per statement: exact repeats merge; an unattributed quote inside another takes its speaker. */
function mergeRepeats(quotes: Quote[]): Quote[] {
  const kept: Quote[] = [];
  for (const q of quotes) {
    const k = matchKey(q.text);
    const same = kept.find((o) => matchKey(o.text) === k);
    if (same) {
      same.occurrences = (same.occurrences ?? 1) + 1;
      if (same.personId == null && q.personId != null) {
        same.personId = q.personId;
        same.speakerId = q.speakerId;
        same.speakerName = q.speakerName;
      }
      continue;
    }
    kept.push(q);
  }
  for (const q of kept) {
    if (q.personId != null || matchKey(q.text).length < 8) continue;
    const k = matchKey(q.text);
    const holder = kept.find((o) => o !== q && o.personId != null && matchKey(o.text).includes(k));
    if (holder) {
      q.personId = holder.personId ?? null;
      q.speakerId = holder.speakerId;
    }
  }
  return kept;
}
