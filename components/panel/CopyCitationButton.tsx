/**
 * "Copy citation" for a quote in the side panel: the same text and format as the hover card's
 * (the format is the user's `citationStyle`), written with the async clipboard API, which an
 * extension page may use on a click.
 */
import { useState } from 'preact/hooks';
import { useUi } from '@/lib/pages/ui-context';
import { type CitationParts, formatCitation, quotePreview } from '@/lib/shared/citation';

export function CopyCitationButton({ parts }: { parts: CitationParts }) {
  const { t, lang, citationStyle } = useUi();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const label =
    state === 'copied' ? t('cardCopied') : state === 'failed' ? t('cardCopyFailed') : t('cardCopyCitation');
  return (
    <button
      type="button"
      class="link-button copy-citation"
      data-testid="copy-citation"
      // One per quote: each named after its quote's first words.
      aria-label={state === 'idle' ? t('cardCopyCitationLabel', quotePreview(parts.text)) : label}
      aria-live="polite"
      onClick={() => {
        const text = formatCitation(parts, lang, citationStyle ?? 'plain');
        navigator.clipboard.writeText(text).then(
          () => setState('copied'),
          () => setState('failed'),
        );
      }}
    >
      {label}
    </button>
  );
}
