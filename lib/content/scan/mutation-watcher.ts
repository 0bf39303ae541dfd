/**
 * Notices text that changes after the first scan (SPAs, infinite scroll, live tickers). The
 * observer callback only records which blocks changed; the work happens in a later batch, and
 * batches are spaced so that rescanning takes at most MAX_DUTY of the page's time even on a page
 * that mutates constantly (uBlock and Hypothesis batch the same way for the same reason).
 */
import { blockOf } from './skip-rules';

/** ms of quiet before a batch runs (Hypothesis' frame observer uses ~40 ms). */
const DEBOUNCE_MS = 50;
/** ms; a page that never stops mutating still gets a batch this often (unless over budget). */
const MAX_WAIT_MS = 500;
/** Share of wall-clock time rescans may take; a batch that cost 20 ms delays the next by 200 ms. */
const MAX_DUTY = 0.1;
/** A batch with more changed blocks than this rescans their common document instead. */
const MAX_ROOTS_PER_BATCH = 2_000;

export interface MutationBatch {
  /** Blocks whose text changed or grew (no root inside another). */
  roots: Node[];
  /** `hidden`/`class`/`style`/`open` changed somewhere: hidden text may have appeared. */
  attributes: boolean;
}

export interface MutationWatcherOptions {
  isOwnUi(node: Node): boolean;
  onBatch(batch: MutationBatch): void;
  /** Main-thread ms spent rescanning so far (the scanner's `scanMs`), for the duty-cycle bound. */
  costMs(): number;
}

const WATCHED_ATTRIBUTES = ['hidden', 'class', 'style', 'open'];

export class MutationWatcher {
  private readonly observer: MutationObserver;
  private readonly observed = new Set<Document | ShadowRoot>();
  private roots = new Set<Node>();
  private removed = false;
  private attributes = false;
  private firstAt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastFlushAt = Number.NEGATIVE_INFINITY;
  private costAtFlush = 0;
  private batchMs = 0;

  constructor(private readonly options: MutationWatcherOptions) {
    this.observer = new MutationObserver((records) => this.record(records));
  }

  observe(root: Document | ShadowRoot): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, {
      childList: true,
      characterData: true,
      subtree: true,
      attributes: true,
      attributeFilter: WATCHED_ATTRIBUTES,
    });
  }

  /**
   * Stops watching shadow roots whose hosts left the page: an observer keeps what it observes
   * alive, so a page that keeps replacing shadow hosts would otherwise grow without bound.
   */
  release(gone: readonly ShadowRoot[]): void {
    const drop = new Set<Document | ShadowRoot>(gone.filter((root) => this.observed.has(root)));
    if (drop.size === 0) return;
    this.record(this.observer.takeRecords());
    this.observer.disconnect();
    const keep = [...this.observed].filter((root) => !drop.has(root));
    this.observed.clear();
    for (const root of keep) this.observe(root);
  }

  disconnect(): void {
    this.observer.disconnect();
    this.observed.clear();
    this.roots.clear();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private record(records: MutationRecord[]): void {
    for (const record of records) {
      if (this.options.isOwnUi(record.target)) continue;
      if (record.type === 'attributes') {
        this.attributes = true;
      } else if (record.type === 'characterData') {
        this.addRoot(record.target);
      } else {
        if (record.removedNodes.length) this.removed = true;
        if (record.addedNodes.length && !allOwnUi(record.addedNodes, this.options.isOwnUi))
          this.addRoot(record.target);
      }
    }
    this.schedule();
  }

  private addRoot(node: Node): void {
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    const block = element ? blockOf(element) : node;
    if (block) this.roots.add(block);
  }

  private schedule(): void {
    if (!this.roots.size && !this.removed && !this.attributes) return;
    const now = performance.now();
    if (!this.timer) this.firstAt = now;
    else clearTimeout(this.timer);
    // Rescans run in idle slices after a batch; their cost is known by the time the next batch is due.
    const spent = this.options.costMs() - this.costAtFlush + this.batchMs;
    const notBefore = this.lastFlushAt + spent / MAX_DUTY;
    const due = Math.max(Math.min(now + DEBOUNCE_MS, this.firstAt + MAX_WAIT_MS), notBefore);
    this.timer = setTimeout(() => this.flush(), due - now);
  }

  private flush(): void {
    this.timer = null;
    const started = performance.now();
    this.lastFlushAt = started;
    this.costAtFlush = this.options.costMs();
    const batch: MutationBatch = {
      roots: outermost(this.roots),
      attributes: this.attributes,
    };
    this.roots = new Set();
    this.removed = false;
    this.attributes = false;
    this.options.onBatch(batch);
    this.batchMs = performance.now() - started;
  }
}

function allOwnUi(nodes: NodeList, isOwnUi: (node: Node) => boolean): boolean {
  for (const node of nodes) if (!isOwnUi(node)) return false;
  return true;
}

/** Drops roots inside other roots; too many roots collapse into their documents. */
function outermost(roots: Set<Node>): Node[] {
  const out: Node[] = [];
  for (const root of roots) {
    let inside = false;
    for (let parent = root.parentNode; parent; parent = parent.parentNode) {
      if (roots.has(parent)) {
        inside = true;
        break;
      }
    }
    if (!inside && root.isConnected) out.push(root);
  }
  if (out.length <= MAX_ROOTS_PER_BATCH) return out;
  return [...new Set(out.map((root) => root.getRootNode()))];
}
