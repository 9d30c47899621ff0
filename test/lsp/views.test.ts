/**
 * What a reviewer sees beside the text: code lens above chapters and actions, inlay hints after
 * tasks that take their lead or time from elsewhere, and the rows of the Tasks view — on the seed
 * and on a corpus plan whose leads follow a convention (chengyu-joint: 两省市列首位的为牵头单位).
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyzePlan } from '../../server/src/core';
import { readPlanSource } from '../../server/src/input';
import { codeLenses } from '../../server/src/lsp/features/code-lens';
import { inlayHints } from '../../server/src/lsp/features/inlay-hints';
import { taskRows } from '../../server/src/lsp/features/task-rows';
import { targetCount } from '../seed-facts';
import { CORPUS, plan, ROOT, seedAnalysis } from './helpers';

const URI = 'file:///plans/seed.plan';
const tasksUnder = (id: string) => seedAnalysis().model.tasks.filter((t) => t.sectionId === id || t.sectionId.startsWith(id + '.')).length;

describe('code lens above chapters and actions', () => {
  it('seed: tasks, targets and the agencies that lead them, the one leading most first', () => {
    const a = seedAnalysis();
    const lenses = codeLenses(a, URI, { command: 'planlens.revealTasks' });
    const byLine = new Map(lenses.map((l) => [l.range.start.line, l.command!]));
    assert.equal(byLine.get(11)!.title, `${tasksUnder('3.1')} 项任务 · ${targetCount(a, '3.1')} 项指标 · 牵头：省发展改革委、省能源局`);
    assert.equal(byLine.get(16)!.title, `${tasksUnder('3.2')} 项任务 · ${targetCount(a, '3.2')} 项指标 · 牵头：省工业和信息化厅`);
    assert.deepEqual(byLine.get(16)!.arguments, [URI, '3.2', '（二）工业领域碳达峰行动']);
    // A chapter with many leads names three and counts them; one with targets only says so.
    assert.match(byLine.get(10)!.title, new RegExp(`^${tasksUnder('3')} 项任务 · ${targetCount(a, '3')} 项指标 · 牵头：省发展改革委、[^、]+、[^、]+等\\d+家`));
    assert.equal(byLine.get(7)!.title, `${targetCount(a, '2')} 项指标`);
    // 一、总体思路 holds neither: no lens.
    assert.ok(!byLine.has(5) && !byLine.has(6));
    assert.equal(byLine.get(11)!.command, 'planlens.revealTasks');
    // Nothing to reveal in the Tasks view for a section with targets only.
    assert.equal(byLine.get(7)!.command, '');
  });

  it('a client without the command gets the lens as text', () => {
    assert.ok(codeLenses(seedAnalysis(), URI, { command: '' }).every((l) => l.command!.command === ''));
  });

  it('national-2030 (no clauses): a section whose tasks name no lead says so', () => {
    const lenses = codeLenses(plan('national-2030.txt'), URI, { command: '' });
    assert.ok(lenses.length > 5);
    assert.ok(lenses.filter((l) => l.command!.title.includes('项任务')).every((l) => l.command!.title.endsWith('牵头：未明确')));
  });
});

describe('inlay hints after a task that takes its lead or time from elsewhere', () => {
  it('chengyu-joint: the lead by the plan’s convention (列首位的为牵头单位) and the time from the plan’s period', () => {
    const a = plan('chengyu-joint.txt');
    const hints = inlayHints(a);
    const first = hints.filter((h) => h.position.line === 16);
    assert.deepEqual(first.map((h) => h.label), ['⟨牵头：重庆市能源局、四川省能源局 · 约定⟩', '⟨2025年 · 规划期⟩']);
    // At the end of the task's line, after its clause.
    assert.equal(first[0].position.character, a.lineIndex.lineEnd(16) - a.lineIndex.lineStarts[16]);
    assert.match((first[0].tooltip as { value: string }).value, /^牵头单位：重庆市能源局、四川省能源局（来自方案约定的牵头单位写法/);
    // Only the lines asked for.
    const some = inlayHints(a, { start: { line: 16, character: 0 }, end: { line: 17, character: 0 } });
    assert.deepEqual(some.map((h) => h.position.line), [16, 16]);
  });

  it('hangzhou-tech-city from Word: lead and time from its task-division table (重点任务分工)', async () => {
    const read = await readPlanSource(path.join(ROOT, 'test', 'fixtures', 'input', 'hangzhou-tech-city.docx'));
    assert.ok(!('error' in read));
    const a = analyzePlan(read.text);
    const hints = inlayHints(a);
    const first = hints.filter((h) => h.position.line === hints[0].position.line).map((h) => h.label);
    assert.deepEqual(first, ['⟨牵头：市科技局 · 表⟩', '⟨2025年底前 · 表⟩']);
    assert.equal(a.text.split('\n')[hints[0].position.line], '（一）强化科技创新攻关');
    assert.ok(hints.every((h) => String(h.label).endsWith('· 表⟩')));
  });

  it('seed: every task states its own lead, and none takes its time from elsewhere', () => {
    const a = seedAnalysis();
    const elsewhere = a.model.tasks.filter((t) => ['table', 'plan-rule', 'convention'].includes(t.leadSource) || ['table', 'section', 'plan-period'].includes(t.effectiveDeadline.source));
    assert.equal(inlayHints(a).length, elsewhere.length);
  });

  for (const name of ['seed', ...CORPUS]) {
    it(`${name}: hints stand at line ends, one or two per task`, () => {
      const a = plan(name);
      const hints = inlayHints(a);
      assert.ok(hints.length <= 2 * a.model.tasks.length);
      for (const h of hints) assert.equal(a.lineIndex.offsetAt(h.position), a.lineIndex.lineEnd(h.position.line));
    });
  }
});

describe('the Tasks view’s rows (planlens/tasks)', () => {
  it('seed: every task in order with chapter, action, lead and time with their sources, targets and problems', () => {
    const a = seedAnalysis();
    const rows = taskRows(a);
    assert.equal(rows.length, a.model.tasks.length);
    const row = rows.find((r) => r.id === '3.2.5')!;
    assert.equal(row.title, '5.推动石化化工行业碳达峰');
    assert.deepEqual([row.chapter?.heading, row.action?.heading], ['三、重点任务', '（二）工业领域碳达峰行动']);
    assert.deepEqual([row.lead, row.leadSource, row.leadSourceText], [['省工业和信息化厅'], 'clause', '责任分工括注']);
    assert.equal(row.targets, a.model.tasks.find((t) => t.id === '3.2.5')!.targetIndices.length);
    // The incomplete clause of 三(二)5 is its problem.
    assert.ok(row.problems >= 1);
    assert.deepEqual(row.range.start, { line: 21, character: 0 });
    assert.equal(rows.reduce((n, r) => n + r.targets, 0), a.model.tasks.reduce((n, t) => n + t.targetIndices.length, 0));
  });

  it('chengyu-joint: a lead from the convention and a time from the plan’s period, each named', () => {
    const row = taskRows(plan('chengyu-joint.txt')).find((r) => r.title === '1.协同开发油气资源')!;
    assert.deepEqual([row.lead, row.leadSource, row.deadline, row.deadlineSource, row.deadlineSourceText], [
      ['重庆市能源局', '四川省能源局'], 'convention', '2025年', 'plan-period', '方案期限',
    ]);
  });
});
