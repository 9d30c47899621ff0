/**
 * `planlens analyze <files, folders or globs…>`: options and help; the work is in run-analyze.ts,
 * loaded only when the command runs, so that `planlens --help` and `planlens lsp` do not pay for it
 * (nor for the core: --rule is checked against the rules there).
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import type { FailOn } from '../exit-code';
import type { OutputFormat } from '../run-analyze';

interface AnalyzeFlags {
  format: OutputFormat;
  failOn: FailOn;
  rule?: string[];
  jobs?: number;
  output?: string;
  color: boolean;
  quiet?: boolean;
  explain?: boolean;
}

export function register(program: Command): void {
  program
    .command('analyze')
    .description('检查方案文件：大纲、任务、目标与问题 / analyse plan files: outline, tasks, targets, problems')
    .argument('<inputs...>', '文件、文件夹或通配符 / files, folders (searched for *.txt, *.plan) or globs')
    .addOption(new Option('-f, --format <format>', '输出格式 / output format').choices(['text', 'json', 'sarif']).default('text'))
    .addOption(
      new Option('--fail-on <severity>', '达到该级别的问题时退出码为 1 / exit 1 on problems at or above').choices(['error', 'warning', 'never']).default('error'),
    )
    .option('--rule <code=severity>', '设置规则级别（可重复）/ set a rule’s severity: error, warning, information, hint or off (repeatable)', collect)
    .option('-j, --jobs <n>', '并行线程数 / worker threads (default: one per file, up to the CPUs)', positiveInteger)
    .option('-o, --output <file>', '写入文件而不是标准输出 / write the report to a file instead of stdout')
    .option('--no-color', '不使用颜色 / no colours')
    .option('-q, --quiet', '只输出问题 / only problems: no summaries, no progress bar')
    .option('--explain', '在 JSON 中列出每个数字及其判断理由 / with --format json: every quantity with its verdict and reason (why it is or is not a target)')
    .addHelpText('after', helpFooter)
    .action(async (inputs: string[], flags: AnalyzeFlags) => {
      const { runAnalyze } = await import('../run-analyze');
      process.exitCode = await runAnalyze(inputs, {
        format: flags.format,
        failOn: flags.failOn,
        rules: flags.rule ?? [],
        jobs: flags.jobs,
        output: flags.output,
        color: flags.color,
        quiet: Boolean(flags.quiet),
        explain: Boolean(flags.explain),
      });
    });
}

/** Built only when help is shown: the rule list needs the core's rules. */
function helpFooter(): string {
  const { RULES } = require('../../core/rules') as typeof import('../../core/rules');
  return [
    '',
    '规则 / rules (--rule <code>=error|warning|information|hint|off):',
    ...RULES.map((r) => `  ${r.code.padEnd(26)}${r.defaultSeverity.padEnd(13)}${r.description}`),
    '',
    '退出码 / exit codes: 0 无问题达到 --fail-on / none at --fail-on; 1 有 / some; 2 用法或输入错误 / usage or input error',
  ].join('\n');
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('应为正整数 / expected a positive integer');
  return n;
}
