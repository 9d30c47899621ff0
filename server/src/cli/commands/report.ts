/**
 * `planlens report <db or folder> --format html|xlsx [--output FILE]`: one page (self-contained,
 * strict CSP, light and dark, printable) or one Excel workbook over an index — or over a folder of
 * plans, indexed on the way into a temporary database.
 */
import { Command, Option } from 'commander';

interface ReportFlags {
  format: 'html' | 'xlsx';
  output?: string;
  jobs?: number;
}

export function register(program: Command): void {
  program
    .command('report')
    .description('生成报告：指标矩阵、任务质量、单位负担、时间节点与图表 / a report: indicator matrix, quality, agency load, timeline, charts')
    .argument('<source...>', '索引数据库，或方案文件夹、文件、通配符 / an index database, or plan folders, files or globs')
    .addOption(new Option('-f, --format <format>', '格式 / format').choices(['html', 'xlsx']).default('html'))
    .option('-o, --output <file>', '写入文件（xlsx 必须）/ write to a file (required for xlsx on a terminal)')
    .addHelpText(
      'after',
      '\n示例 / examples:\n  planlens report plans.sqlite -o 报告.html\n  planlens report 方案/ --format xlsx -o 报告.xlsx',
    )
    .action(async (source: string[], flags: ReportFlags) => {
      const { runReport } = await import('../run-report');
      process.exitCode = await runReport(source, { format: flags.format, output: flags.output });
    });
}
