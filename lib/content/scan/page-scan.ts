/**
 * The page's mentions, kept true as the page changes: the scanner finds them, the watcher
 * notices changed text and has it rescanned, the store keeps them in document order, and the
 * highlighter marks the ones whose person is not muted.
 *
 *   document ──TreeWalker──► TextScanner ──matcher──► MentionStore ──► MentionHighlighter
 *        ▲                                                 ▲
 *        └── MutationWatcher (batched, duty-cycled) ───────┘ (drop stale, rescan blocks)
 */
import type { Settings } from '@/core/protocol/settings-schema';
import { MentionHighlighter } from './mention-highlighter';
import { MentionStore, type PageMention } from './mention-store';
import { type MutationBatch, MutationWatcher } from './mutation-watcher';
import { isHidden, isInvisibleText } from './skip-rules';
import { type PieceScanner, TextScanner } from './text-scanner';

/** Hidden subtrees re-checked when attributes change; more than this are not tracked. */
const MAX_TRACKED_HIDDEN = 500;

export class PageScan {
  readonly store = new MentionStore();
  readonly shadowRoots: ShadowRoot[] = [];
  private readonly scanner: TextScanner;
  private readonly watcher: MutationWatcher;
  private readonly highlighter: MentionHighlighter;
  private readonly hidden = new Set<Element>();
  private muted = new Set<string>();
  private running = false;

  constructor(
    private readonly doc: Document,
    matcher: PieceScanner,
    isOwnUi: (node: Node) => boolean,
    /** False once the extension is gone; reading it then tears the session down. */
    alive: () => boolean = () => true,
  ) {
    this.highlighter = new MentionHighlighter(doc, () => this.marked());
    this.scanner = new TextScanner({
      matcher,
      isOwnUi,
      onMentions: (found) => this.found(found),
      onShadowRoot: (root) => this.foundShadowRoot(root),
      onHidden: (element) => {
        if (this.hidden.size < MAX_TRACKED_HIDDEN) this.hidden.add(element);
      },
    });
    this.watcher = new MutationWatcher({
      isOwnUi: (node) =>
        isOwnUi(node) ||
        (node.getRootNode() instanceof ShadowRoot && isOwnUi((node.getRootNode() as ShadowRoot).host)),
      onBatch: (batch) => alive() && this.rescan(batch),
      costMs: () => this.scanner.stats.scanMs,
    });
  }

  get stats() {
    return { ...this.scanner.stats, shadowRoots: this.shadowRoots.length };
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** Starts marking (or does nothing when already running). */
  start(style: Settings['highlightStyle'], muted: readonly string[]): void {
    if (this.running) return;
    this.running = true;
    this.muted = new Set(muted);
    this.highlighter.attach(style);
    for (const root of this.shadowRoots) this.highlighter.adopt(root);
    this.highlighter.invalidate();
    this.watcher.observe(this.doc);
    for (const root of this.shadowRoots) this.watcher.observe(root);
    this.scanner.scan(this.doc.body ?? this.doc.documentElement);
  }

  /** Removes every mark and stops watching (the site was disabled); nothing is left behind. */
  stop(): void {
    if (!this.running) return;
    this.running = false;
    this.scanner.stop();
    this.watcher.disconnect();
    this.highlighter.detach();
    this.store.clear();
    this.hidden.clear();
  }

  /** Resolves when everything queued is scanned and marked. */
  async whenIdle(): Promise<void> {
    await this.scanner.whenIdle();
    this.highlighter.flush();
  }

  setStyle(style: Settings['highlightStyle']): void {
    this.highlighter.setStyle(style);
  }

  setMuted(muted: readonly string[]): void {
    this.muted = new Set(muted);
    this.highlighter.invalidate();
  }

  isMuted(personId: string): boolean {
    return this.muted.has(personId);
  }

  /** Mentions of people who are not muted, in document order (screen-reader-only ones too). */
  visible(): PageMention[] {
    return this.store.inDocumentOrder().filter((m) => !this.muted.has(m.personId));
  }

  /** The visible mentions a reader can see, hover and step through. */
  marked(): PageMention[] {
    return this.visible().filter((m) => !m.unmarked);
  }

  private found(found: PageMention[]): void {
    if (!this.running) return;
    if (this.store.add(found).length) this.highlighter.invalidate();
  }

  private foundShadowRoot(root: ShadowRoot): void {
    if (this.shadowRoots.includes(root)) return;
    this.shadowRoots.push(root);
    this.highlighter.adopt(root);
    this.watcher.observe(root);
  }

  private rescan(batch: MutationBatch): void {
    if (!this.running) return;
    this.releaseDetachedShadowRoots();
    const roots = batch.roots;
    const stale = this.store.removeWhere((m) => {
      const first = m.nodes[0];
      const last = m.nodes[m.nodes.length - 1];
      if (!first?.isConnected || !last?.isConnected) return true;
      return roots.some((root) => root.contains(first));
    });
    if (stale.length) this.highlighter.invalidate();
    for (const root of roots) this.scanner.scan(root);
    if (batch.attributes) this.revealHidden();
  }

  private releaseDetachedShadowRoots(): void {
    const gone = this.shadowRoots.filter((root) => !root.host.isConnected);
    if (gone.length === 0) return;
    const live = this.shadowRoots.filter((root) => root.host.isConnected);
    this.shadowRoots.splice(0, this.shadowRoots.length, ...live);
    for (const root of gone) this.highlighter.release(root);
    this.watcher.release(gone);
  }

  /** Subtrees that were hidden at scan time and are visible now get scanned. */
  private revealHidden(): void {
    for (const element of this.hidden) {
      if (!element.isConnected) {
        this.hidden.delete(element);
        continue;
      }
      const visible = !isHidden(element) && !isInvisibleText(element);
      if (!visible) continue;
      this.hidden.delete(element);
      this.scanner.scan(element);
    }
  }
}
