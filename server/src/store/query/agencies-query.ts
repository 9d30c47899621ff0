/**
 * `planlens query <db> agencies [--top 20]`: the agencies that carry the most tasks across the
 * indexed plans — by their level-free name (省发展改革委 and 市发展改革委 are one line of work) —
 * with the tasks they lead and support and the plans that name them.
 */
import type { Database } from '../sqlite';
import { rowSet, type RowSet } from './row-set';

export const AGENCY_COLUMNS = ['agency', 'tasks_led', 'tasks_supported', 'plans', 'names'];

export function queryAgencies(db: Database, top = 20): RowSet {
  const rows = db
    .prepare(
      `SELECT a.key AS agency,
              SUM(ta.role = 'lead') AS tasks_led,
              SUM(ta.role = 'support') AS tasks_supported,
              COUNT(DISTINCT ta.plan_id) AS plans,
              (SELECT group_concat(name, '、') FROM (SELECT DISTINCT name FROM task_agencies WHERE agency_id = a.id LIMIT 4)) AS names
       FROM task_agencies ta JOIN agencies a ON a.id = ta.agency_id
       GROUP BY a.id
       ORDER BY tasks_led + tasks_supported DESC, tasks_led DESC, a.key
       LIMIT ?`,
    )
    .all(top) as Array<Record<string, unknown>>;
  return rowSet(AGENCY_COLUMNS, rows);
}
