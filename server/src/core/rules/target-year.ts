/**
 * A target's year against the plan's period. A year before the plan's own is history read as a
 * goal (a target that took 2020 from a “十三五” sentence before it); a year after the period's end is
 * a goal beyond the plan (a 2021—2023 plan with a 2030 target), fine when stated as such — in its
 * own sentence (到2030年，…), a lead-in or a heading (展望2035年, 三、2035年远景目标), a table column —
 * not when it was carried over from an earlier sentence of the paragraph.
 */
import type { Target } from '../model/types';
import type { Rule } from './rule';

function yearWords(t: Target): string {
  return t.deadlineText ?? `${t.year}年`;
}

export const targetYearBeforePeriod: Rule = {
  code: 'target-year-before-period',
  defaultSeverity: 'warning',
  description: '目标年份早于方案期 / a target’s year lies before the plan’s period (history read as a goal)',
  check(plan, _options, report) {
    const base = plan.model.period.start ?? plan.model.period.baseYear;
    if (base === null) return;
    for (const t of plan.model.targets) {
      if (t.year === null || t.year >= base) continue;
      report({
        message: `目标年份${t.year}年早于方案起始的${base}年：如为历史数据请勿作为目标，如为本期目标请写明年份。`,
        span: t.valueSpan,
        related: [{ message: `年份来自“${yearWords(t)}”`, span: t.span }],
      });
    }
  },
};

export const targetYearAfterPeriod: Rule = {
  code: 'target-year-after-period',
  defaultSeverity: 'information',
  description: '目标年份超出方案期 / a target falls due after the plan’s period without saying so in its sentence',
  check(plan, _options, report) {
    const end = plan.model.period.end;
    if (end === null) return;
    for (const t of plan.model.targets) {
      if (t.year === null || t.year <= end || t.yearSource !== 'paragraph') continue;
      report({
        message: `目标年份${t.year}年超出方案期（至${end}年）：如确为远期目标，请在本句写明“到${t.year}年”。`,
        span: t.valueSpan,
        related: [{ message: `年份来自“${yearWords(t)}”`, span: t.span }],
      });
    }
  },
};
