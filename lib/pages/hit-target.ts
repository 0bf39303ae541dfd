/** Where a search hit leads: a person to the person view; an article or a quote to its article. */
import type { PanelTarget } from '../../core/protocol/messages';
import type { SearchHit } from '../../core/search/search-types';

export function hitTarget(hit: SearchHit): PanelTarget | null {
  if (hit.kind === 'person') return hit.personId ? { kind: 'person', id: hit.personId } : null;
  return hit.articleId ? { kind: 'article', id: hit.articleId } : null;
}
