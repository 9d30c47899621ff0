/**
 * `planlens index <files, folders or globs…> --db plans.sqlite`: every plan analysed into a SQLite
 * index that queries, reports, pandas or Excel read. Options and help only; the work is in
 * run-index.ts (and the store), loaded when the command runs.
 */
import { Command, InvalidArgumentError } from 'commander';

interface IndexFlags {
  db: string;
  jobs?: number;
  force?: boolean;
  rule?: string[];
  quiet?: boolean;
  color: boolean;
}

export function register(program: Command): void {
  program
    .command('index')
    .description('把方案建成 SQLite 索引（增量）/ index plans into a SQLite database (incremental)')
    .argument('<inputs...>', '文件、文件夹或通配符 / files, folders (searched for *.txt, *.plan, *.pdf, *.docx, *.html) or globs')
    .option('--db <file>', '索引数据库文件 / the database file', 'plans.sqlite')
    .option('-j, --jobs <n>', '并行线程数 / worker threads (default: one per CPU)', positiveInteger)
    .option('--force', '重新分析全部文件，即使内容未变 / analyse every file again, even unchanged ones')
    .option('--rule <code=severity>', '设置规则级别（可重复）/ set a rule’s severity (repeatable)', (v: string, p: string[] = []) => [...p, v])
    .option('-q, --quiet', '只输出问题 / only problems: no progress, no summary')
    .option('--no-color', '不使用颜色 / no colours')
    .addHelpText(
      'after',
      '\n只重新分析内容变化的文件（按 SHA-256）；文件已删除的方案从索引中移除；无法读取的文件连同原因记入索引。\n' +
        'Only files whose content changed are analysed again; plans whose files are gone are removed; unreadable files are recorded with their message.\n' +
        '示例 / example:\n  planlens index 方案/ --db plans.sqlite\n  planlens query plans.sqlite targets --indicator 非化石能源消费比重 --year 2025\n' +
        '退出码 / exit codes: 0 索引已更新 / index updated (unreadable files included, listed on stderr); 2 用法或数据库错误 / usage or database error',
    )
    .action(async (inputs: string[], flags: IndexFlags) => {
      const { runIndex } = await import('../run-index');
      process.exitCode = await runIndex(inputs, {
        database: flags.db,
        jobs: flags.jobs,
        force: Boolean(flags.force),
        rules: flags.rule ?? [],
        quiet: Boolean(flags.quiet),
        color: flags.color,
      });
    });
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('应为正整数 / expected a positive integer');
  return n;
}
