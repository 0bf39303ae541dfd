/**
 * Which mention is under the pointer: the caret position under the pointer names a text node
 * (open shadow roots included), and the mention's own client rects confirm the hit, because a
 * caret snaps to the nearest character even when the pointer is in a margin far from any text.
 */
import type { MentionStore, PageMention } from '../scan/mention-store';

/** px; forgiveness around a name's glyph boxes, so the line's gaps do not flicker the card. */
const RECT_SLOP_PX = 1;

interface CaretPosition {
  offsetNode: Node;
  offset: number;
}

type CaretFromPoint = (
  x: number,
  y: number,
  options?: { shadowRoots?: ShadowRoot[] },
) => CaretPosition | null;

export class HitTester {
  constructor(
    private readonly doc: Document,
    private readonly store: MentionStore,
    private readonly shadowRoots: () => ShadowRoot[],
  ) {}

  mentionAt(x: number, y: number, isMuted: (personId: string) => boolean): PageMention | null {
    const candidates = this.candidates(x, y).filter((m) => !isMuted(m.personId));
    return candidates.find((m) => rangeContainsPoint(m.range, x, y)) ?? null;
  }

  private candidates(x: number, y: number): PageMention[] {
    const caret = this.caretAt(x, y);
    if (!caret || caret.offsetNode.nodeType !== Node.TEXT_NODE) return [];
    const node = caret.offsetNode as Text;
    const here = [...this.store.atNode(node)];
    // At a node's edge the caret may name the neighbouring text node.
    const previous = previousText(node);
    if (previous && caret.offset === 0) here.push(...this.store.atNode(previous));
    return here;
  }

  private caretAt(x: number, y: number): CaretPosition | null {
    const doc = this.doc as Document & { caretPositionFromPoint?: CaretFromPoint };
    if (typeof doc.caretPositionFromPoint === 'function') {
      return doc.caretPositionFromPoint(x, y, { shadowRoots: this.shadowRoots() });
    }
    const range = doc.caretRangeFromPoint?.(x, y);
    return range ? { offsetNode: range.startContainer, offset: range.startOffset } : null;
  }
}

function previousText(node: Text): Text | null {
  let current: Node | null = node;
  while (current && !current.previousSibling) current = current.parentNode;
  let candidate = current?.previousSibling ?? null;
  while (candidate && candidate.nodeType !== Node.TEXT_NODE && candidate.lastChild)
    candidate = candidate.lastChild;
  return candidate?.nodeType === Node.TEXT_NODE ? (candidate as Text) : null;
}

/** A live Range for measuring a static one. */
export function toLiveRange(range: StaticRange): Range | null {
  try {
    const live = range.startContainer.ownerDocument?.createRange();
    if (!live) return null;
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live;
  } catch {
    return null; // the text changed under the static range; the watcher will rescan it
  }
}

function rangeContainsPoint(range: StaticRange, x: number, y: number): boolean {
  const live = toLiveRange(range);
  if (!live) return false;
  for (const rect of live.getClientRects()) {
    if (
      x >= rect.left - RECT_SLOP_PX &&
      x <= rect.right + RECT_SLOP_PX &&
      y >= rect.top - RECT_SLOP_PX &&
      y <= rect.bottom + RECT_SLOP_PX
    ) {
      return true;
    }
  }
  return false;
}
