/**
 * Smart select: phrase (a target or an agency clause) → sentence → paragraph → section → parent
 * sections → whole plan. Sentences end at 。！？ (on the normalised text, so half-width stops
 * count too); a paragraph is a line without its indentation.
 */
import type { Position, SelectionRange } from 'vscode-languageserver';
import type { PlanAnalysis, Span } from '../../core';
import { planIndex, toRange } from './plan-index';

const SENTENCE_END = /[。！？]/;

export function selectionRanges(analysis: PlanAnalysis, positions: Position[]): SelectionRange[] {
  return positions.map((p) => selectionRangeAt(analysis, analysis.lineIndex.offsetAt(p)));
}

function selectionRangeAt(analysis: PlanAnalysis, offset: number): SelectionRange {
  const { lineIndex, normalized, model } = analysis;
  const outerToInner: Span[] = [{ start: 0, end: analysis.text.length }];

  for (const s of planIndex(analysis).sections) if (within(s.span, offset)) outerToInner.push(s.span);

  const line = lineIndex.lineAt(offset);
  const lineStart = lineIndex.lineStarts[line];
  const lineEnd = lineIndex.lineEnd(line);
  let pStart = lineStart;
  while (pStart < lineEnd && /\s/.test(normalized[pStart])) pStart++;
  let pEnd = lineEnd;
  while (pEnd > pStart && /\s/.test(normalized[pEnd - 1])) pEnd--;
  outerToInner.push({ start: pStart, end: pEnd });

  // The sentence: back to the previous stop, forward to (and including) the next.
  let sStart = Math.min(Math.max(offset, pStart), pEnd);
  while (sStart > pStart && !SENTENCE_END.test(normalized[sStart - 1])) sStart--;
  while (sStart < pEnd && /\s/.test(normalized[sStart])) sStart++;
  let sEnd = Math.max(sStart, Math.min(offset, pEnd));
  while (sEnd < pEnd && !SENTENCE_END.test(normalized[sEnd])) sEnd++;
  if (sEnd < pEnd) sEnd++;
  outerToInner.push({ start: sStart, end: sEnd });

  for (const c of model.clauses) if (within(c.span, offset)) outerToInner.push(c.span);
  for (const t of model.targets) {
    if (!within(t.span, offset)) continue;
    outerToInner.push(t.span);
    if (within(t.valueSpan, offset)) outerToInner.push(t.valueSpan);
    break;
  }

  // Keep a strictly nested chain: each range inside the one before, none repeated.
  const chain: Span[] = [];
  for (const s of outerToInner) {
    const outer = chain[chain.length - 1];
    if (outer && (s.start < outer.start || s.end > outer.end || (s.start === outer.start && s.end === outer.end))) continue;
    chain.push(s);
  }
  let result: SelectionRange | undefined;
  for (const s of chain) result = { range: toRange(analysis, s), parent: result };
  return result!;
}

/** A cursor just after the last character still selects what it ends (end inclusive). */
function within(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}
