/**
 * Format Document and Format Selection: the core's formatting edits (core/format/) as LSP text
 * edits. A selection keeps the edits of the lines it touches; renumbering a heading outside it is
 * left for a whole-document format. Format on save is the editor's own setting.
 */
import type { Range, TextEdit } from 'vscode-languageserver';
import { formatPlan, type LabelForms, type PlanAnalysis } from '../../core';

export function formattingEdits(analysis: PlanAnalysis, labelForms: LabelForms, range?: Range): TextEdit[] {
  const { lineIndex } = analysis;
  const edits = formatPlan(analysis, { labelForms });
  const inRange = range ? edits.filter((e) => e.line >= range.start.line && e.line <= range.end.line && !(e.line === range.end.line && range.end.character === 0 && range.end.line > range.start.line)) : edits;
  return inRange.map((e) => ({ range: lineIndex.range(e.span.start, e.span.end), newText: e.newText }));
}
