export function PanelApp() {
  return <main data-testid="sidepanel">Bağlam</main>;
}
