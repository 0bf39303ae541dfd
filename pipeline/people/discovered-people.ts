/**
 * Discovered people across the corpus: each article's unregistered people (see
 * `article-people.ts`), merged only when their full name is the same (the same id, a slug of the
 * full name), with the roles, articles and quotes the corpus has for them.
 */
import type { Article, DiscoveredPerson } from '../../core/protocol/types';
import { foldText } from '../../core/text/fold';

/** What one article says about one of its people, as the builder collected it. */
export interface ArticlePersonFacts {
  id: string;
  name: string;
  forms: readonly string[];
  roles: readonly string[];
}

/**
 * `facts` holds, per article id, the article's people that are not in the registry.
 * `minArticles`: people named in fewer articles are left out (1 keeps everyone).
 */
export function collectDiscoveredPeople(
  articles: readonly Article[],
  facts: ReadonlyMap<string, readonly ArticlePersonFacts[]>,
  minArticles = 1,
): DiscoveredPerson[] {
  const byId = new Map<string, DiscoveredPerson & { roleCounts: Map<string, { role: string; n: number }> }>();
  for (const article of articles) {
    for (const f of facts.get(article.id) ?? []) {
      let person = byId.get(f.id);
      if (!person) {
        person = {
          id: f.id,
          name: f.name,
          origin: 'discovered',
          forms: [],
          roles: [],
          articleIds: [],
          quotes: [],
          roleCounts: new Map(),
        };
        byId.set(f.id, person);
      }
      if (!person.articleIds.includes(article.id)) person.articleIds.push(article.id);
      for (const form of f.forms) if (!person.forms.includes(form)) person.forms.push(form);
      // Roles a reader can use: written with a capital (`Kremlin Sözcüsü`), not `yeni dini lideri`.
      for (const role of f.roles) {
        if (!/^\p{Lu}/u.test(role)) continue;
        const k = foldText(role);
        const seen = person.roleCounts.get(k);
        if (seen) seen.n++;
        else person.roleCounts.set(k, { role, n: 1 });
      }
    }
    article.quotes.forEach((q, index) => {
      const person = q.personId ? byId.get(q.personId) : undefined;
      if (person) person.quotes.push({ articleId: article.id, index });
    });
  }
  const out: DiscoveredPerson[] = [];
  for (const { roleCounts, ...person } of byId.values()) {
    if (person.articleIds.length < minArticles) continue;
    person.roles = [...roleCounts.values()].sort((a, b) => b.n - a.n).map((r) => r.role);
    out.push(person);
  }
  return out;
}
