/**
 * The hover card's behaviour: hover intent decides when, the background supplies the data
 * (`get-person-card` only — never the search index, so a cold worker answers fast), the card host
 * draws it, and the card's actions open the side panel, copy citations and mute people.
 *
 *   pointer-tracker ─► hover-intent ─► open(mention) ─► get-person-card ─► CardView
 *   keyboard-navigation ─────────────► openNow(mention, focused)
 *
 * The card's view (Preact and floating-ui) loads on the first hover: see card-ui-contract.ts.
 */

import type { CardStatus } from '@/components/card/PersonCard';
import type { PanelTarget } from '@/core/protocol/messages';
import type { Settings } from '@/core/protocol/settings-schema';
import type { PersonCardData, PersonEntry, UiLanguage } from '@/core/protocol/types';
import { createHoverIntent, type HoverIntent } from '@/lib/content/input/hover-intent';
import { cycleMention } from '@/lib/content/input/mention-cycle';
import { withUserGesture } from '@/lib/content/input/trusted-input';
import { sendToBackground } from '@/lib/shared/messaging';
import { loadSettings, updateSettings } from '@/lib/shared/settings';
import type { Modifiers } from '../input/pointer-tracker';
import type { PageMention } from '../scan/mention-store';
import type { CardContent, CardView } from './card-ui-contract';
import { loadCardUi } from './card-ui-loader';

/** ms the "muted" notice (with Undo) stays before the card closes: long enough to reach Undo. */
const MUTE_NOTICE_MS = 8000;
/** Cards kept in memory per page; a page rarely mentions more people than this. */
const MAX_CACHED_CARDS = 100;

export interface CardControllerOptions {
  doc: Document;
  /** The registry's people by id (a Map, or labels looked up on demand). */
  people: Pick<ReadonlyMap<string, PersonEntry>, 'get'>;
  /** Mentions that may get a card, in document order. */
  mentions(): readonly PageMention[];
  mutedPeople(): readonly string[];
}

interface CardEntry {
  status: CardStatus;
  data: PersonCardData | null;
  pending: Promise<void> | null;
}

export class CardController {
  private view: CardView | null = null;
  private viewLoading: Promise<CardView> | null = null;
  private readonly intent: HoverIntent<PageMention>;
  private readonly cards = new Map<string, CardEntry>();
  private lang: UiLanguage = 'en';
  private modifier: Settings['modifierKey'] = 'none';
  private citationStyle: Settings['citationStyle'] = 'plain';
  private focused: PageMention | null = null;
  private lastPointer: { x: number; y: number } | undefined;
  private focusOnOpen = false;
  private muteTimer: ReturnType<typeof setTimeout> | undefined;
  private pointerOnCard = false;
  /** Mute and undo write in order, each on the stored list (a quick undo must not lose to the mute). */
  private saving: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: CardControllerOptions) {
    this.intent = createHoverIntent<PageMention>(
      { open: (mention) => this.open(mention), close: () => this.view?.hide() },
      {
        set: (fn, ms) => setTimeout(fn, ms),
        clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      },
    );
  }

  isOwnUi(node: Node): boolean {
    return this.view?.isOwnUi(node) ?? false;
  }

  /** The card's view, loading its bundle on first use. */
  loadView(): Promise<CardView> {
    this.viewLoading ??= loadCardUi().then(
      (ui) =>
        (this.view = ui.createCardView(this.options.doc, {
          onPointerEnter: () => {
            this.pointerOnCard = true;
            this.intent.pointerOnCard(true);
          },
          onPointerLeave: () => {
            this.pointerOnCard = false;
            this.intent.pointerOnCard(false);
          },
          onClose: () => this.intent.dismiss(),
        })),
      (error: unknown) => {
        this.viewLoading = null;
        throw error;
      },
    );
    return this.viewLoading;
  }

  destroy(): void {
    this.intent.dismiss();
    clearTimeout(this.muteTimer);
    this.view?.destroy();
  }

  configure(
    settings: Pick<Settings, 'hoverDelayMs' | 'modifierKey' | 'citationStyle'>,
    lang: UiLanguage,
  ): void {
    this.intent.setOptions({ delayMs: settings.hoverDelayMs });
    this.modifier = settings.modifierKey;
    if (lang !== this.lang || settings.citationStyle !== this.citationStyle) {
      this.lang = lang;
      this.citationStyle = settings.citationStyle;
      const open = this.intent.openTarget;
      if (open) this.view?.update(this.content(open));
    }
  }

  /** The pointer rests on `mention` (or on nothing). */
  pointerOver(
    mention: PageMention | null,
    at: { x: number; y: number },
    modifiers: Modifiers,
    restedMs = 0,
  ): void {
    this.lastPointer = at;
    const eligible = this.modifier === 'none' || modifiers[this.modifier];
    if (mention && eligible) {
      // Overlap loading the data and the view with the intent delay.
      void this.load(mention.personId);
      void this.loadView().catch(() => undefined);
    }
    this.intent.pointerOver(mention, eligible, restedMs);
  }

  /** Keyboard navigation: focus the next/previous mention and open its card, focused; false when there is none. */
  step(direction: 1 | -1): boolean {
    const list = this.options.mentions();
    const current = this.focused ? list.indexOf(this.focused) : -1;
    const index = cycleMention(list.length, current >= 0 ? current : null, direction, firstInView(list));
    const mention = index === null ? null : list[index];
    if (!mention) return false;
    this.focused = mention;
    revealInView(mention);
    this.focusOnOpen = true;
    this.lastPointer = undefined;
    this.intent.openNow(mention);
    return true;
  }

  /** Esc: closes the card if one is open. */
  escape(): boolean {
    if (!this.view?.isOpen) return false;
    this.intent.dismiss();
    return true;
  }

  close(): void {
    this.intent.dismiss();
  }

  /** Closes the card when its person was muted or its mention vanished. */
  refresh(): void {
    const open = this.intent.openTarget;
    if (
      open &&
      !this.options.mentions().includes(open) &&
      !this.options.mutedPeople().includes(open.personId)
    ) {
      this.intent.dismiss();
    }
  }

  private open(mention: PageMention): void {
    const focus = this.focusOnOpen;
    this.focusOnOpen = false;
    const pointer = this.lastPointer;
    void this.loadView().then(
      (view) => {
        if (this.intent.openTarget !== mention) return;
        view.show(mention.range, this.content(mention), { focus, pointer });
        if (this.cards.get(mention.personId)?.status === 'ready') return;
        void this.load(mention.personId).then(() => {
          if (this.intent.openTarget === mention) view.update(this.content(mention));
        });
      },
      () => this.intent.dismiss(),
    );
  }

  private load(personId: string): Promise<void> {
    const known = this.cards.get(personId);
    if (known?.status === 'ready') return Promise.resolve();
    if (known?.pending) return known.pending;
    const entry: CardEntry = { status: 'loading', data: null, pending: null };
    entry.pending = Promise.all([loadCardUi(), sendToBackground({ type: 'get-person-card', personId })]).then(
      ([ui, answer]) => {
        // The answer's shape is validated on receipt; a card for someone else is no card.
        const data = ui.parsePersonCard(answer);
        entry.data = data?.person.id === personId ? data : null;
        entry.status = 'ready';
        entry.pending = null;
      },
      () => {
        entry.status = 'error';
        entry.pending = null;
        this.cards.delete(personId); // try again on the next hover
      },
    );
    if (this.cards.size >= MAX_CACHED_CARDS) this.cards.delete(this.cards.keys().next().value as string);
    this.cards.set(personId, entry);
    return entry.pending;
  }

  private content(mention: PageMention): CardContent {
    const entry = this.cards.get(mention.personId);
    const person = entry?.data?.person ?? this.options.people.get(mention.personId);
    return {
      person: person ?? unknownPerson(mention),
      data: entry?.data ? withNamesIn(entry.data, this.options.people, this.lang) : null,
      status: entry?.status ?? 'loading',
      lang: this.lang,
      citationStyle: this.citationStyle,
      // State changes and new tabs only ever follow a real click or key press.
      onOpenArticle: withUserGesture((id: string) => openPanel({ kind: 'article', id })),
      onOpenPerson: withUserGesture((id: string) => openPanel({ kind: 'person', id })),
      onMute: withUserGesture(() => this.mute(mention.personId)),
      onUnmute: withUserGesture(() => this.unmute(mention.personId)),
      // The background stores the rule; the settings watcher then turns Bağlam off here.
      onTurnOffSite: withUserGesture(() => {
        void sendToBackground({ type: 'turn-off-site' }).catch(() => undefined);
      }),
      onOpenOptions: withUserGesture(() => {
        void sendToBackground({ type: 'open-options' }).catch(() => undefined);
      }),
    };
  }

  private mute(personId: string): void {
    this.saveMuted((muted) => (muted.includes(personId) ? muted : [...muted, personId]));
    this.closeAfterMuteNotice(personId);
  }

  /** Closes the card once the notice was read: not while the pointer is on it (reaching Undo). */
  private closeAfterMuteNotice(personId: string): void {
    clearTimeout(this.muteTimer);
    this.muteTimer = setTimeout(() => {
      if (this.intent.openTarget?.personId !== personId) return;
      if (this.pointerOnCard) this.closeAfterMuteNotice(personId);
      else this.intent.dismiss();
    }, MUTE_NOTICE_MS);
  }

  /** Undo in the card: marks the person again and keeps the card open. */
  private unmute(personId: string): void {
    clearTimeout(this.muteTimer);
    this.saveMuted((muted) => muted.filter((id) => id !== personId));
  }

  private saveMuted(change: (muted: string[]) => string[]): void {
    this.saving = this.saving
      .then(() => loadSettings())
      .then(({ settings }) => updateSettings({ mutedPeople: change(settings.mutedPeople) }))
      .catch(() => undefined);
  }
}

/** `cards.json` names the co-mentioned people in the corpus language; the card uses the UI's. */
function withNamesIn(
  data: PersonCardData,
  people: CardControllerOptions['people'],
  lang: UiLanguage,
): PersonCardData {
  const coMentions = data.coMentions.map((other) => ({
    ...other,
    name: people.get(other.id)?.names[lang] ?? other.name,
  }));
  return { ...data, coMentions };
}

/** Sends without awaiting first: Chrome's sidePanel.open needs the click's user gesture. */
function openPanel(target: PanelTarget): void {
  void sendToBackground({ type: 'open-panel', target }).catch(() => undefined);
}

function unknownPerson(mention: PageMention): PersonEntry {
  return {
    id: mention.personId,
    names: { tr: mention.text, en: mention.text },
    aliases: {},
    ambiguous: [],
    notThisPerson: [],
    description: { tr: '', en: '' },
  };
}

function firstInView(list: readonly PageMention[]): number {
  const index = list.findIndex((m) => {
    const element = m.range.startContainer.parentElement;
    return element ? element.getBoundingClientRect().bottom >= 0 : false;
  });
  return index === -1 ? list.length : index;
}

/** Scrolls a mention to the middle of the viewport unless it is already in view. */
export function revealInView(mention: PageMention): void {
  const element = mention.range.startContainer.parentElement;
  if (!element) return;
  const rect = element.getBoundingClientRect();
  if (rect.top >= 0 && rect.bottom <= window.innerHeight) return;
  // Instant: the card and the flash are placed right after, on the final position.
  element.scrollIntoView({ block: 'center', behavior: 'instant' });
}
