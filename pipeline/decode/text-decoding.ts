/**
 * Bytes → text for scraped news files. Promises: UTF-8 (with or without BOM) and UTF-16 (with a
 * BOM, or without one when the NUL pattern makes it unmistakable) decode exactly; a file that is
 * not UTF-8 but reads as Turkish Windows-1254 / ISO-8859-9 is decoded as such; UTF-8 text that was
 * once mis-decoded as Windows-1254 (`Ä±` for `ı`) is repaired. Everything else — empty, binary,
 * another legacy code page — throws a `TextDecodingError` whose message names the file and says
 * what to do. A UTF-8 file cut in the middle of a character decodes with a warning, not an error.
 */

export type DetectedEncoding =
  | 'utf-8'
  | 'utf-8-bom'
  | 'utf-16le'
  | 'utf-16be'
  | 'windows-1254'
  | 'iso-8859-9';

export interface DecodedText {
  text: string;
  encoding: DetectedEncoding;
  /** Things the caller should tell the user (truncated character, repaired mojibake…). */
  warnings: string[];
}

export class TextDecodingError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'TextDecodingError';
  }
}

/** Bytes inspected for binary/UTF-16 sniffing; enough to be sure, cheap on a 60 MB file. */
const SNIFF_BYTES = 64 * 1024;
/** A text file has almost no control bytes besides TAB/LF/CR/FF; scraped text may have a stray one. */
const MAX_CONTROL_BYTE_RATIO = 0.01;
/** UTF-16 without BOM: one byte of each pair is NUL in at least this share of pairs (Latin text). */
const UTF16_NUL_PAIR_RATIO = 0.6;
/**
 * In Turkish text decoded as Windows-1254, nearly every non-ASCII character is a Turkish letter or
 * typographic punctuation; Cyrillic or Greek code pages decoded the same way give mostly other
 * Latin-1 letters. Below this share the file is rejected rather than turned into gibberish.
 */
const MIN_TURKISH_SHARE_OF_NON_ASCII = 0.75;
/** Repairing mojibake needs a few telltale pairs, not one accidental `Ã¼`. */
const MIN_MOJIBAKE_PAIRS = 3;

const TURKISH_LEGACY_CHARS = new Set([...'çğıöşüÇĞİÖŞÜâîûÂÎÛéÉ“”‘’„–—…•«»°€´·']);
/** Bytes Windows-1254 leaves undefined: their presence means it is not Windows-1254 text. */
const WINDOWS_1254_UNDEFINED = new Set([0x81, 0x8d, 0x8e, 0x8f, 0x90, 0x9d, 0x9e]);
/** UTF-8 lead bytes of Turkish letters seen through Windows-1254 (`Ã`, `Ä`, `Å`) + a continuation. */
const MOJIBAKE_PAIR = /[ÃÄÅ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹Œ‘’“”•–—˜™š›œŸ]/g;

export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) throw new TextDecodingError(file, 'the file is empty');

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return finish(decodeUtf8(bytes.subarray(3), file), 'utf-8-bom');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le', file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be', file);

  const sniff = bytes.subarray(0, SNIFF_BYTES);
  const bomless16 = sniffUtf16(sniff);
  if (bomless16) return decodeUtf16(bytes, bomless16, file);
  rejectBinary(sniff, file);

  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return finish(utf8, 'utf-8');
  return decodeTurkishLegacy(bytes, file);
}

interface Utf8Result {
  text: string;
  warnings: string[];
}

function tryUtf8(bytes: Uint8Array): Utf8Result | null {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    // A file cut in the middle of a multi-byte character is still UTF-8: drop the stub and say so.
    const cut = incompleteTailLength(bytes);
    if (cut === 0) return null;
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, bytes.length - cut));
      return {
        text,
        warnings: ['the file ends in the middle of a character (truncated?); the last bytes were dropped'],
      };
    } catch {
      return null;
    }
  }
}

function decodeUtf8(bytes: Uint8Array, file: string): Utf8Result {
  const result = tryUtf8(bytes);
  if (result === null) throw new TextDecodingError(file, 'starts with a UTF-8 BOM but is not valid UTF-8');
  return result;
}

/** Bytes of an unfinished UTF-8 sequence at the very end (0 when the tail is complete). */
function incompleteTailLength(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back] as number;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

function sniffUtf16(sniff: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(sniff.length / 2);
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i + 1 < sniff.length; i += 2) {
    if (sniff[i] === 0) evenNul++;
    if (sniff[i + 1] === 0) oddNul++;
  }
  if (oddNul / pairs >= UTF16_NUL_PAIR_RATIO && evenNul === 0) return 'utf-16le';
  if (evenNul / pairs >= UTF16_NUL_PAIR_RATIO && oddNul === 0) return 'utf-16be';
  return null;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', file: string): DecodedText {
  const warnings: string[] = [];
  let body = bytes;
  if (body.length % 2 === 1) {
    body = body.subarray(0, body.length - 1);
    warnings.push('the UTF-16 file has an odd number of bytes (truncated?); the last byte was dropped');
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(body);
  } catch {
    throw new TextDecodingError(file, `looks like ${encoding.toUpperCase()} but contains invalid sequences`);
  }
  if (text.includes('\u0000')) throw new TextDecodingError(file, 'contains NUL characters: not a text file');
  return finish({ text, warnings }, encoding);
}

function rejectBinary(sniff: Uint8Array, file: string): void {
  let control = 0;
  for (const b of sniff) {
    if (b === 0) throw new TextDecodingError(file, 'contains NUL bytes: a binary file, not text');
    // TAB, LF, VT, FF, CR and ESC-free text; DEL counts as control too.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d) || b === 0x7f)
      control++;
  }
  if (control / sniff.length > MAX_CONTROL_BYTE_RATIO) {
    throw new TextDecodingError(file, 'contains many control bytes: a binary file, not text');
  }
}

function decodeTurkishLegacy(bytes: Uint8Array, file: string): DecodedText {
  let usesC1Range = false;
  for (const b of bytes) {
    if (WINDOWS_1254_UNDEFINED.has(b)) {
      throw new TextDecodingError(
        file,
        `is not UTF-8 and not Windows-1254/ISO-8859-9 (byte 0x${b.toString(16)} is undefined there); re-save it as UTF-8`,
      );
    }
    if (b >= 0x80 && b <= 0x9f) usesC1Range = true;
  }
  // WHATWG maps the ISO-8859-9 label to Windows-1254, its superset; they differ only in 0x80–0x9F.
  const text = new TextDecoder('windows-1254').decode(bytes);
  let nonAscii = 0;
  let turkish = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    if (TURKISH_LEGACY_CHARS.has(ch)) turkish++;
  }
  if (nonAscii > 0 && turkish / nonAscii < MIN_TURKISH_SHARE_OF_NON_ASCII) {
    throw new TextDecodingError(
      file,
      `is not UTF-8 and does not read as Turkish Windows-1254/ISO-8859-9 (only ${Math.round((100 * turkish) / nonAscii)}% of its non-ASCII characters are Turkish letters); re-save it as UTF-8`,
    );
  }
  const encoding = usesC1Range ? 'windows-1254' : 'iso-8859-9';
  return { text, encoding, warnings: [`decoded as ${encoding} (not UTF-8)`] };
}

function finish(result: Utf8Result, encoding: DetectedEncoding): DecodedText {
  const repaired = repairMojibake(result.text);
  if (repaired === null) return { text: result.text, encoding, warnings: result.warnings };
  return {
    text: repaired,
    encoding,
    warnings: [
      ...result.warnings,
      'the text was UTF-8 read as Windows-1254 and saved again (Ä± for ı); repaired',
    ],
  };
}

/**
 * Undoes one round of UTF-8 → Windows-1254 → UTF-8 mis-decoding, but only when the whole text maps
 * back to bytes that are valid UTF-8; otherwise the text is left alone.
 */
function repairMojibake(text: string): string | null {
  const pairs = text.match(MOJIBAKE_PAIR);
  if (!pairs || pairs.length < MIN_MOJIBAKE_PAIRS) return null;
  const bytes = encodeWindows1254(text);
  if (bytes === null) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

let reverse1254: Map<string, number> | null = null;

/**
 * Encodes text as Windows-1254 bytes; `null` when a character has no Windows-1254 byte. Exported
 * for tests and the synthetic-corpus generator, which writes legacy-encoded files on purpose.
 */
export function encodeWindows1254(text: string): Uint8Array | null {
  if (!reverse1254) {
    reverse1254 = new Map();
    const decoder = new TextDecoder('windows-1254');
    // Undefined bytes decode to the C1 control of the same number; mojibake of `Ş` needs 0x9E back.
    for (let b = 0x80; b <= 0xff; b++) {
      reverse1254.set(decoder.decode(new Uint8Array([b])), b);
    }
  }
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      out[i] = code;
      continue;
    }
    const b = reverse1254.get(text[i] as string);
    if (b === undefined) return null;
    out[i] = b;
  }
  return out;
}
