/**
 * `reveal-mention`: the side panel's "on this page" list asks to see a person's mention; each
 * request shows the next one (wrapping), scrolled into view and briefly flashed.
 */
import { revealInView } from '../card/card-controller';
import type { CardView } from '../card/card-ui-contract';
import type { PageMention } from './mention-store';

export class MentionRevealer {
  private readonly last = new Map<string, PageMention>();

  constructor(
    private readonly view: () => Promise<CardView>,
    private readonly mentions: () => readonly PageMention[],
  ) {}

  async reveal(personId: string): Promise<boolean> {
    const ofPerson = this.mentions().filter((m) => m.personId === personId);
    if (!ofPerson.length) return false;
    const previous = this.last.get(personId);
    const index = previous ? ofPerson.indexOf(previous) + 1 : 0;
    const mention = ofPerson[index % ofPerson.length] as PageMention;
    this.last.set(personId, mention);
    revealInView(mention);
    (await this.view()).flash(mention.range);
    return true;
  }
}
