/**
 * `planlens format <files…> [--check]`: Format Document from the command line. Options and help
 * only; the work is in run-format.ts, loaded when the command runs.
 */
import type { Command } from 'commander';
import { UsageError } from '../usage-error';

interface FormatFlags {
  check?: boolean;
  labelForms?: string;
  quiet?: boolean;
}

export function register(program: Command): void {
  program
    .command('format')
    .description('格式化方案文本：标点、引号、空格、句号、标题编号与序号格式 / format plan text: punctuation, quotation marks, spaces, full stops, heading numbers and label forms')
    .argument('<inputs...>', '文件、文件夹或通配符 / files, folders (searched for *.txt, *.plan) or globs')
    .option('--check', '只检查：列出需要修改之处，有则退出码为 1 / only check: list what would change, exit 1 if anything would')
    .option('--label-forms <forms>', '序号格式：standard（GB/T 9704：一、（一）1.（1））或 keep（保留原样）/ label forms: standard or keep', 'standard')
    .option('-q, --quiet', '只报告问题 / only problems')
    .addHelpText(
      'after',
      '\n不带 --check 时直接改写文件（先写临时文件再替换，不留备份）。只处理 UTF-8 方案文本。\n' +
        'Without --check the files are rewritten in place (a temporary file renamed over each, no backup). UTF-8 plan text only.\n' +
        '退出码 / exit codes: 0 无需修改或已格式化 / nothing to change or formatted; 1 (--check) 有需修改的文件 / some file would change; 2 有文件无法读取或写入 / some file could not be read or written',
    )
    .action(async (inputs: string[], flags: FormatFlags) => {
      if (flags.labelForms !== 'standard' && flags.labelForms !== 'keep') throw new UsageError(`--label-forms 应为 standard 或 keep / must be standard or keep: ${flags.labelForms}`);
      const { runFormat } = await import('../run-format');
      process.exitCode = await runFormat(inputs, { check: Boolean(flags.check), labelForms: flags.labelForms, quiet: Boolean(flags.quiet) });
    });
}
