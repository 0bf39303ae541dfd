import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESULTS_HEADER, replaceSection, writeSection } from './results-file';

describe('replaceSection', () => {
  it('appends a new section between markers', () => {
    const doc = replaceSection('# Results\n', 'matcher', '## Matcher\n\n| a |\n');
    expect(doc).toBe('# Results\n\n<!-- bench:matcher -->\n## Matcher\n\n| a |\n<!-- /bench:matcher -->\n');
  });

  it('replaces only its own section and keeps the order', () => {
    let doc = replaceSection('# Results\n', 'corpus', 'corpus v1');
    doc = replaceSection(doc, 'matcher', 'matcher v1');
    doc = replaceSection(doc, 'search', 'search v1');
    doc = replaceSection(doc, 'matcher', 'matcher v2\nwith two lines');
    expect(doc).toContain('corpus v1');
    expect(doc).toContain('search v1');
    expect(doc).not.toContain('matcher v1');
    expect(doc.indexOf('corpus v1')).toBeLessThan(doc.indexOf('matcher v2'));
    expect(doc.indexOf('matcher v2\nwith two lines')).toBeLessThan(doc.indexOf('search v1'));
    expect(doc.match(/<!-- bench:matcher -->/g)).toHaveLength(1);
  });

  it('does not confuse a section with one whose name it starts', () => {
    let doc = replaceSection('# Results\n', 'content-script', 'cs v1');
    doc = replaceSection(doc, 'content', 'c v1');
    doc = replaceSection(doc, 'content', 'c v2');
    expect(doc).toContain('cs v1');
    expect(doc).toContain('c v2');
    expect(doc).not.toContain('c v1\n');
  });
});

describe('writeSection', () => {
  it('creates the file with the header, then updates it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baglam-results-'));
    try {
      const path = join(dir, 'RESULTS.md');
      writeSection(path, 'search', 'search v1');
      writeSection(path, 'corpus', 'corpus v1');
      writeSection(path, 'search', 'search v2');
      const doc = readFileSync(path, 'utf8');
      expect(doc.startsWith(RESULTS_HEADER)).toBe(true);
      expect(doc).toContain('search v2');
      expect(doc).not.toContain('search v1');
      expect(doc.indexOf('search v2')).toBeLessThan(doc.indexOf('corpus v1'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
