export interface PersonChipProps {
  name: string;
  /** Shown as a small number (e.g. shared articles); omitted when null. */
  count: number | null;
  title?: string;
  onOpen(): void;
}

/** A person as a compact button that opens them in the side panel. */
export function PersonChip(props: PersonChipProps) {
  return (
    <button type="button" class="chip" data-testid="person-chip" title={props.title} onClick={props.onOpen}>
      {props.name}
      {props.count !== null ? <span class="chip-count">{props.count}</span> : null}
    </button>
  );
}
