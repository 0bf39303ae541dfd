/**
 * Spellings of one foreign name that Turkish outlets transliterate differently: the Russian
 * ending `-ий`/`-ей` comes out as `Dmitriy`, `Dmitri`, `Dmitry`; `Sergey` and `Sergei`. A key that
 * ignores a word's final `i`/`y` letters makes them one name; short words keep theirs (`Ali`).
 */
import { foldText } from '../../core/text/fold';

const MIN_WORD_LENGTH = 5;

export function transliterationKey(name: string): string {
  return foldText(name)
    .split(/\s+/)
    .map((w) => (w.length >= MIN_WORD_LENGTH ? w.replace(/[iy]+$/, '') : w))
    .join(' ');
}
