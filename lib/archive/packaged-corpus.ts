/**
 * The corpus files inside the extension package (`public/corpus/`, written by `pipeline/`), each
 * checked against its schema in `core/protocol/corpus-manifest.ts` and the manifest's version. This
 * is the source the archive is loaded from, and what requests read while it is being prepared or
 * when IndexedDB cannot be used: then shards are read one at a time, newest first, until the record
 * asked for turns up, and kept for the life of the worker. The content script's matcher comes packed
 * from the build (`matcher.json`), checked as strictly as a page would unpack it.
 */
import * as v from 'valibot';
import { type MatcherAnswer, matcherAnswerProblem } from '@/core/mentions/matcher-answer';
import {
  ArticleShardSchema,
  CORPUS_FORMAT,
  type CorpusManifest,
  ManifestSchema,
  PeopleShardSchema,
  type PersonRow,
  readIndexPart,
} from '@/core/protocol/corpus-manifest';
import { MatcherResponseSchema } from '@/core/protocol/messages';
import type { Article, PersonCardData, PersonEntry } from '@/core/protocol/types';

/** `matcher.json`: the `get-matcher` answer the build packed, stamped with the corpus version. */
const MatcherFileSchema = v.object({
  format: v.literal(CORPUS_FORMAT),
  corpusVersion: v.string(),
  answer: MatcherResponseSchema,
});

/** Where the corpus files come from: the extension package, or a test. */
export interface CorpusSource {
  manifest(): Promise<CorpusManifest>;
  /** A shard's records, checked against its schema and the manifest's version. */
  articleShard(file: string): Promise<Article[]>;
  peopleShard(file: string): Promise<PersonRow[]>;
  /** Every article and `registry.json`'s people: the bundled part of an archive with imports. */
  allArticles(): Promise<Article[]>;
  registry(): Promise<PersonEntry[]>;
}

/** A packaged file that is missing or does not have its shape: a broken build or package. */
export class CorpusFileError extends Error {
  override name = 'CorpusFileError';
}

/** Reads a packaged file's text; `fetchText` is replaceable for tests. */
export type FetchText = (path: string) => Promise<string>;

export const fetchPackaged: FetchText = async (path) => {
  // The packaged files are at the extension's own origin, where the background and the import
  // worker both run; no extension API (the worker has none) is needed to find them.
  const response = await fetch(new URL(path, globalThis.location.origin));
  if (!response.ok) throw new CorpusFileError(`bundled ${path} is missing (${response.status})`);
  return response.text();
};

function parseFile<T>(name: string, text: string, schema: v.GenericSchema<unknown, T>): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CorpusFileError(`${name}: not valid JSON (${(error as Error).message})`);
  }
  const result = v.safeParse(schema, json);
  if (!result.success) {
    const issue = result.issues[0];
    const at = issue.path ? ` at ${issue.path.map((item) => item.key).join('.')}` : '';
    throw new CorpusFileError(`${name}: unexpected content${at}: ${issue.message}`);
  }
  return result.output;
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = null; // let the next request try again
      throw error;
    });
    return pending;
  };
}

export class PackagedCorpus implements CorpusSource {
  private readonly shards = new Map<string, Promise<unknown>>();

  constructor(private readonly fetchText: FetchText = fetchPackaged) {}

  readonly manifest = once(
    async (): Promise<CorpusManifest> =>
      parseFile('manifest.json', await this.fetchText('/corpus/manifest.json'), ManifestSchema),
  );

  private async file<T>(
    name: string,
    schema: v.GenericSchema<unknown, T & { corpusVersion: string }>,
  ): Promise<T> {
    const { corpusVersion } = await this.manifest();
    const parsed = parseFile(name, await this.fetchText(`/corpus/${name}`), schema);
    if (parsed.corpusVersion !== corpusVersion)
      throw new CorpusFileError(
        `${name}: corpus version ${parsed.corpusVersion}, the manifest says ${corpusVersion}`,
      );
    return parsed;
  }

  async articleShard(file: string): Promise<Article[]> {
    // Checked for ids and version; the rest is as the pipeline wrote it.
    return (await this.file(file, ArticleShardSchema)).articles as unknown as Article[];
  }

  async peopleShard(file: string): Promise<PersonRow[]> {
    return (await this.file(file, PeopleShardSchema)).people as unknown as PersonRow[];
  }

  /** One part of the search index (its people part, or a shard), its files joined. */
  private async indexText(files: readonly string[]): Promise<string> {
    const { corpusVersion } = await this.manifest();
    const parts = await Promise.all(
      files.map(async (file) => {
        const part = readIndexPart(await this.fetchText(`/corpus/${file}`));
        if (!part) throw new CorpusFileError(`${file}: not a part of the search index`);
        if (part.corpusVersion !== corpusVersion)
          throw new CorpusFileError(
            `${file}: corpus version ${part.corpusVersion}, the manifest says ${corpusVersion}`,
          );
        return part.text;
      }),
    );
    return parts.join('');
  }

  /** The search index's people part, as JSON text. */
  async searchBaseText(): Promise<string> {
    return this.indexText((await this.manifest()).search.base);
  }

  /** How many shards the search index has. */
  async searchShardCount(): Promise<number> {
    return (await this.manifest()).search.shards.length;
  }

  /** Shard `n` of the search index (0 = newest), as JSON text. */
  async searchShardText(n: number): Promise<string> {
    const files = (await this.manifest()).search.shards[n];
    if (!files) throw new CorpusFileError(`search index shard ${n} is not in the manifest`);
    return this.indexText(files);
  }

  /** Names and aliases only: what the content script's matcher needs, small at any corpus size. */
  readonly registry = once(async () => {
    const json = JSON.parse(await this.fetchText('/corpus/registry.json')) as { people: PersonEntry[] };
    return json.people;
  });

  /**
   * The packed matcher the build wrote for `registry.json`'s people; throws a `CorpusFileError`
   * when the manifest names none or it does not read back whole (the caller packs the registry).
   */
  readonly matcher = once(async (): Promise<MatcherAnswer> => {
    const { matcher } = await this.manifest();
    if (!matcher) throw new CorpusFileError('manifest.json names no packed matcher');
    const { answer } = await this.file(matcher, MatcherFileSchema);
    const problem = matcherAnswerProblem(answer);
    if (problem !== null) throw new CorpusFileError(`${matcher}: ${problem}`);
    return answer;
  });

  readonly cards = once(
    async () => JSON.parse(await this.fetchText('/corpus/cards.json')) as Record<string, PersonCardData>,
  );

  /** Every packaged article, newest first (the bundled part of a combined archive). */
  async allArticles(): Promise<Article[]> {
    const shards = (await this.manifest()).articleShards;
    return (await Promise.all(shards.map((shard) => this.articleShard(shard.file)))).flat();
  }

  /** A shard read once per worker (while the archive is prepared, or without IndexedDB). */
  private cached<T>(file: string, read: (file: string) => Promise<T>): Promise<T> {
    let pending = this.shards.get(file) as Promise<T> | undefined;
    if (!pending) {
      pending = read(file);
      this.shards.set(file, pending);
      pending.catch(() => this.shards.delete(file));
    }
    return pending;
  }

  /** The articles with these ids, reading shards newest first until all are found. */
  async findArticles(ids: readonly string[]): Promise<Article[]> {
    const wanted = new Set(ids);
    const found = new Map<string, Article>();
    for (const shard of (await this.manifest()).articleShards) {
      if (found.size === wanted.size) break;
      for (const article of await this.cached(shard.file, (f) => this.articleShard(f)))
        if (wanted.has(article.id)) found.set(article.id, article);
    }
    return ids.flatMap((id) => found.get(id) ?? []);
  }

  async findPerson(id: string): Promise<PersonRow | undefined> {
    for (const shard of (await this.manifest()).peopleShards) {
      const row = (await this.cached(shard.file, (f) => this.peopleShard(f))).find((r) => r.id === id);
      if (row) return row;
    }
    return undefined;
  }
}
