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

export class MentionStore {
  private readonly byNode = new Map<Text, PageMention[]>();
  private readonly mentions = new Set<PageMention>();
  private ordered: PageMention[] | null = null;

  /** Adds new mentions; one already known (same place, same person) is ignored, so overlapping rescans are harmless. Returns the added ones. */
  add(found: readonly PageMention[]): PageMention[] {
    const added: PageMention[] = [];
    for (const mention of found) {
      if (this.has(mention)) continue;
      added.push(mention);
      this.mentions.add(mention);
      for (const node of mention.nodes) {
        const list = this.byNode.get(node);
        if (list) list.push(mention);
        else this.byNode.set(node, [mention]);
      }
    }
    if (added.length) this.ordered = null;
    return added;
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

  /** Removes mentions inside `root` or no longer in the page; returns what was removed. */
  removeWhere(stale: (mention: PageMention) => boolean): PageMention[] {
    const removed: PageMention[] = [];
    for (const mention of this.mentions) {
      if (!stale(mention)) continue;
      removed.push(mention);
      this.mentions.delete(mention);
      for (const node of mention.nodes) {
        const list = this.byNode.get(node)?.filter((m) => m !== mention);
        if (list?.length) this.byNode.set(node, list);
        else this.byNode.delete(node);
      }
    }
    if (removed.length) this.ordered = null;
    return removed;
  }

  clear(): void {
    this.mentions.clear();
    this.byNode.clear();
    this.ordered = null;
  }

  atNode(node: Text): readonly PageMention[] {
    return this.byNode.get(node) ?? [];
  }

  get size(): number {
    return this.mentions.size;
  }

  inDocumentOrder(): readonly PageMention[] {
    this.ordered ??= [...this.mentions].sort(compareMentions);
    return this.ordered;
  }
}
