/** Search hits as list items (hits that lead nowhere are left out). */

import type { SearchHit } from '@/core/search/search-types';
import { hitTarget } from '@/lib/pages/hit-target';
import type { ListItem } from './ResultList';

export function hitsToItems(hits: SearchHit[]): ListItem[] {
  const items: ListItem[] = [];
  for (const hit of hits) {
    const target = hitTarget(hit);
    if (!target) continue;
    items.push({
      key: `${hit.kind}:${hit.id}`,
      target,
      kind: hit.kind,
      title: hit.title,
      date: hit.date,
      snippet: hit.snippet,
    });
  }
  return items;
}
