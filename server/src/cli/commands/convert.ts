/**
 * `planlens convert <files, folders or globs…> [--out-dir DIR]`: PDF, Word and web pages to
 * `<name>.plan.txt`, the plan as clean text, one paragraph a line — what `analyze` reads, and what
 * a user corrects by hand where a conversion went wrong. Options and help only; the work is in
 * run-convert.ts, loaded when the command runs.
 */
import type { Command } from 'commander';

interface ConvertFlags {
  outDir?: string;
  force?: boolean;
  quiet?: boolean;
}

export function register(program: Command): void {
  program
    .command('convert')
    .description('把 PDF、Word、网页转换为方案文本（<名称>.plan.txt）/ convert PDF, Word and web pages to plan text (<name>.plan.txt)')
    .argument('<inputs...>', '文件、文件夹或通配符 / files, folders (searched for *.pdf, *.docx, *.docm, *.html, *.htm) or globs')
    .option('--out-dir <dir>', '写入该文件夹，而不是原文件旁边 / write into this folder instead of beside each file')
    .option('--force', '覆盖已修改过的 .plan.txt / overwrite a .plan.txt that differs from the new conversion')
    .option('-q, --quiet', '只报告问题 / only problems')
    .addHelpText(
      'after',
      '\n已存在且内容不同的 .plan.txt（可能已手工修改）不会被覆盖，除非使用 --force。\n' +
        'An existing .plan.txt that differs from the new conversion (perhaps corrected by hand) is kept unless --force.\n' +
        '退出码 / exit codes: 0 全部转换 / all converted; 2 有文件无法读取或未写入 / some file could not be read or written',
    )
    .action(async (inputs: string[], flags: ConvertFlags) => {
      const { runConvert } = await import('../run-convert');
      process.exitCode = await runConvert(inputs, { outDir: flags.outDir, force: Boolean(flags.force), quiet: Boolean(flags.quiet) });
    });
}
