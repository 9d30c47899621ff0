/**
 * `planlens export <plan> --docx [-o plan.docx]`: the plan as a Word document in the official
 * layout (GB/T 9704-2012). Options and help only; the work is in run-export.ts.
 */
import type { Command } from 'commander';
import { UsageError } from '../usage-error';

interface ExportFlags {
  docx?: boolean;
  output?: string;
  titleFont?: string;
}

export function register(program: Command): void {
  program
    .command('export')
    .description('把方案导出为公文格式（GB/T 9704-2012）的 Word 文档 / export a plan as a Word document in the official layout (GB/T 9704-2012)')
    .argument('<plan>', '方案文本（或 PDF、Word、网页）/ plan text (or a PDF, Word file, web page)')
    .option('--docx', '导出为 .docx / export as .docx')
    .option('-o, --output <file>', '输出文件，默认为方案旁的同名 .docx / output file (default: beside the plan, same name, .docx)')
    .option('--title-font <font>', '标题字体，默认方正小标宋简体 / the title\'s font (default 方正小标宋简体)')
    .addHelpText('after', '\n退出码 / exit codes: 0 已导出 / exported; 2 无法读取、不像方案或无法写入 / unreadable, not a plan, or cannot write')
    .action(async (plan: string, flags: ExportFlags) => {
      if (!flags.docx) throw new UsageError('请指定导出格式：--docx / choose a format: --docx');
      const { runExport } = await import('../run-export');
      process.exitCode = await runExport(plan, { output: flags.output, titleFont: flags.titleFont });
    });
}
