/**
 * Discovered people who join the pages' matcher: those the corpus names in at least a few articles
 * (one article is too little evidence that a capitalised run is a person). Matched by their full
 * names as written; the bare family name only in context (after a full mention on the same page,
 * with a suffix, or paired with another name: the matcher's rules for ambiguous short forms), and
 * never a family name a registered person already uses.
 */
import type { DiscoveredPerson, PersonEntry } from '../../core/protocol/types';
import { foldText } from '../../core/text/fold';

/** Articles a discovered person must appear in before pages mark them (a build option). */
export const MIN_ARTICLES_FOR_PAGES = 2;

export function discoveredRegistryEntries(
  discovered: readonly DiscoveredPerson[],
  registry: readonly PersonEntry[],
  minArticles = MIN_ARTICLES_FOR_PAGES,
): PersonEntry[] {
  const taken = new Set(
    registry.flatMap((p) => [...Object.values(p.aliases).flat(), ...p.ambiguous].map((a) => foldText(a))),
  );
  const out: PersonEntry[] = [];
  if (minArticles <= 0) return out;
  for (const person of discovered) {
    if (person.articleIds.length < minArticles) continue;
    const fullForms = [person.name, ...person.forms].filter((f) => f.trim().split(/\s+/u).length >= 2);
    const full = [...new Set(fullForms)].filter((f) => !taken.has(foldText(f)));
    if (full.length === 0) continue;
    const surname = person.name.trim().split(/\s+/u).at(-1) ?? '';
    const usesSurname = person.forms.some((f) => foldText(f) === foldText(surname));
    const role = person.roles[0] ?? '';
    out.push({
      id: person.id,
      names: { tr: person.name, en: person.name },
      aliases: { tr: full },
      ambiguous: usesSurname && surname.length >= 3 && !taken.has(foldText(surname)) ? [surname] : [],
      notThisPerson: [],
      description: { tr: role, en: role },
    });
  }
  return out;
}
