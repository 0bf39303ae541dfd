/**
 * The built corpus cut into the files the extension ships (see `core/protocol/corpus-manifest.ts`):
 * articles newest first in shards of at most `maxBytes`, one row per person (stats, the article
 * summaries and quotes the person view lists, the card), the serialized search index (its people
 * part and its shards, each cut into files), the content script's matcher compiled and packed from
 * `people` (so that no worker start packs it), and
 * the manifest with counts, file lists, the recent list and a version hash of all of it. Pure: the
 * CLI writes what this returns.
 */
import { createHash } from 'node:crypto';
import { matcherAnswer } from '../../core/mentions/matcher-answer';
import {
  CORPUS_FORMAT,
  type CorpusManifest,
  indexPartHeader,
  MATCHER_FILE,
  MAX_SHARD_BYTES,
  RECENT_ROWS,
  shardFileName,
} from '../../core/protocol/corpus-manifest';
import type { BuiltCorpus, PersonCardData, PersonEntry } from '../../core/protocol/types';
import { newestFirst, personRows, summaryOf } from './person-rows';

export interface ShardOptions {
  maxBytes?: number;
}

/**
 * Packs records (already serialized) into files of at most `maxBytes`; a single record larger than
 * that gets a file of its own (the CLI warns: no real article is megabytes long).
 */
function pack(records: readonly string[], overhead: number, maxBytes: number): string[][] {
  const files: string[][] = [];
  let current: string[] = [];
  let bytes = overhead;
  for (const json of records) {
    const size = Buffer.byteLength(json) + 1;
    if (current.length > 0 && bytes + size > maxBytes) {
      files.push(current);
      current = [];
      bytes = overhead;
    }
    current.push(json);
    bytes += size;
  }
  if (current.length > 0) files.push(current);
  return files;
}

/** Room for the wrapper around the records: `{"format":2,"corpusVersion":"…","articles":[…]}`. */
const WRAPPER_BYTES = 200;
/** Version placeholder of the same length as the hash, replaced once every file is known. */
const VERSION_LENGTH = 16;
const PENDING_VERSION = '0'.repeat(VERSION_LENGTH);

/** Cuts a string into pieces of at most `maxBytes` in UTF-8, never inside a character. */
function splitText(textToSplit: string, maxBytes: number): string[] {
  const bytes = Buffer.from(textToSplit);
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; ) {
    let end = Math.min(bytes.length, at + Math.max(4, maxBytes));
    // UTF-8 continuation bytes are 10xxxxxx: step back to the start of a character.
    while (end < bytes.length && ((bytes[end] as number) & 0xc0) === 0x80) end--;
    parts.push(bytes.subarray(at, end).toString());
    at = end;
  }
  return parts.length > 0 ? parts : [''];
}

/** Every file to write, manifest last; names are relative to the output folder. */
export function corpusShardFiles(
  corpus: BuiltCorpus,
  people: readonly PersonEntry[],
  cards: Readonly<Record<string, PersonCardData>>,
  searchIndex: { base: string; shards: readonly string[] },
  options: ShardOptions = {},
): [string, string][] {
  const maxBytes = options.maxBytes ?? MAX_SHARD_BYTES;
  const wrap = (key: string, records: readonly string[]) =>
    `{"format":${CORPUS_FORMAT},"corpusVersion":"${PENDING_VERSION}","${key}":[${records.join(',')}]}`;

  const ordered = newestFirst(corpus.articles);
  const articleFiles = pack(
    ordered.map((a) => JSON.stringify(a)),
    WRAPPER_BYTES,
    maxBytes,
  );
  const rows = personRows(corpus, people, cards);
  const peopleFiles = pack(
    rows.map((r) => JSON.stringify(r)),
    WRAPPER_BYTES,
    maxBytes,
  );
  // Each part of the index (people, then each shard) cut into files under the size limit.
  const partBytes = maxBytes - indexPartHeader(PENDING_VERSION).length;
  const indexFiles: string[][] = [];
  const indexParts: string[] = [];
  for (const json of [searchIndex.base, ...searchIndex.shards]) {
    const pieces = splitText(json, partBytes);
    indexFiles.push(pieces.map((_, i) => shardFileName('search-index', indexParts.length + i)));
    indexParts.push(...pieces);
  }

  const files: [string, string][] = [
    ...articleFiles.map((records, i): [string, string] => [
      shardFileName('articles', i),
      wrap('articles', records),
    ]),
    ...peopleFiles.map((records, i): [string, string] => [
      shardFileName('people', i),
      wrap('people', records),
    ]),
    ...indexParts.map((part, i): [string, string] => [
      shardFileName('search-index', i),
      indexPartHeader(PENDING_VERSION) + part,
    ]),
    [
      MATCHER_FILE,
      `{"format":${CORPUS_FORMAT},"corpusVersion":"${PENDING_VERSION}","answer":${JSON.stringify(matcherAnswer(people))}}`,
    ],
  ];
  const hash = createHash('sha256');
  for (const [name, content] of files) hash.update(name).update('\0').update(content).update('\0');
  const corpusVersion = hash.digest('hex').slice(0, VERSION_LENGTH);
  const stamped = files.map(([name, content]): [string, string] => [
    name,
    content.startsWith(indexPartHeader(PENDING_VERSION))
      ? indexPartHeader(corpusVersion) + content.slice(indexPartHeader(PENDING_VERSION).length)
      : content.replace(`"corpusVersion":"${PENDING_VERSION}"`, `"corpusVersion":"${corpusVersion}"`),
  ]);

  const manifest: CorpusManifest = {
    format: CORPUS_FORMAT,
    corpusVersion,
    counts: {
      articles: corpus.articles.length,
      quotes: corpus.articles.reduce((n, a) => n + a.quotes.length, 0),
      people: rows.length,
    },
    articleShards: articleFiles.map((records, i) => ({
      file: shardFileName('articles', i),
      count: records.length,
    })),
    peopleShards: peopleFiles.map((records, i) => ({
      file: shardFileName('people', i),
      count: records.length,
    })),
    search: { base: indexFiles[0] ?? [], shards: indexFiles.slice(1) },
    matcher: MATCHER_FILE,
    recent: ordered.slice(0, RECENT_ROWS).map(summaryOf),
  };
  return [...stamped, ['manifest.json', JSON.stringify(manifest)]];
}
