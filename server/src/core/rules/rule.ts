/**
 * What a rule is: a stable code, a default severity, a one-line description, and a check that
 * reports findings over a built plan. Rules are pure: same plan, same findings.
 */
import type { BuiltPlan } from '../model/build-plan';
import type { PlanDiagnostic, RelatedInfo, Severity, Span } from '../model/types';

export type Finding = Omit<PlanDiagnostic, 'code' | 'severity'> & { code?: string };

export interface RuleOptions {
  /** missing-lead-agency: the share of tasks that must carry a clause before the rest are flagged. */
  leadAgencyCoverage: number;
}

export interface Rule {
  code: string;
  defaultSeverity: Severity;
  /** Chinese, then English: what the rule checks (for the README and the settings UI). */
  description: string;
  check(plan: BuiltPlan, options: RuleOptions, report: (finding: Finding) => void): void;
}

export type { RelatedInfo, Span };
