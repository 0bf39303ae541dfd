import { describe, expect, it } from 'vitest';
import type { Quote } from '../../core/protocol/types';
import { fixtureRegistryJson } from '../../test/fixtures/paths';
import { findArticlePeople } from '../people/article-people';
import { parsePeopleRegistry } from '../people/people-registry';
import {
  attributeQuotes,
  genitiveOwner,
  headingQuotesGoOn,
  isQuestionTo,
  isQuotedTerm,
  isReportedSpeech,
  personOfPhrase,
  utteranceOwnerBefore,
} from './quote-speakers';

const registry = parsePeopleRegistry(fixtureRegistryJson(), 'people.json').people;

function quote(
  text: string,
  paragraph: number,
  speakerName: string | null,
  speakerId: string | null = null,
): Quote {
  return { text, speakerId, speakerName, fragment: false, paragraph };
}

describe('isReportedSpeech', () => {
  it.each([
    ['a verbal noun in the accusative ends reported speech', 'yeni bir zafer elde etmesini dilediğini', true],
    ['a future verbal noun too', 'nasıl karşılık vereceğini bildiğini', true],
    ['a statement is direct', 'Rusya büyük bir zafer kazanacak.', false],
    ['one word is a fragment, not reported speech', 'çılgınlık', false],
  ])('%s', (_rule, text, expected) => {
    expect(isReportedSpeech(text)).toBe(expected);
  });
});

describe('isQuotedTerm', () => {
  it.each([
    ['a term named as an expression', 'Tomahawk füzeleri teslimatı', ' ifadesinin anlamı', true],
    ['a named ship', 'KAIROS', ' adlı gemi', true],
    ['a statement with a speech verb', 'Bu bir tırmanma girişimidir', ' ifadesini hatırlatan', false],
    ['words written on a banner', 'Barış hemen', ' yazan pankartlar', true],
    ['the first of several slogans listed', 'Barış için', ', ‘Halk için’ ve ‘Gelecek için’ yazan', true],
    ['a statement followed by another quote', 'Barış için buradayız', ', "Hazırız" dedi', false],
  ])('%s', (_rule, q, after, expected) => {
    expect(isQuotedTerm(q, after)).toBe(expected);
  });
});

describe('genitiveOwner', () => {
  it.each([
    [
      'a genitive name before a quote named as an utterance',
      `yanıt veren Trump'ın, "Sevindim" ifadelerine`,
      'Trump',
    ],
    [
      'a full name in the genitive',
      `muhabiri Peter Doocy'nin, "Ruslar yardım ediyor" cümlesini`,
      'Peter Doocy',
    ],
    [
      'an utterance noun after `şeklindeki`',
      `Bakan, Sözcü Ayla Demir'in "Süre doldu" şeklindeki açıklamasına`,
      'Sözcü Ayla Demir',
    ],
    ['no utterance noun after the quote', `Trump'ın "Sevindim" dedi`, null],
    ['a call named after the quote', `ekonomist Ayşe Demir'in, "Sınırlar açılsın" çağrısını`, 'Ayşe Demir'],
    ['a claim named after the quote', `Lavrov'un "Görüşme olmayacak" iddiasına`, 'Lavrov'],
  ])('%s', (_rule, text, expected) => {
    const open = text.indexOf('"');
    const close = text.indexOf('"', open + 1);
    expect(genitiveOwner(text, open + 1, close)).toBe(expected);
  });
});

describe('personOfPhrase', () => {
  const texts = [
    'Başlık',
    'Kremlin Sözcüsü Dmitriy Peskov ve Rusya Devlet Başkanı Vladimir Putin görüştü.',
    'İran’ın yeni dini lideri Mücteba Hamaney konuştu.',
  ];
  const model = findArticlePeople(texts, registry);
  it.each([
    ['a full name with its role', 'Kremlin Sözcüsü Dmitriy Peskov', 'dmitriy-peskov'],
    ['a surname', 'Peskov', 'dmitriy-peskov'],
    ['a role alone', 'Rus Sözcü', 'dmitriy-peskov'],
    ['a role alone for a registered person', 'Rus lider', 'vladimir-putin'],
    ['a lowercase role stated before the name', 'Yeni dini lider', 'mucteba-hamaney'],
    ['nobody the article names', 'Bir analist', null],
  ])('%s', (_rule, phrase, expected) => {
    expect(personOfPhrase(phrase, model, 3, 0)).toBe(expected);
  });
});

describe('personOfPhrase, a bare role', () => {
  it('refers to the person the article gave that role before a registry description that fits too', () => {
    const texts = [
      'Başlık',
      'Macaristan Dışişleri Bakanı Lajos Farkas, Moskova’da Lavrov ile görüştü.',
      'Bakan, konuştu.',
    ];
    expect(personOfPhrase('Bakan', findArticlePeople(texts, registry), 2, 0)).toBe('lajos-farkas');
  });
});

describe('personOfPhrase, a capitalised word qualifying a role', () => {
  it.each([
    [
      'a nationality from the list',
      'Rus lider',
      'Rusya Devlet Başkanı Vladimir Putin Kazan’da konuştu.',
      'vladimir-putin',
    ],
    [
      'any capitalised word right before a role head',
      'Tacik bakan',
      'Tacikistan Dışişleri Bakanı Rustam Emomali Moskova’ya gitti.',
      'rustam-emomali',
    ],
  ])('%s', (_rule, phrase, intro, expected) => {
    const texts = ['Başlık', intro, `Toplantıda konuşan ${phrase}, konuştu.`];
    const model = findArticlePeople(texts, registry, [phrase]);
    expect(model.people.map((p) => p.id)).not.toContain(phrase.split(' ')[0]?.toLowerCase());
    expect(personOfPhrase(phrase, model, 2, 30)).toBe(expected);
  });
});

describe('personOfPhrase, a family name written first', () => {
  it.each([
    [
      'the person named last of two sharing it',
      [
        'Başlık',
        'Kuzey Kore lideri Kim Jong Un törene katıldı. Parti Sözcüsü Kim Yo Jong da oradaydı.',
        'Kim, konuştu.',
      ],
      'kim-yo-jong',
    ],
    [
      'the only person with it',
      ['Başlık', 'Kuzey Kore lideri Kim Jong Un törene katıldı.', 'Kim, konuştu.'],
      'kim-jong-un',
    ],
  ])('%s', (_rule, texts, expected) => {
    const model = findArticlePeople(texts, registry);
    expect(personOfPhrase('Kim', model, 2, 5)).toBe(expected);
  });
});

describe('attributeQuotes', () => {
  const texts = [
    'Başlık',
    'Kremlin Sözcüsü Dmitriy Peskov, "Görüşme yarın olacak" dedi.',
    'Peskov, "Görüşme yarın olacak" diye yineledi.',
  ];
  const model = findArticlePeople(texts, registry);
  it('gives speakers outside the registry their own id and merges a repeated statement', () => {
    const out = attributeQuotes(
      [
        quote('Görüşme yarın olacak', 0, 'Kremlin Sözcüsü Dmitriy Peskov'),
        quote('Görüşme yarın olacak', 1, 'Peskov'),
      ],
      model,
      texts,
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ personId: 'dmitriy-peskov', speakerId: null, occurrences: 2 });
  });

  it('a quoted subheading takes the speaker whose words below repeat it', () => {
    const out = attributeQuotes(
      [quote('Görüşme yarın olacak', 0, 'Kremlin Sözcüsü Dmitriy Peskov')],
      model,
      texts,
      [{ before: 0, text: '“GÖRÜŞME YARIN”' }],
    );
    expect(out.map((q) => [q.text, q.personId])).toEqual([
      ['GÖRÜŞME YARIN', 'dmitriy-peskov'],
      ['Görüşme yarın olacak', 'dmitriy-peskov'],
    ]);
  });
});

describe('quoted subheadings', () => {
  const texts = [
    'Başlık',
    'Kremlin Sözcüsü Dmitriy Peskov, "Görüşme yarın olacak" dedi.',
    'Toplantı iki saat sürdü.',
  ];
  const model = findArticlePeople(texts, registry);
  it.each([
    ['a section naming nobody goes on with the last speaker', texts, 'dmitriy-peskov'],
    [
      'a section naming someone takes that person',
      [...texts.slice(0, 2), 'Rusya Dışişleri Bakanı Sergey Lavrov toplantıya katıldı.'],
      'sergey-lavrov',
    ],
  ])('%s', (_rule, t, expected) => {
    const m = t === texts ? model : findArticlePeople(t, registry);
    const out = attributeQuotes([quote('Görüşme yarın olacak', 0, 'Kremlin Sözcüsü Dmitriy Peskov')], m, t, [
      { before: 1, text: '"SÜREÇ UZAYACAK"' },
    ]);
    expect(out.find((q) => q.text === 'SÜREÇ UZAYACAK')?.personId).toBe(expected);
  });
});

describe('headingQuotesGoOn', () => {
  const registered = new Set(['sergey-lavrov']);
  const listed = { ...quote('Batı ile diyalog mümkün', 2, null), personId: 'sergey-lavrov' };
  const heading = { ...quote('Kapı açık', 4, null), personId: null };
  it.each([
    [
      'a quoted subheading with no speaker goes on with the last quote before it',
      '"Kapı açık"',
      'sergey-lavrov',
    ],
    ['a plain subheading is left alone', 'Kapı açık', null],
  ])('%s', (_rule, text, expected) => {
    const out = headingQuotesGoOn([listed, heading], [{ before: 4, text }], registered);
    expect(out[1]?.personId).toBe(expected);
  });
});

describe('utteranceOwnerBefore', () => {
  it.each([
    ['a statement in the genitive owner’s name', `sözcü Ayşe Demir'in açıklamasında, "`, 'Ayşe Demir'],
    ['a statement the owner made', `Lavrov'un yaptığı açıklamaya göre "`, 'Lavrov'],
    ['a written message', `Zelenskiy'nin sosyal medya paylaşımında: "`, 'Zelenskiy'],
    ['a genitive owning something else', `Trump'ın kararına tepki gösteren Peskov, "`, null],
  ])('%s', (_rule, before, expected) => {
    expect(utteranceOwnerBefore(`${before}Metin"`, before.length)).toBe(expected);
  });
});

describe('isQuestionTo', () => {
  it.each([
    ['a question put to the subject', '" sorusuna Erdoğan şöyle yanıt verdi', true],
    ['a question named as such', "' şeklindeki sorusuna, yanıt verdi", true],
    ['a statement', '" dedi.', false],
    ['a question the subject asked', '" sorusunu yöneltti.', false],
    ['a question the subject answers', '" biçimindeki soruyu cevaplayan Bakan', true],
  ])('%s', (_rule, after, expected) => {
    expect(isQuestionTo(after)).toBe(expected);
  });
});
