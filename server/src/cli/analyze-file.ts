/**
 * One file, start to finish: read (through the input layer: text, PDF, Word or a web page),
 * analyse, serialise. The same function runs in-process and in workers; everything it returns is
 * plain data and the analysis is dropped on return, so memory does not grow with the number of
 * files.
 */
import * as path from 'node:path';
import { analyzePlan, planCounts, toJson, type FileJson, type RuleConfig } from '../core';
import { planTextPath, readPlanSource, type PlanSource } from '../input';
import { failedOutcome, type FileOutcome } from './file-outcome';

const utf8 = new TextEncoder();

export interface AnalyzeFileOptions {
  rules: RuleConfig;
  /** Serialise the full model (JSON output); other formats need only problems and stats. */
  json: boolean;
  /** With JSON: every quantity with its verdict and reason (`--explain`). */
  explain?: boolean;
}

export async function analyzeFile(file: string, shownAs: string, options: AnalyzeFileOptions): Promise<FileOutcome> {
  const read = await readPlanSource(file);
  if ('error' in read) return failedOutcome(shownAs, read.error);
  try {
    const analysis = analyzePlan(read.text, { rules: options.rules });
    // The full model is serialised for JSON output only; the other formats need the counts.
    const full = options.json ? toJson(shownAs, analysis, { explain: options.explain }) : null;
    return {
      path: shownAs,
      encoding: read.encoding,
      invalidSequences: read.invalidSequences,
      ...(read.format !== 'text' ? { source: sourceOf(read, shownAs) } : {}),
      ...(read.warnings.length ? { warnings: read.warnings } : {}),
      title: analysis.model.title,
      stats: full ? full.stats : planCounts(analysis),
      problems: analysis.diagnostics.map((d) => ({
        code: d.code,
        severity: d.severity,
        message: d.message,
        range: analysis.lineIndex.range(d.span.start, d.span.end),
      })),
      json: full ? utf8.encode(JSON.stringify(withSource(full, read, shownAs))) : undefined,
    };
  } catch (e) {
    // A bug in the core on some input: report it for this file and go on with the others.
    return failedOutcome(shownAs, `分析失败 / analysis failed: ${(e as Error).message}`);
  }
}

/**
 * What a PDF, Word file or page was read as: its ranges refer to lines of the converted text,
 * which `planlens convert` writes to `convertedText`.
 */
function sourceOf(read: PlanSource, shownAs: string): NonNullable<FileOutcome['source']> {
  const converted = planTextPath(shownAs).split(path.sep).join('/');
  return { path: shownAs, format: read.format, ...(read.pages !== undefined ? { pages: read.pages } : {}), convertedText: converted };
}

/**
 * The JSON entry with how the file was read, next to its path. `stats` stays last, so a reader can
 * take the counts from the end of a 100 MB entry without parsing it.
 */
function withSource(json: FileJson, read: PlanSource, shownAs: string) {
  const { path: shown, ...rest } = json;
  return {
    path: shown,
    ...(read.encoding ? { encoding: read.encoding } : {}),
    ...(read.invalidSequences ? { invalidSequences: read.invalidSequences } : {}),
    ...(read.controlCharacters ? { controlCharacters: read.controlCharacters } : {}),
    ...(read.format !== 'text' ? { source: sourceOf(read, shownAs) } : {}),
    ...(read.warnings.length ? { warnings: read.warnings } : {}),
    ...rest,
  };
}
