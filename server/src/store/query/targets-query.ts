/**
 * `planlens query <db> targets --indicator 非化石能源消费比重 [--year 2025]`: every plan's target
 * for one indicator. The indicator is matched on its normalised key (an index lookup); when no
 * key equals it, on keys that contain it (a scan of the keys, still cheap: see the README).
 */
import type { Database } from '../sqlite';
import { indicatorKeyOf } from './indicator-match';
import { rowSet, type RowSet } from './row-set';

export interface TargetsQuery {
  indicator?: string;
  year?: number;
  /** At most this many rows (default all). */
  limit?: number;
}

export const TARGET_COLUMNS = ['path', 'plan', 'level', 'region', 'indicator', 'value', 'value_to', 'unit', 'relation', 'year', 'strength', 'form', 'line'];

export function queryTargets(db: Database, q: TargetsQuery): RowSet {
  const key = q.indicator ? indicatorKeyOf(q.indicator) : null;
  const run = (match: string) =>
    db
      .prepare(
        `SELECT p.path, p.title AS plan, p.level, p.region, t.indicator, t.value, t.value_to, t.unit,
                coalesce(t.relation, t.comparator) AS relation, t.year, t.strength, t.form, t.line + 1 AS line
         FROM targets t JOIN plans p ON p.id = t.plan_id
         WHERE ${match} AND (@year IS NULL OR t.year = @year)
         ORDER BY t.year IS NULL, t.year, p.path, t.seq
         LIMIT @limit`,
      )
      .all({ key, year: q.year ?? null, limit: q.limit ?? -1 }) as Array<Record<string, unknown>>;
  let rows = run(key === null ? '1' : 't.indicator_key = @key');
  if (rows.length === 0 && key !== null) rows = run("instr(t.indicator_key, @key) > 0");
  return rowSet(TARGET_COLUMNS, rows);
}
