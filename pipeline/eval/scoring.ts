/**
 * Scores the pipeline's reading of one article against a hand annotation: who the article names,
 * which quotes it holds and who said each, and its title. Pure; `evaluate.ts` feeds it.
 *
 * Matching is deliberately forgiving about form and strict about identity: a quote is found when
 * the predicted text starts with (or contains) the annotated opening, whatever the quote marks and
 * case; a person is found when the registry id is the same, or, for people outside the registry,
 * when the name as written is the same (case, accents and suffix-free).
 */
import { foldText } from '../../core/text/fold';
import { personSlug } from '../people/person-id';

export type GoldKind = 'direct' | 'reported' | 'scare' | 'fragment';

export interface GoldQuote {
  /** The opening words of the quote, as written. */
  text: string;
  /** Registry id, the name as written, or null when no person is named as the speaker. */
  speaker: string | null;
  kind?: GoldKind;
}

export interface GoldArticle {
  file: string;
  url: string;
  title: string;
  /** Registry ids and names as written. */
  people: string[];
  quotes: GoldQuote[];
}

export interface PredictedPerson {
  id: string;
  name: string;
}

export interface PredictedQuote {
  text: string;
  /** Id of the speaker (registry or discovered), or null. */
  speakerId: string | null;
}

export interface PredictedArticle {
  title: string;
  people: PredictedPerson[];
  quotes: PredictedQuote[];
}

export interface ArticleScore {
  peopleGold: number;
  peoplePredicted: number;
  peopleFound: number;
  /** Predicted people that match a gold person (for precision). */
  peopleCorrect: number;
  registryGold: number;
  registryLinked: number;
  quotesGold: number;
  quotesFound: number;
  speakersRight: number;
  scareGold: number;
  scareTaken: number;
  titleRight: boolean;
  /** Human-readable misses, for the verbose report. */
  misses: string[];
}

/** Lowercase, accent-free letters and digits only: quote marks, spaces and punctuation do not count. */
export function matchKey(s: string): string {
  return foldText(s).replace(/[^a-z0-9]+/g, '');
}

/** The predicted quote holds the annotated one: it starts with, or contains, the annotated opening. */
export function quoteMatches(goldText: string, predicted: string): boolean {
  const g = matchKey(goldText);
  const p = matchKey(predicted);
  if (g === '' || p === '') return false;
  if (p.includes(g)) return true;
  // A shorter prediction (a headline cut short, an unclosed quote) still counts if it is the opening.
  return p.length >= Math.min(12, g.length) && g.startsWith(p);
}

/** A gold person key (registry id or name as written) against a predicted person. */
export function personMatches(
  gold: string,
  predicted: PredictedPerson,
  registryIds: ReadonlySet<string>,
): boolean {
  if (registryIds.has(gold)) return predicted.id === gold;
  if (registryIds.has(predicted.id)) return false;
  return predicted.id === personSlug(gold) || matchKey(predicted.name) === matchKey(gold);
}

/** Titles compare without case, accents, spacing and closing punctuation. */
export function titleMatches(gold: string, predicted: string): boolean {
  const norm = (s: string) => matchKey(s.replace(/[\s.!?…:;,]+$/u, ''));
  return norm(gold) === norm(predicted);
}

export function scoreArticle(
  gold: GoldArticle,
  predicted: PredictedArticle,
  registryIds: ReadonlySet<string>,
): ArticleScore {
  const misses: string[] = [];
  const found = gold.people.filter((g) => predicted.people.some((p) => personMatches(g, p, registryIds)));
  for (const g of gold.people) if (!found.includes(g)) misses.push(`person missed: ${g}`);
  const correct = predicted.people.filter((p) => gold.people.some((g) => personMatches(g, p, registryIds)));
  for (const p of predicted.people)
    if (!correct.includes(p)) misses.push(`person extra: ${p.name} (${p.id})`);
  const registryGold = gold.people.filter((g) => registryIds.has(g));
  const registryLinked = registryGold.filter((g) => found.includes(g));

  const speakerOf = (id: string | null): PredictedPerson | null =>
    id === null ? null : (predicted.people.find((p) => p.id === id) ?? { id, name: id });
  let quotesGold = 0;
  let quotesFound = 0;
  let speakersRight = 0;
  let scareGold = 0;
  let scareTaken = 0;
  for (const q of gold.quotes) {
    const kind = q.kind ?? 'direct';
    if (kind === 'fragment') continue;
    const hits = predicted.quotes.filter((p) => quoteMatches(q.text, p.text));
    if (kind === 'scare') {
      scareGold++;
      if (hits.length > 0) {
        scareTaken++;
        misses.push(`scare quote taken: ${q.text}`);
      }
      continue;
    }
    quotesGold++;
    if (hits.length === 0) {
      misses.push(`quote missed: ${q.text}`);
      continue;
    }
    quotesFound++;
    const right = hits.every((h) => {
      const who = speakerOf(h.speakerId);
      if (q.speaker === null) return who === null;
      return who !== null && personMatches(q.speaker, who, registryIds);
    });
    if (right) speakersRight++;
    else
      misses.push(
        `wrong speaker: ${q.text} → ${hits.map((h) => h.speakerId ?? 'null').join(', ')} (want ${q.speaker})`,
      );
  }
  const titleRight = titleMatches(gold.title, predicted.title);
  if (!titleRight) misses.push(`title: ${predicted.title.slice(0, 90)}`);
  return {
    peopleGold: gold.people.length,
    peoplePredicted: predicted.people.length,
    peopleFound: found.length,
    peopleCorrect: correct.length,
    registryGold: registryGold.length,
    registryLinked: registryLinked.length,
    quotesGold,
    quotesFound,
    speakersRight,
    scareGold,
    scareTaken,
    titleRight,
    misses,
  };
}

export interface Metrics {
  articles: number;
  peoplePrecision: number;
  peopleRecall: number;
  registryLinking: number;
  quoteRecall: number;
  /** Right speakers over the gold quotes that were found. */
  speakerAccuracy: number;
  scareTaken: number;
  titleAccuracy: number;
}

export function summarize(scores: readonly ArticleScore[]): Metrics {
  const sum = (f: (s: ArticleScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    articles: scores.length,
    peoplePrecision: ratio(
      sum((s) => s.peopleCorrect),
      sum((s) => s.peoplePredicted),
    ),
    peopleRecall: ratio(
      sum((s) => s.peopleFound),
      sum((s) => s.peopleGold),
    ),
    registryLinking: ratio(
      sum((s) => s.registryLinked),
      sum((s) => s.registryGold),
    ),
    quoteRecall: ratio(
      sum((s) => s.quotesFound),
      sum((s) => s.quotesGold),
    ),
    speakerAccuracy: ratio(
      sum((s) => s.speakersRight),
      sum((s) => s.quotesFound),
    ),
    scareTaken: ratio(
      sum((s) => s.scareTaken),
      sum((s) => s.scareGold),
    ),
    titleAccuracy: ratio(
      sum((s) => (s.titleRight ? 1 : 0)),
      scores.length,
    ),
  };
}

/** Articles whose number is divisible by 3 are held out: rules are never tuned on them. */
export function splitOf(file: string): 'dev' | 'heldout' {
  const n = Number.parseInt(file, 10);
  return Number.isFinite(n) && n % 3 === 0 ? 'heldout' : 'dev';
}
