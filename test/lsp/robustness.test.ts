/**
 * Every provider answers, without throwing, all over every corpus plan and on malformed input:
 * a language server that throws on one odd line loses the whole document for the user.
 */
import * as assert from 'node:assert/strict';
import { analyzePlan, type PlanAnalysis } from '../../server/src/core';
import { codeActions } from '../../server/src/lsp/features/code-actions';
import { codeLenses } from '../../server/src/lsp/features/code-lens';
import { inlayHints } from '../../server/src/lsp/features/inlay-hints';
import { taskRows } from '../../server/src/lsp/features/task-rows';
import { diagnostics } from '../../server/src/lsp/features/diagnostics';
import { documentSymbols } from '../../server/src/lsp/features/document-symbols';
import { foldingRanges } from '../../server/src/lsp/features/folding';
import { hover } from '../../server/src/lsp/features/hover';
import { selectionRanges } from '../../server/src/lsp/features/selection-ranges';
import { semanticTokens } from '../../server/src/lsp/features/semantic-tokens';
import { planStats } from '../../server/src/lsp/features/stats';
import { targetRows } from '../../server/src/lsp/features/targets';
import { planSymbols } from '../../server/src/lsp/features/workspace-symbols';
import { CORPUS, plan } from './helpers';

function exercise(a: PlanAnalysis): number {
  let hovers = 0;
  documentSymbols(a);
  foldingRanges(a);
  semanticTokens(a);
  planSymbols(a, 'file:///p');
  targetRows(a);
  planStats(a, 'file:///p', 1);
  codeLenses(a, 'file:///p', { command: 'planlens.revealTasks' });
  inlayHints(a);
  taskRows(a);
  diagnostics(a, 'file:///p', { maxProblems: 3 });
  const ds = diagnostics(a, 'file:///p');
  for (const d of ds) codeActions(a, 'file:///p', d.range, { diagnostics: [d] }, { version: 1, documentChanges: true });
  codeActions(a, 'file:///p', { start: { line: 0, character: 0 }, end: { line: a.lineIndex.lineCount, character: 0 } }, { diagnostics: [], only: ['source.fixAll'] }, { version: 1 });
  const positions = [];
  for (let line = 0; line < a.lineIndex.lineCount; line++) {
    const length = a.lineIndex.lineEnd(line) - a.lineIndex.lineStarts[line];
    for (let character = 0; character <= length; character += 7) positions.push({ line, character });
  }
  for (const p of positions) if (hover(a, p)) hovers++;
  selectionRanges(a, positions);
  return hovers;
}

describe('providers on every plan and on bad input', () => {
  for (const name of ['seed', ...CORPUS]) {
    it(`${name}: answer everywhere`, () => {
      const hovers = exercise(plan(name));
      assert.ok(hovers > 0);
    });
  }

  it('empty, one-line, unbalanced, CRLF and BOM texts', () => {
    for (const text of ['', '\n\n', '方案', '\uFEFF示例方案\r\n一、重点任务\r\n1.推进（试点《文件\r\n（二）', '一、\n（一）\n1.\n（1）\n①\n专栏\n附件', '（（（（（（', '到2025年达到', '）》〕']) {
      exercise(analyzePlan(text));
    }
  });
});
