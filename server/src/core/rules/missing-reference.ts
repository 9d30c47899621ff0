import type { Rule } from './rule';

const PART_NAMES = { annex: '附件', box: '专栏' } as const;

/** 见附件2 or 详见专栏3 where the plan has no 附件2 or 专栏3: a renumbered or forgotten part. */
export const missingReference: Rule = {
  code: 'missing-reference',
  defaultSeverity: 'warning',
  description: '引用的附件或专栏不存在 / a 见附件N or 详见专栏N whose annex or box the plan does not have',
  check(plan, _options, report) {
    for (const r of plan.model.references) {
      if (r.kind === 'document' || r.sectionId !== null) continue;
      const part = PART_NAMES[r.kind];
      const name = `${part}${r.number}`;
      const have = plan.sections.filter((s) => s.kind === r.kind && s.number !== null).map((s) => `${part}${s.number}`);
      const known = have.length > 0 ? `本方案只有${have.slice(0, 6).join('、')}${have.length > 6 ? '等' : ''}` : `本方案中没有${part}`;
      report({ message: `引用的“${name}”不存在：${known}。请核对编号，或补上${name}。`, span: r.span });
    }
  },
};
