/**
 * Code actions on plans with tens of thousands of findings, as hostile-lsp.test.ts found them:
 * select-all over 28 572 misnumbered headings computed every renumbering fix (each one edits all
 * later siblings: quadratic, the server died of memory), and fix-all tested every bracket fix
 * against every other. Counts are asserted, not times; the timeout is a hang detector.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { analyzePlan, type PlanAnalysis } from '../../server/src/core';
import { codeActions, fixAllAction, MAX_QUICK_FIX_EDITS, MAX_QUICK_FIXES } from '../../server/src/lsp/features/code-actions';
import { DISABLE_RULE_COMMAND } from '../../server/src/lsp/protocol';
import { numberedLines } from './hostile-inputs';

const editsOf = (w: WorkspaceEdit | undefined): TextEdit[] => Object.values(w?.changes ?? {}).flat();
const wholeText = (a: PlanAnalysis) => ({ start: { line: 0, character: 0 }, end: a.lineIndex.positionAt(a.text.length) });

/** The pairwise clash test fix-all had before, as the reference. */
function naiveFixAll(a: PlanAnalysis): Array<{ start: number; end: number; newText: string }> {
  const kept: Array<{ start: number; end: number; newText: string }> = [];
  for (const d of a.diagnostics) {
    if (!['incomplete-agency-clause', 'unbalanced-bracket'].includes(d.code) || !d.fix) continue;
    const mine = d.fix.edits.map((e) => ({ ...e.span, newText: e.newText }));
    const clash = mine.some((e) => kept.some((x) => (e.start < x.end && x.start < e.end) || e.start === x.start));
    if (!clash) kept.push(...mine);
  }
  return kept.sort((x, y) => x.start - y.start);
}

describe('code actions on plans with tens of thousands of findings', function () {
  this.timeout(60_000);

  it('select all over 20 000 lines of misnumbered tasks: a short menu, not every renumbering', () => {
    const a = analyzePlan(numberedLines(20_000));
    const numbering = a.diagnostics.filter((d) => d.code.startsWith('numbering-')).length;
    assert.ok(numbering > 2000, `${numbering} numbering findings`);
    const actions = codeActions(a, 'untitled:n', wholeText(a), { diagnostics: [] }, { version: 1, clientCommands: [DISABLE_RULE_COMMAND] });
    const fixes = actions.filter((x) => x.edit);
    assert.ok(fixes.length >= 1 && fixes.length <= MAX_QUICK_FIXES, `${fixes.length} quick fixes`);
    const [first, ...rest] = fixes.map((x) => editsOf(x.edit).length);
    assert.ok(rest.reduce((s, n) => s + n, 0) <= MAX_QUICK_FIX_EDITS + first, 'edits beyond the first fix are bounded');
    // One "disable this rule" per rule found in the range, as before.
    assert.deepEqual(actions.filter((x) => x.command).map((x) => x.command!.arguments![0]).sort(), [...new Set(a.diagnostics.map((d) => d.code))].sort());
  });

  it('a cursor on one finding still gets its whole fix', () => {
    const a = analyzePlan(numberedLines(2000));
    const d = a.diagnostics.find((x) => x.code === 'numbering-gap')!;
    const at = a.lineIndex.positionAt(d.span.start);
    const actions = codeActions(a, 'untitled:n', { start: at, end: at }, { diagnostics: [] }, { version: 1 });
    const fix = actions.find((x) => x.edit)!;
    assert.equal(editsOf(fix.edit).length, d.fix!.edits.length);
  });

  it('fix-all over 40 000 stray brackets: one edit each, in order', () => {
    const a = analyzePlan('示例方案\n一、重点任务\n' + '推进）工作。\n'.repeat(40_000));
    const edits = editsOf(fixAllAction(a, 'untitled:b', { version: 1 })!.edit);
    assert.equal(edits.length, 40_000);
    const starts = edits.map((e) => a.lineIndex.offsetAt(e.range.start));
    assert.ok(starts.every((s, i) => i === 0 || starts[i - 1] < s), 'sorted, no two at one place');
  });

  it('fix-all keeps exactly the edits the pairwise clash test kept, on plans full of brackets', () => {
    const piece = fc.constantFrom('（', '）', '《', '》', '(', ')', '〔', '〕', '推进', '。', '\n', '1.', '（省发展改革委等按职责分工）', '（省能源局按职责分工负责）');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const a = analyzePlan('示例方案\n一、重点任务\n' + pieces.join(''));
        const got = editsOf(fixAllAction(a, 'untitled:p', { version: 1 })?.edit).map((e) => ({
          start: a.lineIndex.offsetAt(e.range.start),
          end: a.lineIndex.offsetAt(e.range.end),
          newText: e.newText,
        }));
        assert.deepEqual(got, naiveFixAll(a));
      }),
      { numRuns: 300 },
    );
  });
});
