/**
 * Document symbols of long plans: each section's detail counted its tasks and targets by a scan
 * of all of them (sections × (tasks + targets)); 20 000 tasks with a target each took 1.7 s per
 * request, and the editor asks after every edit. The counts now come from one pass; they must
 * be exactly what the scans gave.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzePlan, type PlanAnalysis, type Section } from '../../server/src/core';
import { countTasksUnder, documentSymbols } from '../../server/src/lsp/features/document-symbols';
import { tasksUnder } from '../../server/src/lsp/features/plan-index';
import { syntheticPlan } from '../fuzz/generators';
import { CORPUS, plan } from '../lsp/helpers';

function sections(list: Section[]): Section[] {
  return list.flatMap((s) => [s, ...sections(s.children)]);
}

function sameCounts(a: PlanAnalysis): void {
  const counts = countTasksUnder(a.model.tasks);
  for (const s of sections(a.model.outline)) assert.equal(counts.get(s.id) ?? 0, tasksUnder(a, s).length, `tasks under ${s.id}`);
}

describe('document symbols of long plans', function () {
  this.timeout(60_000);

  it('count the tasks under each section as tasksUnder does, on every corpus plan', () => {
    for (const name of ['seed', ...CORPUS]) sameCounts(plan(name));
  });

  it('and on synthetic plans', () => {
    fc.assert(fc.property(syntheticPlan, (text) => sameCounts(analyzePlan(text))), { numRuns: 200 });
  });

  it('20 000 tasks with a target each: every action says 19 tasks and 19 targets', () => {
    const lines = ['示例方案', '一、重点任务'];
    for (let i = 0; i < 20_000; i++) lines.push(i % 20 === 0 ? '（一）行动' : `${i % 20}.推进工作。到2025年，比重达到${i % 90}%。`);
    const symbols = documentSymbols(analyzePlan(lines.join('\n')));
    const actions = symbols.find((s) => s.name === '一、重点任务')!.children!;
    assert.equal(actions.length, 1000);
    assert.ok(actions.every((s) => s.detail === '19项任务 · 19项指标'), actions[0].detail);
  });
});
