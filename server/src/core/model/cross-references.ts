/**
 * Where a plan points at a part of itself or at another document: 见附件2, （详见专栏3）, and
 * 《XX实施方案》 cited by name. Each reference is a fact with its span and, for an annex or a box,
 * the section it names (null when the plan has none such: the missing-reference rule says so).
 * A cited document is resolved by the front ends, which know the other plans (the workspace).
 */
import { parseChineseNumber } from './numerals';
import type { CrossReference, Section } from './types';

// 见附件2, 详见专栏3, 参见附件二, or a bracket of its own: （专栏3）; the span is 附件2 / 专栏3, what a
// link underlines. A heading (专栏1 重点工程, 附件1) is a part, not a reference to one.
const PART = /(?:[详参]?见\s*|(?<=[（(]))(附件|专栏)\s*([0-9０-９]+|[一二三四五六七八九十]+)(?=\s*[）)]|(?<=见\s*(?:附件|专栏)\s*(?:[0-9０-９]+|[一二三四五六七八九十]+)))/y;
const DOCUMENT = /《([^《》\n]{2,80})》/g;

function nextPart(text: string, from: number): number {
  const a = text.indexOf('附件', from);
  const b = text.indexOf('专栏', from);
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

export function readCrossReferences(text: string, sections: readonly Section[], bodyStart: number): CrossReference[] {
  const out: CrossReference[] = [];
  const body = text.slice(bodyStart);
  // The expression is tried only where 附件 or 专栏 stands (a sticky match a few characters before
  // it): over the whole of a 5 MB plan its look-behinds cost a hundredth of the analysis.
  let last = -1;
  for (let at = nextPart(body, 0); at >= 0; at = nextPart(body, at + 2)) {
    let m: RegExpExecArray | null = null;
    for (let from = Math.max(last + 1, at - 4); from <= at && m === null; from++) {
      PART.lastIndex = from;
      m = PART.exec(body);
      if (m && m.index + m[0].indexOf(m[1]) !== at) m = null;
    }
    if (!m) continue;
    last = m.index + m[0].length - 1;
    const kind = m[1] === '附件' ? 'annex' : 'box';
    const digits = m[2].replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48));
    const number = /^[0-9]+$/.test(digits) ? Number(digits) : parseChineseNumber(digits);
    if (number === null) continue;
    const start = bodyStart + m.index + m[0].indexOf(m[1]);
    const target = sections.find((s) => s.kind === kind && s.number === number);
    out.push({ kind, number, title: null, span: { start, end: bodyStart + m.index + m[0].length }, sectionId: target?.id ?? null });
  }
  DOCUMENT.lastIndex = 0;
  for (let m = DOCUMENT.exec(text); m; m = DOCUMENT.exec(text)) {
    out.push({ kind: 'document', number: null, title: m[1].trim(), span: { start: m.index, end: m.index + m[0].length }, sectionId: null });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
