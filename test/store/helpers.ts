/**
 * What the store's tests share: a scratch folder of real plans (copies, so a test may edit or
 * delete them), the real command line, and the index opened read-only.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { ROOT, runCli, shown, type CliResult } from '../cli/run-cli';

export { ROOT, runCli, shown, type CliResult };

export const NATIONAL = path.join(ROOT, 'test', 'fixtures', 'national');
export const CORPUS = path.join(ROOT, 'test', 'fixtures', 'corpus');

/** The corpus, a slice of the national collection and its one unreadable file: a subset quick enough for npm test. */
export function testCollection(count = 30): string[] {
  const national = fs
    .readdirSync(NATIONAL)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, count)
    .map((f) => path.join(NATIONAL, f));
  const corpus = fs
    .readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join(CORPUS, f));
  return [...corpus, ...national];
}

export function scratch(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `planlens-${prefix}-`));
}

/** Copies files into `dir` (names kept) and returns the copies. */
export function copyInto(dir: string, files: readonly string[]): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return files.map((f) => {
    const to = path.join(dir, path.basename(f));
    fs.copyFileSync(f, to);
    return to;
  });
}

export function openIndex(file: string): BetterSqlite3.Database {
  const Sqlite = require('better-sqlite3') as typeof BetterSqlite3;
  return new Sqlite(file, { readonly: true, fileMustExist: true });
}

let shared: Promise<string> | undefined;

/**
 * One index of the test collection for the tests that only read it (query, report), made once per
 * test run and removed when the process ends.
 */
export function sharedIndex(): Promise<string> {
  shared ??= (async () => {
    const dir = scratch('shared-index');
    process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    const db = path.join(dir, 'plans.sqlite');
    expectOk(await indexCli([...testCollection(30), '--db', db, '--jobs', '2', '-q'], dir));
    return db;
  })();
  return shared;
}

export async function indexCli(args: string[], cwd?: string): Promise<CliResult> {
  return runCli(['index', ...args], { cwd });
}

export function expectOk(r: CliResult): CliResult {
  if (r.status !== 0) throw new Error(`expected exit 0\n${shown(r)}`);
  return r;
}
