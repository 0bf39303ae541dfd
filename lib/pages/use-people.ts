/**
 * The registry's people for pages that show names (co-mentions, people on a page), fetched once
 * per page and shared by every component that asks.
 */
import { useEffect, useState } from 'preact/hooks';
import { PeopleResponseSchema } from '@/core/protocol/messages';
import type { PersonEntry } from '@/core/protocol/types';
import { sendToBackground } from '@/lib/shared/messaging';

let pending: Promise<PersonEntry[]> | null = null;

function loadPeople(): Promise<PersonEntry[]> {
  pending ??= sendToBackground({ type: 'list-people' }, PeopleResponseSchema).then(
    (answer) => answer.people,
    (error: unknown) => {
      pending = null; // a stopped worker restarts on the next message: let a later call retry
      throw error;
    },
  );
  return pending;
}

export function usePeople(): PersonEntry[] | null {
  const [people, setPeople] = useState<PersonEntry[] | null>(null);
  useEffect(() => {
    let live = true;
    loadPeople().then(
      (list) => live && setPeople(list),
      () => live && setPeople([]),
    );
    return () => {
      live = false;
    };
  }, []);
  return people;
}
