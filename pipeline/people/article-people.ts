/**
 * Every real person an article names, registered or not, with the forms and roles it uses.
 *
 * - Registered people come from the mention matcher and keep their registry id.
 * - Other people are name runs (see `name-runs.ts`) with evidence of being a person: a role or
 *   honorific right before them (`Kremlin Sözcüsü Dmitriy Peskov`, `Ayetullah Eşkuri`), a known
 *   given name first (`Marco Rubio`), being a quote's speaker, or being the surname of someone the
 *   article already named in full. Institutions and places are filtered out (`non-person-words`).
 *   Their id is the slug of the fullest name the article writes.
 * - A surname alone is the person most recently named in full with that surname: after
 *   `Mücteba Hamaney`, a bare `Hamaney` is not the registered Ali Hamaney.
 */
import type { PersonEntry } from '../../core/protocol/types';
import { foldText } from '../../core/text/fold';
import { scanDocument } from '../quotes/speaker-resolver';
import { isRoleHead, roleBefore } from '../roles/role-extractor';
import { findNameRuns, modifiesRole, type NameRun } from './name-runs';
import { transliterationKey } from './name-variants';
import { isGivenName } from './news-given-names';
import { isNonPersonName } from './non-person-words';
import { personSlug } from './person-id';

export interface ArticlePersonInfo {
  id: string;
  /** The fullest form the article writes (registry display name for registered people named only in part). */
  name: string;
  registered: boolean;
  /** Forms as written, without case endings: `Dmitriy Peskov`, `Peskov`. */
  forms: string[];
  /** Roles the article states for them: `Kremlin Sözcüsü`. */
  roles: string[];
  /** A registered person's registry description: a role the article may not state. */
  description?: string;
}

export interface PersonMention {
  personId: string;
  /** Index into the texts given (0: the title). */
  text: number;
  start: number;
  end: number;
}

export interface ArticlePeople {
  people: ArticlePersonInfo[];
  /** In reading order. */
  mentions: PersonMention[];
}

interface Candidate {
  run: NameRun;
  text: number;
  evidence: boolean;
  role: string | null;
}

const lastWord = (name: string) => foldText(name.split(' ').pop() ?? '');
const key = (name: string) => foldText(name);

/**
 * People of one article. `texts` are read in order (title first); `speakerNames` are the speaker
 * phrases the quote extractor found, evidence that the name in them is a person.
 */
export function findArticlePeople(
  texts: readonly string[],
  registry: readonly PersonEntry[],
  speakerNames: readonly string[] = [],
): ArticlePeople {
  const registryMentions = scanDocument(registry, texts);
  const mentions: PersonMention[] = [];
  registryMentions.forEach((ms, text) => {
    for (const m of ms) mentions.push({ personId: m.personId, text, start: m.start, end: m.end });
  });
  const spokenNames = new Set(
    speakerNames.flatMap((s) => {
      const runs = findNameRuns(s);
      const last = runs[runs.length - 1];
      return last && !modifiesRole(s, last.end) ? [key(last.name)] : [];
    }),
  );

  // A registered person's forms are never someone new, even where the matcher held back (`Kim`).
  const registeredForms = registeredFormsOf(registry);

  // Name runs that are not (wholly) a registered person's mention.
  const candidates: Candidate[] = [];
  texts.forEach((text, t) => {
    for (const found of findNameRuns(text)) {
      const run = withoutSentenceOpener(found, t, mentions, spokenNames, registeredForms);
      const inside = mentions.filter((m) => m.text === t && m.start < run.end && m.end > run.start);
      if (inside.some((m) => m.start <= run.start && m.end >= run.end)) continue;
      if (isNonPersonName(run.words) || registeredForms.has(key(run.name))) continue;
      // A registered surname inside a longer name is someone else (`Mücteba Hamaney`): drop that mention.
      if (inside.length > 0) {
        if (!inside.every((m) => m.start > run.start)) continue;
        for (const m of inside) mentions.splice(mentions.indexOf(m), 1);
      }
      const role =
        roleBefore(text, run.start)?.role ??
        (run.titled ? run.titleWords.join(' ') : looseRoleBefore(text, run.start));
      const given = run.words.length >= 2 && isGivenName(run.words[0] as string);
      // A capitalised word opening a sentence is a name only with more to go on than being a subject.
      const spoken = spokenNames.has(key(run.name)) && !(run.words.length === 1 && run.sentenceStart);
      const evidence =
        (role !== null && hasRoleHead(run)) || given || spoken || (run.titled && run.words.length >= 1);
      candidates.push({ run, text: t, evidence, role });
    }
  });

  // Two transliterations of one full name (`Dmitriy Peskov`, `Dmitri Peskov`) are one person.
  const variantKeys = new Map<string, string>();
  const personKey = (run: NameRun): string => {
    if (run.words.length < 2) return key(run.name);
    const t = transliterationKey(run.name);
    const first = variantKeys.get(t);
    if (first !== undefined) return first;
    variantKeys.set(t, key(run.name));
    return key(run.name);
  };

  // Full names with evidence define discovered people; bare surnames of them are forms.
  const discovered = new Map<string, ArticlePersonInfo>();
  const fullOf = new Map<string, string[]>();
  for (const c of candidates) {
    if (!c.evidence) continue;
    const k = personKey(c.run);
    if (!discovered.has(k)) {
      discovered.set(k, { id: '', name: c.run.name, registered: false, forms: [c.run.name], roles: [] });
    }
    if (c.run.words.length >= 2)
      fullOf.set(lastWord(c.run.name), [...(fullOf.get(lastWord(c.run.name)) ?? []), k]);
  }
  // A one-word person that is the surname of a fuller one is that person.
  for (const [k, person] of discovered) {
    if (person.name.includes(' ')) continue;
    const fuller = fullOf.get(k);
    if (fuller && fuller.length > 0) discovered.delete(k);
  }
  const surnameOwner = (surname: string, text: number, at: number): string | null => {
    const fulls = fullOf.get(surname);
    if (!fulls) return discovered.has(surname) ? surname : null;
    // The most recent full-name mention before this point, else the first one after it.
    const placed = candidates.filter((c) => c.run.words.length >= 2 && fulls.includes(personKey(c.run)));
    const before = placed.filter((c) => c.text < text || (c.text === text && c.run.start < at));
    const pick = before[before.length - 1] ?? placed[0];
    return pick ? personKey(pick.run) : null;
  };

  for (const c of candidates) {
    const k = c.run.words.length >= 2 ? personKey(c.run) : surnameOwner(key(c.run.name), c.text, c.run.start);
    const person = k === null ? undefined : discovered.get(k);
    if (!person) continue;
    if (!person.forms.includes(c.run.name)) person.forms.push(c.run.name);
    if (c.role && hasRoleHead(c.run) && !person.roles.includes(c.role)) person.roles.push(c.role);
    mentions.push({ personId: `~${key(person.name)}`, text: c.text, start: c.run.start, end: c.run.end });
  }

  // A bare registered surname after a different person with that surname was named in full is theirs.
  const registeredFull = new Map<string, { text: number; start: number }[]>();
  for (const m of mentions) {
    if (m.personId.startsWith('~')) continue;
    const written = texts[m.text]?.slice(m.start, m.end) ?? '';
    if (written.includes(' ')) {
      const list = registeredFull.get(m.personId) ?? [];
      list.push({ text: m.text, start: m.start });
      registeredFull.set(m.personId, list);
    }
  }
  for (const m of mentions) {
    if (m.personId.startsWith('~')) continue;
    const written = texts[m.text]?.slice(m.start, m.end) ?? '';
    if (written.includes(' ') || !fullOf.has(foldText(written))) continue;
    const other = surnameOwner(foldText(written), m.text, m.start);
    if (other === null) continue;
    const otherAt = lastPlacement(candidates, other, m.text, m.start);
    const ownAt = (registeredFull.get(m.personId) ?? []).filter(
      (p) => p.text < m.text || (p.text === m.text && p.start < m.start),
    );
    const own = ownAt[ownAt.length - 1];
    if (otherAt === null && own) continue;
    if (
      own &&
      otherAt &&
      (own.text > otherAt.text || (own.text === otherAt.text && own.start > otherAt.start))
    )
      continue;
    m.personId = `~${other}`;
  }

  mentions.sort((a, b) => a.text - b.text || a.start - b.start);
  const people: ArticlePersonInfo[] = [];
  const byId = new Map(registry.map((p) => [p.id, p]));
  for (const m of mentions) {
    const written = texts[m.text]?.slice(m.start, m.end) ?? '';
    if (m.personId.startsWith('~')) {
      const person = discovered.get(m.personId.slice(1));
      if (!person) continue;
      if (person.id === '') {
        person.id = personSlug(fullestForm(person.forms));
        person.name = fullestForm(person.forms);
        people.push(person);
      }
      m.personId = person.id;
      continue;
    }
    let person = people.find((p) => p.id === m.personId);
    if (!person) {
      const entry = byId.get(m.personId);
      person = {
        id: m.personId,
        name: entry?.names.tr ?? m.personId,
        registered: true,
        forms: [],
        roles: [],
      };
      people.push(person);
    }
    if (!person.forms.includes(written)) person.forms.push(written);
    const role =
      roleBefore(texts[m.text] ?? '', m.start)?.role ?? looseRoleBefore(texts[m.text] ?? '', m.start);
    if (role && !person.roles.includes(role)) person.roles.push(role);
  }
  for (const p of people) {
    const entry = byId.get(p.id);
    if (entry) {
      p.name = fullestForm([...p.forms, entry.names.tr]);
      p.description = entry.description.tr;
    }
  }
  return { people, mentions };
}

/**
 * A sentence's first word is capitalised whatever it is, so it may be glued to the name after it
 * (`Görüşmeye Marco Rubio`). When the rest is a name on its own evidence (a given name first, a
 * registered person, a speaker), the opener is dropped.
 */
function withoutSentenceOpener(
  run: NameRun,
  text: number,
  mentions: readonly PersonMention[],
  spokenNames: ReadonlySet<string>,
  registeredForms: ReadonlySet<string>,
): NameRun {
  if (!run.sentenceStart || run.titled || run.words.length < 2) return run;
  // A registered short form opening the run is the family name (`Kim Yo Jong`), not an opener.
  if (registeredForms.has(foldText(run.words[0] as string))) return run;
  if (isGivenName(run.words[0] as string)) return run;
  const first = run.words[0] as string;
  const rest = run.words.slice(1);
  const start = run.start + first.length + 1;
  const restName = rest.join(' ');
  const isName =
    isGivenName(rest[0] as string) ||
    mentions.some((m) => m.text === text && m.start === start) ||
    spokenNames.has(foldText(restName));
  if (!isName) return run;
  return { ...run, name: restName, words: rest, start, sentenceStart: false };
}

/** Longest lowercase role kept for resolving role-only speakers inside the article. */
const LOOSE_ROLE_MAX_WORDS = 4;

/**
 * A role written in lowercase right before a name (`İran’ın yeni dini lideri Mücteba Hamaney` →
 * `yeni dini lideri`): too vague to display, enough to tell who `Yeni dini lider` is later on.
 */
function looseRoleBefore(text: string, at: number): string | null {
  const words = text.slice(Math.max(0, at - 80), at).split(' ');
  if (words.pop() !== '') return null;
  const taken: string[] = [];
  while (words.length > 0 && taken.length < LOOSE_ROLE_MAX_WORDS) {
    const w = words.pop() as string;
    if (!/^[\p{L}]+$/u.test(w)) break;
    if (taken.length === 0 && !isRoleHead(w)) return null;
    taken.unshift(w);
  }
  return taken.length > 0 ? taken.join(' ') : null;
}

const formsCache = new WeakMap<readonly PersonEntry[], Set<string>>();

function registeredFormsOf(registry: readonly PersonEntry[]): Set<string> {
  let forms = formsCache.get(registry);
  if (!forms) {
    forms = new Set<string>();
    for (const p of registry) {
      for (const list of Object.values(p.aliases)) for (const a of list) forms.add(key(a));
      for (const a of p.ambiguous) forms.add(key(a));
    }
    formsCache.set(registry, forms);
  }
  return forms;
}

function hasRoleHead(run: NameRun): boolean {
  return run.titled || run.titleWords.length === 0;
}

function fullestForm(forms: readonly string[]): string {
  let best = forms[0] ?? '';
  for (const f of forms) if (f.split(' ').length > best.split(' ').length) best = f;
  return best;
}

function lastPlacement(candidates: readonly Candidate[], k: string, text: number, at: number) {
  let found: { text: number; start: number } | null = null;
  for (const c of candidates) {
    if (c.run.words.length < 2 || key(c.run.name) !== k) continue;
    if (c.text < text || (c.text === text && c.run.start < at)) found = { text: c.text, start: c.run.start };
  }
  return found;
}
