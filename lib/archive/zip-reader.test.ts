import { describe, expect, it } from 'vitest';
import { makeZip } from '@/test/fixtures/zip-writer';
import { DEFAULT_ZIP_LIMITS, readZip, ZipError } from './zip-reader';

const text = (s: string) => new TextEncoder().encode(s);

async function all(zip: ReturnType<typeof readZip>) {
  const out = [];
  for await (const file of zip.files) out.push(file);
  return out;
}

describe('reading a zip', () => {
  it('yields its .txt entries, deflated or stored, and lists what it skips', async () => {
    const zip = readZip(
      makeZip([
        { name: 'news/a.txt', data: text('Birinci haber metni.') },
        { name: 'news/b.TXT', data: text('İkinci haber.'), stored: true },
        { name: 'news/', data: new Uint8Array() },
        { name: 'news/photo.jpg', data: new Uint8Array([1, 2, 3]) },
      ]),
    );
    expect(zip.total).toBe(2);
    expect(zip.skipped).toEqual([{ name: 'news/photo.jpg', why: 'not a .txt file; skipped' }]);
    const files = await all(zip);
    expect(files.map((f) => f.name)).toEqual(['news/a.txt', 'news/b.TXT']);
    expect(new TextDecoder().decode((files[0] as { bytes: Uint8Array }).bytes)).toBe('Birinci haber metni.');
    expect(new TextDecoder().decode((files[1] as { bytes: Uint8Array }).bytes)).toBe('İkinci haber.');
  });

  it('refuses a bomb by its compression ratio before inflating it', () => {
    const zeros = new Uint8Array(20 * 1024 * 1024);
    expect(() => readZip(makeZip([{ name: 'bomb.txt', data: zeros }]))).toThrow(/zip bomb/u);
  });

  it('stops inflating an entry that lies about its size', async () => {
    const zeros = new Uint8Array(2 * 1024 * 1024);
    const zip = readZip(makeZip([{ name: 'liar.txt', data: zeros, declaredSize: 1000 }]));
    await expect(all(zip)).rejects.toThrow(/inflates past the size its zip declares/u);
  });

  it('refuses too many entries and too much in all, from the central directory', () => {
    const many = makeZip(Array.from({ length: 5 }, (_, i) => ({ name: `${i}.txt`, data: text('x') })));
    expect(() => readZip(many, { ...DEFAULT_ZIP_LIMITS, maxEntries: 4 })).toThrow(
      /5 entries, more than the 4/u,
    );
    const big = makeZip([{ name: 'a.txt', data: text('x'), declaredSize: 600 * 1024 * 1024 }]);
    expect(() => readZip(big)).toThrow(/MB unpacked, more than the 512 MB/u);
  });

  it('says so when a file is not a zip or is cut off', async () => {
    expect(() => readZip(text('just some text, not a zip at all'))).toThrow(ZipError);
    expect(() => readZip(text('just some text'))).toThrow(/not a zip file, or a broken one/u);
    const whole = makeZip([{ name: 'a.txt', data: text('Bir haber metni, biraz uzun olsun.'.repeat(20)) }]);
    expect(() => readZip(whole.slice(0, whole.length - 30))).toThrow(/broken/u);
    const shifted = new Uint8Array([...whole.slice(0, 20), ...whole.slice(40)]);
    expect(() => readZip(shifted)).toThrow(/a broken zip \(the central directory is cut off\)/u);
    // Garbage where the deflated text was: this entry is skipped, the zip is not refused.
    const garbled = whole.slice();
    garbled.fill(0xff, 35, 60);
    expect(await all(readZip(garbled))).toEqual([
      { name: 'a.txt', error: expect.stringMatching(/damaged/u) },
    ]);
  });

  it('skips an entry over the per-file limit with a warning', async () => {
    const zip = readZip(makeZip([{ name: 'big.txt', data: text('x'.repeat(2000)) }]), {
      ...DEFAULT_ZIP_LIMITS,
      maxEntryBytes: 1000,
    });
    expect(await all(zip)).toEqual([{ name: 'big.txt', error: expect.stringMatching(/skipped$/u) }]);
  });
});
