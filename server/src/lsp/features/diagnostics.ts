/**
 * The core's findings as LSP diagnostics: code, severity, source "planlens", and related
 * information (the earlier heading of a duplicate number, the clause a problem sits in).
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { PlanAnalysis, PlanDiagnostic, Severity } from '../../core';
import { toRange } from './plan-index';

export const SOURCE = 'planlens';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface DiagnosticOptions {
  /** Whether the client shows relatedInformation (publishDiagnostics.relatedInformation). */
  relatedInformation?: boolean;
  /**
   * At most this many findings are published, then one that says how many more there are: a PDF
   * dump with 20 000 stray brackets froze Emacs for minutes placing one diagnostic each.
   */
  maxProblems?: number;
}

export const TOO_MANY_PROBLEMS = 'too-many-problems';

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export function diagnostics(analysis: PlanAnalysis, uri: string, options: DiagnosticOptions = {}): Diagnostic[] {
  const all = analysis.diagnostics;
  const max = options.maxProblems;
  if (max === undefined || all.length <= max) return all.map((d) => toDiagnostic(analysis, uri, d, options));
  // The most severe first (errors before hints), in document order within a severity.
  const order = all.map((d, i) => i).sort((a, b) => RANK[all[a].severity] - RANK[all[b].severity] || all[a].span.start - all[b].span.start || a - b);
  const kept = order.slice(0, max).sort((a, b) => a - b);
  let firstLeftOut = Infinity;
  for (const i of order.slice(max)) firstLeftOut = Math.min(firstLeftOut, all[i].span.start);
  const out = kept.map((i) => toDiagnostic(analysis, uri, all[i], options));
  out.push({
    range: toRange(analysis, { start: firstLeftOut, end: firstLeftOut }),
    severity: DiagnosticSeverity.Information,
    code: TOO_MANY_PROBLEMS,
    source: SOURCE,
    message: `另有 ${all.length - max} 个问题未显示：每个文件最多显示 ${max} 个（设置 planlens.maxProblems）。请先修复上面的问题，或调高该设置。`,
  });
  return out;
}

export function toDiagnostic(analysis: PlanAnalysis, uri: string, d: PlanDiagnostic, options: DiagnosticOptions = {}): Diagnostic {
  const out: Diagnostic = {
    range: toRange(analysis, d.span),
    severity: SEVERITY[d.severity],
    code: d.code,
    source: SOURCE,
    message: d.message,
  };
  if (d.related && d.related.length > 0 && options.relatedInformation !== false) {
    out.relatedInformation = d.related.map((r) => ({ location: { uri, range: toRange(analysis, r.span) }, message: r.message }));
  }
  return out;
}
