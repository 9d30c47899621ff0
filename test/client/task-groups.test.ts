import * as assert from 'node:assert/strict';
import { groupTargets, groupTasks, NO_LEAD, taskDescription, type TaskNode } from '../../client/src/task-groups';
import { targetRows } from '../../server/src/lsp/features/targets';
import { taskRows } from '../../server/src/lsp/features/task-rows';
import { plan, seedAnalysis } from '../lsp/helpers';

const labels = (nodes: readonly TaskNode[]) => nodes.map((n) => (n.kind === 'group' ? n.label : n.row.title));

describe('Tasks and Targets views: grouping and filters', () => {
  const rows = taskRows(seedAnalysis());

  it('seed by chapter and action: 三、重点任务 › its ten actions › their tasks', () => {
    const tree = groupTasks(rows, 'outline');
    const three = tree.find((n) => n.kind === 'group' && n.label === '三、重点任务');
    assert.ok(three && three.kind === 'group');
    assert.equal(three.children.length, 10);
    const industry = three.children[1];
    assert.ok(industry.kind === 'group');
    assert.equal(industry.label, '（二）工业领域碳达峰行动');
    assert.equal(labels(industry.children)[4], '5.推动石化化工行业碳达峰');
    assert.equal(three.count, rows.filter((r) => r.chapter?.id === '3').length);
  });

  it('seed by lead agency: a task under each of its leads; with no lead, last', () => {
    const tree = groupTasks(rows, 'lead');
    const industry = tree.find((n) => n.kind === 'group' && n.label === '省工业和信息化厅');
    assert.ok(industry && industry.kind === 'group');
    assert.ok(labels(industry.children).includes('5.推动石化化工行业碳达峰'));
    const noLead = rows.filter((r) => r.lead.length === 0).length;
    if (noLead > 0) assert.equal((tree.at(-1) as { label: string }).label, NO_LEAD);
  });

  it('chengyu-joint by year: the plan’s period; filters narrow the rows', () => {
    const joint = taskRows(plan('chengyu-joint.txt'));
    const byYear = groupTasks(joint, 'year');
    assert.equal((byYear[0] as { label: string }).label, '2025年');
    const withTargets = groupTasks(joint, 'lead', new Set(['hasTargets']));
    for (const g of withTargets) if (g.kind === 'group') assert.ok(g.children.every((c) => c.kind === 'leaf' && c.row.targets > 0));
    assert.deepEqual(groupTasks(rows, 'outline', new Set(['noLead', 'hasProblems'])).length >= 0, true);
    assert.equal(taskDescription(joint[0]), '牵头：重庆市能源局、四川省能源局（约定） · 2025年（规划期）');
  });

  it('seed targets by year and by indicator', () => {
    const targets = targetRows(seedAnalysis());
    const byYear = groupTargets(targets, 'year');
    assert.deepEqual(byYear.map((g) => (g as { label: string }).label).slice(0, 2), ['2025年', '2030年']);
    const count = byYear.reduce((n, g) => n + (g.kind === 'group' ? g.count : 0), 0);
    assert.equal(count, targets.length);
    const byIndicator = groupTargets(targets, 'indicator');
    assert.ok(byIndicator.some((g) => g.kind === 'group' && g.label === '非化石能源消费比重' && g.count >= 2));
  });
});
