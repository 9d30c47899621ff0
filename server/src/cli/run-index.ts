/**
 * `planlens index`: find the files, bring the index up to date (store/index-plans.ts), and say
 * what was done. Ctrl-C stops after the plan being written: what was written stays, and the next
 * run goes on from there.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { entryFile } from '../batch/entry-file';
import { findPlanFiles } from '../batch/find-plan-files';
import { StoreError } from '../store/store-error';
import { colors, useColor } from './colors';
import { EXIT_OK } from './exit-code';
import { ProgressBar } from './progress-bar';
import { parseRuleSeverities } from './rule-severity-option';
import { UsageError } from './usage-error';

export interface IndexRunOptions {
  database: string;
  jobs?: number;
  force: boolean;
  rules: readonly string[];
  quiet: boolean;
  color: boolean;
}

export async function runIndex(inputs: readonly string[], options: IndexRunOptions): Promise<number> {
  const severities = parseRuleSeverities(options.rules);
  const stderr = process.stderr;
  const c = colors(useColor(Boolean(stderr.isTTY), options.color));
  const found = await findPlanFiles(inputs);
  const database = path.resolve(options.database);
  // The database and its journal are never plans, even in a folder searched for *.txt and globs.
  const files = found.files.filter((f) => !f.file.startsWith(database));
  for (const u of found.unmatched) stderr.write(`${c.red('planlens:')} 没有匹配的文件 / no files match: ${u}\n`);
  if (files.length === 0) throw new UsageError('没有可索引的文件 / nothing to index');
  const folders = inputs.map((i) => path.resolve(i)).filter((p) => fs.statSync(p, { throwIfNoEntry: false })?.isDirectory());

  const { indexPlans } = await import('../store/index-plans');
  const progress = new ProgressBar(files.length, stderr, c, !options.quiet);
  let interrupted = false;
  const onInterrupt = () => {
    // A second Ctrl-C ends at once; the plan being written is still all or nothing.
    if (interrupted) process.exit(130);
    interrupted = true;
  };
  process.on('SIGINT', onInterrupt);
  try {
    const summary = await indexPlans({
      database,
      files,
      folders,
      jobs: options.jobs ?? Math.min(files.length, os.availableParallelism()),
      workerScript: entryFile(),
      rules: Object.keys(severities).length ? { severities } : undefined,
      force: options.force,
      onProgress: (p) => progress.update(p.done),
      isCancelled: () => interrupted,
    });
    progress.stop();
    for (const f of summary.failed) stderr.write(`${c.yellow('planlens:')} ${f.path}: ${f.error}\n`);
    if (!options.quiet) {
      const shown = path.relative(process.cwd(), database) || database;
      stderr.write(
        `${summary.cancelled ? '已中断 / interrupted: ' : ''}索引 ${shown}：${summary.plans} 个方案（分析 ${summary.analysed}，未变 ${summary.unchanged}，移除 ${summary.removed}，无法读取 ${summary.failed.length}），${summary.seconds.toFixed(1)} 秒` +
          ` / ${summary.plans} plans (${summary.analysed} analysed, ${summary.unchanged} unchanged, ${summary.removed} removed, ${summary.failed.length} unreadable)\n`,
      );
    }
    return summary.cancelled ? 130 : EXIT_OK;
  } catch (e) {
    progress.stop();
    if (e instanceof StoreError) throw new UsageError(e.message);
    throw e;
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}
