/**
 * Deadlines: 到2025年, 2030年前, 2022年底前, “十四五”期间, 10月底前, 年底前.
 *
 * A bare year is a deadline only where it opens a clause (2025年，…); 2020年以来 or a year inside
 * a book title is not.
 */
import type { TokNode } from '../grammar/syntax';
import type { Deadline } from './types';
import { parseChineseNumber, planPeriodEndYear } from './numerals';

export const DEADLINE_TOKENS = new Set(['Deadline', 'MonthDeadline', 'RelativeDeadline', 'PlanPeriod']);

/**
 * Reads a deadline token of the normalised document `doc`: the two characters after it tell 2025年，… from
 * 2020年以来, the two before it make 力争2027年全市… a deadline too. Returns null when the token is
 * not a deadline in this place.
 */
export function readDeadline(tok: TokNode, doc: string): Deadline | null {
  const span = { start: tok.start, end: tok.end };
  const text = tok.image.replace(/\s+/g, '');
  switch (tok.name) {
    case 'Deadline': {
      const year = Number(/\d{4}/.exec(text)![0]);
      const marked = /^(?:到|至|截至|截止|在|于)/.test(text) || /(?:前|底|末)$/.test(text);
      const next = doc.slice(tok.end, tok.end + 2);
      const prev = doc.slice(Math.max(0, tok.start - 2), tok.start);
      // 2021年完成…, 2022年、2023年…分别: a bare year opening its clause is the clause's time too.
      const opensClause = tok.start === 0 || /[，。；：、）（\n\r]$/.test(prev);
      // 2022至2025年: the end of a span of years that opens its clause.
      const spanEnd = /[至到—\-~]$/.test(prev) && /(?:19|20)\d{2}年?\s*[至到—\-~]\s*$/.test(doc.slice(Math.max(0, tok.start - 8), tok.start));
      if (spanEnd) return { text: doc.slice(Math.max(0, tok.start - 8), tok.end).replace(/^.*?((?:19|20)\d{2})/, '$1'), year, span };
      if (!marked && !opensClause && !/^[，：\s]/.test(next) && !/(?:力争|争取|确保|力求)$/.test(prev)) return null;
      return { text, year, span };
    }
    case 'PlanPeriod': {
      if (!/(?:期间|时期|末|前)$/.test(text)) return null;
      const ordinal = parseChineseNumber(/十[一二三四五六七八九]/.exec(text)![0]) ?? 0;
      return { text, year: planPeriodEndYear(ordinal), span };
    }
    case 'MonthDeadline':
    case 'RelativeDeadline':
      return { text, year: null, span };
    default:
      return null;
  }
}
