import { applyMandarinReadings } from './mandarin-readings';
import type { NarrationLanguage } from './voices';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Reads digits one by one, as years and decimal fractions are said (2020 → 二零二零). */
const digitByDigit = (digits: string): string => [...digits].map((d) => DIGITS[Number(d)]).join('');

/** Reads a whole number below 100 000 000 the way a Mandarin speaker would (e.g. 480 → 四百八十). */
const integerToChinese = (n: number): string => {
  if (n === 0) return DIGITS[0]!;
  if (n >= 100_000_000) return digitByDigit(String(n));
  const wan = Math.floor(n / 10_000);
  const rest = n % 10_000;
  if (wan > 0) {
    const head = integerToChinese(wan) + '万';
    if (rest === 0) return head;
    return head + (rest < 1000 ? '零' : '') + integerToChinese(rest);
  }
  const units = ['千', '百', '十', ''];
  const parts = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let out = '';
  let pendingZero = false;
  parts.forEach((d, i) => {
    if (d === 0) {
      if (out) pendingZero = true;
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += DIGITS[d]! + units[i];
  });
  // 10–19 are said 十, 十一 …, not 一十, 一十一.
  return out.startsWith('一十') ? out.slice(1) : out;
};

/** Reads a decimal such as "160.3" as 一百六十点三 (the fraction digit by digit). */
const numberToChinese = (text: string): string => {
  const [whole = '0', fraction] = text.split('.');
  const head = integerToChinese(Number(whole));
  return fraction ? `${head}点${digitByDigit(fraction)}` : head;
};

/**
 * Latin letters as Chinese speakers name them ("5G" is said 五吉). The Mandarin voice
 * reads Latin as pinyin, which would turn "CE" into a syllable.
 */
const LETTER_NAMES: Readonly<Record<string, string>> = {
  A: '诶',
  B: '比',
  C: '西',
  D: '迪',
  E: '伊',
  F: '艾弗',
  G: '吉',
  H: '艾尺',
  I: '艾',
  J: '杰',
  K: '开',
  L: '艾勒',
  M: '艾姆',
  N: '恩',
  O: '欧',
  P: '屁',
  Q: '丘',
  R: '艾儿',
  S: '艾斯',
  T: '提',
  U: '优',
  V: '维',
  W: '达布溜',
  X: '艾克斯',
  Y: '歪',
  Z: '贼',
};

/**
 * espeak-ng's Mandarin voice does not read Arabic numerals, decimals and "%" the
 * way a Mandarin speaker would, so Chinese scripts are rewritten into words before
 * synthesis, and words it misreads are given in pinyin. The caption keeps the
 * original text; only what is spoken changes.
 */
const spokenChinese = (text: string): string =>
  applyMandarinReadings(
    text
      .replace(/(\d{4})年/g, (_, year: string) => `${digitByDigit(year)}年`)
      .replace(/(\d+(?:\.\d+)?)%/g, (_, n: string) => `百分之${numberToChinese(n)}`)
      // "近2年" is said 近两年: 两, not 二, counts things.
      .replace(/(?<![\d.])2(?=年|个|家)/g, '两')
      .replace(/\d+(?:\.\d+)?/g, (n) => numberToChinese(n))
      .replace(/[A-Z]/g, (letter) => LETTER_NAMES[letter] ?? letter)
      .replace(/——/g, '，')
      .replace(/[“”‘’]/g, ''),
    // Last, because the pinyin's tone numbers must not be turned into Chinese numerals.
  );

/**
 * English needs typographic quotes removed, which espeak-ng otherwise may voice as pauses,
 * and the caption's unit "km" said in full.
 */
const spokenEnglish = (text: string): string =>
  text
    .replace(/[“”]/g, '')
    .replace(/’/g, "'")
    .replace(/–/g, ' ')
    .replace(/(\d) km\b/g, '$1 kilometres');

/** Returns the text to hand to the synthesiser for one caption sentence. */
export const spokenText = (text: string, lang: NarrationLanguage): string =>
  lang === 'zh-CN' ? spokenChinese(text) : spokenEnglish(text);
