/**
 * The rule set and its runner. Each rule's severity can be changed or turned off by code.
 */
import type { BuiltPlan } from '../model/build-plan';
import type { PlanDiagnostic, Severity } from '../model/types';
import { incompleteAgencyClause } from './incomplete-agency-clause';
import { levelSkip } from './level-skip';
import { missingDeadline } from './missing-deadline';
import { missingLeadAgency, noAgencyClauses } from './missing-lead-agency';
import { numberingDuplicate, numberingGap } from './numbering';
import type { Rule, RuleOptions } from './rule';
import { unbalancedBracket } from './unbalanced-bracket';
import { targetYearOutsidePeriod } from './target-year';
import { conflictingTargetValues } from './conflicting-target-values';
import { contradictoryComparator } from './contradictory-comparator';
import { pastDeadline } from './past-deadline';
import { missingReference } from './missing-reference';

export const RULES: readonly Rule[] = [
  missingLeadAgency,
  noAgencyClauses,
  missingDeadline,
  incompleteAgencyClause,
  numberingGap,
  numberingDuplicate,
  levelSkip,
  unbalancedBracket,
  targetYearOutsidePeriod,
  conflictingTargetValues,
  contradictoryComparator,
  pastDeadline,
  missingReference,
];

export type RuleSetting = Severity | 'off';

export interface RuleConfig {
  /** Severity per rule code; 'off' disables a rule. */
  severities?: Partial<Record<string, RuleSetting>>;
  leadAgencyCoverage?: number;
}

export const DEFAULT_LEAD_AGENCY_COVERAGE = 0.5;

export function runRules(plan: BuiltPlan, config: RuleConfig = {}): PlanDiagnostic[] {
  const options: RuleOptions = { leadAgencyCoverage: config.leadAgencyCoverage ?? DEFAULT_LEAD_AGENCY_COVERAGE };
  const out: PlanDiagnostic[] = [];
  for (const rule of RULES) {
    const setting = config.severities?.[rule.code] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    rule.check(plan, options, (f) => {
      // Set in place rather than spread: a finding may compute its fix lazily, in a getter.
      const d = f as PlanDiagnostic;
      d.code = f.code ?? rule.code;
      d.severity = setting;
      out.push(d);
    });
  }
  // Codes are ASCII: a plain comparison, not localeCompare (ICU collation cost 2 % of a cold run).
  return out.sort((a, b) => a.span.start - b.span.start || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
