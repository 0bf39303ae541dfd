/**
 * The seam between the content script and its card UI bundle. Preact, floating-ui and the card's
 * components and CSS are half of the content script's weight, yet most pages are never hovered;
 * so the card UI is a separate script (`entrypoints/card-ui.ts`) that the background injects into
 * the same isolated world on first use, and that registers itself under CARD_UI_KEY. The key is
 * a realm-local symbol: page scripts live in another world and cannot see it.
 */
import type { PersonCardData } from '@/core/protocol/types';
import type { CardContent, CardHostEvents } from './card-host';

export const CARD_UI_KEY = Symbol.for('baglam.card-ui');

/** What the content script can do with the card (implemented by `CardHost`). */
export interface CardView {
  readonly isOpen: boolean;
  /** A shadow root for scratch work (copying) once the host exists. */
  readonly scratch: ShadowRoot | null;
  isOwnUi(node: Node): boolean;
  show(
    anchor: StaticRange,
    content: CardContent,
    options: { focus: boolean; pointer?: { x: number; y: number } },
  ): void;
  update(content: CardContent): void;
  hide(): void;
  flash(anchor: StaticRange): void;
  destroy(): void;
}

export interface CardUi {
  createCardView(doc: Document, events: CardHostEvents): CardView;
  /**
   * Validates a `get-person-card` answer (throws a ResponseError on a wrong shape). Here, not in
   * the content script: the card's schema is only needed once a card is shown.
   */
  parsePersonCard(answer: unknown): PersonCardData | null;
}

export type { CardContent, CardHostEvents };
