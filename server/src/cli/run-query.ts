/** `planlens query`: open the index read-only, answer, print in the format asked. */
import { openForRead } from '../store/open-database';
import { queryAgencies } from '../store/query/agencies-query';
import { queryPlans, type PlanSort } from '../store/query/plans-query';
import { renderRows, type RowFormat } from '../store/query/render-rows';
import type { RowSet } from '../store/query/row-set';
import { querySql } from '../store/query/sql-query';
import { queryTargets } from '../store/query/targets-query';
import { StoreError } from '../store/store-error';
import { EXIT_OK } from './exit-code';
import { openOutput } from './output-sink';
import { UsageError } from './usage-error';

export interface QueryRunOptions {
  indicator?: string;
  year?: number;
  top: number;
  sort: string;
  sql?: string;
  format: RowFormat;
  output?: string;
}

export async function runQuery(database: string, what: string | null, options: QueryRunOptions): Promise<number> {
  let rows: RowSet;
  try {
    const db = openForRead(database);
    try {
      if (options.sql !== undefined) rows = querySql(db, options.sql);
      else if (what === 'targets') rows = queryTargets(db, { indicator: options.indicator, year: options.year });
      else if (what === 'agencies') rows = queryAgencies(db, options.top);
      else rows = queryPlans(db, options.sort as PlanSort);
    } finally {
      db.close();
    }
  } catch (e) {
    if (e instanceof StoreError) throw new UsageError(e.message);
    throw e;
  }
  const out = openOutput(options.output);
  await out.write(renderRows(rows, options.format));
  await out.close();
  return EXIT_OK;
}
