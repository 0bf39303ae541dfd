/**
 * Every quote of the seed files, with its speaker: the parser, the mention matcher, the quote
 * extractor and the role extractor working together on real scraped text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCorpusFile } from '../../pipeline/parse/corpus-parser';
import { parsePeopleRegistry } from '../../pipeline/people/people-registry';
import { extractQuotes } from '../../pipeline/quotes/quote-extractor';
import { extractRoles } from '../../pipeline/roles/role-extractor';
import { FIXTURE_PEOPLE, FIXTURE_SEEDS } from '../fixtures/paths';

const people = parsePeopleRegistry(JSON.parse(readFileSync(FIXTURE_PEOPLE, 'utf8')), 'people.json').people;

function articlesOf(file: string) {
  return parseCorpusFile(readFileSync(join(FIXTURE_SEEDS, file), 'utf8'), file).articles;
}

const [kimLetter, hamaney] = articlesOf('000_42b6dc3a42718d95.txt');
const [choeVisit] = articlesOf('004_9377e177cd8e3a59.txt');

/** paragraph, speaker id, speaker as written, fragment, the quote's start (the quote is long). */
type Row = [number, string | null, string, boolean, string];

function quoteRows(article: typeof kimLetter) {
  if (!article) throw new Error('seed article missing');
  return extractQuotes(article, people);
}

function expectQuotes(article: typeof kimLetter, rows: Row[]) {
  const got = quoteRows(article);
  expect(got.map((q) => [q.paragraph, q.speakerId, q.speakerName, q.fragment])).toEqual(
    rows.map(([p, id, name, frag]) => [p, id, name, frag]),
  );
  got.forEach((q, i) => {
    expect(q.text.startsWith((rows[i] as Row)[4]), `quote ${i}: ${q.text}`).toBe(true);
  });
  return got;
}

describe('000: Kuzey Kore Rusya ile stratejik ortaklığı güçlendirme sözü verdi', () => {
  it("has Kim Jong Un's words as reported by KCNA, a reported clause (fragment)", () => {
    const got = expectQuotes(kimLetter, [
      [2, 'kim-jong-un', 'Kim', true, '2025 yeni yılının, Rus ordusunun ve halkının neo-Nazizmi'],
    ]);
    expect(got[0]?.text.endsWith('kaydedilmesini dilediğini')).toBe(true);
  });

  it('states the roles of Kim Jong Un and Putin', () => {
    expect(extractRoles(kimLetter!, people)).toEqual([
      { personId: 'kim-jong-un', role: 'Kuzey Kore lideri' },
      { personId: 'vladimir-putin', role: 'Rusya Devlet Başkanı' },
    ]);
  });
});

describe('000: Hamaney: Trump, … "yalan söylüyor"', () => {
  it('credits every quote to Hamaney, never to Trump who is named in and around them', () => {
    expectQuotes(hamaney, [
      [-1, 'ali-khamenei', 'Hamaney', true, 'yalan söylüyor'],
      [0, 'ali-khamenei', 'İran Dini Lideri Ali Hamaney', true, 'yalan söylemekle'],
      [1, 'ali-khamenei', 'Hamaney', false, 'Trump barışı sağlamak için güç kullanmak'],
      [1, 'ali-khamenei', 'Hamaney', false, 'O, ardışık Amerikan yetkilileri'],
      [2, 'ali-khamenei', 'Hamaney', false, "ABD Ortadoğu'dan çekilmeli ve çekilecek"],
      [3, 'ali-khamenei', 'İran lideri', true, 'bölgede tehlikeli ve ölümcül bir kanserli tümör'],
      [3, 'ali-khamenei', 'İran lideri', false, 'Bu bölgedeki yolsuzluğun, savaşın'],
    ]);
  });

  it('has exactly four full Hamaney quotes, the last one through `onun`', () => {
    const full = quoteRows(hamaney).filter((q) => !q.fragment);
    expect(full).toHaveLength(4);
    expect(full.every((q) => q.speakerId === 'ali-khamenei')).toBe(true);
    expect(full[3]?.text.endsWith('Bu rejimin kökü kazınmalıdır ve kazınacaktır.')).toBe(true);
  });

  it('states the roles of Hamaney and Trump', () => {
    expect(extractRoles(hamaney!, people)).toEqual([
      { personId: 'ali-khamenei', role: 'İran Dini Lideri' },
      { personId: 'donald-trump', role: 'ABD Başkanı' },
    ]);
  });
});

describe('004: Kuzey Kore Dışişleri Bakanı Choe: "Zafer gününe kadar …"', () => {
  it("credits Choe's and Lavrov's quotes; names inside the quotes are not speakers", () => {
    expectQuotes(choeVisit, [
      [
        -1,
        'choe-son-hui',
        'Kuzey Kore Dışişleri Bakanı Choe',
        false,
        'Zafer gününe kadar Rus yoldaşlarımızın',
      ],
      [0, 'choe-son-hui', 'Kuzey Kore Dışişleri Bakanı Choe Son-hui', false, "Rusya'nın büyük bir zafer"],
      [1, 'sergey-lavrov', 'Lavrov', false, 'Ülkelerimiz arasındaki ikili ilişkiler, Rusya Devlet Başkanı'],
      [
        2,
        'choe-son-hui',
        'Kuzey Kore Dışişleri Bakanı Choe Son-hui',
        false,
        "Rusya Devlet Başkanı Vladimir Putin'in",
      ],
      [2, 'choe-son-hui', 'Choe', false, 'Ülkemizin durumu ve güvenliği'],
      [2, 'choe-son-hui', 'Choe', false, 'Liderimiz Kim Yong-un dün'],
    ]);
  });

  it('does not turn the quoted subheading (an echo of Choe) into a quote', () => {
    expect(choeVisit?.headings.map((h) => h.text)).toEqual([
      '"Rusya\'nın zafer kazanacağından şüphemiz yok"',
    ]);
    expect(quoteRows(choeVisit).some((q) => q.text === "Rusya'nın zafer kazanacağından şüphemiz yok")).toBe(
      false,
    );
  });

  it('states every role once per person and role', () => {
    expect(extractRoles(choeVisit!, people)).toEqual([
      { personId: 'choe-son-hui', role: 'Kuzey Kore Dışişleri Bakanı' },
      { personId: 'sergey-lavrov', role: 'Rusya Dışişleri Bakanı' },
      { personId: 'choe-son-hui', role: 'Kuzey Koreli Bakan' },
      { personId: 'kim-il-sung', role: 'eski Kuzey Kore lideri' },
      { personId: 'vladimir-putin', role: 'Rusya Devlet Başkanı' },
      { personId: 'kim-jong-un', role: 'Kuzey Kore lideri' },
    ]);
  });
});
