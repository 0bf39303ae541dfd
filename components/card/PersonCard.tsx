import { useState } from 'preact/hooks';
import { ArticleItem } from '@/components/common/ArticleItem';
import { PersonChip } from '@/components/common/PersonChip';
import { QuoteItem } from '@/components/common/QuoteItem';
import type { PersonCardData, PersonEntry, UiLanguage } from '@/core/protocol/types';
import type { Theme } from '@/lib/content/card/page-theme';
import { quotePreview } from '@/lib/shared/citation';
import type { Translate } from '@/lib/shared/i18n';

/** How many of each the card shows; the side panel has the rest. */
export const CARD_QUOTES_SHOWN = 3;
export const CARD_ARTICLES_SHOWN = 3;

export type CardStatus = 'loading' | 'ready' | 'error';
export type CardQuote = PersonCardData['quotes'][number];

export interface PersonCardProps {
  person: PersonEntry;
  data: PersonCardData | null;
  status: CardStatus;
  lang: UiLanguage;
  theme: Theme;
  t: Translate;
  formatDate(date: string | null): string;
  onOpenArticle(articleId: string): void;
  onOpenPerson(personId: string): void;
  onCopyCitation(quote: CardQuote): Promise<boolean>;
  onMute(): void;
  /** Undo of a mute, from the card's notice. */
  onUnmute(): void;
  onOpenOptions(): void;
  /** The rule "Turn off on this site" stores (`haber.example`); null on pages without a site switch. */
  offSiteRule: string | null;
  onTurnOffSite(): void;
  onClose(): void;
}

/** Full quotes before fragments, keeping the corpus order (newest first) within each. */
export function quotesForCard(quotes: readonly CardQuote[]): CardQuote[] {
  return [...quotes.filter((q) => !q.fragment), ...quotes.filter((q) => q.fragment)].slice(
    0,
    CARD_QUOTES_SHOWN,
  );
}

/**
 * The line under the name. The corpus states roles in Turkish (`İran Dini Lideri`), so an English
 * card shows the registry's English description instead; a Turkish card prefers the corpus role.
 */
export function roleLine(person: PersonEntry, data: PersonCardData | null, lang: UiLanguage): string {
  if (lang !== 'tr') return person.description[lang] || data?.role || '';
  return data?.role || person.description[lang] || '';
}

/** The hover card: a non-modal dialog named after the person. Presentational; the host wires actions. */
export function PersonCard(props: PersonCardProps) {
  const { person, data, lang, t } = props;
  const name = person.names[lang];
  const role = roleLine(person, data, lang);
  const [muted, setMuted] = useState(false);
  const headingId = `baglam-card-name-${person.id}`;

  return (
    <div
      class="card"
      // The card sits in the page's tree: without its own language, CSS uppercase follows the
      // page's (`İ` becomes `I` for Turkish labels on a page that doesn't say `lang="tr"`).
      lang={lang}
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      // Lower case: Preact sets this one as an attribute, and only an HTML document lower-cases
      // `tabIndex` for us (in an XML document the card would not take focus).
      tabindex={-1}
      data-theme={props.theme}
      data-testid="person-card"
      data-person-id={person.id}
      data-status={props.status}
    >
      <header class="card-header">
        <div class="card-title">
          <h2 id={headingId} class="card-name" data-testid="card-name">
            {name}
          </h2>
          {role ? (
            <p class="card-role" data-testid="card-role">
              {role}
            </p>
          ) : null}
          {data ? (
            <p class="card-counts muted" data-testid="card-counts">
              {data.articleCount === 1 ? t('cardArticleCountOne') : t('cardArticleCount', data.articleCount)}{' '}
              · {data.quoteCount === 1 ? t('cardQuoteCountOne') : t('cardQuoteCount', data.quoteCount)}
            </p>
          ) : null}
        </div>
        <button
          type="button"
          class="icon-button"
          aria-label={t('cardClose')}
          data-testid="card-close"
          onClick={props.onClose}
        >
          ×
        </button>
      </header>
      <div class="card-body">
        {muted ? (
          <div class="notice" data-testid="card-mute-notice">
            <p role="status" data-testid="card-muted">
              {t('cardMuted', name)}
            </p>
            <p class="notice-actions">
              <button
                type="button"
                class="small-button"
                data-testid="card-undo-mute"
                aria-label={t('cardUndoMuteLabel', name)}
                onClick={() => {
                  setMuted(false);
                  props.onUnmute();
                }}
              >
                {t('cardUndoMute')}
              </button>{' '}
              <button
                type="button"
                class="link"
                data-testid="card-muted-options"
                onClick={props.onOpenOptions}
              >
                {t('cardMutedInOptions')}
              </button>
            </p>
          </div>
        ) : (
          <CardSections {...props} />
        )}
      </div>
      <footer class="card-footer">
        <button
          type="button"
          class="link"
          data-testid="card-open-person"
          onClick={() => props.onOpenPerson(person.id)}
        >
          {t('cardOpenPerson')}
        </button>
        {muted ? null : (
          <button
            type="button"
            class="link subtle"
            data-testid="card-mute"
            onClick={() => {
              setMuted(true);
              props.onMute();
            }}
          >
            {t('cardMute')}
          </button>
        )}
        {props.offSiteRule ? (
          <button
            type="button"
            class="link subtle"
            data-testid="card-turn-off-site"
            aria-label={t('cardTurnOffSiteLabel', props.offSiteRule)}
            title={t('cardTurnOffSiteLabel', props.offSiteRule)}
            onClick={props.onTurnOffSite}
          >
            {t('cardTurnOffSite')}
          </button>
        ) : null}
      </footer>
    </div>
  );
}

function CardSections(props: PersonCardProps) {
  const { data, status, t } = props;
  if (status === 'loading' && !data) {
    return (
      <p class="muted" data-testid="card-loading">
        {t('cardLoading')}
      </p>
    );
  }
  if (status === 'error') return <p class="muted">{t('cardLoadFailed')}</p>;
  if (!data || (data.articles.length === 0 && data.quotes.length === 0)) {
    return <p class="muted">{t('cardNoArticles')}</p>;
  }
  const quotes = quotesForCard(data.quotes);
  return (
    <>
      {quotes.length ? (
        <section aria-label={t('cardQuotesHeading')}>
          <h3 class="section-title">{t('cardQuotesHeading')}</h3>
          <ul class="list" data-testid="card-quotes">
            {quotes.map((quote) => (
              <QuoteItem
                key={`${quote.articleId}:${quote.text}`}
                text={quote.text}
                fragment={quote.fragment}
                partialLabel={t('cardPartialQuote')}
                articleTitle={quote.articleTitle}
                dateText={props.formatDate(quote.date)}
                onOpenArticle={() => props.onOpenArticle(quote.articleId)}
                actions={<CopyButton quote={quote} {...props} />}
              />
            ))}
          </ul>
        </section>
      ) : null}
      {data.articles.length ? (
        <section aria-label={t('cardArticlesHeading')}>
          <h3 class="section-title">{t('cardArticlesHeading')}</h3>
          <ul class="list" data-testid="card-articles">
            {data.articles.slice(0, CARD_ARTICLES_SHOWN).map((article) => (
              <ArticleItem
                key={article.id}
                title={article.title}
                dateText={props.formatDate(article.date)}
                snippet={article.snippet}
                onOpen={() => props.onOpenArticle(article.id)}
              />
            ))}
          </ul>
        </section>
      ) : null}
      {data.coMentions.length ? (
        <section aria-label={t('cardCoMentionsHeading')}>
          <h3 class="section-title">{t('cardCoMentionsHeading')}</h3>
          <div class="chips" data-testid="card-co-mentions">
            {data.coMentions.map((other) => (
              <PersonChip
                key={other.id}
                name={other.name}
                count={other.count}
                title={other.count === 1 ? t('cardMentionedTimesOne') : t('cardMentionedTimes', other.count)}
                onOpen={() => props.onOpenPerson(other.id)}
              />
            ))}
          </div>
        </section>
      ) : null}
    </>
  );
}

function CopyButton(props: PersonCardProps & { quote: CardQuote }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const label =
    state === 'copied'
      ? props.t('cardCopied')
      : state === 'failed'
        ? props.t('cardCopyFailed')
        : props.t('cardCopyCitation');
  return (
    <button
      type="button"
      class="small-button"
      data-testid="copy-citation"
      // Three quotes, three buttons: each is named after its quote's first words.
      aria-label={state === 'idle' ? props.t('cardCopyCitationLabel', quotePreview(props.quote.text)) : label}
      aria-live="polite"
      onClick={() => {
        props.onCopyCitation(props.quote).then((ok) => setState(ok ? 'copied' : 'failed'));
      }}
    >
      {label}
    </button>
  );
}
