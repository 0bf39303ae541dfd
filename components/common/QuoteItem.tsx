import type { ComponentChildren } from 'preact';

export interface QuoteItemProps {
  text: string;
  fragment: boolean;
  /** Shown after a fragment so nobody mistakes it for the whole statement. */
  partialLabel: string;
  articleTitle: string;
  dateText: string;
  onOpenArticle(): void;
  /** Extra controls (e.g. "Copy citation"). */
  actions?: ComponentChildren;
}

/** One quote with the article it comes from; the quote is text, never HTML. */
export function QuoteItem(props: QuoteItemProps) {
  return (
    <li class="quote" data-testid="quote-item" data-fragment={props.fragment ? 'true' : 'false'}>
      <blockquote class="quote-text">
        {/* First, not last: a long quote is clamped to a few lines and would hide a trailing label. */}
        {props.fragment ? <span class="quote-partial">({props.partialLabel}) </span> : null}“{props.text}”
      </blockquote>
      <div class="quote-meta">
        <span class="quote-source">
          <button type="button" class="link" data-testid="quote-article" onClick={props.onOpenArticle}>
            {props.articleTitle}
          </button>
          {props.dateText ? <span class="muted"> · {props.dateText}</span> : null}
        </span>
        {props.actions ? <span class="quote-actions">{props.actions}</span> : null}
      </div>
    </li>
  );
}
