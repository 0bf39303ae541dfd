/**
 * The hover card's UI (Preact, floating-ui, components, CSS), injected by the background into a
 * page's content-script world on first hover; it only registers itself (see card-ui-contract.ts).
 */
import { PersonCardResponseSchema, parseResponse } from '@/core/protocol/messages';
import { CardHost } from '@/lib/content/card/card-host';
import { CARD_UI_KEY, type CardUi } from '@/lib/content/card/card-ui-contract';

export default defineUnlistedScript(() => {
  const ui: CardUi = {
    createCardView: (doc, events) => new CardHost(doc, events),
    parsePersonCard: (answer) => parseResponse('get-person-card', PersonCardResponseSchema, answer),
  };
  (globalThis as Record<symbol, unknown>)[CARD_UI_KEY] = ui;
});
