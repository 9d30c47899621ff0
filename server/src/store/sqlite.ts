/**
 * The SQLite binding: better-sqlite3, a native addon built by `npm install` for the Node that ran
 * it (like nodejieba). Reached through a plain `require` inside a function — never bundled
 * (external in scripts/build.mjs), and only loaded by the commands that open a database, so that
 * `planlens analyze` and the language server's editing paths never pay for it.
 *
 * Why this binding and not sql.js (WASM): the index is written plan by plan, each in its own
 * transaction, to a file on disk, with SQLite's own locking and write-ahead log; sql.js keeps the
 * whole database in memory and writes the whole file on export, so memory would grow with the
 * collection and an interrupted run would lose everything since the last export. See the README.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { StoreError } from './store-error';

export type Database = BetterSqlite3.Database;
export type Statement<P extends unknown[] | {} = unknown[], R = unknown> = BetterSqlite3.Statement<P, R>;

let binding: typeof BetterSqlite3 | undefined;

export function sqlite(): typeof BetterSqlite3 {
  if (binding) return binding;
  try {
    binding = require('better-sqlite3') as typeof BetterSqlite3;
    return binding;
  } catch (e) {
    throw new StoreError(
      'sqlite-missing',
      `无法加载 SQLite 组件，请在 PlanLens 目录运行 npm install / cannot load better-sqlite3 (run npm install): ${(e as Error).message.split('\n')[0]}`,
    );
  }
}

/** better-sqlite3's error, told by its `code` (SQLITE_BUSY, SQLITE_NOTADB …). */
export function sqliteCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}
