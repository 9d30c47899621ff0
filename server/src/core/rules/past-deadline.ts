/**
 * A deadline already past on the day the plan was issued — 2021年底前 in a plan issued in 2022,
 * 2022年6月底前 in one of August 2022 — where the plan's date can be read (cover notice, signature,
 * dateline). Statements of what has been done (截至2021年底, 2021年已完成…) are history, not deadlines.
 */
import type { Deadline } from '../model/types';
import type { Rule } from './rule';

/** The last month a deadline allows: 2021年底前 → 2021-12, 2022年6月底前 → 2022-06. */
function due(d: Deadline): { year: number; month: number } | null {
  const m = /((?:19|20)\d{2})年(?:(\d{1,2})月)?/.exec(d.text);
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : 12 };
}

/**
 * A time requirement that says "before": 2021年底前, 2022年6月底前, 2021年前. 到2020年底 and a bare
 * 2020年 also open statements of what was achieved (到2020年底，全省…达到95%), so they are left alone.
 */
const MARKED = /前$/;
const HISTORY_BEFORE = /(?:截至|截止|截止到|自|在)$/;
/** 2000年前建成的老旧小区: a class of things by their age, not a deadline; 已完成: a fact. */
const NOT_A_DEADLINE_AFTER = /^[^，。；]{0,6}的|^[^，。；]{0,20}?(?:已|以来|累计完成|完成了|实现了|达到了)/;

export const pastDeadline: Rule = {
  code: 'past-deadline',
  defaultSeverity: 'warning',
  description: '时限早于印发日期 / a task’s deadline had already passed when the plan was issued',
  check(plan, _options, report) {
    const issued = plan.model.issued;
    if (issued === null) return;
    const text = plan.normalized;
    // Long before the plan's period, a year is what was achieved (2015年前 in a “十四五” plan), not a deadline.
    const from = (plan.model.period.start ?? issued.year) - 1;
    for (const t of plan.model.tasks) {
      for (const d of t.deadlines) {
        const when = due(d);
        if (!when) continue;
        const past = when.year < issued.year || (when.year === issued.year && issued.month !== null && when.month < issued.month);
        if (!past || when.year < from) continue;
        if (!MARKED.test(d.text) || /^(?:截至|截止)/.test(d.text)) continue;
        if (HISTORY_BEFORE.test(text.slice(Math.max(0, d.span.start - 3), d.span.start)) || NOT_A_DEADLINE_AFTER.test(text.slice(d.span.end, d.span.end + 24))) continue;
        report({
          message: `时限“${d.text}”早于方案印发日期（${issued.year}年${issued.month !== null ? `${issued.month}月` : ''}）：请改为印发之后的时间。`,
          span: d.span,
        });
      }
    }
  },
};
