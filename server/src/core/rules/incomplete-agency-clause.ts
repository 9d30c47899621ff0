import type { Rule } from './rule';

/** （…等按职责分工） without 负责/落实, an empty 责任单位：, a duty phrase with no agency before it. */
export const incompleteAgencyClause: Rule = {
  code: 'incomplete-agency-clause',
  defaultSeverity: 'warning',
  description: '责任分工表述不完整 / an agency clause is malformed (no 负责, empty 责任单位, no agency named)',
  check(plan, _options, report) {
    for (const clause of plan.model.clauses) {
      for (const p of clause.problems) {
        if (p.code === 'unclosed') continue; // unbalanced-bracket says it
        report({
          message: p.message,
          span: p.span,
          related: [{ message: '所在的责任分工', span: clause.span }],
          fix: p.insert ? { title: `补全为“${'按职责分工' + p.insert}”`, edits: [{ span: { start: p.span.end, end: p.span.end }, newText: p.insert }] } : undefined,
        });
      }
    }
  },
};
