export function OptionsApp() {
  return <main data-testid="options">Bağlam</main>;
}
