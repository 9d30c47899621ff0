/**
 * Folding: every section that runs over more than its heading line, and the cover notice or
 * news preamble before the plan (as a comment-kind region, so "Fold All Block Comments" hides it).
 */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { PlanAnalysis } from '../../core';
import { planIndex } from './plan-index';

export function foldingRanges(analysis: PlanAnalysis): FoldingRange[] {
  const { lineIndex, model } = analysis;
  const out: FoldingRange[] = [];
  for (const s of planIndex(analysis).sections) {
    const endLine = lineIndex.lineAt(Math.max(s.span.start, s.span.end - 1));
    if (endLine > s.line) out.push({ startLine: s.line, endLine, kind: FoldingRangeKind.Region });
  }
  // Runs of consecutive furniture lines (cover notice, news preamble, signatures).
  const lines = model.furniture.map((f) => f.line).sort((a, b) => a - b);
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j] + 1) j++;
    if (lines[j] > lines[i]) out.push({ startLine: lines[i], endLine: lines[j], kind: FoldingRangeKind.Comment });
    i = j + 1;
  }
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
