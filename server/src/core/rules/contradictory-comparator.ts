/**
 * A comparator whose bound contradicts the qualifier after the number: 不低于70%以下, 不超过30%以上,
 * 控制在5%以上 — a floor and a ceiling at once, so a reader cannot tell which is meant. Negated
 * comparators are read the right way round first (不应超过 is a ceiling, 不得低于 a floor).
 */
import { relationOf } from '../model/relation';
import type { Rule } from './rule';

export const contradictoryComparator: Rule = {
  code: 'contradictory-comparator',
  defaultSeverity: 'warning',
  description: '比较词与限定词矛盾 / the comparator and the qualifier of a target contradict each other (不低于…以下)',
  check(plan, _options, report) {
    for (const t of plan.model.targets) {
      if (!t.comparator || !t.qualifier) continue;
      const said = relationOf(t.comparator, null);
      const bound = relationOf(null, t.qualifier);
      const opposite = (said === '>=' && bound === '<=') || (said === '<=' && bound === '>=');
      if (!opposite) continue;
      report({
        message: `“${t.comparator}”与“${t.qualifier}”相互矛盾：请删去其一（下限用“不低于…”，上限用“不超过…”）。`,
        span: t.valueSpan,
      });
    }
  },
};
