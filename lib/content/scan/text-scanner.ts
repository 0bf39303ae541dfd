/**
 * Reads a page's visible text once, in document order, in small time-boxed slices during idle
 * time, hands contiguous runs of text nodes to the matcher and turns its matches into ranges.
 * A slice takes what the idle period offers, between SLICE_BUDGET_MS and MAX_IDLE_SLICE_MS, so
 * even a 5 MB page never blocks the main thread for a long task; the time spent is summed into
 * `stats.scanMs`.
 */
import type { PageMention } from './mention-store';
import {
  blockOf,
  isClippedBox,
  isInlineElement,
  isInsideSkipped,
  isInvisibleText,
  isRenderedAsBlock,
  isScreenReaderOnly,
  isSkippedElement,
  isSkippedKind,
} from './skip-rules';

/** What the scanner needs from the matcher (`DocumentScanner` in core/mention-matcher.ts). */
export interface PieceScanner {
  scanPieces(pieces: readonly string[]): {
    personId: string;
    start: { piece: number; offset: number };
    end: { piece: number; offset: number };
  }[];
}

/** ms per slice when the browser is busy; well under the 50 ms long-task threshold. */
export const SLICE_BUDGET_MS = 8;
/** ms; an idle period may offer up to 50 ms, of which a slice takes at most this much. */
const MAX_IDLE_SLICE_MS = 20;
/** Reading the clock costs too: check it every this many nodes. */
const NODES_PER_CLOCK_CHECK = 16;
/** chars; a run of text is handed to the matcher at a block boundary once it is this long… */
const MATCH_BATCH_CHARS = 4_096;
/** …or anywhere between text nodes after a whitespace once a single block grows this long. */
const MAX_RUN_CHARS = 16_384;
/** ms; how long an idle callback may wait on a busy page before running anyway. */
const IDLE_TIMEOUT_MS = 250;
const BLOCK_SEPARATOR = '\n';

export interface ScanStats {
  textNodes: number;
  chars: number;
  scanMs: number;
}

export interface TextScannerOptions {
  matcher: PieceScanner;
  isOwnUi(element: Element): boolean;
  onMentions(found: PageMention[]): void;
  /** An open shadow root met during the walk (it is scanned too; the watcher observes it). */
  onShadowRoot?(root: ShadowRoot): void;
  /** Hidden subtrees met during the walk (they may become visible later). */
  onHidden?(element: Element): void;
}

interface Run {
  pieces: string[];
  /** The text node of each piece; null for a block separator. */
  nodes: (Text | null)[];
  chars: number;
}

/** Calls back in idle time with the ms the slice may take. */
function idle(callback: (budgetMs: number) => void): void {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(
      (deadline) =>
        callback(Math.min(Math.max(deadline.timeRemaining(), SLICE_BUDGET_MS), MAX_IDLE_SLICE_MS)),
      { timeout: IDLE_TIMEOUT_MS },
    );
  } else setTimeout(() => callback(SLICE_BUDGET_MS), 0);
}

export class TextScanner {
  readonly stats: ScanStats = { textNodes: 0, chars: 0, scanMs: 0 };
  private readonly queue: Node[] = [];
  private walker: TreeWalker | null = null;
  private run: Run = { pieces: [], nodes: [], chars: 0 };
  private lastBlock: Element | ShadowRoot | null = null;
  private lastLink: Element | null = null;
  private boundaryPending = false;
  private scheduled = false;
  private stopped = false;
  private idleWaiters: (() => void)[] = [];
  /** Per element holding a name, whether its text is invisible; one style read per element and root. */
  private invisibleText = new WeakMap<Element, boolean>();
  private srOnly = new WeakMap<Element, boolean>();
  private rendersAsBlock = new WeakMap<Element, boolean>();

  constructor(private readonly options: TextScannerOptions) {}

  /** Queues `root` (a document, element, shadow root or text node) for scanning. */
  scan(root: Node): void {
    this.stopped = false;
    this.queue.push(root);
    this.schedule();
  }

  /** Resolves when everything queued so far has been scanned. */
  whenIdle(): Promise<void> {
    if (!this.scheduled && !this.walker && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Drops all queued work (the page was disabled). */
  stop(): void {
    this.stopped = true;
    this.queue.length = 0;
    this.walker = null;
    this.run = { pieces: [], nodes: [], chars: 0 };
    this.settle();
  }

  /** Scans synchronously until done, ignoring the budget: for benchmarks and tests only. */
  scanNow(root: Node): void {
    this.queue.push(root);
    this.slice(Number.POSITIVE_INFINITY);
  }

  private schedule(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    idle((budgetMs) => {
      this.scheduled = false;
      if (this.stopped) return;
      const more = this.slice(budgetMs);
      if (more) this.schedule();
      else this.settle();
    });
  }

  private settle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /** Works for up to `budgetMs`; returns whether work remains. */
  private slice(budgetMs: number): boolean {
    const start = performance.now();
    const deadline = start + budgetMs;
    let sinceCheck = 0;
    try {
      while (true) {
        if (!this.walker && !this.startNextRoot()) return false;
        const node = this.walker?.nextNode() ?? null;
        if (!node) {
          this.flush();
          this.walker = null;
          continue;
        }
        if (node.nodeType === Node.TEXT_NODE) this.addText(node as Text);
        else if (!isInlineElement(node as Element)) this.boundaryPending = true;
        if (++sinceCheck >= NODES_PER_CLOCK_CHECK) {
          sinceCheck = 0;
          if (performance.now() >= deadline) return true;
        }
      }
    } finally {
      this.stats.scanMs += performance.now() - start;
    }
  }

  private startNextRoot(): boolean {
    while (this.queue.length) {
      const root = this.queue.shift() as Node;
      if (!root.isConnected || isInsideSkipped(root, this.options.isOwnUi)) continue;
      this.boundaryPending = true;
      this.invisibleText = new WeakMap();
      this.srOnly = new WeakMap();
      this.rendersAsBlock = new WeakMap();
      if (root.nodeType === Node.TEXT_NODE) {
        this.addText(root as Text);
        this.flush();
        continue;
      }
      const doc = root.ownerDocument ?? (root as Document);
      this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
        acceptNode: (node) => this.accept(node),
      });
      if (root instanceof Element && root.shadowRoot) this.foundShadowRoot(root.shadowRoot);
      return true;
    }
    return false;
  }

  private accept(node: Node): number {
    if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
    const element = node as Element;
    if (isSkippedElement(element, this.options.isOwnUi)) {
      // Followed in case it shows up later; not an element of a kind never read (an icon's SVG
      // shapes would crowd out the page's hidden menus and tabs).
      if (element.hasAttribute('hidden') || !(isSkippedKind(element) || this.options.isOwnUi(element)))
        this.options.onHidden?.(element);
      return NodeFilter.FILTER_REJECT;
    }
    if (element.shadowRoot) this.foundShadowRoot(element.shadowRoot);
    return NodeFilter.FILTER_ACCEPT;
  }

  private foundShadowRoot(root: ShadowRoot): void {
    this.options.onShadowRoot?.(root);
    this.queue.push(root);
  }

  /**
   * Whether a mention's text cannot be seen (hidden, transparent, zero-sized): such mentions are
   * neither marked nor counted. Checked per found mention, not per text node, so that the style is
   * read only where a name was found — most text has none.
   */
  private isInvisible(nodes: readonly Text[]): boolean {
    return nodes.some((node) => node.data.trim() !== '' && this.hidesTextOf(node.parentElement));
  }

  private isScreenReaderOnly(nodes: readonly Text[]): boolean {
    // Memoised per element, ancestors included: siblings share them, and style reads add up.
    const clipped = (element: Element) => {
      let known = this.srOnly.get(element);
      if (known === undefined) {
        known = isClippedBox(element);
        this.srOnly.set(element, known);
      }
      return known;
    };
    return nodes.every((node) => !!node.parentElement && isScreenReaderOnly(node.parentElement, clipped));
  }

  private hidesTextOf(parent: Element | null): boolean {
    if (!parent) return false;
    let invisible = this.invisibleText.get(parent);
    if (invisible === undefined) {
      invisible = isInvisibleText(parent);
      this.invisibleText.set(parent, invisible);
      if (invisible) this.options.onHidden?.(parent);
    }
    return invisible;
  }

  private addText(node: Text): void {
    const data = node.data;
    this.stats.textNodes++;
    this.stats.chars += data.length;
    const block = blockOf(node.parentElement);
    // Two different links side by side are separate items (tag lists: `<a>Putin</a><a>Kim</a>`),
    // even though links are inline: their texts must not run together into one word.
    const link = node.parentElement?.closest('a') ?? null;
    const betweenLinks = link !== null && this.lastLink !== null && link !== this.lastLink;
    const run = this.run;
    if (
      run.pieces.length &&
      (this.boundaryPending || betweenLinks || block !== this.lastBlock || this.gluedToBox(node, block))
    ) {
      if (run.chars >= MATCH_BATCH_CHARS) this.flush();
      else {
        run.pieces.push(BLOCK_SEPARATOR);
        run.nodes.push(null);
      }
    } else if (run.chars >= MAX_RUN_CHARS && /\s$/.test(run.pieces[run.pieces.length - 1] ?? '')) {
      this.flush();
    }
    this.boundaryPending = false;
    this.lastBlock = block;
    this.lastLink = link;
    // A flush above started a new run: this text belongs to it, not to the one just matched.
    const current = this.run;
    current.pieces.push(data);
    current.nodes.push(node);
    current.chars += data.length;
  }

  /**
   * Whether the text would run into the previous text across an inline tag styled as a box
   * (`<b style="display:block">user</b>Putin`). Style is read only where two words would touch.
   */
  private gluedToBox(node: Text, block: Element | ShadowRoot | null): boolean {
    const last = this.run.nodes[this.run.nodes.length - 1];
    if (!last || !/[\p{L}\p{N}]$/u.test(last.data) || !/^[\p{L}\p{N}]/u.test(node.data)) return false;
    const isBox = (element: Element | null): boolean => {
      for (let e = element; e && e !== block; e = e.parentElement) {
        let known = this.rendersAsBlock.get(e);
        if (known === undefined) {
          known = isRenderedAsBlock(e);
          this.rendersAsBlock.set(e, known);
        }
        if (known) return true;
      }
      return false;
    };
    return (
      last.parentElement !== node.parentElement && (isBox(last.parentElement) || isBox(node.parentElement))
    );
  }

  private flush(): void {
    const { pieces, nodes, chars } = this.run;
    this.run = { pieces: [], nodes: [], chars: 0 };
    if (chars === 0) return;
    const found: PageMention[] = [];
    for (const match of this.options.matcher.scanPieces(pieces)) {
      const mention = toMention(match, pieces, nodes);
      if (!mention || this.isInvisible(mention.nodes)) continue;
      if (this.isScreenReaderOnly(mention.nodes)) mention.unmarked = true;
      found.push(mention);
    }
    if (found.length) this.options.onMentions(found);
  }
}

/** Turns piece offsets into a range over the text nodes, skipping separator pieces. */
function toMention(
  match: ReturnType<PieceScanner['scanPieces']>[number],
  pieces: readonly string[],
  nodes: readonly (Text | null)[],
): PageMention | null {
  let { piece: startPiece, offset: startOffset } = match.start;
  let { piece: endPiece, offset: endOffset } = match.end;
  // An exclusive end at offset 0 of the next piece means "end of the previous one".
  while (endPiece > startPiece && endOffset === 0) {
    endPiece--;
    endOffset = pieces[endPiece]?.length ?? 0;
  }
  while (startPiece < endPiece && startOffset >= (pieces[startPiece]?.length ?? 0)) {
    startPiece++;
    startOffset = 0;
  }
  const startNode = nodes[startPiece];
  const endNode = nodes[endPiece];
  if (!startNode || !endNode) return null;
  const touched: Text[] = [];
  let text = '';
  for (let i = startPiece; i <= endPiece; i++) {
    const node = nodes[i];
    if (!node) continue;
    touched.push(node);
    const from = i === startPiece ? startOffset : 0;
    const to = i === endPiece ? endOffset : (pieces[i]?.length ?? 0);
    text += (pieces[i] ?? '').slice(from, to);
  }
  return {
    personId: match.personId,
    range: new StaticRange({ startContainer: startNode, startOffset, endContainer: endNode, endOffset }),
    text,
    nodes: touched,
  };
}
