/**
 * `planlens query <db> --sql "…"`: any read-only statement. The database is opened read-only and
 * with query_only, and a statement that is not a query (INSERT, DROP, PRAGMA that writes, ATTACH …)
 * is refused before it runs, with a message rather than SQLite's.
 */
import type { Database } from '../sqlite';
import { sqliteCode } from '../sqlite';
import { StoreError } from '../store-error';
import { cell, type RowSet } from './row-set';

export function querySql(db: Database, sql: string): RowSet {
  let statement;
  try {
    statement = db.prepare(sql);
  } catch (e) {
    throw new StoreError('sql', `SQL 有误 / SQL error: ${(e as Error).message}`);
  }
  if (!statement.reader || /^\s*(ATTACH|DETACH)\b/i.test(sql)) {
    throw new StoreError('sql', '只能执行查询（SELECT、WITH）/ only queries (SELECT, WITH) are allowed');
  }
  try {
    const columns = statement.columns().map((c) => c.name);
    const rows = (statement.raw(true).all() as unknown[][]).map((r) => r.map(cell));
    return { columns, rows };
  } catch (e) {
    if (sqliteCode(e) === 'SQLITE_READONLY') throw new StoreError('sql', '只能执行查询 / the database is read-only here');
    throw new StoreError('sql', `SQL 有误 / SQL error: ${(e as Error).message}`);
  }
}
