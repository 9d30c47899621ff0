/** Numbers written in Chinese numerals, as numbering labels and plan periods use them. */

const DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 一 → 1, 十二 → 12, 二十 → 20, 三十七 → 37, 一百零三 → 103; null when not a numeral. */
export function parseChineseNumber(s: string): number | null {
  if (s.length === 0) return null;
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch in DIGIT) {
      current = DIGIT[ch];
    } else if (ch in UNIT) {
      total += (current === 0 ? 1 : current) * UNIT[ch];
      current = 0;
    } else {
      return null;
    }
  }
  return total + current;
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 3 → 三, 12 → 十二, 20 → 二十, 37 → 三十七 (up to 999, as numbering needs). */
export function toChineseNumber(n: number): string {
  if (n <= 0 || n >= 1000 || !Number.isInteger(n)) return String(n);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let s = '';
  if (hundreds > 0) s += CN_DIGITS[hundreds] + '百';
  if (tens > 0) s += (tens === 1 && hundreds === 0 ? '' : CN_DIGITS[tens]) + '十';
  else if (hundreds > 0 && ones > 0) s += '零';
  if (ones > 0) s += CN_DIGITS[ones];
  return s;
}

/** The last year of a five-year plan period: 十四五 → 2025, 十五五 → 2030. */
export function planPeriodEndYear(ordinal: number): number {
  return 1955 + 5 * ordinal;
}
