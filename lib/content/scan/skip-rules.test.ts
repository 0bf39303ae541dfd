// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blockOf, hidesText, isInsideSkipped, isSkippedElement } from './skip-rules';

const notOurs = () => false;

function element(html: string): Element {
  const template = document.createElement('div');
  template.innerHTML = html;
  document.body.append(template);
  return template.firstElementChild as Element;
}

describe('isSkippedElement', () => {
  it.each([
    ['<script>Putin</script>', true],
    ['<style>.putin{}</style>', true],
    ['<noscript>Putin</noscript>', true],
    ['<textarea>Putin</textarea>', true],
    ['<input value="Putin">', true],
    ['<select><option>Putin</option></select>', true],
    ['<code>putin()</code>', true],
    ['<pre>Putin</pre>', true],
    ['<div contenteditable="true">Putin</div>', true],
    ['<div contenteditable="">Putin</div>', true],
    ['<div contenteditable="plaintext-only">Putin</div>', true],
    ['<div contenteditable="false">Putin</div>', false],
    ['<p hidden>Putin</p>', true],
    ['<p>Putin</p>', false],
    ['<span>Putin</span>', false],
  ])('%s → %s', (html, skipped) => {
    expect(isSkippedElement(element(html), notOurs)).toBe(skipped);
  });

  it.each([
    ['svg', false],
    ['g', false],
    ['text', false],
    ['tspan', false],
    ['textPath', false],
    ['a', false],
    ['foreignObject', false],
    ['title', true],
    ['desc', true],
    ['defs', true],
    ['style', true],
    ['script', true],
    ['metadata', true],
    ['symbol', true],
  ])('SVG <%s> → %s: drawn text and what holds it are read, nothing else', (tag, skipped) => {
    const svg = element(`<svg xmlns="http://www.w3.org/2000/svg"><${tag}>Putin</${tag}></svg>`);
    const inner = svg.firstElementChild as Element;
    expect([inner.namespaceURI, inner.localName]).toEqual(['http://www.w3.org/2000/svg', tag]);
    expect(isSkippedElement(inner, notOurs)).toBe(skipped);
  });

  it('reads HTML inside an SVG <foreignObject> by the HTML rules', () => {
    const slot = element('<svg><foreignObject></foreignObject></svg>').firstElementChild as Element;
    // Built by hand: happy-dom's parser keeps a foreignObject's children in the SVG namespace.
    const [p, pre] = ['p', 'pre'].map((tag) =>
      slot.appendChild(document.createElementNS('http://www.w3.org/1999/xhtml', tag)),
    );
    expect(isSkippedElement(p as Element, notOurs)).toBe(false);
    expect(isSkippedElement(pre as Element, notOurs)).toBe(true);
  });

  it('skips the extension’s own UI', () => {
    const host = element('<baglam-card-host></baglam-card-host>');
    expect(isSkippedElement(host, (e) => e === host)).toBe(true);
  });
});

describe('isInsideSkipped', () => {
  it('sees a skipped ancestor of a text node', () => {
    const pre = element('<pre><b>Putin</b></pre>');
    expect(isInsideSkipped(pre.querySelector('b')!.firstChild!, notOurs)).toBe(true);
  });

  it('lets prose through', () => {
    const p = element('<p><b>Putin</b></p>');
    expect(isInsideSkipped(p.querySelector('b')!.firstChild!, notOurs)).toBe(false);
  });
});

describe('blockOf', () => {
  it.each([
    ['<p>Vladimir <b>Putin</b></p>', 'b', 'P'],
    ['<div><span><a>Putin</a></span></div>', 'a', 'DIV'],
    ['<li><em>Putin</em></li>', 'em', 'LI'],
    ['<svg><text>Vladimir <tspan>Putin</tspan></text></svg>', 'tspan', 'text'],
    ['<svg><text><textPath>Vladimir Putin</textPath></text></svg>', 'textPath', 'text'],
    ['<svg><text>Vladimir <tspan x="0" dy="12">Putin</tspan></text></svg>', 'tspan', 'tspan'],
  ])('%s: text in <%s> belongs to <%s>', (html, inner, block) => {
    const root = element(html);
    expect((blockOf(root.querySelector(inner)) as Element).tagName).toBe(block);
  });
});

describe('hidesText: text a reader cannot see is neither marked nor counted', () => {
  const shown = {
    visibility: 'visible',
    fontSize: '16px',
    color: 'rgb(0, 0, 0)',
    webkitTextFillColor: 'rgb(0, 0, 0)',
    backgroundClip: 'border-box',
  };
  it.each<[string, Partial<typeof shown>, boolean]>([
    ['ordinary text', {}, false],
    ['black on blue 0 is not transparent', { color: 'rgb(0, 0, 0)', webkitTextFillColor: '' }, false],
    ['half-transparent text is still read', { webkitTextFillColor: 'rgba(0, 0, 0, 0.5)' }, false],
    ['visibility: hidden', { visibility: 'hidden' }, true],
    ['visibility: collapse', { visibility: 'collapse' }, true],
    ['font-size: 0', { fontSize: '0px' }, true],
    ['color: transparent', { color: 'rgba(0, 0, 0, 0)', webkitTextFillColor: 'rgba(0, 0, 0, 0)' }, true],
    ['-webkit-text-fill-color: transparent', { webkitTextFillColor: 'rgba(0, 0, 0, 0)' }, true],
    ['a zero-alpha colour in modern syntax', { webkitTextFillColor: 'color(srgb 1 0 0 / 0)' }, true],
    [
      'gradient text (transparent fill, background-clip: text) is visible',
      { webkitTextFillColor: 'rgba(0, 0, 0, 0)', backgroundClip: 'text' },
      false,
    ],
  ])('%s → %s', (_rule, patch, hidden) => {
    expect(hidesText({ ...shown, ...patch } as CSSStyleDeclaration)).toBe(hidden);
  });
});
