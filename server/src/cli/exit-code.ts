/**
 * Exit codes, as scripts and CI see them. An input error (a file that cannot be read) outranks
 * findings: a run that could not look at everything must not pass as clean, nor as merely failing.
 */
import type { Severity } from '../core';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export type FailOn = 'error' | 'warning' | 'never';

const RANK: Record<Severity, number> = { error: 3, warning: 2, information: 1, hint: 0 };
const THRESHOLD: Record<FailOn, number> = { error: 3, warning: 2, never: Infinity };

export function failsOn(severity: Severity, failOn: FailOn): boolean {
  return RANK[severity] >= THRESHOLD[failOn];
}
