export function PopupApp() {
  return (
    <main data-testid="popup">
      <input type="search" aria-label="Search" autoFocus />
    </main>
  );
}
