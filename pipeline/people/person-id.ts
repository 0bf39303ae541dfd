/**
 * Stable ids for people found in the text (not in the registry): the slug of the full name as
 * written, so the same full name in two articles is one person and a surname alone never is.
 */
import { foldText } from '../../core/text/fold';

/** `Dmitriy Peskov` → `dmitriy-peskov`; `Mücteba Hamaney` → `mucteba-hamaney`. */
export function personSlug(name: string): string {
  return foldText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
