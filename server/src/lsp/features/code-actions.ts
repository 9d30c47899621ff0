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
} from 'vscode-languageserver';
import type { PlanAnalysis, PlanDiagnostic, Span } from '../../core';
import { DISABLE_RULE_COMMAND } from '../protocol';
import { toDiagnostic } from './diagnostics';
import { toRange } from './plan-index';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.planlens`;

/** Fixes that are right whatever the context: completing a clause and closing a bracket. */
const SAFE_FOR_FIX_ALL = new Set(['incomplete-agency-clause', 'unbalanced-bracket']);

/** Quick fixes offered for one range at most, and the edits they may carry beyond the first fix. */
export const MAX_QUICK_FIXES = 20;
export const MAX_QUICK_FIX_EDITS = 2000;

export interface CodeActionOptions {
  /** The document version the edits are for; with `documentChanges`, stale edits are refused. */
  version: number;
  /** Whether the client takes versioned documentChanges (workspace.workspaceEdit.documentChanges). */
  documentChanges?: boolean;
  /**
   * The client-side commands the client says it runs (initializationOptions.clientCommands): the
   * "disable this rule" action is offered only to a client that runs planlens.disableRule.
   */
  clientCommands?: readonly string[];
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
    // A selection over a whole long plan (select all) would otherwise compute every finding's
    // fix, and a renumbering fix edits all later siblings: thousands of misnumbered headings
    // made that quadratic, hundreds of MB of edits. The menu is for the findings at hand.
    let fixes = 0;
    let edits = 0;
    for (const d of here) {
      if (fixes >= MAX_QUICK_FIXES || (fixes > 0 && edits >= MAX_QUICK_FIX_EDITS)) break;
      if (!d.fix) continue;
      fixes++;
      edits += d.fix.edits.length;
      out.push({
        title: d.fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [toDiagnostic(analysis, uri, d)],
        isPreferred: true,
        edit: workspaceEdit(analysis, uri, d.fix.edits, options),
      });
    }
    // Only the client can write the user's settings: another editor (eglot, Neovim) would answer
    // "Unhandled method" to the command, so it is not offered the action at all.
    const seen = new Set<string>();
    for (const d of options.clientCommands?.includes(DISABLE_RULE_COMMAND) ? here : []) {
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
  // The rule first: a fix is computed on demand, and other rules' fixes can be costly.
  const fixable: PlanDiagnostic[] = analysis.diagnostics.filter((d) => SAFE_FOR_FIX_ALL.has(d.code) && d.fix);
  const edits = new AcceptedEdits();
  for (const d of fixable) {
    const mine = d.fix!.edits;
    if (!mine.some((e) => edits.clashes(e.span))) for (const e of mine) edits.add(e);
  }
  if (edits.list.length === 0) return null;
  return {
    title: `修复全部可自动修复的问题（${fixable.length} 处）`,
    kind: FIX_ALL_KIND,
    edit: workspaceEdit(analysis, uri, edits.list, options),
  };
}

/**
 * Edits kept in document order, so that a clash is found among the two neighbours by binary
 * search: a plan with tens of thousands of stray brackets made the pairwise test quadratic.
 */
class AcceptedEdits {
  readonly list: Array<{ span: Span; newText: string }> = [];

  /** Overlapping an accepted edit, or an insertion where one starts (their order would be a guess). */
  clashes(span: Span): boolean {
    const i = this.firstFrom(span.start);
    const next = this.list[i]?.span;
    const prev = this.list[i - 1]?.span;
    const overlaps = (x: Span) => span.start < x.end && x.start < span.end;
    // Accepted edits do not overlap one another, so their ends rise with their starts: only the
    // last one starting before `span` and the first one starting at or after it can touch it.
    return (next !== undefined && (next.start === span.start || overlaps(next))) || (prev !== undefined && overlaps(prev));
  }

  add(edit: { span: Span; newText: string }): void {
    this.list.splice(this.firstFrom(edit.span.start), 0, edit);
  }

  /** The index of the first accepted edit starting at or after `offset`. */
  private firstFrom(offset: number): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.list[mid].span.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
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
