/**
 * Opening an index: for writing (created when missing, rebuilt when its schema is older) or for
 * reading (read-only: queries and reports can never change it). Every way a file can be wrong is
 * told in a sentence: not a database at all or damaged, a SQLite file of someone else's, a schema
 * newer than this PlanLens, a file that is not there.
 *
 * Write-ahead logging lets queries, reports and the editor read while an index run writes; each
 * plan is written in its own transaction (write-plan.ts), so an interrupted run leaves every plan
 * either as it was or as it is now.
 */
import * as fs from 'node:fs';
import { packageVersion } from '../package-version';
import { APPLICATION_ID, SCHEMA_SQL, SCHEMA_VERSION, TABLES, VIEWS } from './schema';
import { sqlite, sqliteCode, type Database } from './sqlite';
import { StoreError } from './store-error';

export interface OpenOptions {
  /** For an index created now: the folder plan paths are stored relative to (default: the database's). */
  base?: string;
}

const BUSY_TIMEOUT_MS = 5000;

export function openForWrite(file: string, options: OpenOptions = {}): Database {
  const Sqlite = sqlite();
  let db: Database | undefined;
  try {
    db = new Sqlite(file, { timeout: BUSY_TIMEOUT_MS });
    db.pragma('journal_mode = WAL');
    // WAL with NORMAL: a commit is atomic and durable against a crash of the process (an
    // interrupted index run); only a power loss may lose the last commits, never consistency.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    const state = schemaState(db, file);
    if (state === 'empty' || state === 'older') createSchema(db, state === 'older', options.base ?? '.');
    return db;
  } catch (e) {
    db?.close();
    throw asStoreError(e, file);
  }
}

export function openForRead(file: string): Database {
  if (!fs.existsSync(file)) throw new StoreError('missing', `找不到索引数据库：${file}（先运行 planlens index）/ no such index database`);
  const Sqlite = sqlite();
  let db: Database | undefined;
  try {
    db = new Sqlite(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    const state = schemaState(db, file);
    if (state === 'empty') throw new StoreError('not-planlens', `不是 PlanLens 索引数据库：${file} / not a PlanLens index`);
    if (state === 'older') throw new StoreError('newer-schema', `索引由旧版 PlanLens 建立，请重新运行 planlens index：${file} / made by an older PlanLens: run planlens index again`);
    db.pragma('query_only = ON');
    return db;
  } catch (e) {
    db?.close();
    throw asStoreError(e, file);
  }
}

type SchemaState = 'empty' | 'current' | 'older';

function schemaState(db: Database, file: string): SchemaState {
  // The first read of the file: a file that is not SQLite fails here (SQLITE_NOTADB).
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").get() as { n: number };
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  if (tables.n === 0 && appId === 0) return 'empty';
  if (appId !== APPLICATION_ID) throw new StoreError('not-planlens', `这是别的程序的 SQLite 数据库，不是 PlanLens 索引：${file} / a SQLite database that is not a PlanLens index`);
  if (version > SCHEMA_VERSION) {
    throw new StoreError('newer-schema', `索引由更新版本的 PlanLens 建立（架构 ${version}），请升级 PlanLens：${file} / made by a newer PlanLens (schema ${version})`);
  }
  return version === SCHEMA_VERSION ? 'current' : 'older';
}

function createSchema(db: Database, dropFirst: boolean, base: string): void {
  db.transaction(() => {
    if (dropFirst) {
      for (const v of VIEWS) db.exec(`DROP VIEW IF EXISTS ${v}`);
      for (const t of [...TABLES].reverse()) db.exec(`DROP TABLE IF EXISTS ${t}`);
    }
    db.exec(SCHEMA_SQL);
    const meta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    meta.run('schema_version', String(SCHEMA_VERSION));
    meta.run('base', base);
    meta.run('created_at', new Date().toISOString());
    meta.run('created_by', `planlens ${packageVersion()}`);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
}

/** Any failure of opening or using an index, as the message a user reads. */
export function asStoreError(e: unknown, file: string): Error {
  if (e instanceof StoreError) return e;
  const code = sqliteCode(e);
  const detail = (e as Error).message;
  switch (code) {
    case 'SQLITE_NOTADB':
    case 'SQLITE_CORRUPT':
    case 'SQLITE_CORRUPT_INDEX':
    case 'SQLITE_CORRUPT_SEQUENCE':
      return new StoreError('damaged', `索引数据库已损坏或不是 SQLite 文件：${file}（删除后重新运行 planlens index）/ the database is damaged or not SQLite: delete it and index again (${detail})`);
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new StoreError('busy', `索引数据库正被另一进程占用：${file}，请稍后再试 / the database is busy in another process: try again later`);
    case 'SQLITE_READONLY':
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_PERM':
    case 'SQLITE_IOERR':
      return new StoreError('read-only', `无法写入或打开索引数据库：${file}（${code}）/ cannot open or write the database`);
    default:
      if (code) return new StoreError('sql', `${detail} (${code})`);
      return e instanceof Error ? e : new Error(String(e));
  }
}
