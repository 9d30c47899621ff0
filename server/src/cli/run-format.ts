/**
 * `planlens format`: each plan text formatted as Format Document does (core/format/). With --check
 * nothing is written: each file that would change is listed with its changed lines, and the exit
 * code is 1 — for a drafting team's CI. Otherwise each changed file is rewritten in place, atomically
 * (atomic-write.ts). Only UTF-8 plan text is formatted: a Word file or PDF is converted first, and a
 * GBK text is not rewritten in another encoding behind the user's back.
 */
import * as fs from 'node:fs';
import { analyzePlan, formatPlan, applyEdits, type LabelForms } from '../core';
import { findPlanFiles } from '../batch/find-plan-files';
import { writeFileAtomic } from './atomic-write';
import { colors, useColor } from './colors';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from './exit-code';
import { UsageError } from './usage-error';

export interface FormatCliOptions {
  check: boolean;
  labelForms: LabelForms;
  quiet: boolean;
}

const SHOWN_LINES = 20;
const SHOWN_CHARS = 60;

export async function runFormat(inputs: readonly string[], options: FormatCliOptions, cwd = process.cwd()): Promise<number> {
  const { files, unmatched } = await findPlanFiles(inputs, cwd, 'format');
  const out = colors(useColor(Boolean(process.stdout.isTTY), undefined));
  const err = colors(useColor(Boolean(process.stderr.isTTY), undefined));
  for (const u of unmatched) process.stderr.write(`${err.red('planlens:')} 没有匹配的文件 / no files match: ${u}\n`);
  if (files.length === 0) throw new UsageError('没有可格式化的文件 / nothing to format');
  const say = (line: string) => process.stdout.write(line + '\n');
  let changed = 0;
  let failed = 0;
  for (const f of files) {
    const problem = (message: string) => {
      failed++;
      say(`  ${f.shownAs}  ${out.red('error')}  ${message}`);
      if (!process.stdout.isTTY) process.stderr.write(`${err.red('planlens:')} ${f.shownAs}: ${message}\n`);
    };
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(f.file);
    } catch (e) {
      problem(`无法读取 / cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      continue;
    }
    const text = utf8(bytes);
    if (text === null) {
      problem('不是 UTF-8 方案文本，未格式化（Word、PDF 先用 planlens convert 转换）/ not UTF-8 plan text: not formatted');
      continue;
    }
    const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
    const body = text.slice(bom.length);
    const analysis = analyzePlan(body);
    const edits = formatPlan(analysis, { labelForms: options.labelForms });
    if (edits.length === 0) {
      if (!options.quiet && !options.check) say(`  ${f.shownAs}  ${out.dim('无需修改 / unchanged')}`);
      continue;
    }
    changed++;
    const formatted = applyEdits(body, edits);
    if (options.check) {
      say(`${f.shownAs}: ${edits.length} 行需格式化 / lines to format`);
      const after = formatted.split(/\r\n|\n|\r/);
      const before = body.split(/\r\n|\n|\r/);
      for (const e of edits.slice(0, SHOWN_LINES)) {
        say(`  ${out.dim(`${e.line + 1}:`)} ${out.red('- ' + clip(before[e.line], e.span.start - analysis.lineIndex.lineStarts[e.line]))}`);
        say(`  ${out.dim(`${e.line + 1}:`)} ${out.green('+ ' + clip(after[e.line], e.span.start - analysis.lineIndex.lineStarts[e.line]))}`);
      }
      if (edits.length > SHOWN_LINES) say(`  ${out.dim(`…… 另有 ${edits.length - SHOWN_LINES} 行 / more lines`)}`);
      continue;
    }
    try {
      writeFileAtomic(f.file, bom + formatted);
    } catch (e) {
      problem(`无法写入 / cannot write: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      continue;
    }
    if (!options.quiet) say(`  ${f.shownAs}  已格式化 ${edits.length} 行 / formatted`);
  }
  if (!options.quiet) {
    const verb = options.check ? '需格式化' : '已格式化';
    say(out.bold(`共 ${files.length} 个文件：${verb} ${changed}${failed ? `，${out.red(`无法处理 ${failed}`)}` : ''}`));
  }
  if (failed || unmatched.length) return EXIT_USAGE;
  return options.check && changed > 0 ? EXIT_FINDINGS : EXIT_OK;
}

function utf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The changed line around where it changes, short enough for a terminal. */
function clip(line: string, at: number): string {
  const start = Math.max(0, Math.min(at - 10, line.length - SHOWN_CHARS));
  const shown = line.slice(start, start + SHOWN_CHARS);
  return (start > 0 ? '…' : '') + shown + (start + SHOWN_CHARS < line.length ? '…' : '');
}
