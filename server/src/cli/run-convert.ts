/**
 * `planlens convert`: each file read through the input layer and written as `<name>.plan.txt`
 * (UTF-8, one paragraph a line, LF), beside it or in --out-dir. One line per file on stdout; a
 * file that cannot be read is said there and on stderr, and the others go on.
 *
 * A .plan.txt that already exists and differs from the new conversion is kept unless --force: it
 * may hold corrections made by hand, which a second run must not silently undo.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PLAN_TEXT_SUFFIX, planTextContent, planTextPath, readPlanSource } from '../input';
import { colors, useColor } from './colors';
import { displayPath } from '../batch/display-path';
import { EXIT_OK, EXIT_USAGE } from './exit-code';
import { findPlanFiles } from '../batch/find-plan-files';
import { sourceLabel } from './source-label';
import { UsageError } from './usage-error';

export interface ConvertOptions {
  outDir?: string;
  force: boolean;
  quiet: boolean;
}

export async function runConvert(inputs: readonly string[], options: ConvertOptions, cwd = process.cwd()): Promise<number> {
  const { files, unmatched } = await findPlanFiles(inputs, cwd, 'convert');
  const out = colors(useColor(Boolean(process.stdout.isTTY), undefined));
  const err = colors(useColor(Boolean(process.stderr.isTTY), undefined));
  for (const u of unmatched) process.stderr.write(`${err.red('planlens:')} 没有匹配的文件 / no files match: ${u}\n`);
  if (files.length === 0) throw new UsageError('没有可转换的文件 / nothing to convert');
  const outDir = options.outDir === undefined ? undefined : path.resolve(cwd, options.outDir);
  if (outDir) {
    try {
      fs.mkdirSync(outDir, { recursive: true });
    } catch (e) {
      throw new UsageError(`无法创建输出文件夹 / cannot create --out-dir ${options.outDir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }

  const writtenBy = new Map<string, string>();
  let converted = 0;
  let notWritten = 0;
  let failed = 0;
  const say = (line: string) => process.stdout.write(line + '\n');
  const problem = (shown: string, message: string) => {
    say(`  ${shown}  ${out.red('error'.padEnd(7))}  ${message}`);
    if (!process.stdout.isTTY) process.stderr.write(`${err.red('planlens:')} ${shown}: ${message}\n`);
  };

  for (const f of files) {
    if (f.file.toLowerCase().endsWith(PLAN_TEXT_SUFFIX)) {
      problem(f.shownAs, '已是方案文本，无需转换 / already plan text');
      notWritten++;
      continue;
    }
    const target = planTextPath(f.file, outDir);
    const shownTarget = displayPath(target, cwd);
    const earlier = writtenBy.get(target);
    if (earlier !== undefined) {
      problem(f.shownAs, `与 ${earlier} 的输出文件相同（${shownTarget}），未转换 / same output as ${earlier}`);
      notWritten++;
      continue;
    }
    const read = await readPlanSource(f.file);
    if ('error' in read) {
      problem(f.shownAs, read.error);
      failed++;
      continue;
    }
    const text = planTextContent(read.text);
    const existing = readIfExists(target);
    if (existing !== null && existing !== text && !options.force) {
      problem(f.shownAs, `${shownTarget} 已存在且内容不同（可能已手工修改），未覆盖；用 --force 覆盖 / exists and differs: kept (use --force)`);
      notWritten++;
      continue;
    }
    try {
      if (existing !== text) fs.writeFileSync(target, text);
    } catch (e) {
      problem(f.shownAs, `无法写入 ${shownTarget} / cannot write: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      failed++;
      continue;
    }
    writtenBy.set(target, f.shownAs);
    converted++;
    if (options.quiet && read.warnings.length === 0) continue;
    const lines = text === '' ? 0 : text.split('\n').length - 1;
    say(`  ${f.shownAs} → ${shownTarget}  ${out.dim(`${sourceLabel(read.format, read.pages, read.encoding)} · ${lines} 行`)}`);
    for (const w of read.warnings) say(`    ${out.yellow('注意')} ${w}`);
  }

  if (!options.quiet) {
    const parts = [`已转换 ${converted}`];
    if (notWritten) parts.push(out.red(`未写入 ${notWritten}`));
    if (failed) parts.push(out.red(`无法读取 ${failed}`));
    say(out.bold(`共 ${files.length} 个文件：${parts.join('，')}`));
  }
  return failed || notWritten || unmatched.length ? EXIT_USAGE : EXIT_OK;
}

function readIfExists(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
