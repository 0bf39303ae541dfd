/**
 * Finds mentions of the registry's people in article text, for the reader's person links: the
 * same matcher the content script uses on web pages, so the reader and the page agree.
 */
import { useMemo } from 'preact/hooks';
import { createMatcher } from '@/core/mentions/mention-matcher';
import type { PersonEntry } from '@/core/protocol/types';
import type { MentionSpan } from '@/lib/pages/article-segments';

const NONE: readonly MentionSpan[] = [];

export function useMentionFinder(people: PersonEntry[] | null): (text: string) => readonly MentionSpan[] {
  return useMemo(() => {
    if (!people || people.length === 0) return () => NONE;
    const matcher = createMatcher(people);
    return (text: string) => matcher.findMentions(text);
  }, [people]);
}
