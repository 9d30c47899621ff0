/**
 * One file, start to finish: read, analyse, serialise. The same function runs in-process and in
 * workers; everything it returns is plain data and the analysis is dropped on return, so memory
 * does not grow with the number of files.
 */
import { analyzePlan, planCounts, toJson, type FileJson, type RuleConfig } from '../core';
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
    // The full model is serialised for JSON output only; the other formats need the counts.
    const full = options.json ? toJson(shownAs, analysis) : null;
    return {
      path: shownAs,
      encoding: read.encoding,
      invalidSequences: read.invalidSequences,
      title: analysis.model.title,
      stats: full ? full.stats : planCounts(analysis),
      problems: analysis.diagnostics.map((d) => ({
        code: d.code,
        severity: d.severity,
        message: d.message,
        range: analysis.lineIndex.range(d.span.start, d.span.end),
      })),
      json: full ? utf8.encode(JSON.stringify(withEncoding(full, read))) : undefined,
    };
  } catch (e) {
    // A bug in the core on some input: report it for this file and go on with the others.
    return failedOutcome(shownAs, `分析失败 / analysis failed: ${(e as Error).message}`);
  }
}

/**
 * The JSON entry with how the file was read, next to its path. `stats` stays last, so a reader can
 * take the counts from the end of a 100 MB entry without parsing it.
 */
function withEncoding(json: FileJson, read: { encoding: string; invalidSequences?: number }) {
  const { path, ...rest } = json;
  return { path, encoding: read.encoding, ...(read.invalidSequences ? { invalidSequences: read.invalidSequences } : {}), ...rest };
}
