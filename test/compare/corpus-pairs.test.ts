/** Other lower/upper pairs of the corpus: a province's sector plan, a city, a sector plan, two versions. */
import * as assert from 'node:assert/strict';
import { actionPairs, compare, movedPairs, taskPairs } from './helpers';

function includesAll(actual: string[], expected: string[]): void {
  const missing = expected.filter((p) => !actual.includes(p));
  assert.deepEqual(missing, [], `missing ${missing.join(', ')} in ${actual.join(', ')}`);
}

describe('compare: Guizhou’s public-institution plan against the national sector plan', () => {
  const c = () => compare('guizhou-public-institutions', 'public-institutions-sector');

  it('matches actions across differently arranged chapters', () => {
    includesAll(actionPairs(c()), ['3.1 ↔ 2.1', '3.3 ↔ 2.4', '5.1 ↔ 6.1', '5.2 ↔ 6.2', '6.2 ↔ 7.2', '6.4 ↔ 7.3']);
  });

  it('finds Guizhou’s tasks among the national plan’s actions (a level apart)', () => {
    includesAll(movedPairs(c()), ['2.1.2 ↔ 3.4', '2.2.1 ↔ 5.3', '2.2.4 ↔ 4.3', '2.2.5 ↔ 3.5']);
  });

  it('flags the weaker energy-per-floor-area target and the equal PV coverage', () => {
    const energy = c().targets.find((t) => t.key === '单位建筑面积能耗')!;
    assert.equal(energy.finding, 'weaker');
    assert.equal(energy.left!.value, 4);
    assert.equal(energy.right!.value, 5);
    assert.equal(c().targets.find((t) => t.indicator.endsWith('光伏覆盖率'))!.finding, 'equal');
    assert.equal(c().targets.find((t) => t.key === '年度能源消费总量')!.finding, 'scale-differs');
  });

  it('lists the national indicators Guizhou does not set', () => {
    const only = c().targets.filter((t) => t.finding === 'right-only').map((t) => t.indicator);
    assert.ok(only.includes('中央国家机关庭院绿化率'), only.join(','));
  });
});

describe('compare: a city plan against its province’s (Hangzhou against Zhejiang)', () => {
  const c = () => compare('hangzhou-tech-city', 'zhejiang-opinions');

  it('finds the technology and organisation parts of the provincial plan', () => {
    includesAll(actionPairs(c()), ['2.1 ↔ 9.1', '2.3 ↔ 9.2', '3.2 ↔ 12.1']);
  });

  it('says the city sets none of the province’s headline indicators', () => {
    const only = c().targets.filter((t) => t.finding === 'right-only').map((t) => t.key);
    assert.ok(only.includes('非化石能源消费比重'), only.join(','));
    assert.equal(c().summary.targetPairs, 0);
  });
});

describe('compare: a city plan against the national opinions (Shijiazhuang)', () => {
  const c = () => compare('shijiazhuang-city', 'national-opinions-1n');

  it('matches the city’s sections to the opinions’ (一)–(三十七)', () => {
    includesAll(actionPairs(c()), ['3.1 ↔ 4.7', '4.4 ↔ 5.9', '4.6 ↔ 5.12', '6.12 ↔ 7.17', '7.16 ↔ 8.20', '8.18 ↔ 9.22', '9.20 ↔ 10.24', '11.26 ↔ 11.29', '13.33 ↔ 13.37']);
  });

  it('flags a much lower non-fossil share, and a higher forest cover', () => {
    const nonFossil = c().targets.filter((t) => t.key === '非化石能源消费比重');
    assert.deepEqual(nonFossil.map((t) => [t.left?.value ?? null, t.right?.value ?? null, t.finding]), [
      [8, 20, 'weaker'],
      [12, 25, 'weaker'],
      [null, 80, 'missing-year'],
    ]);
    assert.ok(c().targets.filter((t) => t.key === '森林覆盖率').every((t) => t.finding === 'stronger'));
  });
});

describe('compare: a province’s energy-saving plan against the national one (Anhui)', () => {
  const c = () => compare('anhui-energy-saving', 'national-energy-saving-14th');

  it('matches the key projects, renumbered', () => {
    includesAll(actionPairs(c()), ['3.1 ↔ 3.1', '3.6 ↔ 3.6', '3.7 ↔ 3.8', '3.11 ↔ 3.7', '3.12 ↔ 3.9', '3.13 ↔ 3.10', '4.1 ↔ 4.1', '5.3 ↔ 5.3']);
  });

  it('ranks energy intensity (下降14% against 13.5%) and rural sewage (30% against 40%)', () => {
    const intensity = c().targets.filter((t) => t.key === '单位GDP能耗');
    assert.ok(intensity.length >= 1);
    assert.ok(intensity.every((t) => t.finding === 'stronger'), intensity.map((t) => t.note).join(' / '));
    const sewage = c().targets.find((t) => t.key === '农村生活污水治理率')!;
    assert.equal(sewage.finding, 'weaker');
    const water = c().targets.find((t) => t.key === '万元工业增加值用水量')!;
    assert.equal(water.finding, 'equal');
  });
});

describe('compare: a sector plan against the national plan (industry)', () => {
  const c = () => compare('industry-sector', 'national-2030', { sameScope: true });

  it('matches the sector’s actions to the national actions and tasks they detail', () => {
    includesAll(actionPairs(c()), ['2.5 ↔ 3.2', '2.7 ↔ 3.6', '4.12 ↔ 5.2', '4.14 ↔ 5.3', '5.18 ↔ 6.1', '5.19 ↔ 6.2']);
    includesAll(taskPairs(c()), ['2.4.2 ↔ 3.3.6', '2.5.5 ↔ 3.2.3', '2.7.2 ↔ 3.6.3']);
  });

  it('finds the sector plan’s 钢铁 and 建材 under the national 工业领域碳达峰行动', () => {
    includesAll(movedPairs(c()), ['3.10.1 ↔ 3.3.2', '3.10.2 ↔ 3.3.4']);
  });

  it('compares the one indicator both set', () => {
    const t = c().targets.find((x) => x.key.startsWith('新增新能源'))!;
    assert.equal(t.finding, 'equal');
    assert.equal(t.left!.value, 40);
  });
});

describe('compare: two versions of one plan (Chengdu, standalone and as an annex)', () => {
  const c = () => compare('chengdu-energy-structure', 'chengdu-energy-adjustment', { sameScope: true });

  it('matches each action to its version in the annex', () => {
    includesAll(actionPairs(c()), ['3.1 ↔ A2.3.1', '3.2 ↔ A2.3.2', '3.3 ↔ A2.3.3', '3.4 ↔ A2.3.4']);
    includesAll(taskPairs(c()), ['3.2.1 ↔ A2.3.2.9', '3.2.4 ↔ A2.3.2.8', '3.4.1 ↔ A2.3.4.15', '3.4.4 ↔ A2.3.4.18']);
  });

  it('scores the identical safeguard sections near 1', () => {
    const p = c().sections.find((x) => x.right === 'A2.4.2')!;
    assert.ok(p.score > 0.9, String(p.score));
  });

  it('keeps % and 个百分点 apart, and equal totals equal', () => {
    const share = c().targets.find((t) => t.left?.unit === '%' && t.right?.unit === '个百分点')!;
    assert.equal(share.finding, 'unit-mismatch');
    assert.equal(c().targets.find((t) => t.key === '燃气供应能力')!.finding, 'equal');
  });
});
