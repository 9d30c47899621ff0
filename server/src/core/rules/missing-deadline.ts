import type { Rule } from './rule';

/** A task with no deadline of its own (到2025年, 2030年前, 年底前, 完成期限：…). */
export const missingDeadline: Rule = {
  code: 'missing-deadline',
  defaultSeverity: 'information',
  description: '任务未设完成时限 / a task has no deadline of its own',
  check(plan, _options, report) {
    for (const t of plan.model.tasks) {
      if (t.deadlines.length > 0) continue;
      report({ message: '未设完成时限：可补充“到20XX年”或“20XX年底前”等时间要求。', span: t.headingSpan });
    }
  },
};
