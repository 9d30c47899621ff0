/**
 * Semantic tokens from the core's highlights, mapped to token types VS Code and its themes know
 * (no custom types, so any theme colours them): labels as keywords, deadlines as strings,
 * numbers, comparators as operators, agencies as classes, baselines as parameters, 力争/约束性
 * as decorators (annotations: VS Code registers no "modifier" type), clause words as properties.
 */
import type { Range, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { Highlight, PlanAnalysis } from '../../core';

const TYPES = ['keyword', 'string', 'number', 'operator', 'class', 'parameter', 'decorator', 'property'] as const;
const MODIFIERS = ['declaration'] as const;

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TYPES], tokenModifiers: [...MODIFIERS] };

const TYPE_OF: Record<Highlight['kind'], (typeof TYPES)[number]> = {
  label: 'keyword',
  deadline: 'string',
  number: 'number',
  comparator: 'operator',
  agency: 'class',
  baseline: 'parameter',
  strength: 'decorator',
  role: 'property',
};

const MODIFIERS_OF: Partial<Record<Highlight['kind'], number>> = { label: 1 << MODIFIERS.indexOf('declaration') };

export function semanticTokens(analysis: PlanAnalysis, range?: Range): SemanticTokens {
  const { lineIndex } = analysis;
  const from = range ? lineIndex.offsetAt(range.start) : 0;
  const to = range ? lineIndex.offsetAt(range.end) : analysis.text.length;
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  let lastEnd = -1;
  for (const h of analysis.model.highlights) {
    const end = h.start + h.length;
    if (end <= from || h.start >= to) continue;
    // Tokens may not overlap: the first one (in document order) wins.
    if (h.start < lastEnd || end <= h.start) continue;
    lastEnd = end;
    const type = TYPES.indexOf(TYPE_OF[h.kind]);
    const mods = MODIFIERS_OF[h.kind] ?? 0;
    // One token per line: a highlight that crosses a line break is split.
    let start = h.start;
    while (start < end) {
      const pos = lineIndex.positionAt(start);
      const lineEnd = Math.min(end, lineIndex.lineEnd(pos.line));
      const length = lineEnd - start;
      if (length > 0) {
        data.push(pos.line - prevLine, pos.line === prevLine ? pos.character - prevChar : pos.character, length, type, mods);
        prevLine = pos.line;
        prevChar = pos.character;
      }
      if (pos.line + 1 >= lineIndex.lineCount) break;
      start = Math.max(lineEnd + 1, lineIndex.lineStarts[pos.line + 1]);
    }
  }
  return { data };
}
