/**
 * `planlens query <db> targets|agencies|plans [options]` and `planlens query <db> --sql "…"`: the
 * common questions of an index without writing SQL, and any read-only SQL for the rest.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { UsageError } from '../usage-error';

interface QueryFlags {
  indicator?: string;
  year?: number;
  top: number;
  sort: string;
  sql?: string;
  format: 'text' | 'csv' | 'json';
  output?: string;
}

const WHAT = ['targets', 'agencies', 'plans'];

export function register(program: Command): void {
  program
    .command('query')
    .description('查询索引：指标、单位、方案，或只读 SQL / query an index: targets, agencies, plans, or read-only SQL')
    .argument('<db>', '索引数据库（planlens index 生成）/ the index database (made by planlens index)')
    .argument('[what]', `${WHAT.join(' | ')}`)
    .option('--indicator <name>', 'targets：指标名称（按规范化名称匹配）/ targets: the indicator (matched by its normalised name)')
    .option('--year <year>', 'targets：目标年份 / targets: the year', year)
    .option('--top <n>', 'agencies：前 N 个 / agencies: the first N', positiveInteger, 20)
    .addOption(
      new Option('--sort <order>', 'plans：排序 / plans: order').choices(['path', 'missing-lead', 'missing-deadline', 'targets', 'tasks', 'diagnostics', 'issued']).default('path'),
    )
    .option('--sql <statement>', '只读 SQL 查询 / a read-only SQL query')
    .addOption(new Option('-f, --format <format>', '输出格式 / output format').choices(['text', 'csv', 'json']).default('text'))
    .option('-o, --output <file>', '写入文件而不是标准输出 / write to a file instead of stdout')
    .addHelpText(
      'after',
      '\n示例 / examples:\n' +
        '  planlens query plans.sqlite targets --indicator 非化石能源消费比重 --year 2025\n' +
        '  planlens query plans.sqlite agencies --top 20 --format csv -o 单位.csv\n' +
        '  planlens query plans.sqlite plans --sort missing-lead\n' +
        '  planlens query plans.sqlite --sql "SELECT region, count(*) FROM plans GROUP BY region"',
    )
    .action(async (db: string, what: string | undefined, flags: QueryFlags) => {
      if (flags.sql !== undefined && what !== undefined) throw new UsageError('--sql 与查询类别只能二选一 / give either --sql or targets|agencies|plans');
      if (flags.sql === undefined && (what === undefined || !WHAT.includes(what))) {
        throw new UsageError(`请指明查询类别 ${WHAT.join('、')}，或用 --sql / name what to query (${WHAT.join(', ')}) or give --sql`);
      }
      const { runQuery } = await import('../run-query');
      process.exitCode = await runQuery(db, what ?? null, flags);
    });
}

function year(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1900 || n > 2200) throw new InvalidArgumentError('应为年份，如 2025 / expected a year such as 2025');
  return n;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('应为正整数 / expected a positive integer');
  return n;
}
