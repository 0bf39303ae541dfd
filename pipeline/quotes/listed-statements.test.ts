import { describe, expect, it } from 'vitest';
import { fixtureRegistryJson } from '../../test/fixtures/paths';
import { findArticlePeople } from '../people/article-people';
import { parsePeopleRegistry } from '../people/people-registry';
import { listedStatements, listItemOf } from './listed-statements';

const registry = parsePeopleRegistry(fixtureRegistryJson(), 'people.json').people;
const registered = new Set(registry.map((p) => p.id));

describe('listItemOf', () => {
  it.each([
    ['an emoji bullet and single marks', "⚡️ ‘Barış görüşmeleri sürecek'", 'Barış görüşmeleri sürecek', true],
    ['a round bullet and double marks', '• "Yaptırımlar işe yaramıyor."', 'Yaptırımlar işe yaramıyor.', true],
    ['a dash and curly single marks', '- ‘Sınırlarımızı koruyacağız’', 'Sınırlarımızı koruyacağız', true],
    ['no bullet, wholly quoted', "'Kapımız her zaman açık'", 'Kapımız her zaman açık', false],
    ['a bullet with no quote marks', '⚡️ Barış görüşmeleri sürecek.', null, null],
    ['a short slogan', "⚡️ 'Zafer'", null, null],
    ['a sentence that quotes', 'Lavrov, "Hazırız" dedi.', null, null],
  ])('%s', (_rule, paragraph, text, bulleted) => {
    const item = listItemOf(paragraph);
    expect(item ? [item.text, item.bulleted] : [null, null]).toEqual([text, bulleted]);
  });
});

describe('listedStatements', () => {
  const read = (texts: string[]) =>
    listedStatements(texts, [], findArticlePeople(texts, registry), registered).map((q) => [
      q.text,
      q.personId,
    ]);

  it.each([
    [
      'items under a lead ending in a colon are the words of the person it names',
      [
        'Başlık',
        "Rusya Dışişleri Bakanı Sergey Lavrov'un açıklamasından öne çıkanlar:",
        "⚡️ ‘Batı ile diyalog mümkün'",
        "⚡️ ‘Yaptırımlar bizi durduramaz'",
      ],
      [
        ['Batı ile diyalog mümkün', 'sergey-lavrov'],
        ['Yaptırımlar bizi durduramaz', 'sergey-lavrov'],
      ],
    ],
    [
      'a quotation left open under a colon lead is the lead speaker’s and runs to the paragraph end',
      [
        'Başlık',
        "Rusya Dışişleri Bakanı Sergey Lavrov'un konuşmasından bölümler:",
        "- 'Kapımız açık. Ankara'nın önerisini dikkatle inceliyoruz.",
        'Görüşmeler haftaya sürecek.',
      ],
      [["Kapımız açık. Ankara'nın önerisini dikkatle inceliyoruz.", 'sergey-lavrov']],
    ],
    [
      'a quotation left open with no colon lead is not read',
      ['Başlık', 'Lavrov dün Ankara’daydı.', "'Kapımız açık ve öneriyi inceliyoruz."],
      [],
    ],
    [
      'a wholly quoted paragraph after a plain one is not a list item',
      ['Başlık', 'Lavrov dün Ankara’daydı.', "'Kapımız her zaman açık'"],
      [],
    ],
    [
      'a bulleted item with no lead speaker names nobody',
      ['Başlık', 'Toplantıdan notlar', "• 'Bir sonraki tur Cenevre'de'"],
      [["Bir sonraki tur Cenevre'de", null]],
    ],
  ])('%s', (_rule, texts, expected) => {
    expect(read(texts)).toEqual(expected);
  });
});
