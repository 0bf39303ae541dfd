/**
 * Text that comes from the corpus or the page (titles, snippets, quotes, names) is bidi-isolated in
 * both style sheets, so RTL runs or stray bidi controls in it cannot reorder Bağlam's own UI.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every selector (whitespace-normalised) whose rule sets `unicode-bidi: isolate`. */
function isolatedSelectors(file: string): Set<string> {
  const css = readFileSync(resolve(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const out = new Set<string>();
  for (const m of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (!/unicode-bidi\s*:\s*isolate\b/.test(m[2] as string)) continue;
    for (const s of (m[1] as string).split(',')) out.add(s.trim().replace(/\s+/g, ' '));
  }
  return out;
}

describe('corpus and page text is bidi-isolated in the UI', () => {
  it.each([
    [
      'assets/ui.css',
      [
        '.result-title',
        '.snippet',
        '.page-title',
        '.person-name',
        '.reader .headline',
        '.quote q',
        '.quote-block',
      ],
    ],
    [
      'components/card/card.css',
      ['.card-name', '.card-role', '.quote-text', '.quote-source', '.article-title', '.article-snippet'],
    ],
  ])('%s', (file, selectors) => {
    const isolated = isolatedSelectors(file);
    for (const s of selectors) expect(isolated, s).toContain(s);
  });
});
