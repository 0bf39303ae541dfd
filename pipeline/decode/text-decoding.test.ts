import { describe, expect, it } from 'vitest';
import { decodeText, encodeWindows1254, TextDecodingError } from './text-decoding';

const TURKISH = 'Şarku’l Avsat’ın aktardığına göre İran Dışişleri Bakanı “çekilecek” dedi. ĞÜŞİÖÇ ğüşıöç';
const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: (Uint8Array | number[])[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
function utf16(s: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[endian === 'le' ? 2 * i : 2 * i + 1] = c & 0xff;
    out[endian === 'le' ? 2 * i + 1 : 2 * i] = c >> 8;
  }
  return out;
}
const legacy = (s: string) => encodeWindows1254(s) as Uint8Array;

describe('decodeText: text it must read exactly', () => {
  it.each([
    ['UTF-8', utf8(TURKISH), 'utf-8'],
    ['UTF-8 with BOM', concat([0xef, 0xbb, 0xbf], utf8(TURKISH)), 'utf-8-bom'],
    ['UTF-16LE with BOM', concat([0xff, 0xfe], utf16(TURKISH, 'le')), 'utf-16le'],
    ['UTF-16BE with BOM', concat([0xfe, 0xff], utf16(TURKISH, 'be')), 'utf-16be'],
    ['UTF-16LE without BOM (Latin text: every other byte NUL)', utf16(TURKISH, 'le'), 'utf-16le'],
    ['Windows-1254 with typographic quotes (bytes 0x80–0x9F)', legacy(TURKISH), 'windows-1254'],
    [
      'ISO-8859-9 (Turkish letters, no 0x80–0x9F bytes)',
      legacy("İstanbul’da değil, Ankara'da: ĞÜŞİÖÇ ğüşıöç".replace('’', "'")),
      'iso-8859-9',
    ],
  ])('%s', (_name, bytes, encoding) => {
    const decoded = decodeText(bytes, 'haber.txt');
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(
      encoding === 'iso-8859-9' ? "İstanbul'da değil, Ankara'da: ĞÜŞİÖÇ ğüşıöç" : TURKISH,
    );
  });

  it('says when a file was not UTF-8', () => {
    expect(decodeText(legacy(TURKISH), 'eski.txt').warnings).toEqual(['decoded as windows-1254 (not UTF-8)']);
    expect(decodeText(utf8(TURKISH), 'yeni.txt').warnings).toEqual([]);
  });

  it('keeps plain ASCII as UTF-8', () => {
    expect(decodeText(utf8('Reuters - Breaking news'), 'a.txt')).toEqual({
      text: 'Reuters - Breaking news',
      encoding: 'utf-8',
      warnings: [],
    });
  });

  it('repairs UTF-8 that was once read as Windows-1254 and saved again (mojibake)', () => {
    const mojibake = new TextDecoder('windows-1254').decode(utf8(TURKISH));
    expect(mojibake).toContain('Ä±');
    const decoded = decodeText(utf8(mojibake), 'bozuk.txt');
    expect(decoded.text).toBe(TURKISH);
    expect(decoded.warnings.join(' ')).toMatch(/repaired/);
  });

  it('leaves a text alone that merely contains one mojibake-looking pair', () => {
    const text = 'Ã¼ bir örnek; İstanbul’da hava güzel.';
    expect(decodeText(utf8(text), 'x.txt').text).toBe(text);
  });

  it('decodes a UTF-8 file cut in the middle of a character, dropping the stub and warning', () => {
    const bytes = utf8('Görüşme sürüyor ve iş birliği ağ');
    const decoded = decodeText(bytes.subarray(0, bytes.length - 1), 'kesik.txt');
    expect(decoded.text).toBe('Görüşme sürüyor ve iş birliği a');
    expect(decoded.warnings.join(' ')).toMatch(/truncated/);
  });

  it('drops the odd last byte of a truncated UTF-16 file, with a warning', () => {
    const bytes = concat([0xff, 0xfe], utf16('Ankara', 'le'), [0x41]);
    const decoded = decodeText(bytes, 'u16.txt');
    expect(decoded.text).toBe('Ankara');
    expect(decoded.warnings.join(' ')).toMatch(/odd number of bytes/);
  });
});

describe('decodeText: input it must reject, naming the file', () => {
  const russian1251 = new Uint8Array(
    [...'Президент России заявил, что переговоры будут продолжены.'].map((c) => {
      const code = c.charCodeAt(0);
      return code < 0x80 ? code : code - 0x410 + 0xc0;
    }),
  );
  it.each([
    ['an empty file', 'bos.txt', new Uint8Array(0), /the file is empty/],
    [
      'a PNG image',
      'resim.txt',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      /contains NUL bytes/,
    ],
    [
      'text full of control bytes',
      'kontrol.txt',
      utf8('\u0001\u0002\u0003\u0004 abc \u0005\u0006'),
      /binary/,
    ],
    [
      'Russian in Windows-1251',
      'rusca.txt',
      russian1251,
      /not UTF-8 and does not read as Turkish.*re-save it as UTF-8/,
    ],
    [
      'a byte Windows-1254 leaves undefined',
      'tanimsiz.txt',
      new Uint8Array([0x41, 0x81, 0x42, 0xe7]),
      /byte 0x81 is undefined/,
    ],
    [
      'a BOM then invalid UTF-8',
      'bom.txt',
      new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff, 0xfe, 0x41]),
      /UTF-8 BOM but is not valid UTF-8/,
    ],
  ])('%s', (_name, file, bytes, message) => {
    let thrown: unknown;
    try {
      decodeText(bytes, file);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TextDecodingError);
    expect((thrown as TextDecodingError).file).toBe(file);
    expect((thrown as Error).message.startsWith(`${file}: `)).toBe(true);
    expect((thrown as Error).message).toMatch(message);
  });
});

describe('encodeWindows1254', () => {
  it('round-trips Turkish text and refuses characters it cannot hold', () => {
    const bytes = encodeWindows1254(TURKISH);
    expect(bytes).not.toBeNull();
    expect(new TextDecoder('windows-1254').decode(bytes as Uint8Array)).toBe(TURKISH);
    expect(encodeWindows1254('Путин')).toBeNull();
  });
});
