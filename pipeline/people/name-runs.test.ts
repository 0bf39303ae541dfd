import { describe, expect, it } from 'vitest';
import { findNameRuns } from './name-runs';

const names = (text: string) => findNameRuns(text).map((r) => r.name);

describe('findNameRuns', () => {
  it.each([
    ['strips the case ending after the apostrophe', "Bakan Sergey Lavrov'un açıklaması", ['Sergey Lavrov']],
    [
      'splits the title words off at the role head',
      'Kremlin Sarayı Sözcüsü Dmitriy Peskov dedi',
      ['Dmitriy Peskov'],
    ],
    ['splits at an honorific', 'Ayetullah Eşkuri konuştu', ['Eşkuri']],
    ['splits at an honorific spelt with one l', 'Ayetulah Eşkuri konuştu', ['Eşkuri']],
    ['keeps hyphenated given names', 'lideri Kim Jong-un geldi', ['Kim Jong-un']],
    ['keeps name particles', 'Veliaht Prens Muhammed bin Selman dedi', ['Muhammed bin Selman']],
    ['a run ending in a role head is a role alone', 'kaydeden Rus Sözcü, dedi', []],
    ['words in capitals are not names', 'ABD ve NATO açıklama yaptı', []],
    ['punctuation ends a run', 'Trump, Putin ile görüştü', ['Trump', 'Putin']],
    [
      'a place in a case ending after a name is a run of its own',
      'Bakan Ayla Demir Moskova’da konuştu',
      ['Ayla Demir', 'Moskova'],
    ],
    [
      'a known body glued after a name too',
      'Sözcü Can Arslan Beyaz Saray’a geldi',
      ['Can Arslan', 'Beyaz Saray'],
    ],
    [
      'a compound body named after a person stays whole',
      'Ahmet Yesevi Üniversitesi’nde konuştu',
      ['Ahmet Yesevi Üniversitesi'],
    ],
  ])('%s', (_rule, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('tells the title words and whether the run opens a sentence', () => {
    const [run] = findNameRuns('Rusya Dışişleri Bakanı Sergey Lavrov geldi.');
    expect(run).toMatchObject({
      titleWords: ['Rusya', 'Dışişleri', 'Bakanı'],
      titled: true,
      sentenceStart: true,
    });
  });
});

describe('findNameRuns, particles and professions', () => {
  it.each([
    ['two particles inside a name', 'Komisyon Başkanı Ursula von der Leyen dedi', ['Ursula von der Leyen']],
    ['a profession before a name is a title', 'Ekonomist Ayşe Demirtaş konuştu', ['Ayşe Demirtaş']],
  ])('%s', (_rule, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
