import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PeopleRegistry } from '../../core/protocol/types';
import { FIXTURE_PEOPLE } from '../../test/fixtures/paths';
import { extractRoles, isRoleHead, roleBefore } from './role-extractor';

const people = (JSON.parse(readFileSync(FIXTURE_PEOPLE, 'utf8')) as PeopleRegistry).people;

function rolesIn(paragraphs: string[], title = 'Başlık', captions: string[] = []) {
  return extractRoles(
    { title, paragraphs, captions: captions.map((text) => ({ text, credit: null })) },
    people,
  );
}

describe('extractRoles: the role as the article states it right before the name', () => {
  it.each([
    ['İran Dini Lideri Ali Hamaney bugün konuştu.', 'ali-khamenei', 'İran Dini Lideri'],
    ["Rusya Devlet Başkanı Vladimir Putin'i karşıladı.", 'vladimir-putin', 'Rusya Devlet Başkanı'],
    ['Kuzey Kore lideri Kim Jong-un dün mektup gönderdi.', 'kim-jong-un', 'Kuzey Kore lideri'],
    [
      'Kuzey Kore Dışişleri Bakanı Choe Son-hui Moskova’ya geldi.',
      'choe-son-hui',
      'Kuzey Kore Dışişleri Bakanı',
    ],
    ["ABD Başkanı Donald Trump'ı suçladı.", 'donald-trump', 'ABD Başkanı'],
    ["Garda eski Kuzey Kore lideri Kim İl-sung'un anıtı açıldı.", 'kim-il-sung', 'eski Kuzey Kore lideri'],
    ['Kuzey Koreli Bakan Choe garda karşılandı.', 'choe-son-hui', 'Kuzey Koreli Bakan'],
    ['Rus lider Putin açıklama yaptı.', 'vladimir-putin', 'Rus lider'],
    ['Russian President Vladimir Putin said so.', 'vladimir-putin', 'Russian President'],
    ['North Korean leader Kim Jong Un visited.', 'kim-jong-un', 'North Korean leader'],
    ["Iran's Supreme Leader Ali Khamenei spoke.", 'ali-khamenei', 'Supreme Leader'],
    ['Ancak Rusya Dışişleri Bakanı Sergey Lavrov itiraz etti.', 'sergey-lavrov', 'Rusya Dışişleri Bakanı'],
  ])('%s', (text, personId, role) => {
    expect(rolesIn([text])).toEqual([{ personId, role }]);
  });

  it.each([
    ["KCNA’ya göre Kim'in mektubu ulaştı, Kim Jong Un yazdı."],
    ["Moskova'da Putin konuştu."],
    ['Ülkenin lideri Kim Jong Un konuştu.'],
    ['Putin, Rusya Devlet Başkanı olarak konuştu.'],
    ['Trump ve Putin görüştü.'],
  ])('states no role: %s', (text) => {
    expect(rolesIn([text])).toEqual([]);
  });

  it('keeps one entry per person and distinct role, across title, paragraphs and captions', () => {
    expect(
      rolesIn(
        [
          'İran Dini Lideri Ali Hamaney konuştu.',
          'İran dini lideri Hamaney ekledi.',
          'İran lideri Hamaney sustu.',
        ],
        'İran Dini Lideri Hamaney: "Direneceğiz"',
        ['İran Dini Lideri Ali Hamaney, Tahran’da (EPA)'],
      ),
    ).toEqual([
      { personId: 'ali-khamenei', role: 'İran Dini Lideri' },
      { personId: 'ali-khamenei', role: 'İran lideri' },
    ]);
  });

  it('reads roles of several people in one sentence', () => {
    expect(
      rolesIn(["Rusya Devlet Başkanı Vladimir Putin ve Kuzey Kore lideri Kim Jong-un'un gösterdiği ilgi"]),
    ).toEqual([
      { personId: 'vladimir-putin', role: 'Rusya Devlet Başkanı' },
      { personId: 'kim-jong-un', role: 'Kuzey Kore lideri' },
    ]);
  });
});

describe('roleBefore', () => {
  it('returns the role and where it starts', () => {
    const text = 'Dün İran Dini Lideri Ali Hamaney konuştu.';
    expect(roleBefore(text, text.indexOf('Ali'))).toEqual({ role: 'İran Dini Lideri', start: 4 });
  });
  it('needs only spaces between role and name', () => {
    const text = 'İran Dini Lideri, Ali Hamaney';
    expect(roleBefore(text, text.indexOf('Ali'))).toBeNull();
  });
});

describe('isRoleHead', () => {
  it.each([
    'lideri',
    'Lider',
    'Bakanı',
    'Başkanı',
    'Sözcüsü',
    'Cumhurbaşkanı',
    'President',
    'spokesman',
    'yetkilileri',
  ])('%s heads a role', (w) => expect(isRoleHead(w)).toBe(true));
  it.each(['Bakanlığı', 'başkent', 'Kore', 'liderliğinde'])('%s does not', (w) =>
    expect(isRoleHead(w)).toBe(false),
  );
});
