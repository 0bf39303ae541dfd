/**
 * Deep links into the side panel: `#/article/<id>`, `#/person/<id>`, `#/search/<query>`, `#/page`.
 * Used for the side panel opened as a tab (Firefox fallback, tests) and for its history.
 */
import * as v from 'valibot';
import { type PanelTarget, PanelTargetSchema } from './messages';

export function targetToHash(target: PanelTarget): string {
  switch (target.kind) {
    case 'article':
      return `#/article/${encodeURIComponent(target.id)}`;
    case 'person':
      return `#/person/${encodeURIComponent(target.id)}`;
    case 'search':
      return `#/search/${encodeURIComponent(target.query)}`;
    case 'page':
      return '#/page';
  }
}

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** Parses a hash back into a target; null for anything else. */
export function hashToTarget(hash: string): PanelTarget | null {
  const match = /^#\/(article|person|search|page)(?:\/(.*))?$/.exec(hash);
  if (!match) return null;
  const [, kind, rest = ''] = match;
  if (kind === 'page') return { kind: 'page' };
  const value = decode(rest);
  if (value === null) return null;
  if (kind === 'search') return { kind: 'search', query: value.slice(0, 500) };
  if (value.length === 0 || value.length > 200) return null;
  return kind === 'article' ? { kind: 'article', id: value } : { kind: 'person', id: value };
}

/** A target handed to the panel through session storage, with when it was handed over. */
export interface PanelHandover {
  target: PanelTarget;
  at: number;
}

const HandoverSchema = v.object({
  target: PanelTargetSchema,
  at: v.pipe(v.number(), v.finite(), v.minValue(0)),
});

/**
 * The handover read back from storage, or null for anything else: storage outlives versions and
 * can be written by any of our contexts, so it is validated like a message.
 */
export function parseHandover(value: unknown): PanelHandover | null {
  const result = v.safeParse(HandoverSchema, value);
  return result.success ? result.output : null;
}
