import { describe, expect, it } from 'vitest';
import { findSingleQuotedStatements } from './single-quoted';

describe('findSingleQuotedStatements', () => {
  it.each([
    [
      'a statement with a case ending inside ends at the mark before the speech verb',
      "Erdoğan, 'Sayın Putin'le verimli bir görüşme yaptık.' dedi.",
      ["Sayın Putin'le verimli bir görüşme yaptık."],
    ],
    [
      'an utterance noun closes it too',
      "Netanyahu, 'İsrail'e karşı düşmanca bir tutum içindeler.' ifadesini kullandı.",
      ["İsrail'e karşı düşmanca bir tutum içindeler."],
    ],
    ['a short phrase is left to the quote extractor', "'Hedef 1' dedi", []],
    ['an apostrophe ending alone is no quote', "Putin'in Türkiye'ye ziyareti bekleniyor.", []],
  ])('%s', (_rule, text, expected) => {
    expect(findSingleQuotedStatements(text).map((s) => s.text)).toEqual(expected);
  });
});
