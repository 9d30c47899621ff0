/**
 * Code actions: the quick fix each finding carries (complete 按职责分工 → 按职责分工负责, insert a
 * （责任单位：） placeholder, renumber from a gap or duplicate, balance a bracket), a "disable this
 * rule" action per rule, and a fix-all source action for the fixes that are safe to apply blind.
 */
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionContext,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import type { PlanAnalysis, PlanDiagnostic, Span } from '../../core';
import { DISABLE_RULE_COMMAND } from '../protocol';
import { toDiagnostic } from './diagnostics';
import { toRange } from './plan-index';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.planlens`;

/** Fixes that are right whatever the context: completing a clause and closing a bracket. */
const SAFE_FOR_FIX_ALL = new Set(['incomplete-agency-clause', 'unbalanced-bracket']);

export interface CodeActionOptions {
  /** The document version the edits are for; with `documentChanges`, stale edits are refused. */
  version: number;
  /** Whether the client takes versioned documentChanges (workspace.workspaceEdit.documentChanges). */
  documentChanges?: boolean;
}

export function codeActions(
  analysis: PlanAnalysis,
  uri: string,
  range: Range,
  context: CodeActionContext,
  options: CodeActionOptions,
): CodeAction[] {
  const wants = (kind: string) => !context.only || context.only.some((k) => kind === k || kind.startsWith(k + '.'));
  const from = analysis.lineIndex.offsetAt(range.start);
  const to = analysis.lineIndex.offsetAt(range.end);
  const here = analysis.diagnostics.filter((d) => overlaps(d.span, from, to));
  const out: CodeAction[] = [];

  if (wants(CodeActionKind.QuickFix)) {
    for (const d of here) {
      if (!d.fix) continue;
      out.push({
        title: d.fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [toDiagnostic(analysis, uri, d)],
        isPreferred: true,
        edit: workspaceEdit(analysis, uri, d.fix.edits, options),
      });
    }
    const seen = new Set<string>();
    for (const d of here) {
      if (seen.has(d.code)) continue;
      seen.add(d.code);
      const title = `关闭“${d.code}”检查（写入设置 planlens.rules）`;
      out.push({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: here.filter((x) => x.code === d.code).map((x) => toDiagnostic(analysis, uri, x)),
        command: { title, command: DISABLE_RULE_COMMAND, arguments: [d.code] },
      });
    }
  }

  if (context.only && wants(FIX_ALL_KIND)) {
    const fixAll = fixAllAction(analysis, uri, options);
    if (fixAll) out.push(fixAll);
  }
  return out;
}

/** Every safe fix in the document, leaving out any edit that would touch another's text. */
export function fixAllAction(analysis: PlanAnalysis, uri: string, options: CodeActionOptions): CodeAction | null {
  const fixable: PlanDiagnostic[] = analysis.diagnostics.filter((d) => d.fix && SAFE_FOR_FIX_ALL.has(d.code));
  const edits: Array<{ span: Span; newText: string }> = [];
  for (const d of fixable) {
    const mine = d.fix!.edits;
    // Overlapping, or two insertions at one place (their order would be a guess).
    const clash = mine.some((e) => edits.some((x) => (e.span.start < x.span.end && x.span.start < e.span.end) || e.span.start === x.span.start));
    if (!clash) edits.push(...mine);
  }
  if (edits.length === 0) return null;
  return {
    title: `修复全部可自动修复的问题（${fixable.length} 处）`,
    kind: FIX_ALL_KIND,
    edit: workspaceEdit(analysis, uri, edits.sort((a, b) => a.span.start - b.span.start), options),
  };
}

function workspaceEdit(analysis: PlanAnalysis, uri: string, edits: Array<{ span: Span; newText: string }>, options: CodeActionOptions): WorkspaceEdit {
  const textEdits: TextEdit[] = edits.map((e) => ({ range: toRange(analysis, e.span), newText: e.newText }));
  if (options.documentChanges) return { documentChanges: [{ textDocument: { uri, version: options.version }, edits: textEdits }] };
  return { changes: { [uri]: textEdits } };
}

/** A finding is "here" when the requested range touches it (a cursor at either end counts). */
function overlaps(span: Span, from: number, to: number): boolean {
  return span.start <= to && span.end >= from;
}
