/**
 * The date a plan was issued, from its cover notice's date line (2022年4月19日, 二〇二一年十二月
 * 二十日) or a law database's 发布日期：2022-01-26. The latest date line wins: a cover notice may
 * quote the dates of other documents before its own signature.
 */
import type { FurnitureLine } from '../core';
import { parseChineseNumber } from '../core/model/numerals';

const ARABIC = /((?:19|20)\d{2})\s*[年\-./]\s*(\d{1,2})\s*(?:[月\-./]\s*(\d{1,2})\s*日?)?/;
const CHINESE = /([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月(?:\s*([一二三四五六七八九十]{1,3})\s*日)?/;
const YEAR_DIGITS = '〇一二三四五六七八九';

export function issueDate(furniture: readonly FurnitureLine[]): string | null {
  let found: string | null = null;
  for (const f of furniture) {
    if (f.kind !== 'date' && f.kind !== 'metadata' && f.kind !== 'signature') continue;
    if (f.kind === 'metadata' && !/发布|成文|日期/.test(f.text)) continue;
    const d = readDate(f.text.replace(/\s+/g, ''));
    if (d) found = d;
  }
  return found;
}

export function readDate(text: string): string | null {
  const a = ARABIC.exec(text);
  if (a) return format(Number(a[1]), Number(a[2]), a[3] ? Number(a[3]) : null);
  const c = CHINESE.exec(text);
  if (c) {
    const year = Number([...c[1]].map((ch) => (ch === '零' ? 0 : YEAR_DIGITS.indexOf(ch))).join(''));
    return format(year, parseChineseNumber(c[2]), c[3] ? parseChineseNumber(c[3]) : null);
  }
  return null;
}

function format(year: number, month: number | null, day: number | null): string | null {
  if (month === null || month < 1 || month > 12) return null;
  const mm = String(month).padStart(2, '0');
  if (day === null) return `${year}-${mm}`;
  if (day < 1 || day > 31) return null;
  return `${year}-${mm}-${String(day).padStart(2, '0')}`;
}
