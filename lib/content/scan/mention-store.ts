/**
 * Every mention found on the page, with its DOM range, indexed by text node for hit-testing, and
 * listed in document order (shadow-root content sits where its host is) for `page-mentions` and
 * keyboard navigation.
 */

export interface PageMention {
  personId: string;
  /** Static: the scanner drops and re-finds mentions when their text changes. */
  range: StaticRange;
  /** Exactly as on the page. */
  text: string;
  /** Every text node the mention touches, first to last. */
  nodes: Text[];
  /** Screen-reader-only text: counted among the page's mentions, but not marked or hoverable. */
  unmarked?: true;
}

/** Document order across shadow trees: a node inside a shadow root sorts where its host is. */
export function compareComposed(a: Node, b: Node): number {
  const pathA = composedPath(a);
  const pathB = composedPath(b);
  for (let i = 0; i < Math.min(pathA.length, pathB.length); i++) {
    const x = pathA[i] as Node;
    const y = pathB[i] as Node;
    if (x === y) continue;
    const position = x.compareDocumentPosition(y);
    if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
    if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
    return 0;
  }
  return pathA.length - pathB.length;
}

/** [outermost host, …, node]: the node lifted to each enclosing tree. */
function composedPath(node: Node): Node[] {
  const path: Node[] = [node];
  let root = node.getRootNode();
  while (root instanceof ShadowRoot) {
    path.unshift(root.host);
    root = root.host.getRootNode();
  }
  return path;
}

function compareMentions(a: PageMention, b: PageMention): number {
  const byNode = compareComposed(a.range.startContainer, b.range.startContainer);
  return byNode !== 0 ? byNode : a.range.startOffset - b.range.startOffset;
}

/**
 * Kept sorted as mentions arrive instead of sorted on demand: `compareDocumentPosition` walks a
 * parent's children from the first one, so sorting thousands of mentions in a long article costs
 * seconds, while a scan delivers them in document order and a check against the last one suffices.
 */
export class MentionStore {
  private readonly byNode = new Map<Text, PageMention[]>();
  private ordered: PageMention[] = [];

  /**
   * Adds mentions (each batch in document order, as the scanner delivers them); one already known
   * (same place, same person) is ignored, so overlapping rescans are harmless. Returns the added ones.
   */
  add(found: readonly PageMention[]): PageMention[] {
    const added: PageMention[] = [];
    for (const mention of found) {
      if (this.has(mention)) continue;
      added.push(mention);
      this.insertInOrder(mention);
      for (const node of mention.nodes) {
        const list = this.byNode.get(node);
        if (list) list.push(mention);
        else this.byNode.set(node, [mention]);
      }
    }
    return added;
  }

  private insertInOrder(mention: PageMention): void {
    const list = this.ordered;
    const last = list[list.length - 1];
    if (!last || compareMentions(last, mention) <= 0) {
      list.push(mention);
      return;
    }
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compareMentions(list[middle] as PageMention, mention) <= 0) low = middle + 1;
      else high = middle;
    }
    list.splice(low, 0, mention);
  }

  private has(mention: PageMention): boolean {
    const { range } = mention;
    return this.atNode(range.startContainer as Text).some(
      (m) =>
        m.personId === mention.personId &&
        m.range.startContainer === range.startContainer &&
        m.range.startOffset === range.startOffset &&
        m.range.endContainer === range.endContainer &&
        m.range.endOffset === range.endOffset,
    );
  }

  /** Removes the mentions `stale` picks; returns them. */
  removeWhere(stale: (mention: PageMention) => boolean): PageMention[] {
    const removed: PageMention[] = [];
    const kept: PageMention[] = [];
    for (const mention of this.ordered) (stale(mention) ? removed : kept).push(mention);
    if (!removed.length) return removed;
    this.ordered = kept;
    for (const mention of removed) {
      for (const node of mention.nodes) {
        const list = this.byNode.get(node)?.filter((m) => m !== mention);
        if (list?.length) this.byNode.set(node, list);
        else this.byNode.delete(node);
      }
    }
    return removed;
  }

  clear(): void {
    this.ordered = [];
    this.byNode.clear();
  }

  atNode(node: Text): readonly PageMention[] {
    return this.byNode.get(node) ?? [];
  }

  get size(): number {
    return this.ordered.length;
  }

  inDocumentOrder(): readonly PageMention[] {
    return this.ordered;
  }
}
