/**
 * A target's year outside the plan's period. After the period's end (a 2021—2023 plan with a 2030
 * target) it is fine when stated as such — in its own sentence (到2030年，…), a lead-in or a heading
 * (展望2035年, 三、2035年远景目标), a table column — not when the year was carried over from an
 * earlier sentence of the paragraph, where a reader easily misreads it. Before the period's start it
 * is history read as a goal (the target reader files such numbers as history already; this catches
 * what slips through).
 */
import type { Target } from '../model/types';
import type { Rule } from './rule';

function yearWords(t: Target): string {
  return t.deadlineText ?? `${t.year}年`;
}

export const targetYearOutsidePeriod: Rule = {
  code: 'target-year-outside-period',
  defaultSeverity: 'information',
  description: '目标年份超出方案期 / a target falls due outside the plan’s period without saying so in its own sentence',
  check(plan, _options, report) {
    const { end, start } = plan.model.period;
    for (const t of plan.model.targets) {
      if (t.year === null) continue;
      const related = [{ message: `年份来自“${yearWords(t)}”`, span: t.span }];
      if (start !== null && t.year < start) {
        report({ message: `目标年份${t.year}年早于方案期（${start}年起）：如为历史数据请勿作为目标，如为本期目标请写明年份。`, span: t.valueSpan, related });
      } else if (end !== null && t.year > end && t.yearSource === 'paragraph') {
        report({ message: `目标年份${t.year}年超出方案期（至${end}年），且沿用自前句：如确为远期目标，请在本句写明“到${t.year}年”。`, span: t.valueSpan, related });
      }
    }
  },
};
