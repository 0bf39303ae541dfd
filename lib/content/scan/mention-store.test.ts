// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { MentionStore, type PageMention } from './mention-store';

let texts: Text[];

beforeEach(() => {
  document.body.innerHTML = '<p>Putin</p><p>Trump</p><div><p>Lavrov</p></div><p>Hamaney</p>';
  texts = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
});

function mention(index: number, personId = `p${index}`): PageMention {
  const node = texts[index] as Text;
  // happy-dom has no StaticRange; the store only reads the boundary points.
  const range = {
    startContainer: node,
    startOffset: 0,
    endContainer: node,
    endOffset: node.length,
  } as unknown as StaticRange;
  return { personId, range, text: node.data, nodes: [node] };
}

describe('MentionStore', () => {
  it.each<[string, number[][]]>([
    ['one batch in document order', [[0, 1, 2, 3]]],
    ['later batches for earlier text (a mutation rescan)', [[2, 3], [0], [1]]],
    ['batches appended at the end', [[0], [1], [2, 3]]],
  ])('keeps document order: %s', (_case, batches) => {
    const store = new MentionStore();
    for (const batch of batches) store.add(batch.map((i) => mention(i)));
    expect(store.inDocumentOrder().map((m) => m.text)).toEqual(['Putin', 'Trump', 'Lavrov', 'Hamaney']);
  });

  it('ignores a mention it already has (overlapping rescans)', () => {
    const store = new MentionStore();
    store.add([mention(0), mention(1)]);
    expect(store.add([mention(1), mention(2)]).map((m) => m.text)).toEqual(['Lavrov']);
    expect(store.size).toBe(3);
  });

  it('finds mentions by text node and forgets removed ones', () => {
    const store = new MentionStore();
    store.add([mention(0), mention(1), mention(2)]);
    expect(store.atNode(texts[1] as Text).map((m) => m.text)).toEqual(['Trump']);
    const removed = store.removeWhere((m) => m.text === 'Trump');
    expect(removed.map((m) => m.text)).toEqual(['Trump']);
    expect(store.atNode(texts[1] as Text)).toEqual([]);
    expect(store.inDocumentOrder().map((m) => m.text)).toEqual(['Putin', 'Lavrov']);
  });
});
