// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createMatcher } from '@/core/mentions/mention-matcher';
import type { PersonEntry } from '@/core/protocol/types';
import registry from '@/test/fixtures/registry/people.json';
import type { PageMention } from './mention-store';
import { type PieceScanner, TextScanner } from './text-scanner';

const realMatcher = () => createMatcher(registry.people as unknown as PersonEntry[]).createScanner();

// happy-dom has no StaticRange; the scanner only constructs it with the boundary points.
if (typeof globalThis.StaticRange === 'undefined') {
  (globalThis as { StaticRange: unknown }).StaticRange = class {
    constructor(init: StaticRangeInit) {
      Object.assign(this, init);
    }
  };
}

/** A stand-in matcher: finds literal names in the joined pieces, like the real one reports them. */
function fakeMatcher(names: Record<string, string>): PieceScanner {
  return {
    scanPieces(pieces) {
      const text = pieces.join('');
      const starts: number[] = [];
      let at = 0;
      for (const piece of pieces) {
        starts.push(at);
        at += piece.length;
      }
      const locate = (offset: number, exclusive: boolean) => {
        for (let i = pieces.length - 1; i >= 0; i--) {
          const s = starts[i] as number;
          if (offset > s || (!exclusive && offset === s)) return { piece: i, offset: offset - s };
        }
        return { piece: 0, offset };
      };
      const out: ReturnType<PieceScanner['scanPieces']> = [];
      for (const [name, personId] of Object.entries(names)) {
        for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
          out.push({ personId, start: locate(i, false), end: locate(i + name.length, true) });
        }
      }
      return out;
    },
  };
}

function scanBody(
  html: string,
  matcher = fakeMatcher({ 'Vladimir Putin': 'vladimir-putin', Trump: 'donald-trump' }),
): PageMention[] {
  document.body.innerHTML = html;
  const found: PageMention[] = [];
  const scanner = new TextScanner({
    matcher,
    isOwnUi: (e) => e.tagName === 'BAGLAM-CARD-HOST',
    onMentions: (m) => found.push(...m),
  });
  scanner.scanNow(document.body);
  return found;
}

describe('TextScanner', () => {
  it.each<[string, string, string[]]>([
    ['finds a name in a paragraph', '<p>Bugün Vladimir Putin konuştu.</p>', ['Vladimir Putin']],
    [
      'joins a name split across inline tags',
      '<p>Bugün <b>Vladi</b>mir <i>Putin</i> konuştu.</p>',
      ['Vladimir Putin'],
    ],
    ['does not join words across blocks', '<div>Vladimir</div><div> Putin</div>', []],
    ['does not join across a line break', '<p>Vladimir<br> Putin</p>', []],
    [
      'keeps two adjacent links apart (tag lists)',
      '<p><a href="#a">Vladimir</a><a href="#b"> Putin</a></p>',
      [],
    ],
    [
      'finds a name inside one link',
      '<p>Etiketler: <a href="#a">Vladimir Putin</a><a href="#b">Trump</a></p>',
      ['Vladimir Putin', 'Trump'],
    ],
    [
      'joins a link and the text right after it',
      '<p><a href="#a">Vladi</a>mir Putin</p>',
      ['Vladimir Putin'],
    ],
    [
      'skips form fields and code',
      '<textarea>Trump</textarea><input value="Trump"><code>Trump</code><p>Trump</p>',
      ['Trump'],
    ],
    [
      'skips scripts and editors',
      '<script>"Trump"</script><div contenteditable>Trump</div><p hidden>Trump</p>',
      [],
    ],
    ['skips its own UI', '<baglam-card-host>Trump</baglam-card-host>', []],
    [
      'reads SVG text, joining a name split across <tspan>s',
      '<svg><text>Bugün <tspan>Vladimir</tspan> <tspan>Putin</tspan></text><text>Trump</text></svg>',
      ['Vladimir Putin', 'Trump'],
    ],
    [
      'takes SVG <tspan>s placed as lines of their own for separate lines',
      '<svg><text><tspan x="0" y="10">Vladimir Putin</tspan><tspan x="0" dy="12">met Trump</tspan></text></svg>',
      ['Vladimir Putin', 'Trump'],
    ],
    [
      'does not join two SVG <text>s',
      '<svg><text>Vladimir</text><text> Putin</text><text><textPath>Trump</textPath></text></svg>',
      ['Trump'],
    ],
    [
      'skips an SVG’s title, description and definitions',
      '<svg><title>Trump</title><desc>Trump</desc><defs><text>Trump</text></defs></svg>',
      [],
    ],
    ['keeps document order within a run', '<p>Trump ve Vladimir Putin</p>', ['Vladimir Putin', 'Trump']],
  ])('%s', (_rule, html, texts) => {
    expect(
      scanBody(html)
        .map((m) => m.text)
        .sort(),
    ).toEqual([...texts].sort());
  });

  it('follows hidden subtrees, not elements of a kind never read (SVG shapes, scripts, code)', () => {
    document.body.innerHTML =
      '<svg><path d="M0 0"/><rect/><text>Trump</text></svg><script>1</script><code>x</code>' +
      '<p hidden>Trump</p><baglam-card-host></baglam-card-host>';
    const hidden: string[] = [];
    new TextScanner({
      matcher: fakeMatcher({ Trump: 'donald-trump' }),
      isOwnUi: (e) => e.tagName === 'BAGLAM-CARD-HOST',
      onMentions: () => undefined,
      onHidden: (e) => hidden.push(e.localName),
    }).scanNow(document.body);
    expect(hidden).toEqual(['p']);
  });

  it('spans the exact text nodes of a split name', () => {
    const [mention] = scanBody('<p>Bugün <b>Vladi</b>mir Putin</p>');
    expect(mention?.nodes.map((n) => n.data)).toEqual(['Vladi', 'mir Putin']);
    expect(mention?.range.startOffset).toBe(0);
    expect(mention?.range.endOffset).toBe('mir Putin'.length);
  });

  it.each([
    ['visibility: hidden', '<span style="visibility: hidden">Vladimir Putin</span>'],
    ['font-size: 0', '<span style="font-size: 0">Vladimir Putin</span>'],
    ['color: transparent', '<span style="color: transparent">Vladimir Putin</span>'],
  ])('neither marks nor counts text hidden by %s', (_rule, html) => {
    const found = scanBody(`<p>${html}</p>`);
    expect(found).toEqual([]);
  });

  it('finds visible text inside a hidden parent', () => {
    const found = scanBody(
      '<p style="visibility: hidden">x <span style="visibility: visible">Vladimir Putin</span></p>',
    );
    expect(found.map((m) => m.text)).toEqual(['Vladimir Putin']);
  });

  it('counts text nodes and characters', () => {
    document.body.innerHTML = '<p>ab<b>cd</b></p><p>ef</p>';
    const scanner = new TextScanner({ matcher: fakeMatcher({}), isOwnUi: () => false, onMentions: () => {} });
    scanner.scanNow(document.body);
    expect(scanner.stats.textNodes).toBe(3);
    expect(scanner.stats.chars).toBe(6);
  });

  it('finds every name on a long page, the ones right after a batch boundary too', () => {
    // Far more text than one matcher batch: the runs are cut at block boundaries.
    const paragraphs = Array.from(
      { length: 800 },
      (_, i) => `<p id="p${i}">Item ${i}: reporters asked Vladimir Putin about the talks again.</p>`,
    );
    const found = scanBody(paragraphs.join(''));
    expect(found).toHaveLength(800);
    expect(new Set(found.map((m) => m.nodes[0]?.parentElement?.id)).size).toBe(800);
  });

  it.each<[string, string, string[]]>([
    [
      'an inline tag styled as a block (a username above a comment)',
      '<div><b style="display: block">ayse_k</b>Trump haklı.</div>',
      ['Trump'],
    ],
    [
      'spans shown as blocks',
      '<div><span style="display: block">Son dakika</span><span style="display: block">Vladimir Putin açıkladı</span></div>',
      ['Vladimir Putin'],
    ],
  ])('separates words across %s', (_, html, expected) => {
    // The real matcher: it needs a word boundary before a name.
    expect(scanBody(html, realMatcher()).map((m) => m.text)).toEqual(expected);
  });

  it('keeps words of one inline run together (no box between them)', () => {
    // `Vladi<i>mir</i> Putin`: the name is split by an inline tag, not by a box.
    const found = scanBody('<p>Vladi<i>mir</i> Putin konuştu.</p>', realMatcher());
    expect(found.map((m) => m.text)).toEqual(['Vladimir Putin']);
  });
});
