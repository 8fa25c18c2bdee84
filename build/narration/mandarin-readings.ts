/**
 * Readings espeak-ng gets wrong in our scripts. Its Mandarin phrase dictionary
 * (cmn_listx) is not consulted in 1.51, so every character takes its most common
 * reading: 重庆 would be "zhong4 qing4", 成都 "cheng2 dou1", 增长 "zeng1 chang2".
 * The `cmn-latn-pinyin` voice reads Latin text as tone-numbered pinyin, so these
 * words are handed over in pinyin instead. Longer words are listed before any word
 * they contain.
 */
export const MANDARIN_READINGS: ReadonlyArray<readonly [word: string, pinyin: string]> = [
  ['重庆', 'chong2 qing4'],
  ['成都', 'cheng2 du1'],
  ['银行', 'yin2 hang2'],
  ['增长', 'zeng1 zhang3'],
  ['成长', 'cheng2 zhang3'],
  ['地区', 'di4 qu1'],
  ['基地', 'ji1 di4'],
  ['之地', 'zhi1 di4'],
  ['各地', 'ge4 di4'],
  ['等地', 'deng3 di4'],
  ['为依托', 'wei2 yi1 tuo1'],
  ['为代表', 'wei2 dai4 biao3'],
  ['为愿景', 'wei2 yuan4 jing3'],
  ['为导向', 'wei2 dao3 xiang4'],
  ['作为', 'zuo4 wei2'],
  ['获得', 'huo4 de2'],
  ['取得', 'qu3 de2'],
  ['空白', 'kong4 bai2'],
  ['充分', 'chong1 fen4'],
];

/** Replaces every listed word by its pinyin, padded with spaces so syllables stay apart from the characters around them. */
export const applyMandarinReadings = (text: string): string =>
  MANDARIN_READINGS.reduce((out, [word, pinyin]) => out.split(word).join(` ${pinyin} `), text)
    .replace(/ {2,}/g, ' ')
    .trim();
