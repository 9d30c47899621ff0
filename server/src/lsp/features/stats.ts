/** Counts for the status bar: tasks, targets, problems by severity. */
import type { PlanAnalysis } from '../../core';
import type { PlanStats } from '../protocol';
import { planIndex } from './plan-index';

export function planStats(analysis: PlanAnalysis, uri: string, version: number): PlanStats {
  const problems = { errors: 0, warnings: 0, infos: 0, hints: 0, total: analysis.diagnostics.length };
  for (const d of analysis.diagnostics) {
    if (d.severity === 'error') problems.errors++;
    else if (d.severity === 'warning') problems.warnings++;
    else if (d.severity === 'information') problems.infos++;
    else problems.hints++;
  }
  const { model } = analysis;
  return {
    uri,
    version,
    title: model.title,
    sections: planIndex(analysis).sections.length,
    tasks: model.tasks.length,
    targets: model.targets.length,
    clauses: model.clauses.length,
    problems,
  };
}
