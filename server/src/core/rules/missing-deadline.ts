import type { Rule } from './rule';

/**
 * Concrete work with no time requirement at all: none of its own, of its section, of the plan's
 * period, nor a recurrence. Standing norms and institutional measures never. In a task-division
 * document (分工方案, 任务清单, tasks that each carry 完成时限) every task needs a time of its own.
 */
export const missingDeadline: Rule = {
  code: 'missing-deadline',
  defaultSeverity: 'information',
  description: '任务未设完成时限 / concrete work with no time requirement (in a task-division plan: a task without its own)',
  check(plan, _options, report) {
    const { tasks, mode } = plan.model;
    for (const t of tasks) {
      const source = t.effectiveDeadline.source;
      if (mode === 'division') {
        if (source === 'own' || source === 'table') continue;
        report({ message: '本方案逐项分工（分工方案、任务清单），每项任务须写明时限：请补充“20XX年X月底前”。', span: t.headingSpan });
      } else if (source === 'none' && t.work === 'concrete') {
        report({ message: '具体工作未设完成时限，章节和方案也未给出：请补充“到20XX年”或“20XX年底前”。', span: t.headingSpan });
      }
    }
  },
};
