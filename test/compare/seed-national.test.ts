/**
 * The case of the issue: Jiangxi's 碳达峰实施方案 (the seed, lower plan) against the national
 * 2030年前碳达峰行动方案 (upper plan). Jiangxi reorders the ten actions and renames some.
 */
import * as assert from 'node:assert/strict';
import { actionPairs, compare, movedPairs, plan, SEED, taskPairs } from './helpers';

const TEN = ['3.1 ↔ 3.1', '3.2 ↔ 3.3', '3.3 ↔ 3.4', '3.4 ↔ 3.5', '3.5 ↔ 3.2', '3.6 ↔ 3.6', '3.7 ↔ 3.7', '3.8 ↔ 3.8', '3.9 ↔ 3.9', '3.10 ↔ 3.10'];

describe('compare: Jiangxi (seed) against the national 2030 plan', () => {
  const c = () => compare(SEED, 'national-2030');

  it('matches at least eight of the ten actions to their counterparts, by meaning', () => {
    const pairs = actionPairs(c());
    const right = TEN.filter((p) => pairs.includes(p));
    assert.ok(right.length >= 8, `only ${right.join(', ')}`);
    // No action of the ten is paired with a wrong one.
    for (const p of pairs) {
      const [l, r] = p.split(' ↔ ');
      if (/^3\.\d+$/.test(l) && /^3\.\d+$/.test(r)) assert.ok(TEN.includes(p), `wrong pair ${p}`);
    }
  });

  it('pairs 工业领域碳达峰行动 (Jiangxi second, nation third) and 固碳增汇强基行动 with 碳汇能力巩固提升行动', () => {
    const industry = c().sections.find((p) => p.left === '3.2')!;
    assert.equal(industry.right, '3.3');
    assert.equal(industry.leftTitle, '工业领域碳达峰行动');
    assert.equal(industry.rightTitle, '工业领域碳达峰行动');
    assert.ok(industry.score > 0.3 && industry.score <= 1, String(industry.score));
    const sinks = c().sections.find((p) => p.left === '3.8')!;
    assert.equal(sinks.leftTitle, '固碳增汇强基行动');
    assert.equal(sinks.right, '3.8');
    assert.equal(sinks.rightTitle, '碳汇能力巩固提升行动');
    assert.ok(sinks.sharedTerms.includes('碳汇'), sinks.sharedTerms.join(','));
  });

  it('matches tasks inside matched actions, and a task that moved to another action', () => {
    const tasks = taskPairs(c());
    for (const p of ['3.2.2 ↔ 3.3.2', '3.2.5 ↔ 3.3.5', '3.5.4 ↔ 3.2.3', '3.8.3 ↔ 3.8.3', '3.9.3 ↔ 3.9.3', '3.1.3 ↔ 3.1.6']) {
      assert.ok(tasks.includes(p), `${p} not in ${tasks.join(', ')}`);
    }
    // 坚决遏制“两高”: under 节能降碳 in Jiangxi, under 工业 in the national plan.
    assert.deepEqual(movedPairs(c()), ['3.5.2 ↔ 3.3.6']);
  });

  it('uses each section at most once and reports what is left on each side', () => {
    const all = [...c().sections, ...c().sections.flatMap((a) => a.tasks), ...c().movedTasks];
    const lefts = all.filter((p) => p.left && p.right).map((p) => p.left);
    const rights = all.filter((p) => p.left && p.right).map((p) => p.right);
    assert.equal(new Set(lefts).size, lefts.length);
    assert.equal(new Set(rights).size, rights.length);
    const rightOnly = c().sections.filter((p) => !p.left).map((p) => p.rightTitle);
    assert.ok(rightOnly.includes('深度参与全球气候治理'), rightOnly.join(','));
    for (const p of c().sections.filter((x) => !x.left || !x.right)) assert.equal(p.score, 0);
    assert.equal(c().summary.unmatchedRightActions, rightOnly.length);
  });

  it('gives each pair the heading lines of both sections', () => {
    const p = c().sections.find((x) => x.left === '3.2')!;
    assert.equal(p.leftLine, 16);
    assert.equal(p.rightLine, 36);
  });

  it('sets 非化石能源消费比重 side by side: weaker in 2025, no number for 2030', () => {
    const rows = c().targets.filter((t) => t.key === '非化石能源消费比重');
    const y2025 = rows.find((t) => t.left?.year === 2025)!;
    assert.equal(y2025.finding, 'weaker');
    assert.equal(y2025.left!.value, 18.3);
    assert.equal(y2025.right!.value, 20);
    assert.equal(y2025.right!.qualifier, '左右');
    assert.match(y2025.note, /18\.3%.*弱于.*20%左右/);
    const y2030 = rows.find((t) => t.right?.year === 2030)!;
    assert.equal(y2030.finding, 'unquantified');
    assert.equal(y2030.right!.value, 25);
    assert.equal(y2030.left!.value, null);
  });

  it('reads 单位生产总值…和…二氧化碳排放 as two indicators, and flags the 2030 target Jiangxi lacks', () => {
    const co2 = c().targets.filter((t) => t.key === '单位GDP碳排放');
    assert.deepEqual(co2.map((t) => t.finding), ['unquantified', 'missing-year']);
    assert.equal(co2[1].right!.value, 65);
    assert.equal(co2[1].right!.baselineYear, 2005);
    assert.equal(co2[1].left, null);
    assert.ok(c().targets.some((t) => t.key === '单位GDP能耗' && t.finding === 'unquantified'));
  });

  it('does not rank a province’s totals against the nation’s, unless told both cover one area', () => {
    const wind = c().targets.find((t) => t.indicator === '风电、太阳能发电总装机容量')!;
    assert.equal(wind.finding, 'scale-differs');
    const same = compare(SEED, 'national-2030', { sameScope: true }).targets.find((t) => t.indicator === '风电、太阳能发电总装机容量')!;
    assert.equal(same.finding, 'weaker', '0.6亿千瓦 against 12亿千瓦以上');
  });

  it('matches close indicator names and ranks them (城镇生活垃圾资源化利用率 / 生活垃圾资源化利用比例)', () => {
    const rows = c().targets.filter((t) => t.left?.indicator === '城镇生活垃圾资源化利用率');
    assert.deepEqual(rows.map((t) => [t.left!.year, t.finding, t.match]), [
      [2025, 'equal', 'similar'],
      [2030, 'stronger', 'similar'],
    ]);
  });

  it('counts lead agencies per plan; the national plan names none', () => {
    const a = c().agencies;
    assert.equal(a.leftHasAgencies, true);
    assert.equal(a.rightHasAgencies, false);
    assert.deepEqual(a.leftOnly, [], 'nothing is "only in Jiangxi" when the other plan names no one');
    const ndrc = a.rows.find((r) => r.key === '发展改革委')!;
    assert.deepEqual(ndrc.leftNames, ['省发展改革委']);
    assert.ok(ndrc.leftTasks >= 10, String(ndrc.leftTasks));
    assert.equal(a.rows[0].key, '发展改革委', 'the busiest agency first');
  });

  it('lists targets and tasks by year for both plans', () => {
    const years = c().deadlines.map((d) => d.year);
    assert.ok(years.includes(2025) && years.includes(2030));
    const d2030 = c().deadlines.find((d) => d.year === 2030)!;
    assert.equal(d2030.leftTargets, plan(SEED).model.targets.filter((t) => t.year === 2030).length);
    assert.equal(d2030.rightTargets, plan('national-2030').model.targets.filter((t) => t.year === 2030).length);
    assert.ok(d2030.leftTaskIds.includes('3.1.2'));
  });

  it('summarises', () => {
    const s = c().summary;
    assert.ok(s.matchedActions >= 10);
    assert.ok(s.weaker >= 1);
    assert.ok(s.similarity > 0.3 && s.similarity < 1);
    assert.equal(c().method.segmentation, 'jieba');
    assert.equal(c().method.note, null);
  });
});
