/**
 * Reads the `.txt` entries of a `.zip` without a library: the central directory is parsed by hand
 * and each entry inflated with the platform's `DecompressionStream('deflate-raw')` (Chrome,
 * Firefox, Node). Hostile zips are refused before anything is inflated when the central directory
 * says so (too many entries, too large in all, a compression ratio only a bomb has), and while
 * inflating when it lied: an entry is never inflated past its declared size or the per-file limit.
 * ZIP64, encryption and methods other than stored/deflate are reported, not guessed at.
 */
import type { CorpusSourceFile } from '@/pipeline/corpus-builder';
import {
  MAX_FILE_BYTES,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_FILES,
  MAX_ZIP_RATIO,
  RATIO_FLOOR_BYTES,
} from './import-limits';

/** The whole zip is refused: broken, a bomb, or over a limit. */
export class ZipError extends Error {
  override name = 'ZipError';
}

export interface ZipLimits {
  maxEntries: number;
  maxTotalBytes: number;
  maxEntryBytes: number;
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: MAX_IMPORT_FILES,
  maxTotalBytes: MAX_IMPORT_BYTES,
  maxEntryBytes: MAX_FILE_BYTES,
  maxRatio: MAX_ZIP_RATIO,
};

interface Entry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_BYTES = 22;
const MAX_COMMENT = 0xffff;

/** The entries named by the central directory, in its order. */
function centralDirectory(data: Uint8Array, limits: ZipLimits): Entry[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let eocd = -1;
  for (let at = data.length - EOCD_BYTES; at >= Math.max(0, data.length - EOCD_BYTES - MAX_COMMENT); at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('not a zip file, or a broken one (no central directory)');
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff)
    throw new ZipError('a ZIP64 archive (over 65,535 entries or 4 GB) is not supported');
  if (count > limits.maxEntries)
    throw new ZipError(`${count} entries, more than the ${limits.maxEntries} an import may hold`);
  if (offset + size > eocd) throw new ZipError('a broken zip (the central directory is cut off)');

  const entries: Entry[] = [];
  const names = new TextDecoder();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE)
      throw new ZipError('a broken zip (an entry of the central directory is damaged)');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: names.decode(data.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function isBomb(entry: Entry, limits: ZipLimits): boolean {
  return entry.size > RATIO_FLOOR_BYTES && entry.size / Math.max(1, entry.compressedSize) > limits.maxRatio;
}

/** Inflates raw deflate data, giving up as soon as it grows past `limit` bytes. */
async function inflate(data: Uint8Array, limit: number, name: string): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new ZipError(`${name} inflates past the size its zip declares: a zip bomb`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Entries of the zip that are not `.txt` (folders aside), each with why it was left out. */
export interface ZipReading {
  files: AsyncGenerator<CorpusSourceFile>;
  /** The `.txt` entries it will yield. */
  total: number;
  skipped: { name: string; why: string }[];
}

/**
 * Checks the zip as a whole (throws `ZipError`), then yields its `.txt` entries one at a time, each
 * with its bytes or why it could not be read (too large, encrypted, another method, damaged).
 */
export function readZip(data: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipReading {
  const entries = centralDirectory(data, limits);
  const declared = entries.reduce((n, e) => n + e.size, 0);
  if (declared > limits.maxTotalBytes)
    throw new ZipError(
      `${Math.round(declared / 1048576)} MB unpacked, more than the ${Math.round(limits.maxTotalBytes / 1048576)} MB an import may hold`,
    );
  const bomb = entries.find((e) => isBomb(e, limits));
  if (bomb)
    throw new ZipError(
      `${bomb.name} would unpack ${Math.round(bomb.size / Math.max(1, bomb.compressedSize))} times its size: a zip bomb`,
    );
  const skipped: ZipReading['skipped'] = [];
  const texts = entries.filter((e) => {
    if (e.name.endsWith('/')) return false;
    if (!/\.txt$/iu.test(e.name)) {
      skipped.push({ name: e.name, why: 'not a .txt file; skipped' });
      return false;
    }
    return true;
  });
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let unpacked = 0;
  async function* files(): AsyncGenerator<CorpusSourceFile> {
    for (const entry of texts) {
      const { name } = entry;
      if (entry.size > limits.maxEntryBytes) {
        yield {
          name,
          error: `${Math.round(entry.size / 1048576)} MB, over the ${Math.round(limits.maxEntryBytes / 1048576)} MB a file may have; skipped`,
        };
        continue;
      }
      if (entry.flags & 1) {
        yield { name, error: 'encrypted in the zip; skipped' };
        continue;
      }
      const local = entry.localOffset;
      if (local + 30 > data.length || view.getUint32(local, true) !== LOCAL_SIGNATURE) {
        yield { name, error: 'damaged in the zip (no entry header); skipped' };
        continue;
      }
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const packed = data.subarray(start, start + entry.compressedSize);
      if (packed.length < entry.compressedSize) {
        yield { name, error: 'cut off in the zip; skipped' };
        continue;
      }
      let bytes: Uint8Array;
      if (entry.method === 0) bytes = packed;
      else if (entry.method === 8) {
        try {
          bytes = await inflate(packed, entry.size, name);
        } catch (error) {
          // A bomb lying about its size stops the whole import; damaged data only this entry.
          if (error instanceof ZipError) throw error;
          yield { name, error: 'damaged in the zip (cannot be unpacked); skipped' };
          continue;
        }
      } else {
        yield { name, error: `packed with method ${entry.method}, which Bağlam cannot unpack; skipped` };
        continue;
      }
      unpacked += bytes.length;
      if (unpacked > limits.maxTotalBytes) throw new ZipError('the zip unpacks to more than it declares');
      yield { name, bytes };
    }
  }
  return { files: files(), total: texts.length, skipped };
}
