import type { Rule } from './rule';

/**
 * A task where a reader finds no responsible agency anywhere — no clause, no actor in its own
 * sentences (省能源局牵头…), no plan rule (下同), no table row — in a plan whose tasks normally name
 * one. A plan with no clauses at all is not assigning work by clause: it gets one note
 * (no-agency-clauses), not one finding per task.
 */
export const missingLeadAgency: Rule = {
  code: 'missing-lead-agency',
  defaultSeverity: 'warning',
  description: '任务未明确牵头单位 / a task names no lead agency while the plan’s other tasks do',
  check(plan, options, report) {
    const tasks = plan.model.tasks;
    // Whether the plan's tasks normally name a lead is read off its numbered tasks (a paragraph is a
    // task only because it carries a clause, so counting paragraphs would always find leads), and
    // off the leads it assigns (clause, table, convention, plan rule): a plan that names an actor in
    // some sentences is not assigning work task by task.
    const numbered = tasks.filter((t) => t.kind === 'numbered');
    const covered = numbered.filter((t) => t.leadSource !== 'none' && t.leadSource !== 'body').length;
    if (numbered.length === 0 || covered === 0 || covered / numbered.length < options.leadAgencyCoverage) return;
    for (const t of tasks) {
      // A task whose clause is malformed is incomplete-agency-clause's finding, not this one's.
      if (t.leadSource !== 'none' || t.clauses.length > 0) continue;
      const end = t.span.end;
      report({
        message: '未明确牵头单位，正文中也未写明由谁负责：请在任务末尾补充“（责任单位：…）”。',
        span: t.headingSpan,
        fix: { title: '插入“（责任单位：）”占位', edits: [{ span: { start: end, end }, newText: '（责任单位：）' }] },
      });
    }
  },
};

export const noAgencyClauses: Rule = {
  code: 'no-agency-clauses',
  defaultSeverity: 'information',
  description: '全文未标注责任单位 / the plan assigns no task to an agency (one note per plan)',
  check(plan, _options, report) {
    const { tasks, clauses, titleSpan } = plan.model;
    if (tasks.length === 0 || clauses.length > 0) return;
    const first = plan.sections[0];
    report({
      message: `本方案${tasks.length}项任务均未标注责任单位：如需分工，请在任务后补充“（牵头单位：…）”。`,
      span: titleSpan ?? first?.headingSpan ?? { start: 0, end: 0 },
    });
  },
};
