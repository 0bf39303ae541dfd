import type { SearchHit } from '@/core/search/search-types';

/** A search snippet: matched terms in `<mark>`, everything as text (never HTML). */
export function Snippet({ parts }: { parts: SearchHit['snippet'] }) {
  return (
    <p class="snippet">
      {parts.map((part, i) =>
        part.mark ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </p>
  );
}
