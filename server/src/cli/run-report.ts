/**
 * `planlens report`: the report of an index; given plans instead (folders, files, globs), they are
 * indexed first into a temporary database, removed afterwards.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { entryFile } from '../batch/entry-file';
import { findPlanFiles } from '../batch/find-plan-files';
import { buildReport, type ReportFormat } from '../store/report/build-report';
import { StoreError } from '../store/store-error';
import { EXIT_OK } from './exit-code';
import { openOutput } from './output-sink';
import { UsageError } from './usage-error';

export interface ReportRunOptions {
  format: ReportFormat;
  output?: string;
}

const SQLITE_HEADER = 'SQLite format 3\0';

export async function runReport(sources: readonly string[], options: ReportRunOptions): Promise<number> {
  if (options.format === 'xlsx' && options.output === undefined && process.stdout.isTTY) {
    throw new UsageError('xlsx 工作簿请用 --output 指定文件 / give --output for a workbook');
  }
  let temporary: string | undefined;
  try {
    let database: string;
    if (sources.length === 1 && isDatabase(sources[0])) database = sources[0];
    else {
      temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'planlens-report-'));
      database = path.join(temporary, 'plans.sqlite');
      const found = await findPlanFiles(sources);
      for (const u of found.unmatched) process.stderr.write(`planlens: 没有匹配的文件 / no files match: ${u}\n`);
      if (found.files.length === 0) throw new UsageError('没有可生成报告的方案或索引 / no index or plans to report on');
      const { indexPlans } = await import('../store/index-plans');
      await indexPlans({ database, files: found.files, jobs: Math.min(found.files.length, os.availableParallelism()), workerScript: entryFile(), base: process.cwd() });
    }
    const report = await buildReport(database, options.format, temporary ? sources.join(' ') : database);
    const out = openOutput(options.output);
    await out.write(report);
    await out.close();
    return EXIT_OK;
  } catch (e) {
    if (e instanceof StoreError) throw new UsageError(e.message);
    throw e;
  } finally {
    if (temporary) fs.rmSync(temporary, { recursive: true, force: true });
  }
}

/** A file whose first bytes are SQLite's header (any other file is taken as a plan). */
function isDatabase(file: string): boolean {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const head = Buffer.alloc(16);
      fs.readSync(fd, head, 0, 16, 0);
      return head.toString('latin1') === SQLITE_HEADER || /\.(sqlite3?|db)$/i.test(file);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}
