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
}

export function diagnostics(analysis: PlanAnalysis, uri: string, options: DiagnosticOptions = {}): Diagnostic[] {
  return analysis.diagnostics.map((d) => toDiagnostic(analysis, uri, d, options));
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
