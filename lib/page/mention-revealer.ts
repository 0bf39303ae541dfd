/**
 * `reveal-mention`: the side panel's "on this page" list asks to see a person's mention; each
 * request shows the next one (wrapping), scrolled into view and briefly flashed.
 */
import { revealInView } from './card-controller';
import type { CardHost } from './card-host';
import type { PageMention } from './mention-store';

export class MentionRevealer {
  private readonly last = new Map<string, PageMention>();

  constructor(
    private readonly host: CardHost,
    private readonly mentions: () => readonly PageMention[],
  ) {}

  reveal(personId: string): boolean {
    const ofPerson = this.mentions().filter((m) => m.personId === personId);
    if (!ofPerson.length) return false;
    const previous = this.last.get(personId);
    const index = previous ? ofPerson.indexOf(previous) + 1 : 0;
    const mention = ofPerson[index % ofPerson.length] as PageMention;
    this.last.set(personId, mention);
    revealInView(mention);
    this.host.flash(mention.range);
    return true;
  }
}
