/** Every keyboard shortcut Bağlam has, as a definition list: shown on the welcome and options pages. */
import { useUi } from '@/lib/pages/ui-context';
import type { MessageKey } from '@/lib/shared/i18n';

const SHORTCUTS: { keys: string[]; what: MessageKey }[] = [
  { keys: ['Alt', 'Shift', '↓'], what: 'shortcutNextMention' },
  { keys: ['Alt', 'Shift', '↑'], what: 'shortcutPreviousMention' },
  { keys: ['Esc'], what: 'shortcutCloseCard' },
  { keys: ['Alt', 'Shift', 'B'], what: 'shortcutOpenPanel' },
  { keys: ['↑', '↓', 'Enter'], what: 'shortcutResults' },
  { keys: ['Alt', '←'], what: 'shortcutPanelBack' },
  { keys: ['Alt', '→'], what: 'shortcutPanelForward' },
];

export function ShortcutList() {
  const { t } = useUi();
  return (
    <dl class="shortcuts" data-testid="shortcuts">
      {SHORTCUTS.map((s) => (
        <div key={s.what} class="shortcut">
          <dt>
            {s.keys.map((key, i) => (
              <span key={key}>
                {i > 0 && (s.keys[0] === '↑' ? ' ' : '+')}
                <kbd>{key}</kbd>
              </span>
            ))}
          </dt>
          <dd>{t(s.what)}</dd>
        </div>
      ))}
    </dl>
  );
}
