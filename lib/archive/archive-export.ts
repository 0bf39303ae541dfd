/**
 * The one file an export writes (`baglam-archive-YYYY-MM-DD.json`): a format tag and version, the
 * user's settings and every imported collection with its stored articles (and what the builder
 * needs of them), so that importing it gives back the same archive. The bundled corpus is not in it:
 * every copy of the extension has it. Reading one is as careful as reading a folder: every field the
 * archive relies on is checked, and a file that fails is refused whole, naming what is wrong.
 */
import * as v from 'valibot';
import { type Settings, SettingsSchema } from '@/core/protocol/settings-schema';
import type { Article } from '@/core/protocol/types';
import type { CollectionInfo, ImportedArticle } from './archive-db';

export const EXPORT_FORMAT = 'baglam-archive-export';
export const EXPORT_VERSION = 1;

export interface ExportedCollection {
  info: CollectionInfo;
  articles: Omit<ImportedArticle, 'collection' | 'id'>[];
}

export interface ArchiveExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  settings: Settings;
  collections: ExportedCollection[];
}

/** The export's file name for a day: `baglam-archive-2026-12-02.json`. */
export function exportFileName(now: Date): string {
  return `baglam-archive-${now.toISOString().slice(0, 10)}.json`;
}

export function archiveExport(
  collections: readonly { info: CollectionInfo; articles: readonly ImportedArticle[] }[],
  settings: Settings,
  exportedAt: Date,
): ArchiveExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    settings,
    collections: collections.map(({ info, articles }) => ({
      info,
      articles: articles.map(({ file, article, facts }) => ({ file, article, facts })),
    })),
  };
}

const text = v.string();
const nullableText = v.nullable(text);
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const id = v.pipe(text, v.minLength(1), v.maxLength(200));

/** What the reader, search and rows read of an article; other fields pass through as they came. */
const ArticleSchema = v.looseObject({
  id,
  title: text,
  date: nullableText,
  category: nullableText,
  source: nullableText,
  wire: nullableText,
  dateline: nullableText,
  subtitle: nullableText,
  captions: v.array(v.looseObject({ text, credit: nullableText })),
  headings: v.array(v.looseObject({ before: count, text })),
  paragraphs: v.array(text),
  quotes: v.array(
    v.looseObject({
      text,
      speakerId: nullableText,
      speakerName: nullableText,
      fragment: v.boolean(),
      paragraph: v.pipe(v.number(), v.integer(), v.minValue(-1)),
      personId: v.optional(nullableText),
    }),
  ),
  roles: v.array(v.looseObject({ personId: text, role: text })),
  people: v.optional(v.array(v.looseObject({ id, name: text }))),
  file: text,
});

const CollectionSchema = v.object({
  info: v.object({
    id,
    name: text,
    importedAt: text,
    counts: v.object({ files: count, articles: count, quotes: count }),
    warnings: count,
  }),
  articles: v.array(
    v.object({
      file: text,
      article: ArticleSchema,
      facts: v.array(v.object({ id, name: text, forms: v.array(text), roles: v.array(text) })),
    }),
  ),
});

const ExportSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: text,
  settings: SettingsSchema,
  collections: v.array(CollectionSchema),
});

export class ExportFileError extends Error {
  override name = 'ExportFileError';
}

/** The collections (as imported records) and settings of an export file; throws `ExportFileError`. */
export function readExport(json: string): {
  collections: { info: CollectionInfo; articles: ImportedArticle[] }[];
  settings: Settings;
} {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new ExportFileError('not a Bağlam export (not JSON)');
  }
  if ((raw as { format?: unknown } | null)?.format !== EXPORT_FORMAT)
    throw new ExportFileError('not a Bağlam export (no format tag)');
  if ((raw as { version?: unknown }).version !== EXPORT_VERSION)
    throw new ExportFileError(
      `an export of format version ${String((raw as { version?: unknown }).version)}, this Bağlam reads ${EXPORT_VERSION}`,
    );
  const result = v.safeParse(ExportSchema, raw);
  if (!result.success) {
    const issue = result.issues[0];
    const at = issue.path ? issue.path.map((item) => String(item.key)).join('.') : '';
    const what = at.startsWith('settings') ? 'its settings are not valid' : 'it is damaged';
    throw new ExportFileError(`${what} (${at || 'file'}: ${issue.message}); nothing was changed`);
  }
  return {
    settings: result.output.settings,
    collections: result.output.collections.map(({ info, articles }) => ({
      info,
      articles: articles.map((a) => ({
        collection: info.id,
        id: a.article.id,
        file: a.file,
        article: a.article as unknown as Article,
        facts: a.facts,
      })),
    })),
  };
}
