/**
 * `planlens analyze`: find the files, analyse them (in order, on workers when there are several),
 * stream the report, and work out the exit code.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeInOrder } from './analyze-in-order';
import { colors, useColor } from './colors';
import { entryFile } from '../batch/entry-file';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, failsOn, type FailOn } from './exit-code';
import { findPlanFiles } from '../batch/find-plan-files';
import { openOutput } from './output-sink';
import { ProgressBar } from './progress-bar';
import { jsonReporter } from './reporters/json-reporter';
import type { Reporter } from './reporters/reporter';
import { sarifReporter } from './reporters/sarif-reporter';
import { textReporter } from './reporters/text-reporter';
import { parseRuleSeverities } from './rule-severity-option';
import { addOutcome, emptySummary, type RunSummary } from './run-summary';
import { UsageError } from './usage-error';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface AnalyzeRunOptions {
  format: OutputFormat;
  failOn: FailOn;
  /** `--rule` values, `code=severity`, checked here. */
  rules: readonly string[];
  /** Worker threads; undefined for one per file up to the number of CPUs. */
  jobs?: number;
  output?: string;
  /** False with --no-color. */
  color: boolean;
  quiet: boolean;
  /** JSON entries also list every quantity with its verdict and reason. */
  explain?: boolean;
}

export async function runAnalyze(inputs: readonly string[], options: AnalyzeRunOptions): Promise<number> {
  const severities = parseRuleSeverities(options.rules);
  const found = await findPlanFiles(inputs);
  const { unmatched } = found;
  // `planlens analyze . -o report.txt` run twice must not read its own last report as a plan.
  const report = options.output === undefined ? undefined : path.resolve(options.output);
  const files = found.files.filter((f) => f.file !== report);
  const stderr = process.stderr;
  const ec = colors(useColor(Boolean(stderr.isTTY), options.color));
  for (const u of unmatched) stderr.write(`${ec.red('planlens:')} 没有匹配的文件 / no files match: ${u}\n`);
  if (files.length === 0) throw new UsageError('没有可分析的文件 / nothing to analyse');

  const out = openOutput(options.output);
  const reporter = makeReporter(options, out);
  const summary = emptySummary(unmatched);
  const progress = new ProgressBar(files.length, stderr, ec, !options.quiet);
  const jobs = options.jobs ?? Math.min(files.length, os.availableParallelism());
  // A file that could not be read is also said on stderr, unless the text report on the terminal
  // has just said it.
  const echoFailures = options.format !== 'text' || !out.isTTY;
  if (options.explain && options.format !== 'json') throw new UsageError('--explain 只用于 --format json / --explain needs --format json');
  const outcomes = analyzeInOrder(files, { rules: { severities }, json: options.format === 'json', explain: options.explain }, jobs, entryFile());

  await reporter.begin();
  for await (const outcome of outcomes) {
    addOutcome(summary, outcome);
    progress.clear();
    if (outcome.error !== undefined && echoFailures) stderr.write(`${ec.red('planlens:')} ${outcome.path}: ${outcome.error}\n`);
    await reporter.file(outcome);
    progress.update(summary.files);
  }
  progress.stop();
  await reporter.end(summary);
  await out.close();
  return exitCode(summary, options.failOn);
}

function makeReporter(options: AnalyzeRunOptions, out: ReturnType<typeof openOutput>): Reporter {
  switch (options.format) {
    case 'json':
      return jsonReporter(out);
    case 'sarif':
      return sarifReporter(out);
    default:
      // Never colour a report file, even with FORCE_COLOR (meant for terminals and CI logs).
      return textReporter(out, colors(options.output === undefined && useColor(out.isTTY, options.color)), options.quiet);
  }
}

function exitCode(summary: RunSummary, failOn: FailOn): number {
  if (summary.failed.length > 0 || summary.unmatched.length > 0) return EXIT_USAGE;
  const found = (Object.keys(summary.problems) as Array<keyof RunSummary['problems']>).some((s) => summary.problems[s] > 0 && failsOn(s, failOn));
  return found ? EXIT_FINDINGS : EXIT_OK;
}
