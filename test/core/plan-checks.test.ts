/**
 * Problems a reviewer looks for beyond who and when, on real plans and on the mistakes drafters make
 * in them: a target's year outside the plan's period, one indicator with two values for one year, a
 * negated comparator read the right way round and a comparator that contradicts its qualifier, a
 * deadline already past on the day of issue.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PlanAnalysis } from '../../server/src/core';
import { analyze, readFixture, readSeed, ROOT } from './helpers';

const NEW_CODES = ['target-year-outside-period', 'conflicting-target-values', 'contradictory-comparator', 'past-deadline'];

function found(a: PlanAnalysis, code: string) {
  return a.diagnostics.filter((d) => d.code === code).map((d) => ({ line: a.lineIndex.positionAt(d.span.start).line + 1, text: a.text.slice(d.span.start, d.span.end), message: d.message }));
}

/** A plan with one line edited as a drafter would. */
function edited(text: string, line: number, edit: (s: string) => string): PlanAnalysis {
  const lines = text.split('\n');
  const before = lines[line - 1];
  lines[line - 1] = edit(before);
  assert.notEqual(lines[line - 1], before, 'the edit applies');
  return analyze(lines.join('\n'));
}

describe('plan checks', () => {
  it('the real plans of the fixtures raise none of them (the seed, shanghai, anhui, liaoyuan)', () => {
    for (const a of [analyze(readSeed()), analyze(readFixture('shanghai-province.txt')), analyze(readFixture('anhui-energy-saving.txt')), analyze(readFixture('liaoyuan-green-economy.txt'))]) {
      assert.deepEqual(a.diagnostics.filter((d) => NEW_CODES.includes(d.code)).map((d) => d.code), []);
    }
  });

  it('target-year-outside-period: a year carried over from the sentence before, past the plan’s end (anhui “十四五”)', () => {
    const a = edited(readFixture('anhui-energy-saving.txt'), 10, (s) => s.replace('全面提高新建建筑节能标准，', '到2030年，城镇新建建筑全面执行绿色建筑标准。新建建筑中星级绿色建筑占比达到60%。全面提高新建建筑节能标准，'));
    assert.deepEqual(found(a, 'target-year-outside-period'), [
      { line: 10, text: '60%', message: '目标年份2030年超出方案期（至2025年），且沿用自前句：如确为远期目标，请在本句写明“到2030年”。' },
    ]);
    // Stated in its own sentence, a later year is the plan's to set.
    const stated = edited(readFixture('anhui-energy-saving.txt'), 10, (s) => s.replace('全面提高新建建筑节能标准，', '到2030年，新建建筑中星级绿色建筑占比达到60%。全面提高新建建筑节能标准，'));
    assert.deepEqual(found(stated, 'target-year-outside-period'), []);
  });

  it('a “十三五” sentence gives no target its year: its numbers are history, the next sentence takes the plan’s period', () => {
    const a = edited(readFixture('anhui-energy-saving.txt'), 10, (s) => s.replace('全面提高新建建筑节能标准，', '“十三五”期间，全省新建建筑节能率达到65%。城镇新建建筑中绿色建筑占比达到100%。全面提高新建建筑节能标准，'));
    const q = a.model.quantities.find((x) => x.text === '65%')!;
    assert.equal(q.verdict, 'history');
    const t = a.model.targets.find((x) => x.value === 100 && x.indicator.includes('绿色建筑'))!;
    assert.deepEqual([t.year, t.yearSource], [2025, 'plan-period']);
    assert.deepEqual(found(a, 'target-year-outside-period'), []);
  });

  it('conflicting-target-values: a task restating 主要目标’s indicator with another value (seed: 18.3% in 二, 20% in 三(一)2)', () => {
    const a = edited(readSeed(), 14, (s) => s.replace('2.大力发展新能源。', '2.大力发展新能源。到2025年,非化石能源消费比重达到20%。'));
    const [d] = a.diagnostics.filter((x) => x.code === 'conflicting-target-values');
    assert.equal(d.message, '“非化石能源消费比重”2025年的目标为20%，与前文的18.3%不一致：请统一。');
    assert.deepEqual([a.lineIndex.positionAt(d.span.start).line + 1, a.text.slice(d.span.start, d.span.end)], [14, '20%']);
    assert.equal(a.lineIndex.positionAt(d.related![0].span.start).line + 1, 9);
    // A value both statements allow is no conflict (不低于18% beside 18.3%).
    const compatible = edited(readSeed(), 14, (s) => s.replace('2.大力发展新能源。', '2.大力发展新能源。到2025年,非化石能源消费比重不低于18%。'));
    assert.deepEqual(found(compatible, 'conflicting-target-values'), []);
  });

  it('a negated comparator is read the right way round (seed 二、主要目标: 不得低于 ≥, 不应超过 ≤)', () => {
    // A norm (不得…) is a target where its clause commits to it (确保, 力争): the targets reader's rule.
    const floor = edited(readSeed(), 9, (s) => s.replace('非化石能源消费比重达到18.3%', '确保非化石能源消费比重不得低于18.3%'));
    const t = floor.model.targets.find((x) => x.value === 18.3)!;
    assert.deepEqual([t.indicator, t.comparator, t.relation], ['非化石能源消费比重', '不得低于', '>=']);
    const ceiling = edited(readSeed(), 9, (s) => s.replace('非化石能源消费比重达到18.3%', '力争煤炭消费比重不应超过40%'));
    const c = ceiling.model.targets.find((x) => x.value === 40)!;
    assert.deepEqual([c.indicator, c.comparator, c.relation], ['煤炭消费比重', '不应超过', '<=']);
  });

  it('contradictory-comparator: a floor and a ceiling at once (seed 三(四)2: 不低于70%以下)', () => {
    const a = edited(readSeed(), 30, (s) => s.replace('绿色出行比例不低于70%', '绿色出行比例不低于70%以下'));
    assert.deepEqual(found(a, 'contradictory-comparator'), [
      { line: 30, text: '70%以下', message: '“不低于”与“以下”相互矛盾：请删去其一（下限用“不低于…”，上限用“不超过…”）。' },
    ]);
  });

  it('past-deadline: a deadline before the date of issue (liaoyuan, issued 2022年1月18日)', () => {
    const liaoyuan = readFixture('liaoyuan-green-economy.txt');
    const a = edited(liaoyuan, 21, (s) => s.replace('发展生态农业，', '2021年底前，完成高标准农田建设任务。发展生态农业，'));
    assert.deepEqual(a.model.issued, { year: 2022, month: 1, day: 18 });
    assert.deepEqual(found(a, 'past-deadline'), [
      { line: 21, text: '2021年底前', message: '时限“2021年底前”早于方案印发日期（2022年1月）：请改为印发之后的时间。' },
    ]);
    // The task keeps its (past) deadline as its own: it is not told it has none.
    const due = a.model.tasks.flatMap((x) => x.deadlines.map((d) => ({ task: x, d }))).find((x) => x.d.text === '2021年底前')!;
    const t = due.task;
    assert.equal(t.effectiveDeadline.text, '2021年底前');
    const later = edited(liaoyuan, 21, (s) => s.replace('发展生态农业，', '2022年底前，完成高标准农田建设任务。发展生态农业，'));
    assert.deepEqual(found(later, 'past-deadline'), []);
  });

  it('past-deadline: the age of a class of things is not a deadline (575: 2000年前建成的老旧小区)', () => {
    const a = analyze(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'national', '575.txt'), 'utf8'));
    assert.ok(a.model.issued !== null);
    assert.ok(a.text.includes('2000年前建成的老旧小区'));
    assert.deepEqual(found(a, 'past-deadline'), []);
  });
});
