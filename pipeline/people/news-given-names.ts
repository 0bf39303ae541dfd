/**
 * Given names common in world news that `core/text/given-names.ts` leaves out (that list serves
 * the matcher's "another person" rule and stays small). Here a given name first is evidence that
 * a capitalised run is a person. Folded.
 */

import { foldText } from '../../core/text/fold';
import { GIVEN_NAMES } from '../../core/text/given-names';

const MORE = [
  'marco antonio mark jens ursula josep kaja andrzej volodimir volodymyr vladimir denis dmytro',
  'oleksandr oleksiy andriy yulia vitali vitaliy rustem kirill sergiy gennadiy gennady valery valeriy',
  'ali ruhullah mahmud hasan hüseyin mesut abbas ismail ahmed ahmad kassem naim yahya',
  'benjamin yoav isaac bezalel itamar gideon naftali yair',
  'xi li wang shinzo fumio shigeru yoon lee moon choe',
  'joe kamala jd marco pete tulsi kristi karoline steve tom peter barak jake antony lloyd',
  'giorgia emmanuel olaf friedrich keir rishi narendra luiz javier gustavo nicolas nicolás',
  'recep tayyip hakan kemal özgür mansur ekrem',
  'andrés viktor robert alexander',
]
  .join(' ')
  .split(' ')
  .map((n) => foldText(n));

const NEWS_GIVEN_NAMES: ReadonlySet<string> = new Set([...GIVEN_NAMES, ...MORE]);

/** True for a (folded or not) word that is a given name in news. */
export function isGivenName(word: string): boolean {
  return NEWS_GIVEN_NAMES.has(foldText(word));
}
