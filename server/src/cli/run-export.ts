/**
 * `planlens export --docx`: the plan read through the input layer, laid out by export/ and written
 * atomically — beside the plan as <name>.docx unless -o names the file. A plan is never written over
 * itself (plan.docx exported to plan.docx).
 */
import * as path from 'node:path';
import { analyzePlan } from '../core';
import { exportDocx } from '../export/export-docx';
import { readPlanSource } from '../input';
import { writeFileAtomic } from './atomic-write';
import { displayPath } from '../batch/display-path';
import { EXIT_OK, EXIT_USAGE } from './exit-code';
import { UsageError } from './usage-error';

export interface ExportCliOptions {
  output?: string;
  titleFont?: string;
}

/** plan.plan.txt → plan.docx, 方案.txt → 方案.docx. */
export function docxPathFor(file: string): string {
  const name = path.basename(file).replace(/(\.plan)?\.[^.]*$/i, '');
  return path.join(path.dirname(file), `${name || path.basename(file)}.docx`);
}

export async function runExport(plan: string, options: ExportCliOptions, cwd = process.cwd()): Promise<number> {
  const input = path.resolve(cwd, plan);
  const output = options.output ? path.resolve(cwd, options.output) : docxPathFor(input);
  if (output === input) throw new UsageError(`输出文件与方案相同，请用 -o 另指定 / the output is the plan itself: name another with -o: ${plan}`);
  const fail = (message: string) => {
    process.stderr.write(`planlens: ${displayPath(input, cwd)}: ${message}\n`);
    return EXIT_USAGE;
  };
  const read = await readPlanSource(input);
  if ('error' in read) return fail(read.error);
  const result = await exportDocx(analyzePlan(read.text), { titleFont: options.titleFont });
  if ('error' in result) return fail(result.error);
  try {
    writeFileAtomic(output, result.bytes);
  } catch (e) {
    return fail(`无法写入 ${displayPath(output, cwd)} / cannot write: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  process.stdout.write(`  ${displayPath(input, cwd)} → ${displayPath(output, cwd)}  ${result.title ?? ''}\n`);
  return EXIT_OK;
}
