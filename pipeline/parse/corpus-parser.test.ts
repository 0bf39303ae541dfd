import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SEEDS } from '../../test/fixtures/paths';
import { type ParsedArticle, parseCorpusFile } from './corpus-parser';

const RAW = FIXTURE_SEEDS;
const SEED_000 = readFileSync(join(RAW, '000_42b6dc3a42718d95.txt'), 'utf8');
const SEED_004 = readFileSync(join(RAW, '004_9377e177cd8e3a59.txt'), 'utf8');

function one(text: string): ParsedArticle {
  const { articles } = parseCorpusFile(text, 'test.txt');
  expect(articles).toHaveLength(1);
  return articles[0] as ParsedArticle;
}

/** Everything a reader sees in the body, for "never repeated" checks. */
const bodyText = (a: ParsedArticle) => [...a.paragraphs, ...a.headings.map((h) => h.text)].join('\n');

describe('the seeds', () => {
  const seeds = [
    ...parseCorpusFile(SEED_000, '000.txt').articles,
    ...parseCorpusFile(SEED_004, '004.txt').articles,
  ];

  it('parse into exactly 3 articles, without warnings', () => {
    expect(seeds.map((a) => a.title)).toEqual([
      'Kuzey Kore Rusya ile stratejik ortaklığı güçlendirme sözü verdi',
      'Hamaney: Trump, Gazze\'de barış aradığını söylediğinde "yalan söylüyor"',
      'Kuzey Kore Dışişleri Bakanı Choe: "Zafer gününe kadar Rus yoldaşlarımızın yanındayız"',
    ]);
    expect(parseCorpusFile(SEED_000, '000.txt').warnings).toEqual([]);
    expect(parseCorpusFile(SEED_004, '004.txt').warnings).toEqual([]);
  });

  it('keep each headline and caption once, never in the body', () => {
    for (const a of seeds) {
      expect(bodyText(a)).not.toContain(a.title);
      for (const c of a.captions) expect(bodyText(a)).not.toContain(c.text);
      expect(bodyText(a)).not.toMatch(/^TT$/m);
    }
    expect(seeds[0]?.captions).toEqual([
      {
        text: "Kuzey Kore lideri Kim Jong Un'un Haziran 2024'teki Pyongyang ziyareti sırasında Rusya Devlet Başkanı Vladimir Putin'i karşılama töreninden",
        credit: 'AFP',
      },
    ]);
    expect(seeds[1]?.captions).toEqual([
      { text: "İran Dini Lideri Ali Hamaney, Tahran'da kalabalıkları selamladı", credit: 'EPA' },
    ]);
  });

  it('start each body with its first real paragraph', () => {
    expect(seeds[0]?.paragraphs[0]).toMatch(/^Kuzey Kore lideri Kim Jong-un dün Rusya Devlet Başkanı/);
    expect(seeds[0]?.paragraphs).toHaveLength(5);
    expect(seeds[1]?.paragraphs[0]).toMatch(/^İran Dini Lideri Ali Hamaney bugün yaptığı açıklamada/);
    expect(seeds[1]?.paragraphs).toHaveLength(4);
  });

  it('read the metadata, subtitle, dateline and subheading of 004', () => {
    const a = seeds[2] as ParsedArticle;
    expect(a).toMatchObject({
      date: '2024-11',
      category: 'Güncel',
      subtitle: "Kuzey Kore Dışişleri Bakanı, Moskova'da",
      dateline: 'MOSKOVA',
      captions: [],
      headings: [{ before: 2, text: '"Rusya\'nın zafer kazanacağından şüphemiz yok"' }],
      file: '004.txt',
    });
    expect(a.paragraphs[0]).toMatch(/^Kuzey Kore Dışişleri Bakanı Choe Son-hui, Moskova'da Rusya/);
    expect(a.paragraphs).toHaveLength(3);
  });

  it('state the publisher and wire where the text names them', () => {
    // 000/1 also says `KCNA’ya göre` (the agency a claim is attributed to): the explicit
    // publisher ← wire chain is what the article came through, so it wins.
    expect(seeds.map((a) => [a.source, a.wire])).toEqual([
      ['Şarku’l Avsat', 'Reuters'],
      ['Şarku’l Avsat', 'Reuters'],
      [null, null],
    ]);
  });

  it('have no invented dates and stable, distinct ids', () => {
    expect(seeds.map((a) => a.date)).toEqual([null, null, '2024-11']);
    expect(new Set(seeds.map((a) => a.id)).size).toBe(3);
    const again = parseCorpusFile(SEED_000, 'another-name.txt').articles;
    expect(again.map((a) => a.id)).toEqual(seeds.slice(0, 2).map((a) => a.id));
  });

  it.each([
    ['CRLF line ends', (s: string) => s.replace(/\n/g, '\r\n')],
    ['old Mac CR line ends', (s: string) => s.replace(/\n/g, '\r')],
    ['a BOM', (s: string) => `\uFEFF${s}`],
    ['NBSPs and tabs between words', (s: string) => s.replace(/ Kore /g, '\u00a0Kore\t')],
    ['trailing spaces and zero-width spaces', (s: string) => s.replace(/\n/g, '  \u200b\n')],
    ['decomposed (NFD) letters', (s: string) => s.normalize('NFD')],
  ])('read the same with %s', (_name, transform) => {
    for (const seed of [SEED_000, SEED_004]) {
      const plain = parseCorpusFile(seed, 'x.txt');
      const odd = parseCorpusFile(transform(seed), 'x.txt');
      expect(odd.warnings).toEqual([]);
      expect(odd.articles.map((a) => a.id)).toEqual(plain.articles.map((a) => a.id));
      expect(odd.articles.map((a) => [a.title, a.paragraphs.length, a.captions.length, a.subtitle])).toEqual(
        plain.articles.map((a) => [a.title, a.paragraphs.length, a.captions.length, a.subtitle]),
      );
    }
  });

  it('read the same with typographic quotes and apostrophes instead of ASCII ones', () => {
    const curly = SEED_004.replace(/"([^"\n]*)"/g, '“$1”').replace(/'/g, '’');
    const a = one(curly);
    expect(a.title).toBe(
      'Kuzey Kore Dışişleri Bakanı Choe: “Zafer gününe kadar Rus yoldaşlarımızın yanındayız”',
    );
    expect(a.headings).toEqual([{ before: 2, text: '“Rusya’nın zafer kazanacağından şüphemiz yok”' }]);
    expect(a.subtitle).toBe('Kuzey Kore Dışişleri Bakanı, Moskova’da');
    expect(a.id).toBe(one(SEED_004).id);
  });
});

describe('metadata line', () => {
  const article = (meta: string) => `${meta}\n\n- Başlık burada\n\nİlk paragraf burada yazıyor ve bitiyor.\n`;
  it.each([
    [' date 2024-11 Güncel', '2024-11', 'Güncel'],
    ['date 2024 Dünya', '2024', 'Dünya'],
    ['date 2024-11-05 Politika', '2024-11-05', 'Politika'],
    ['date 2024-3-7 Politika', '2024-03-07', 'Politika'],
    ['date: 05.11.2024 Ekonomi', '2024-11-05', 'Ekonomi'],
    ['date 2024/11/05 Dış Haberler', '2024-11-05', 'Dış Haberler'],
    ['date 5 Kasım 2024 Dünya', '2024-11-05', 'Dünya'],
    ['date Kasım 2024 Dünya', '2024-11', 'Dünya'],
    ['date 11.2024 Analiz', '2024-11', 'Analiz'],
    ['date 2024-11-05T08:30:00+03:00 Güncel', '2024-11-05', 'Güncel'],
    ['date 2024-11-05 08:30 Güncel', '2024-11-05', 'Güncel'],
    ['tarih 2024-03 Spor', '2024-03', 'Spor'],
    ['date 2024-11', '2024-11', null],
    ['date November 5, 2024 World', '2024-11-05', 'World'],
    ['date 5 November 2024 World', '2024-11-05', 'World'],
  ])('%s → %s, %s', (meta, date, category) => {
    const { articles, warnings } = parseCorpusFile(article(meta), 'm.txt');
    expect(warnings).toEqual([]);
    expect(articles[0]).toMatchObject({ date, category, title: 'Başlık burada' });
  });

  it.each([
    ['date 2024-13 Güncel', '2024-13'],
    ['date 2023-02-30 Dünya', '2023-02-30'],
    ['date 31.04.2024 Dünya', '31.04.2024'],
    ['date 0000-00 Güncel', '0000-00'],
  ])('%s: an impossible date is dropped with a warning, never corrected', (meta, raw) => {
    const { articles, warnings } = parseCorpusFile(article(meta), 'm.txt');
    expect(articles[0]?.date).toBeNull();
    expect(warnings).toEqual([
      { file: 'm.txt', line: 1, message: `unreadable date "${raw}"; the article gets no date` },
    ]);
  });

  it('does not take a sentence starting with "Tarih" for metadata', () => {
    const a = one('İki ülke yeniden masada\n\nTarih boyunca iki ülke arasında pek çok anlaşma imzalandı.\n');
    expect(a.date).toBeNull();
    expect(a.paragraphs).toEqual(['Tarih boyunca iki ülke arasında pek çok anlaşma imzalandı.']);
  });
});

describe('headline, subtitle and header zone', () => {
  it.each([
    ['- Başlık', 'Başlık'],
    ['– Başlık', 'Başlık'],
    ['• Başlık', 'Başlık'],
    ['-5 derece soğuk bekleniyor', '-5 derece soğuk bekleniyor'],
  ])('headline %s → %s', (line, title) => {
    expect(one(`${line}\n\nGövde metni burada yer alıyor.\n`).title).toBe(title);
  });

  it('keeps a subtitle line that is repeated by the scraper once', () => {
    const a = one(
      [
        'Ekonomide yeni dönem',
        'Bakan yeni programı açıkladı',
        'Bakan, Ankara’da konuştu (AA)',
        'Bakan, Ankara’da konuştu (AA)',
        'TT',
        'Ekonomide yeni dönem',
        'Bakan yeni programı açıkladı',
        'Bakan, Ankara’da konuştu (AA)',
        '',
        'Hazine ve Maliye Bakanı, orta vadeli programın ayrıntılarını paylaştı.',
      ].join('\n'),
    );
    expect(a.subtitle).toBe('Bakan yeni programı açıkladı');
    expect(a.captions).toEqual([{ text: 'Bakan, Ankara’da konuştu', credit: 'AA' }]);
    expect(a.paragraphs).toEqual(['Hazine ve Maliye Bakanı, orta vadeli programın ayrıntılarını paylaştı.']);
  });

  it('treats a line given twice in a row in the header as a caption without credit', () => {
    const a = one(
      'Başlık\n\nSeul’de gösteriler sürüyor\nSeul’de gösteriler sürüyor\n\nGöstericiler meclis önünde toplandı.\n',
    );
    expect(a.captions).toEqual([{ text: 'Seul’de gösteriler sürüyor', credit: null }]);
    expect(a.paragraphs).toEqual(['Göstericiler meclis önünde toplandı.']);
  });

  it('takes a full-sentence spot for the subtitle when the repeated header follows it', () => {
    const a = one(
      [
        'Seul’de sıkıyönetim krizi',
        'Güney Kore Devlet Başkanı, muhalefetin baskısıyla sıkıyönetim kararını geri çekti.',
        'Meclis önünde toplanan göstericiler (Reuters)',
        'TT',
        'Seul’de sıkıyönetim krizi',
        '',
        'SEUL - Güney Kore’de ilan edilen sıkıyönetim, meclisin oylamasının ardından kaldırıldı.',
      ].join('\n'),
    );
    expect(a.subtitle).toBe(
      'Güney Kore Devlet Başkanı, muhalefetin baskısıyla sıkıyönetim kararını geri çekti.',
    );
    expect(a.dateline).toBe('SEUL');
    expect(a.paragraphs).toEqual([
      'Güney Kore’de ilan edilen sıkıyönetim, meclisin oylamasının ardından kaldırıldı.',
    ]);
  });

  it('reads an English wire story in the same shape', () => {
    const a = one(
      [
        ' date 2024-12-03 World',
        '',
        '- Putin says Russia is ready for talks on Ukraine',
        '',
        'Russian President Vladimir Putin attends a meeting in Moscow (Reuters)',
        '',
        "MOSCOW (Reuters) - Russian President Vladimir Putin said on Tuesday that Moscow was ready for talks, but only on Russia's terms.",
        '',
        '"We have never refused to negotiate," Putin told reporters at the Kremlin.',
        '',
        'Western reaction',
        '',
        'A spokesman for the German government said Berlin would study the remarks closely.',
      ].join('\n'),
    );
    expect(a).toMatchObject({
      title: 'Putin says Russia is ready for talks on Ukraine',
      date: '2024-12-03',
      category: 'World',
      dateline: 'MOSCOW',
      wire: 'Reuters',
      captions: [{ text: 'Russian President Vladimir Putin attends a meeting in Moscow', credit: 'Reuters' }],
      headings: [{ before: 2, text: 'Western reaction' }],
    });
    expect(a.paragraphs[0]).toMatch(/^Russian President Vladimir Putin said on Tuesday/);
  });

  it('reads a site publication stamp and a credit line under the caption', () => {
    const a = one(
      [
        'Asgari ücrete ara zam yok',
        'Giriş Tarihi: 05.07.2024 10:30',
        'Çalışma ve Sosyal Güvenlik Bakanı, Ankara’da gazetecilerin sorularını yanıtladı',
        'Çalışma ve Sosyal Güvenlik Bakanı, Ankara’da gazetecilerin sorularını yanıtladı',
        'Fotoğraf: AA',
        '',
        'Bakan, temmuz ayında asgari ücrete ara zam yapılmayacağını açıkladı.',
      ].join('\n'),
    );
    expect(a.date).toBe('2024-07-05');
    expect(a.captions).toEqual([
      {
        text: 'Çalışma ve Sosyal Güvenlik Bakanı, Ankara’da gazetecilerin sorularını yanıtladı',
        credit: 'Fotoğraf: AA',
      },
    ]);
    expect(a.subtitle).toBeNull();
    expect(a.paragraphs).toEqual(['Bakan, temmuz ayında asgari ücrete ara zam yapılmayacağını açıkladı.']);
  });

  it('prefers the metadata line over a publication stamp', () => {
    const a = one(' date 2024-07 Ekonomi\n- Başlık\nGüncelleme: 06.07.2024\n\nGövde metni.\n');
    expect(a.date).toBe('2024-07');
  });

  it('does not take the first body paragraph for a subtitle', () => {
    const a = one(
      'Başlık\n\nİran ile ABD arasındaki dolaylı görüşmeler Umman’da başladı.\n\nİkinci paragraf.\n',
    );
    expect(a.subtitle).toBeNull();
    expect(a.paragraphs).toHaveLength(2);
  });

  it('warns about a very long first line but still uses it', () => {
    const long = `${'Çok uzun bir başlık '.repeat(15)}sonu`;
    const { articles, warnings } = parseCorpusFile(`${long}\n\nGövde.\n`, 'uzun.txt');
    expect(articles[0]?.title).toBe(long);
    expect(warnings[0]?.message).toMatch(/long for a headline/);
  });
});

describe('captions and credits', () => {
  it.each([
    ['Putin, Kremlin’de konuştu (AFP)', 'Putin, Kremlin’de konuştu', 'AFP'],
    ['Putin, Kremlin’de konuştu (Fotoğraf: AA)', 'Putin, Kremlin’de konuştu', 'Fotoğraf: AA'],
    ['Putin, Kremlin’de konuştu (Getty Images)', 'Putin, Kremlin’de konuştu', 'Getty Images'],
    ['Putin, Kremlin’de konuştu (EPA-EFE)', 'Putin, Kremlin’de konuştu', 'EPA-EFE'],
    ['Putin, Kremlin’de konuştu. (Reuters)', 'Putin, Kremlin’de konuştu.', 'Reuters'],
  ])('header caption %s', (line, text, credit) => {
    const a = one(`Başlık\n\n${line}\n\nGövde metni.\n`);
    expect(a.captions).toEqual([{ text, credit }]);
    expect(a.paragraphs).toEqual(['Gövde metni.']);
  });

  it.each(['Seçim sonuçları açıklandı (2024)', 'Eski fotoğraflar yeniden paylaşıldı (arşiv)'])(
    '%s is not a caption',
    (line) => {
      const a = one(`Başlık\n\nGiriş paragrafı burada.\n\n${line}\n\nSon paragraf.\n`);
      expect(a.captions).toEqual([]);
    },
  );

  it('moves a photo caption between body paragraphs out of the body', () => {
    const a = one(
      'Başlık\n\nBirinci paragraf burada.\n\nTahran’da düzenlenen mitingden bir kare (EPA)\n\nİkinci paragraf burada.\n',
    );
    expect(a.captions).toEqual([{ text: 'Tahran’da düzenlenen mitingden bir kare', credit: 'EPA' }]);
    expect(a.paragraphs).toEqual(['Birinci paragraf burada.', 'İkinci paragraf burada.']);
  });

  it('takes an agency sign-off at the end of the text as the wire', () => {
    const a = one('Başlık\n\nBirinci paragraf.\n\nToplantı yarın da sürecek. (AA)\n');
    expect(a.paragraphs).toEqual(['Birinci paragraf.', 'Toplantı yarın da sürecek.']);
    expect(a.wire).toBe('AA');
  });
});

describe('datelines', () => {
  it.each([
    ['MOSKOVA - Görüşme başladı.', 'MOSKOVA', null, 'Görüşme başladı.'],
    ['ANKARA (AA) - Kabine toplandı.', 'ANKARA', 'AA', 'Kabine toplandı.'],
    ['İSTANBUL (DHA) – Yağmur etkili oldu.', 'İSTANBUL', 'DHA', 'Yağmur etkili oldu.'],
    ['NEW YORK — BM Genel Kurulu açıldı.', 'NEW YORK', null, 'BM Genel Kurulu açıldı.'],
    ['WASHINGTON/BRÜKSEL - Müzakereler sürüyor.', 'WASHINGTON/BRÜKSEL', null, 'Müzakereler sürüyor.'],
    ['TAHRAN, 5 Kasım (Reuters) - İran açıklama yaptı.', 'TAHRAN', 'Reuters', 'İran açıklama yaptı.'],
  ])('%s', (first, dateline, wire, rest) => {
    const a = one(`Başlık\n\n${first}\n\nİkinci paragraf.\n`);
    expect(a.dateline).toBe(dateline);
    expect(a.wire).toBe(wire);
    expect(a.paragraphs[0]).toBe(rest);
  });

  it.each([
    'Kuzey Kore - Rusya ilişkileri yeni bir döneme girdi.',
    'AB - Türkiye ilişkileri yeniden gündemde.',
    'Moskova - Kiev hattında gerilim sürüyor.',
  ])('%s has no dateline', (first) => {
    const a = one(`Başlık\n\n${first}\n\nİkinci paragraf.\n`);
    expect(a.dateline).toBeNull();
    expect(a.paragraphs[0]).toBe(first);
  });

  it('only reads a dateline on the first paragraph', () => {
    const a = one('Başlık\n\nİlk paragraf.\n\nANKARA - Bu ikinci paragraf.\n');
    expect(a.dateline).toBeNull();
    expect(a.paragraphs[1]).toBe('ANKARA - Bu ikinci paragraf.');
  });
});

describe('in-text subheadings', () => {
  const withLine = (line: string) =>
    `Başlık\n\nBirinci paragraf burada bitiyor.\n\n${line}\n\nİkinci paragraf burada bitiyor.\n`;
  it.each([
    '"Rusya\'nın zafer kazanacağından şüphemiz yok"',
    '“Kimse bizi yıldıramaz.”',
    '«Müzakere kapısı açık»',
    '‘Yeni bir dönem’',
    'Piyasaların tepkisi',
    'Ateşkes görüşmelerinde son durum',
  ])('%s is a subheading', (line) => {
    const a = one(withLine(line));
    expect(a.headings).toEqual([{ before: 1, text: line }]);
    expect(a.paragraphs).toEqual(['Birinci paragraf burada bitiyor.', 'İkinci paragraf burada bitiyor.']);
  });

  it.each([
    'Bakan, "Kapımız açık" dedi.',
    'Görüşme sona erdi.',
    'Açıklamada şu ifadeler yer aldı:',
    '"Görüşmeler sürecek" dedi, "ama acele yok" diye ekledi',
    've ardından gelen sözler,',
  ])('%s is a paragraph', (line) => {
    const a = one(withLine(line));
    expect(a.headings).toEqual([]);
    expect(a.paragraphs).toHaveLength(3);
  });

  it('never makes the last line of an article a subheading', () => {
    const a = one('Başlık\n\nBirinci paragraf.\n\nSon söz\n');
    expect(a.headings).toEqual([]);
    expect(a.paragraphs).toEqual(['Birinci paragraf.', 'Son söz']);
  });
});

describe('publisher and wire', () => {
  it.each([
    ["Şarku’l Avsat’ın Reuters'ten aktardığına göre zirve ertelendi.", 'Şarku’l Avsat', 'Reuters'],
    ['Kore Merkezi Haber Ajansı KCNA’ya göre Kim mektup gönderdi.', null, 'KCNA'],
    [
      'KCNA’ya göre Kim mektup gönderdi. Şarku’l Avsat’ın Reuters’tan aktardığına göre zirve ertelendi.',
      'Şarku’l Avsat',
      'Reuters',
    ],
    ['Financial Times’ın haberine göre yatırımcılar temkinli.', 'Financial Times', null],
    ['AFP’nin aktardığına göre saldırıda 3 kişi öldü.', null, 'AFP'],
    ['İran’ın resmi haber ajansı IRNA’ya göre görüşme olumlu geçti.', null, 'IRNA'],
    [
      "New York Times'ın Associated Press'ten aktardığına göre oylama ertelendi.",
      'New York Times',
      'Associated Press',
    ],
    ["Ayrıca Reuters'ın bildirdiğine göre bakan istifa etti.", null, 'Reuters'],
    [
      "Al Jazeera'nın Anadolu Ajansı'ndan aktardığına göre toplantı sona erdi.",
      'Al Jazeera',
      'Anadolu Ajansı',
    ],
    ["Trump'a göre anlaşma yakın.", null, null],
    ["Hamaney'in açıkladığına göre müzakere yok.", null, null],
    ['Bakanın aktardığına göre görüşme sürüyor.', null, null],
    ['The talks will resume next week, according to Reuters.', null, 'Reuters'],
    ['The vote was delayed, according to the New York Times.', 'New York Times', null],
    ['The vote was delayed, according to the minister.', null, null],
    ['The vote was delayed, according to President Donald Trump.', null, null],
  ])('%s → %s / %s', (paragraph, source, wire) => {
    const a = one(`Başlık\n\n${paragraph}\n`);
    expect([a.source, a.wire]).toEqual([source, wire]);
  });
});

describe('several articles in one file', () => {
  const art = (title: string, body: string) =>
    `${title}\n\n${body}\n\nİkinci paragraf: ${title.toLowerCase()}.`;

  it('splits on runs of blank lines longer than the paragraph gap', () => {
    const text = [
      art('Birinci haber', 'Gövde bir.'),
      art('İkinci haber', 'Gövde iki.'),
      art('Üçüncü haber', 'Gövde üç.'),
    ].join('\n\n\n\n');
    const { articles, warnings } = parseCorpusFile(text, 'coklu.txt');
    expect(warnings).toEqual([]);
    expect(articles.map((a) => a.title)).toEqual(['Birinci haber', 'İkinci haber', 'Üçüncü haber']);
    expect(articles.map((a) => a.paragraphs.length)).toEqual([2, 2, 2]);
    expect(new Set(articles.map((a) => a.id)).size).toBe(3);
  });

  it('adapts when paragraphs are two blank lines apart and articles four', () => {
    const wide = (s: string) => s.replace(/\n\n/g, '\n\n\n');
    const text = [wide(art('Birinci haber', 'Gövde bir.')), wide(art('İkinci haber', 'Gövde iki.'))].join(
      '\n\n\n\n\n',
    );
    expect(parseCorpusFile(text, 'genis.txt').articles.map((a) => [a.title, a.paragraphs.length])).toEqual([
      ['Birinci haber', 2],
      ['İkinci haber', 2],
    ]);
  });

  it('does not split where a longer gap is followed by an ordinary sentence', () => {
    const text =
      'Tek haber\n\nBirinci paragraf.\n\nİkinci paragraf.\n\n\n\nÜçüncü paragraf da aynı habere ait.\n';
    expect(one(text).paragraphs).toHaveLength(3);
  });

  it('starts an article at every metadata line, whatever the gaps', () => {
    const text =
      ' date 2024-01 Dünya\n- Bir\n\nGövde bir.\n date 2024-02 Dünya\n- İki\n\nGövde iki.\n\n\n\nHâlâ ikinci haber.\n';
    const { articles } = parseCorpusFile(text, 'meta.txt');
    expect(articles.map((a) => [a.title, a.date, a.paragraphs.length])).toEqual([
      ['Bir', '2024-01', 1],
      ['İki', '2024-02', 2],
    ]);
  });

  it('keeps one copy of a paragraph the scraper repeated', () => {
    const a = one('Başlık\n\nAynı paragraf.\n\nAynı paragraf.\n\nFarklı paragraf.\n');
    expect(a.paragraphs).toEqual(['Aynı paragraf.', 'Farklı paragraf.']);
  });

  it('joins hard-wrapped lines of one paragraph', () => {
    const a = one(
      'Başlık\n\nDışişleri Bakanı, bugün yaptığı\naçıklamada görüşmelerin sürdüğünü\nsöyledi.\nYeni satırda yeni cümle.\n',
    );
    expect(a.paragraphs).toEqual([
      'Dışişleri Bakanı, bugün yaptığı açıklamada görüşmelerin sürdüğünü söyledi.',
      'Yeni satırda yeni cümle.',
    ]);
  });
});

describe('text cleaning', () => {
  it('keeps ZWNJ in Persian names, drops zero-width spaces and soft hyphens', () => {
    const a = one('Başlık\n\nİran basını «خامنه\u200cای» yazdı; Kara\u00addeniz\u200b sahilinde.\n');
    expect(a.paragraphs[0]).toBe('İran basını «خامنه\u200cای» yazdı; Karadeniz sahilinde.');
  });

  it('drops bidi embeddings, overrides and isolates (U+202A–E, U+2066–9) from titles and paragraphs', () => {
    const controls = '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069';
    const a = one(`Baş\u202elık\n\nPutin \u2067«سلام»\u2069 dedi.${controls}\n`);
    expect(a.title).toBe('Başlık');
    expect(a.paragraphs[0]).toBe('Putin «سلام» dedi.');
    expect(JSON.stringify(a)).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it('keeps all quote and apostrophe characters as written', () => {
    const p =
      'Bakan “evet”, ‘hayır’, «belki», „vielleicht“ ve "tamam" dedi; Erdoğan’ın ve Putin\'in sözleri.';
    expect(one(`Başlık\n\n${p}\n`).paragraphs).toEqual([p]);
  });
});

describe('warnings', () => {
  it.each([
    ['', 1, /no text/],
    ['\n\n   \n\u00a0\n', 1, /no text/],
    [' date 2024-02 Güncel\n', 1, /metadata line with no article/],
    ['Yalnızca bir başlık\n', 1, /has no body text; skipped/],
    ['TT\n', 1, /nothing but a scraper marker; skipped/],
  ])('%j gives no article and a warning', (text, line, message) => {
    const { articles, warnings } = parseCorpusFile(text, 'kotu.txt');
    expect(articles).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: 'kotu.txt', line });
    expect(warnings[0]?.message).toMatch(message);
  });

  it('warns when the file ends mid-sentence, keeping the article', () => {
    const { articles, warnings } = parseCorpusFile(
      'Başlık\n\nBirinci paragraf.\n\nGörüşmelerin ardından iki ülke ortak',
      'kesik.txt',
    );
    expect(articles[0]?.paragraphs).toHaveLength(2);
    expect(warnings).toEqual([
      { file: 'kesik.txt', line: 5, message: expect.stringMatching(/ends mid-sentence/) },
    ]);
  });

  it('skips a body-less article but keeps the others in the file', () => {
    const text = 'Boş haber\n\n\n\nDolu haber\n\nGövdesi var.\n';
    const { articles, warnings } = parseCorpusFile(text, 'karma.txt');
    expect(articles.map((a) => a.title)).toEqual(['Dolu haber']);
    expect(warnings).toEqual([
      { file: 'karma.txt', line: 1, message: 'article "Boş haber" has no body text; skipped' },
    ]);
  });
});
