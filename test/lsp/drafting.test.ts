/**
 * The drafter's providers over real plans, without a server: what rename writes where a list
 * inherits its jurisdiction, where completion offers agencies, and which headings can move.
 */
import * as assert from 'node:assert/strict';
import type { TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { agencyOccurrences, occurrencesOf } from '../../server/src/lsp/features/agency-occurrences';
import { agencyRename, badAgencyName, prepareAgencyRename } from '../../server/src/lsp/features/agency-rename';
import { readContext } from '../../server/src/lsp/features/completion';
import { planDigest } from '../../server/src/lsp/features/plan-digest';
import { moveTaskActions } from '../../server/src/lsp/features/move-task';
import { analyze } from '../core/helpers';
import { plan, positionOf, textAt } from './helpers';

const P = { line: 0, character: 0 };

describe('drafting providers', () => {
  it('rename a province’s agency written short in a joint plan, leaving the city’s of the same name alone', () => {
    const a = plan('chengyu-joint.txt');
    const sichuan = occurrencesOf(a, '四川省发展改革委');
    const chongqing = occurrencesOf(a, '重庆市发展改革委');
    assert.ok(sichuan.some((o) => o.written === '省发展改革委'));
    const at = positionOf(a, '省发展改革委', 1);
    assert.equal((prepareAgencyRename(a, at) as { placeholder: string }).placeholder, '省发展改革委');
    const edit = agencyRename(a, 'file:///cy.plan', at, '四川省发展和改革委员会', { version: 1, documentChanges: true, changeAnnotations: false })!;
    const edits = (edit.documentChanges as TextDocumentEdit[])[0].edits as TextEdit[];
    assert.equal(edits.length, sichuan.length);
    // Written short, it stays short: the list's jurisdiction still applies.
    assert.deepEqual([...new Set(edits.map((e) => e.newText))].sort(), ['四川省发展和改革委员会', '省发展和改革委员会']);
    assert.ok(edits.every((e) => textAt(a, e.range).endsWith('省发展改革委')));
    assert.ok(chongqing.length > 0);
  });

  it('rename for a client without documentChanges: a plain map of edits, the other plans included', () => {
    const a = plan('seed');
    const other = planDigest(plan('shanghai-province.txt'), 'file:///sh.plan');
    const at = positionOf(a, '省发展改革委', 1);
    const edit = agencyRename(a, 'file:///jx.plan', at, '省发展和改革委员会', { version: 3, documentChanges: false, changeAnnotations: true }, [other])!;
    assert.equal(edit.documentChanges, undefined);
    assert.equal(edit.changes!['file:///jx.plan'].length, occurrencesOf(a, '省发展改革委').length);
    // Shanghai's agencies are 市…: none of them is the province's 省发展改革委.
    assert.equal(edit.changes!['file:///sh.plan'], undefined);
  });

  it('list each written name once, as the core spans it', () => {
    const a = plan('seed');
    const occ = agencyOccurrences(a);
    assert.ok(occ.every((o) => a.text.slice(o.span.start, o.span.end) === o.written));
    assert.equal(new Set(occ.map((o) => `${o.span.start}:${o.name}`)).size, occ.length);
  });

  it('leave a span that writes two agencies at once to the hand, and say so', () => {
    const a = analyze('某省节能实施方案\n一、重点任务\n（一）推进节能。（省、市发展改革委按职责分工负责）\n');
    const at = positionOf(a, '发展改革委', 1);
    assert.equal(prepareAgencyRename(a, at), '“省、市发展改革委”一处写了多个单位，请手工修改。');
  });

  it('refuse a name with punctuation or spaces', () => {
    assert.equal(badAgencyName('省发展和改革委员会'), null);
    assert.ok(badAgencyName('省发改委、省能源局'));
    assert.ok(badAgencyName('  '));
  });

  it('read where completion applies: clause lists, brackets of agencies, 到', () => {
    assert.equal(readContext('推进节能。（责任单位：省发展改革委、省', P)?.kind, 'agency');
    assert.equal(readContext('（省发展改革委、省能源局', P)?.kind, 'agency');
    assert.ok((readContext('（省发展改革委、省能源局', P) as { closes: boolean }).closes);
    assert.equal(readContext('（省发展改革委、', P)?.kind, 'agency');
    assert.ok(!(readContext('（省发展改革委、', P) as { closes: boolean }).closes);
    assert.equal(readContext('到20', P)?.kind, 'year');
    assert.equal(readContext('非化石能源消费比重达到', P), null);
    // A bracket of other things, or a closed clause, is not a list of agencies.
    assert.equal(readContext('（如光伏、风电', P), null);
    assert.equal(readContext('（省能源局牵头）。推进', P), null);
  });

  it('offer to move a task up only when it has a sibling above', () => {
    const a = plan('seed');
    const line = a.text.split('\n').findIndex((l) => l.startsWith('1.推动化石能源'));
    const titles = moveTaskActions(a, 'file:///jx.plan', { start: { line, character: 0 }, end: { line, character: 0 } }, { version: 1, documentChanges: false }).map((x) => x.title);
    assert.deepEqual(titles.map((t) => t.slice(0, 2)), ['下移']);
    assert.deepEqual(moveTaskActions(a, 'file:///jx.plan', { start: { line: line + 0, character: 5 }, end: { line: line + 1, character: 0 } }, { version: 1, documentChanges: false }), []);
  });
});
