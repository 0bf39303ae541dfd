/**
 * The person view: name, roles as the articles state them, every quote (newest first, each linked
 * to its article), every article mentioning them with counts, and the people they appear with.
 */
import { useState } from 'preact/hooks';
import type { PersonEntry, Quote } from '@/core/protocol/types';
import { useUi } from '@/lib/pages/ui-context';
import { useFocusHeading } from '@/lib/pages/use-focus-heading';
import type { PersonData } from '@/lib/pages/use-person';
import { citationPartsOf } from '@/lib/shared/citation';
import { formatCorpusDate } from '@/lib/shared/i18n';
import { CopyCitationButton } from './CopyCitationButton';
import { PanelLink } from './PanelLink';

/**
 * Quotes and articles shown at first, and added per "show more": a person in thousands of
 * articles would otherwise open as thousands of rows, slow to lay out and to read through.
 */
export const PERSON_LIST_STEP = 20;

interface Props {
  data: PersonData;
  people: PersonEntry[] | null;
  focusHeading: boolean;
}

export function PersonView({ data, people, focusHeading }: Props) {
  const { t, lang } = useUi();
  const heading = useFocusHeading<HTMLHeadingElement>(focusHeading, true);
  const { person, stats, counts, articles } = data;
  const names = new Map((people ?? []).map((p) => [p.id, p.names[lang]]));
  const quotes = stats.quotes.flatMap((ref) => {
    const article = articles.get(ref.articleId);
    const quote = (article?.quotes as Partial<Record<number, Quote>> | undefined)?.[ref.index];
    return article && quote ? [{ ref, article, quote }] : [];
  });
  const articleRows = stats.articles.flatMap(({ articleId, count }) => {
    const article = articles.get(articleId);
    return article ? [{ article, count }] : [];
  });
  const [quotesShown, setQuotesShown] = useState(PERSON_LIST_STEP);
  const [articlesShown, setArticlesShown] = useState(PERSON_LIST_STEP);

  return (
    <section class="view person" data-testid="person-view" data-person={person.id}>
      <h1 tabIndex={-1} ref={heading}>
        {person.names[lang]}
      </h1>
      <p class="muted description">{person.description[lang]}</p>

      {stats.roles.length > 0 && (
        <section aria-labelledby="person-roles">
          <h2 id="person-roles">{t('panelRoles')}</h2>
          <ul class="plain-list roles">
            {stats.roles.map((r, i) => (
              <li key={r.role}>
                <span class="role">{r.role}</span>{' '}
                <span class="count">
                  {(counts.roles[i] ?? r.articleIds.length) === 1
                    ? t('panelRoleArticlesOne')
                    : t('panelRoleArticles', counts.roles[i] ?? r.articleIds.length)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="person-quotes">
        <h2 id="person-quotes">{t('panelQuotes', counts.quotes)}</h2>
        {quotes.length === 0 && <p class="muted">{t('panelNoQuotes')}</p>}
        <ol class="plain-list quotes" data-testid="person-quotes">
          {quotes.slice(0, quotesShown).map(({ ref, article, quote }) => (
            <li key={`${ref.articleId}#${ref.index}`} class="quote-item">
              <blockquote class={quote.fragment ? 'fragment' : undefined}>
                <p>{quote.text}</p>
              </blockquote>
              <p class="quote-source">
                {quote.fragment && <span class="kind">{t('panelFragment')}</span>}{' '}
                <PanelLink target={{ kind: 'article', id: article.id }}>{article.title}</PanelLink>
                {article.date && <span class="muted"> · {formatCorpusDate(article.date, lang)}</span>}{' '}
                <CopyCitationButton
                  parts={citationPartsOf(
                    {
                      ...quote,
                      articleTitle: article.title,
                      date: article.date,
                      source: article.source,
                      wire: article.wire,
                    },
                    person.names[lang],
                    formatCorpusDate(article.date, lang),
                  )}
                />
              </p>
            </li>
          ))}
        </ol>
        <MoreRows
          shown={Math.min(quotesShown, quotes.length)}
          listed={quotes.length}
          total={counts.quotes}
          testId="person-quotes-more"
          onMore={() => setQuotesShown((n) => n + PERSON_LIST_STEP)}
        />
      </section>

      <section aria-labelledby="person-articles">
        <h2 id="person-articles">{t('panelArticles', counts.articles)}</h2>
        <ul class="plain-list articles" data-testid="person-articles">
          {articleRows.slice(0, articlesShown).map(({ article, count }) => (
            <li key={article.id} class="article-row">
              <PanelLink target={{ kind: 'article', id: article.id }}>{article.title}</PanelLink>
              <span class="muted row-meta">
                {formatCorpusDate(article.date, lang)}{' '}
                <span class="count">{t('commonMentionCount', count)}</span>
              </span>
            </li>
          ))}
        </ul>
        <MoreRows
          shown={Math.min(articlesShown, articleRows.length)}
          listed={articleRows.length}
          total={counts.articles}
          testId="person-articles-more"
          onMore={() => setArticlesShown((n) => n + PERSON_LIST_STEP)}
        />
      </section>

      {stats.coMentions.length > 0 && (
        <section aria-labelledby="person-with">
          <h2 id="person-with">{t('panelCoMentions')}</h2>
          <ul class="plain-list co-mentions">
            {stats.coMentions.map((c) => (
              <li key={c.personId}>
                <PanelLink target={{ kind: 'person', id: c.personId }}>
                  {names.get(c.personId) ?? c.personId}
                </PanelLink>{' '}
                <span class="count">
                  {c.count === 1 ? t('panelSharedArticlesOne') : t('panelSharedArticles', c.count)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

/**
 * Below a list: a button for the next rows the view holds, and when the archive has more than the
 * view holds (those it was sent are listed), a line saying so.
 */
function MoreRows(props: {
  shown: number;
  listed: number;
  total: number;
  testId: string;
  onMore: () => void;
}) {
  const { t } = useUi();
  const next = Math.min(PERSON_LIST_STEP, props.listed - props.shown);
  return (
    <>
      {next > 0 && (
        <button type="button" class="link-button more-rows" data-testid={props.testId} onClick={props.onMore}>
          {t('panelShowMore', next)}
        </button>
      )}
      {next <= 0 && props.total > props.listed && (
        <p class="muted" data-testid={`${props.testId}-partial`}>
          {t('panelListedOf', props.listed, props.total)}
        </p>
      )}
    </>
  );
}
