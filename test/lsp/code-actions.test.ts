import * as assert from 'node:assert/strict';
import type { CodeAction, Range, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { analyzePlan, type PlanAnalysis } from '../../server/src/core';
import { codeActions, FIX_ALL_KIND } from '../../server/src/lsp/features/code-actions';
import { DISABLE_RULE_COMMAND } from '../../server/src/lsp/protocol';
import { diagnostics } from '../../server/src/lsp/features/diagnostics';
import { plan, seedAnalysis } from './helpers';

const URI = 'file:///plans/test.plan';

function actionsAt(a: PlanAnalysis, range: Range, only?: string[]): CodeAction[] {
  return codeActions(a, URI, range, { diagnostics: [], only }, { version: 7, documentChanges: true, clientCommands: [DISABLE_RULE_COMMAND] });
}

function edits(action: CodeAction): TextEdit[] {
  const change = action.edit!.documentChanges![0] as TextDocumentEdit;
  assert.deepEqual(change.textDocument, { uri: URI, version: 7 });
  return change.edits as TextEdit[];
}

/** Applies edits (non-overlapping) to the analysed text. */
function apply(a: PlanAnalysis, list: TextEdit[]): string {
  const sorted = [...list].sort((x, y) => a.lineIndex.offsetAt(y.range.start) - a.lineIndex.offsetAt(x.range.start));
  let text = a.text;
  for (const e of sorted) text = text.slice(0, a.lineIndex.offsetAt(e.range.start)) + e.newText + text.slice(a.lineIndex.offsetAt(e.range.end));
  return text;
}

describe('diagnostics', () => {
  it('carry code, severity, source and related information (chengdu-energy-structure: a duplicate （一）)', () => {
    const a = plan('chengdu-energy-structure.txt');
    const dup = diagnostics(a, URI).find((d) => d.code === 'numbering-duplicate')!;
    assert.equal(dup.source, 'planlens');
    assert.equal(dup.severity, 2);
    assert.deepEqual(dup.range, { start: { line: 27, character: 0 }, end: { line: 27, character: 3 } });
    assert.equal(dup.message, '编号重复：“（一）”已在第8行使用，此处应为“（五）”。');
    assert.deepEqual(dup.relatedInformation, [
      { location: { uri: URI, range: { start: { line: 7, character: 0 }, end: { line: 7, character: 12 } } }, message: '此前的“（一）推进能源消费低碳化”' },
    ]);
  });

  it('leave related information out for clients that do not show it', () => {
    const ds = diagnostics(plan('chengdu-energy-structure.txt'), URI, { relatedInformation: false });
    assert.ok(ds.every((d) => d.relatedInformation === undefined));
  });
});

describe('code actions', () => {
  it('seed: completes 按职责分工 → 按职责分工负责', () => {
    const a = seedAnalysis();
    const [fix, disable] = actionsAt(a, { start: { line: 21, character: 395 }, end: { line: 21, character: 395 } });
    assert.equal(fix.title, '补全为“按职责分工负责”');
    assert.equal(fix.isPreferred, true);
    assert.equal(fix.diagnostics![0].code, 'incomplete-agency-clause');
    const text = apply(a, edits(fix));
    assert.ok(text.split('\n')[21].endsWith('省应急厅、省能源局等按职责分工负责)'));
    assert.equal(disable.title, '关闭“incomplete-agency-clause”检查（写入设置 planlens.rules）');
    assert.deepEqual(disable.command, { title: disable.title, command: 'planlens.disableRule', arguments: ['incomplete-agency-clause'] });
  });

  it('offer "disable this rule" only to a client that runs planlens.disableRule (any other editor gets the fixes alone)', () => {
    const a = seedAnalysis();
    const range = { start: { line: 21, character: 395 }, end: { line: 21, character: 395 } };
    const plain = codeActions(a, URI, range, { diagnostics: [] }, { version: 1 });
    assert.deepEqual(plain.map((x) => x.title), ['补全为“按职责分工负责”']);
    assert.ok(plain.every((x) => x.command === undefined));
  });

  it('chengdu-energy-structure: renumbers from the duplicate on, and inserts a （责任单位：） placeholder', () => {
    const a = plan('chengdu-energy-structure.txt');
    const actions = actionsAt(a, { start: { line: 27, character: 0 }, end: { line: 27, character: 0 } });
    assert.deepEqual(actions.map((x) => x.title), [
      '插入“（责任单位：）”占位',
      '重新编号：从“（五）”起顺延',
      '关闭“missing-lead-agency”检查（写入设置 planlens.rules）',
      '关闭“numbering-duplicate”检查（写入设置 planlens.rules）',
    ]);
    const renumbered = apply(a, edits(actions[1])).split('\n');
    assert.deepEqual(renumbered.slice(27, 31).map((l) => l.slice(0, 3)), ['（五）', '（六）', '（七）', '（八）']);
    const placeholder = apply(a, edits(actions[0])).split('\n')[27];
    assert.ok(placeholder.endsWith('（责任单位：）'), placeholder.slice(-20));
  });

  it('balances a bracket: closes an unclosed one at the line end, and takes a stray one out', () => {
    const a = analyzePlan('示例方案\n一、重点任务\n（一）推进节能（责任单位：市发展改革委\n（二）推进减排。）\n');
    const close = actionsAt(a, { start: { line: 2, character: 7 }, end: { line: 2, character: 7 } })[0];
    assert.equal(close.title, '在行末补上“）”');
    assert.equal(apply(a, edits(close)).split('\n')[2], '（一）推进节能（责任单位：市发展改革委）');
    const stray = actionsAt(a, { start: { line: 3, character: 8 }, end: { line: 3, character: 8 } })[0];
    assert.equal(stray.title, '删除多余的括号');
    assert.equal(apply(a, edits(stray)).split('\n')[3], '（二）推进减排。');
  });

  it('only what the client asks for: quick fixes, or the fix-all source action', () => {
    const a = analyzePlan('示例方案\n一、重点任务\n1.推进节能。（市发展改革委等按职责分工）\n2.推进减排。（市生态环境局按职责分工）\n3.推进（试点。\n');
    const range = { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } };
    assert.deepEqual(actionsAt(a, range, [FIX_ALL_KIND]).map((x) => x.kind), [FIX_ALL_KIND]);
    assert.ok(actionsAt(a, range, ['quickfix']).every((x) => x.kind === 'quickfix'));
    const fixAll = actionsAt(a, range, ['source.fixAll'])[0];
    assert.equal(fixAll.title, '修复全部可自动修复的问题（3 处）');
    assert.deepEqual(apply(a, edits(fixAll)).split('\n').slice(2, 5), [
      '1.推进节能。（市发展改革委等按职责分工负责）',
      '2.推进减排。（市生态环境局按职责分工负责）',
      '3.推进（试点。）',
    ]);
    assert.deepEqual(codeActions(a, URI, range, { diagnostics: [] }, { version: 1 }).map((x) => x.kind).includes(FIX_ALL_KIND), false);
  });

  it('without documentChanges support, a plain changes map', () => {
    const a = seedAnalysis();
    const [fix] = codeActions(a, URI, { start: { line: 21, character: 395 }, end: { line: 21, character: 395 } }, { diagnostics: [] }, { version: 1 });
    assert.deepEqual(fix.edit, { changes: { [URI]: [{ range: { start: { line: 21, character: 397 }, end: { line: 21, character: 397 } }, newText: '负责' }] } });
  });

  it('nothing where there is no finding', () => {
    assert.deepEqual(actionsAt(seedAnalysis(), { start: { line: 6, character: 3 }, end: { line: 6, character: 3 } }), []);
  });
});
