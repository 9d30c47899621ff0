/**
 * One file, start to finish: read, analyse, serialise. The same function runs in-process and in
 * workers; everything it returns is plain data and the analysis is dropped on return, so memory
 * does not grow with the number of files.
 */
import { analyzePlan, toJson, type RuleConfig } from '../core';
import { failedOutcome, type FileOutcome } from './file-outcome';
import { readPlanFile } from './read-plan-file';

const utf8 = new TextEncoder();

export interface AnalyzeFileOptions {
  rules: RuleConfig;
  /** Serialise the full model (JSON output); other formats need only problems and stats. */
  json: boolean;
}

export function analyzeFile(file: string, shownAs: string, options: AnalyzeFileOptions): FileOutcome {
  const read = readPlanFile(file);
  if ('error' in read) return failedOutcome(shownAs, read.error);
  try {
    const analysis = analyzePlan(read.text, { rules: options.rules });
    const full = toJson(shownAs, analysis);
    return {
      path: shownAs,
      encoding: read.encoding,
      title: full.title,
      stats: full.stats,
      problems: analysis.diagnostics.map((d) => ({
        code: d.code,
        severity: d.severity,
        message: d.message,
        range: analysis.lineIndex.range(d.span.start, d.span.end),
      })),
      json: options.json ? utf8.encode(JSON.stringify(full)) : undefined,
    };
  } catch (e) {
    // A bug in the core on some input: report it for this file and go on with the others.
    return failedOutcome(shownAs, `分析失败 / analysis failed: ${(e as Error).message}`);
  }
}
