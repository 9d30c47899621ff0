/**
 * `planlens query <db> plans [--sort missing-lead]`: the indexed plans with their counts and the
 * shares an analyst ranks them by — tasks without a lead agency, tasks without a time requirement.
 */
import type { Database } from '../sqlite';
import { rowSet, type RowSet } from './row-set';

export const PLAN_SORTS = ['path', 'missing-lead', 'missing-deadline', 'targets', 'tasks', 'diagnostics', 'issued'] as const;
export type PlanSort = (typeof PLAN_SORTS)[number];

const ORDER: Record<PlanSort, string> = {
  path: 'path',
  'missing-lead': 'missing_lead DESC NULLS LAST, tasks DESC, path',
  'missing-deadline': 'missing_deadline DESC NULLS LAST, tasks DESC, path',
  targets: 'targets DESC NULLS LAST, path',
  tasks: 'tasks DESC NULLS LAST, path',
  diagnostics: 'diagnostics DESC NULLS LAST, path',
  issued: 'issued DESC NULLS LAST, path',
};

export const PLAN_COLUMNS = ['path', 'title', 'level', 'region', 'issued', 'tasks', 'missing_lead', 'missing_deadline', 'targets', 'diagnostics', 'error'];

export function queryPlans(db: Database, sort: PlanSort = 'path', limit = -1): RowSet {
  const rows = db
    .prepare(
      `SELECT path, title, level, region, issued, tasks,
              CASE WHEN tasks > 0 THEN round(1.0 * (tasks - tasks_with_lead) / tasks, 3) END AS missing_lead,
              CASE WHEN tasks > 0 THEN round(1.0 * (tasks - tasks_with_deadline) / tasks, 3) END AS missing_deadline,
              targets, diagnostics, error
       FROM plans ORDER BY ${ORDER[sort]} LIMIT ?`,
    )
    .all(limit) as Array<Record<string, unknown>>;
  return rowSet(PLAN_COLUMNS, rows);
}
