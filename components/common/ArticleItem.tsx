export interface ArticleItemProps {
  title: string;
  dateText: string;
  snippet: string;
  onOpen(): void;
}

/** An article as a title button, its date and a short snippet (all plain text). */
export function ArticleItem(props: ArticleItemProps) {
  return (
    <li class="article" data-testid="article-item">
      <button type="button" class="link article-title" onClick={props.onOpen}>
        {props.title}
      </button>
      {props.dateText ? <div class="muted article-date">{props.dateText}</div> : null}
      {props.snippet ? <p class="article-snippet">{props.snippet}</p> : null}
    </li>
  );
}
