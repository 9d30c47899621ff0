/** Counts over a batch: what the total line, the exit code and SARIF's invocation need. */
import type { Severity } from '../core';
import type { FileOutcome } from './file-outcome';

export interface RunSummary {
  files: number;
  /** Files that could not be analysed, with why. */
  failed: Array<{ path: string; error: string }>;
  /** Patterns or folders the user gave that matched no plan file. */
  unmatched: string[];
  problems: Record<Severity, number>;
}

export function emptySummary(unmatched: string[]): RunSummary {
  return { files: 0, failed: [], unmatched, problems: { error: 0, warning: 0, information: 0, hint: 0 } };
}

export function addOutcome(summary: RunSummary, outcome: FileOutcome): void {
  summary.files++;
  if (outcome.error !== undefined) summary.failed.push({ path: outcome.path, error: outcome.error });
  for (const p of outcome.problems) summary.problems[p.severity]++;
}
