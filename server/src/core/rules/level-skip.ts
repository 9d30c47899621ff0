import type { LabelKind } from '../model/types';
import type { Rule } from './rule';

/** The standard order of heading numbers (GB/T 9704): 一、 → （一） → 1. → （1）. */
const ORDER: LabelKind[] = ['cn', 'paren-cn', 'arabic', 'paren-arabic'];
const NAMES: Record<string, string> = { cn: '一、', 'paren-cn': '（一）', arabic: '1.', 'paren-arabic': '（1）' };

export const levelSkip: Rule = {
  code: 'level-skip',
  defaultSeverity: 'warning',
  description: '标题层级跳跃 / a heading skips a numbering level (一、 directly followed by 1.)',
  check(plan, _options, report) {
    for (const s of plan.sections) {
      const p = s.parent;
      if (!p) continue;
      const a = ORDER.indexOf(p.kind);
      const b = ORDER.indexOf(s.kind);
      if (a < 0 || b < 0 || b - a <= 1) continue;
      // Report the first child of a parent only: the rest repeat it.
      if (p.children.find((c) => c.kind === s.kind) !== s) continue;
      const missing = ORDER.slice(a + 1, b).map((k) => `“${NAMES[k]}”`).join('、');
      report({
        message: `层级跳跃：“${p.label}”下直接使用“${s.label}”，缺少${missing}层级。`,
        span: s.labelSpan,
        related: [{ message: `上级标题“${p.label}${p.title}”`, span: p.headingSpan }],
      });
    }
  },
};
