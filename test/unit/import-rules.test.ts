/**
 * The layout's import rules, checked on every source file (tests excepted: they are not bundled):
 * - `core/` is shared by the extension and the Node build, so it imports only `core/` and npm
 *   packages: no other folder of the project, no browser API (`wxt`, `#imports`, the polyfill,
 *   `chrome.*` / `browser.*`) and no Node built-in.
 * - The extension (`entrypoints/`, `lib/`, `components/`) imports `pipeline/` only from `lib/archive/`
 *   (the import worker builds an archive with the build's own code), and every `pipeline/` file it
 *   reaches that way, directly or not, uses no Node built-in and no `Buffer`.
 * Relative paths and the `@/` `~/` `@@/` `~~/` aliases are resolved before the check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCE = /\.(ts|tsx|mts|js|mjs)$/;
const TEST = /\.test\.(ts|tsx)$/;
const BROWSER_PACKAGES = /^(wxt|#imports|webextension-polyfill|@wxt-dev|chrome|browser)(\/|$)/;
const NODE_BUILTINS = new Set(builtinModules);

interface Violation {
  at: string;
  specifier: string;
  why: string;
}

/** Import/export-from specifiers, dynamic imports and requires, with their 1-based line. */
function importsOf(source: string): { specifier: string; line: number }[] {
  const found: { specifier: string; line: number }[] = [];
  const patterns = [
    /^[ \t]*(?:import|export)\s+(?:type\s+)?(?:[^'"`;=()]*?\sfrom\s*)?['"]([^'"]+)['"]/gm,
    /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const m of source.matchAll(pattern)) {
      const start = m.index + m[0].lastIndexOf(m[1]!);
      found.push({ specifier: m[1]!, line: source.slice(0, start).split('\n').length });
    }
  }
  return found;
}

/** The project path (relative to the root, `/`-separated) a specifier names, or null for a package. */
function resolveSpecifier(file: string, specifier: string): string | null {
  let path: string;
  if (specifier.startsWith('.')) path = resolve(ROOT, dirname(file), specifier);
  else if (/^(@@?|~~?)(\/|$)/.test(specifier)) path = resolve(ROOT, specifier.replace(/^(@@?|~~?)\/?/, ''));
  else return null;
  return relative(ROOT, path).split(sep).join('/');
}

function inFolder(path: string, folder: string): boolean {
  return path === folder || path.startsWith(`${folder}/`);
}

/** Rule breaks in one file; `file` is relative to the project root, `/`-separated. */
function violations(file: string, source: string): Violation[] {
  const out: Violation[] = [];
  const inCore = inFolder(file, 'core');
  const inExtension = ['entrypoints', 'lib', 'components'].some((f) => inFolder(file, f));
  for (const { specifier, line } of importsOf(source)) {
    const at = `${file}:${line}`;
    const target = resolveSpecifier(file, specifier);
    if (inCore) {
      if (target !== null && !inFolder(target, 'core')) {
        out.push({ at, specifier, why: 'core/ imports only core/' });
      } else if (target === null && BROWSER_PACKAGES.test(specifier)) {
        out.push({ at, specifier, why: 'core/ uses no browser API' });
      } else if (target === null && (specifier.startsWith('node:') || NODE_BUILTINS.has(specifier))) {
        out.push({ at, specifier, why: 'core/ uses no Node built-in' });
      }
    }
    if (inExtension && !inFolder(file, 'lib/archive') && target !== null && inFolder(target, 'pipeline')) {
      out.push({ at, specifier, why: 'only lib/archive/ imports pipeline/' });
    }
  }
  if (inCore) {
    source.split('\n').forEach((text, i) => {
      if (/^\s*(\*|\/\/|\/\*)/.test(text)) return; // comment lines
      const m = text.match(/(?<![\w.$'"`])(chrome|browser)\.\w/);
      if (m) out.push({ at: `${file}:${i + 1}`, specifier: m[0], why: 'core/ uses no browser API' });
    });
  }
  return out;
}

function sourceFiles(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(join(ROOT, folder), { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !SOURCE.test(entry.name) || TEST.test(entry.name)) continue;
    files.push(relative(ROOT, join(entry.parentPath, entry.name)).split(sep).join('/'));
  }
  return files;
}

function report(found: Violation[]): string[] {
  return found.map((v) => `${v.at}: '${v.specifier}' (${v.why})`);
}

describe('import rules', () => {
  it('hold on every source file of core/, entrypoints/, lib/ and components/', () => {
    const files = ['core', 'entrypoints', 'lib', 'components'].flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) => violations(file, readFileSync(join(ROOT, file), 'utf8')));
    expect(report(found)).toEqual([]);
  });

  it('let the extension reach only pure pipeline/ modules (no Node built-in, no Buffer)', () => {
    const seen = new Set<string>();
    const queue = sourceFiles('lib/archive');
    const found: string[] = [];
    while (queue.length > 0) {
      const file = queue.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      const source = readFileSync(join(ROOT, file), 'utf8');
      for (const { specifier, line } of importsOf(source)) {
        const target = resolveSpecifier(file, specifier);
        if (target === null) {
          if (inFolder(file, 'pipeline') && (specifier.startsWith('node:') || NODE_BUILTINS.has(specifier)))
            found.push(`${file}:${line}: '${specifier}'`);
          continue;
        }
        if (!inFolder(target, 'pipeline') && !inFolder(target, 'lib/archive')) continue;
        const resolved = [`${target}.ts`, `${target}/index.ts`, target].find((p) => {
          try {
            return readFileSync(join(ROOT, p)) !== undefined;
          } catch {
            return false;
          }
        });
        if (resolved && !TEST.test(resolved)) queue.push(resolved);
      }
      if (inFolder(file, 'pipeline') && /\bBuffer\./.test(source)) found.push(`${file}: Buffer`);
    }
    expect([...seen].some((f) => f === 'pipeline/corpus-builder.ts')).toBe(true);
    expect(found).toEqual([]);
  });

  it('catch core/ reaching outside core/, by relative path or alias', () => {
    const source = [
      "import { fold } from '../text/fold';",
      "import type { Settings } from '../../lib/shared/settings';",
      "export { parse } from '@/pipeline/parse/article-parser';",
      'import {',
      '  x,',
      "} from '~/components/card/PersonCard';",
    ].join('\n');
    expect(report(violations('core/search/example.ts', source))).toEqual([
      "core/search/example.ts:2: '../../lib/shared/settings' (core/ imports only core/)",
      "core/search/example.ts:3: '@/pipeline/parse/article-parser' (core/ imports only core/)",
      "core/search/example.ts:6: '~/components/card/PersonCard' (core/ imports only core/)",
    ]);
  });

  it('catch browser APIs and Node built-ins in core/, not in comments', () => {
    const source = [
      "import { browser } from 'wxt/browser';",
      "import { storage } from '#imports';",
      "import { readFileSync } from 'node:fs';",
      "const path = await import('path');",
      "import MiniSearch from 'minisearch';",
      '// chrome.storage is read by lib/shared, not here',
      'const tabs = await chrome.tabs.query({});',
    ].join('\n');
    expect(report(violations('core/text/example.ts', source))).toEqual([
      "core/text/example.ts:1: 'wxt/browser' (core/ uses no browser API)",
      "core/text/example.ts:2: '#imports' (core/ uses no browser API)",
      "core/text/example.ts:3: 'node:fs' (core/ uses no Node built-in)",
      "core/text/example.ts:4: 'path' (core/ uses no Node built-in)",
      "core/text/example.ts:7: 'chrome.t' (core/ uses no browser API)",
    ]);
  });

  it('catch the extension importing pipeline/ outside lib/archive/', () => {
    const source = [
      "import { search } from '@/core/search/search-index';",
      "import { buildCorpus } from '../../pipeline/corpus-builder';",
      "import { parse } from '@/pipeline/parse/article-parser';",
    ].join('\n');
    expect(report(violations('lib/background/example.ts', source))).toEqual([
      "lib/background/example.ts:2: '../../pipeline/corpus-builder' (only lib/archive/ imports pipeline/)",
      "lib/background/example.ts:3: '@/pipeline/parse/article-parser' (only lib/archive/ imports pipeline/)",
    ]);
    expect(violations('pipeline/example.ts', source)).toEqual([]);
    expect(violations('lib/archive/example.ts', source)).toEqual([]);
  });
});
