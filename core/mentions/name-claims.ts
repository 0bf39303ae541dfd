/**
 * Who may be meant by each compiled name, in a compact table (typed arrays: a registry of 5,000
 * people makes ~20,000 names, and a content script lives in every tab).
 *
 * For name `t`, the people are `person[from(t) .. from(t) + aliasCount(t))` for whom it is a full
 * alias, then up to `from(t + 1)` those for whom it is an ambiguous short form; each run in registry
 * order. `notThisPerson` entries are applied here once: a name someone's blocker shares is not theirs.
 */

export const ALIAS = 0;
export const AMBIGUOUS = 1;
export const BLOCKER = 2;
export type ClaimKind = typeof ALIAS | typeof AMBIGUOUS | typeof BLOCKER;

/** The name is one word (`Putin`, `Kim`), not a full name. */
export const SINGLE_WORD = 1;
/** Some claimant writes this word first in a full name (`Kim` of `Kim Jong Un`, `Choe`). */
export const LEADING = 2;
/** Some claimant writes this word first or last in a full name (`Putin`, `Kim`): a short form. */
export const SHORT = 4;

/** One registry form (alias, ambiguous form or blocker) as compiled. */
export interface FormClaim {
  terminal: number;
  person: number;
  kind: ClaimKind;
  singleWord: boolean;
  /** The form is one word that is the first word of one of the person's full names. */
  leading: boolean;
  /** The form is one word that is the last word of one of the person's full names. */
  trailing: boolean;
}

export interface NameClaims {
  /** Per name: SINGLE_WORD | LEADING | SHORT. */
  readonly flags: Uint8Array;
  /** Per name (+1): where its people start in `person`. */
  readonly start: Int32Array;
  /** Per name: how many of its people have it as a full alias (they come first). */
  readonly aliasCount: Int32Array;
  /** Registry indices. */
  readonly person: Int32Array;
}

export function buildNameClaims(forms: readonly FormClaim[], nameCount: number): NameClaims {
  // Group the forms by name, keeping their (registry) order: a counting sort.
  const formStart = new Int32Array(nameCount + 1);
  for (const f of forms) formStart[f.terminal + 1] = (formStart[f.terminal + 1] as number) + 1;
  for (let t = 0; t < nameCount; t++)
    formStart[t + 1] = (formStart[t + 1] as number) + (formStart[t] as number);
  const fill = formStart.slice(0, nameCount);
  const byName = new Int32Array(forms.length);
  for (let i = 0; i < forms.length; i++) {
    const t = (forms[i] as FormClaim).terminal;
    const slot = fill[t] as number;
    fill[t] = slot + 1;
    byName[slot] = i;
  }

  const flags = new Uint8Array(nameCount);
  const start = new Int32Array(nameCount + 1);
  const aliasCount = new Int32Array(nameCount);
  const person: number[] = [];
  const aliasPeople: number[] = [];
  const ambiguousPeople: number[] = [];
  const blocked: number[] = [];
  for (let t = 0; t < nameCount; t++) {
    aliasPeople.length = 0;
    ambiguousPeople.length = 0;
    blocked.length = 0;
    let single = true;
    let leading = false;
    let short = false;
    const from = formStart[t] as number;
    const to = formStart[t + 1] as number;
    for (let k = from; k < to; k++) {
      const f = forms[byName[k] as number] as FormClaim;
      if (f.kind === BLOCKER) blocked.push(f.person);
    }
    for (let k = from; k < to; k++) {
      const f = forms[byName[k] as number] as FormClaim;
      if (!f.singleWord) single = false;
      if (f.kind === BLOCKER || blocked.includes(f.person)) continue;
      const list = f.kind === ALIAS ? aliasPeople : ambiguousPeople;
      if (list[list.length - 1] !== f.person) list.push(f.person);
      leading ||= f.leading;
      short ||= f.leading || f.trailing;
    }
    flags[t] = single ? SINGLE_WORD | (leading ? LEADING : 0) | (short ? SHORT : 0) : 0;
    start[t] = person.length;
    aliasCount[t] = aliasPeople.length;
    for (const p of aliasPeople) person.push(p);
    // Someone for whom this is a full alias is not also an ambiguous claimant of it.
    for (const p of ambiguousPeople) if (!aliasPeople.includes(p)) person.push(p);
  }
  start[nameCount] = person.length;
  return { flags, start, aliasCount, person: Int32Array.from(person) };
}
