/**
 * The article reader: headline, date, category, source and wire, captions with their credit,
 * paragraphs with their subheadings; direct quotes set off with their speaker, and mentions of
 * known people as links to the person view.
 */
import { useMemo } from 'preact/hooks';
import type { Article, PersonEntry, Quote } from '@/core/protocol/types';
import {
  type InlineSegment,
  layoutParagraph,
  type MentionSpan,
  type ParagraphSegment,
  quotesByParagraph,
} from '@/lib/pages/article-segments';
import { useUi } from '@/lib/pages/ui-context';
import { useFocusHeading } from '@/lib/pages/use-focus-heading';
import { formatCorpusDate } from '@/lib/shared/i18n';
import { PanelLink } from './PanelLink';

interface Props {
  article: Article;
  people: PersonEntry[] | null;
  findMentions: (text: string) => readonly MentionSpan[];
  focusHeading: boolean;
}

function Inline({ segments }: { segments: InlineSegment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.kind === 'text' ? (
          s.text
        ) : (
          <PanelLink key={i} target={{ kind: 'person', id: s.personId }} class="mention">
            {s.text}
          </PanelLink>
        ),
      )}
    </>
  );
}

function Speaker({ quote, names }: { quote: Quote; names: Map<string, string> }) {
  const { t } = useUi();
  if (quote.speakerId) {
    const name = names.get(quote.speakerId) ?? quote.speakerName ?? quote.speakerId;
    return (
      <span class="quote-speaker">
        <PanelLink target={{ kind: 'person', id: quote.speakerId }} label={t('panelQuoteBy', name)}>
          {name}
        </PanelLink>
      </span>
    );
  }
  return <span class="quote-speaker">{quote.speakerName ?? t('panelUnknownSpeaker')}</span>;
}

function Paragraph({
  segments,
  names,
  dateline,
}: {
  segments: ParagraphSegment[];
  names: Map<string, string>;
  dateline?: string | null;
}) {
  return (
    <p>
      {dateline && <span class="dateline">{dateline} – </span>}
      {segments.map((s, i) => {
        if (s.kind !== 'quote') return <Inline key={i} segments={[s]} />;
        return (
          <span key={`q${s.quoteIndex}`} class="quote" data-quote={s.quoteIndex}>
            <q class={s.quote.fragment ? 'fragment' : undefined}>
              <Inline segments={s.children} />
            </q>
            <Speaker quote={s.quote} names={names} />
          </span>
        );
      })}
    </p>
  );
}

export function ArticleReader({ article, people, findMentions, focusHeading }: Props) {
  const { t, lang } = useUi();
  const heading = useFocusHeading<HTMLHeadingElement>(focusHeading, true);
  const names = useMemo(() => new Map((people ?? []).map((p) => [p.id, p.names[lang]])), [people, lang]);
  const layouts = useMemo(() => {
    const quotes = quotesByParagraph(article.quotes);
    return article.paragraphs.map((text, i) =>
      layoutParagraph(text, quotes.get(i) ?? [], findMentions(text)),
    );
  }, [article, findMentions]);

  const headingsBefore = new Map<number, string[]>();
  for (const h of article.headings) {
    const at = Math.min(h.before, article.paragraphs.length);
    headingsBefore.set(at, [...(headingsBefore.get(at) ?? []), h.text]);
  }
  const meta = [article.category, formatCorpusDate(article.date, lang)].filter(Boolean).join(' · ');
  const provenance = [
    article.source ? t('panelSource', article.source) : null,
    article.wire ? t('panelWire', article.wire) : null,
  ].filter(Boolean);

  return (
    <article class="view reader" data-testid="article-reader" data-article={article.id}>
      {meta && <p class="meta">{meta}</p>}
      <h1 tabIndex={-1} ref={heading} class="headline">
        {article.title}
      </h1>
      {article.subtitle && <p class="subtitle">{article.subtitle}</p>}
      {provenance.length > 0 && <p class="muted provenance">{provenance.join(' · ')}</p>}
      {article.captions.map((c, i) => (
        <p key={i} class="caption">
          {c.text}
          {c.credit && <span class="credit">{t('panelPhotoCredit', c.credit)}</span>}
        </p>
      ))}
      <div class="body">
        {layouts.map((layout, i) => (
          <div key={i} class="paragraph">
            {(headingsBefore.get(i) ?? []).map((h) => (
              <h2 key={h}>{h}</h2>
            ))}
            <Paragraph
              segments={layout.segments}
              names={names}
              dateline={i === 0 ? article.dateline : null}
            />
            {layout.unplaced.map(({ quoteIndex, quote }) => (
              <blockquote key={quoteIndex} class="quote-block" data-quote={quoteIndex}>
                <p>{quote.text}</p>
                <Speaker quote={quote} names={names} />
              </blockquote>
            ))}
          </div>
        ))}
        {(headingsBefore.get(article.paragraphs.length) ?? []).map((h) => (
          <h2 key={h}>{h}</h2>
        ))}
      </div>
    </article>
  );
}
