/** How indicators are normalised and targets of one indicator and year are judged. */
import * as assert from 'node:assert/strict';
import { analyzePlan } from '../../server/src/core';
import { comparePlans, indicatorKey, indicatorSimilarity, type TargetView } from '../../server/src/core/compare';
import { compareAmbition, directionOf } from '../../server/src/core/compare/ambition';
import { judge } from '../../server/src/core/compare/match-targets';
import { isRate, parseUnit } from '../../server/src/core/compare/units';
import { loadSegmenter } from '../../server/src/core/segment/segmenter';

function target(over: Partial<TargetView>): TargetView {
  return {
    indicator: '非化石能源消费比重', text: '', value: 20, valueTo: null, unit: '%', comparator: '达到', qualifier: null,
    year: 2025, baselineYear: null, strength: null, sectionId: '2', line: 0, index: 0, ...over,
  };
}

describe('compare: indicator names', () => {
  const key = (s: string) => indicatorKey(s, loadSegmenter()!);

  it('unifies wording between levels with the synonym table', () => {
    assert.equal(key('单位地区生产总值二氧化碳排放').key, key('单位国内生产总值二氧化碳排放').key);
    assert.equal(key('单位GDP二氧化碳排放').key, '单位GDP碳排放');
    assert.equal(key('全省非化石能源消费占比').key, key('非化石能源消费比重').key);
    assert.equal(key('国内原油一次性加工能力').key, key('原油一次加工能力').key);
  });

  it('drops brackets, quotes and 等 before a count', () => {
    assert.equal(key('电能利用效率（PUE）').key, '电能利用效率');
    assert.equal(key('废钢铁、废铜等9种主要再生资源循环利用量').key, key('废钢铁、废铜9种主要再生资源循环利用量').key);
  });

  it('scores close names high, and names measuring different things zero', () => {
    assert.ok(indicatorSimilarity(key('城镇生活垃圾资源化利用率'), key('生活垃圾资源化利用比例')) >= 0.6);
    assert.equal(indicatorSimilarity(key('单位GDP能耗'), key('单位GDP二氧化碳排放')), 0);
  });
});

describe('compare: units, direction and ambition', () => {
  it('reduces units to a base and a factor', () => {
    assert.deepEqual(parseUnit('亿千瓦'), { base: '千瓦', factor: 1e8 });
    assert.deepEqual(parseUnit('万千瓦'), { base: '千瓦', factor: 1e4 });
    assert.deepEqual(parseUnit('万吨标准煤'), { base: '吨标准煤', factor: 1e4 });
    assert.deepEqual(parseUnit('%'), { base: '%', factor: 1 });
    assert.deepEqual(parseUnit('GW'), { base: '千瓦', factor: 1e6 });
    assert.equal(parseUnit(null), null);
  });

  it('tells rates from totals', () => {
    assert.equal(isRate('%', '非化石能源消费比重', '达到'), true);
    assert.equal(isRate(null, '数据中心电能利用效率', '下降到'), true);
    assert.equal(isRate('亿千瓦', '风电、太阳能发电总装机容量', '达到'), false);
  });

  it('knows which way is more ambitious', () => {
    assert.equal(directionOf('下降', null), 'higher');
    assert.equal(directionOf('达到', '以上'), 'higher');
    assert.equal(directionOf('控制在', '以内'), 'lower');
    assert.equal(directionOf('下降至', '以下'), 'lower');
    assert.equal(directionOf('不高于', null), 'lower');
    assert.equal(compareAmbition(18, 20, 'higher'), -1);
    assert.equal(compareAmbition(18, 20, 'lower'), 1);
    assert.equal(compareAmbition(20, 20, 'lower'), 0);
  });
});

describe('compare: judging one indicator and year', () => {
  it('weaker when lower for a level or a reduction, when higher for a cap', () => {
    assert.equal(judge(target({ value: 18.3 }), target({ value: 20, qualifier: '左右' }), false).finding, 'weaker');
    assert.equal(judge(target({ comparator: '下降', value: 12 }), target({ comparator: '下降', value: 13.5 }), false).finding, 'weaker');
    const cap = { indicator: '煤炭消费比重', comparator: '控制在', qualifier: '以内' };
    assert.equal(judge(target({ ...cap, value: 15 }), target({ ...cap, value: 13 }), false).finding, 'weaker');
    assert.equal(judge(target({ ...cap, value: 12 }), target({ ...cap, value: 13 }), false).finding, 'stronger');
  });

  it('equal numbers are equal, with a note when the qualifiers differ', () => {
    const j = judge(target({ value: 5, qualifier: '左右' }), target({ value: 5, qualifier: '以上' }), false);
    assert.equal(j.finding, 'equal');
    assert.match(j.note, /左右 \/ 以上/);
  });

  it('converts units of one kind and refuses units of different kinds', () => {
    const cap = { indicator: '装机容量', comparator: '达到' };
    assert.equal(judge(target({ ...cap, value: 0.6, unit: '亿千瓦' }), target({ ...cap, value: 6000, unit: '万千瓦' }), true).finding, 'equal');
    assert.equal(judge(target({ value: 1.6, unit: '%' }), target({ value: 1.6, unit: '个百分点' }), false).finding, 'unit-mismatch');
  });

  it('does not rank reductions from different base years, nor targets without a number', () => {
    const a = target({ comparator: '下降', value: 65, baselineYear: 2005, indicator: '单位GDP碳排放' });
    const b = target({ comparator: '下降', value: 18, baselineYear: 2020, indicator: '单位GDP碳排放' });
    assert.equal(judge(a, b, false).finding, 'baseline-differs');
    assert.equal(judge(target({ value: null, qualifier: '国家下达指标' }), target({}), false).finding, 'unquantified');
  });
});

describe('compare: targets of two small plans', () => {
  const lower = analyzePlan(['某市碳达峰实施方案', '一、主要目标', '到2025年，全市非化石能源消费占比达到15%，单位地区生产总值二氧化碳排放比2020年下降19%。'].join('\n'));
  const upper = analyzePlan(['某省碳达峰实施方案', '一、主要目标', '到2025年，非化石能源消费比重达到18%，单位国内生产总值二氧化碳排放比2020年下降18%；到2030年，非化石能源消费比重达到25%。'].join('\n'));

  it('pairs the same indicators under different wording, year by year', () => {
    const c = comparePlans(lower, upper);
    const rows = c.targets.map((t) => [t.key, t.left?.year ?? null, t.right?.year ?? null, t.finding]);
    assert.deepEqual(rows, [
      ['非化石能源消费比重', 2025, 2025, 'weaker'],
      ['非化石能源消费比重', null, 2030, 'missing-year'],
      ['单位GDP碳排放', 2025, 2025, 'stronger'],
    ]);
  });
});
