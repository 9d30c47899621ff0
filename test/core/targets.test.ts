import * as assert from 'node:assert/strict';
import type { Target } from '../../server/src/core';
import { analyze } from './helpers';

function targets(...sentences: string[]): Target[] {
  return analyze(['某市实施方案', '二、主要目标', ...sentences]).model.targets;
}

const brief = (t: Target) => [t.indicator, t.comparator, t.value, t.valueTo, t.unit, t.qualifier, t.year, t.baselineYear, t.strength];

describe('targets', () => {
  it('reads deadline, indicator, comparator, value, unit and qualifier', () => {
    assert.deepEqual(targets('到2025年，非化石能源消费比重达到20％左右，煤炭消费总量控制在277万吨以内，PUE值达到1.25以下，可再生能源占比不低于20%。').map(brief), [
      ['非化石能源消费比重', '达到', 20, null, '%', '左右', 2025, null, null],
      ['煤炭消费总量', '控制在', 277, null, '万吨', '以内', 2025, null, null],
      ['PUE值', '达到', 1.25, null, null, '以下', 2025, null, null],
      ['可再生能源占比', '不低于', 20, null, '%', null, 2025, null, null],
    ]);
  });

  it('reads baselines (比/较/在…基础上) and carries them to a continued target', () => {
    assert.deepEqual(targets('到2025年，全市单位地区生产总值能耗比2020年下降14%，力争下降14.5%，单位GDP二氧化碳排放较2005年下降65%以上，船舶能效在2020年基础上提高20%。').map(brief), [
      ['全市单位地区生产总值能耗', '下降', 14, null, '%', null, 2025, 2020, null],
      ['全市单位地区生产总值能耗', '下降', 14.5, null, '%', null, 2025, 2020, '力争'],
      ['单位GDP二氧化碳排放', '下降', 65, null, '%', '以上', 2025, 2005, null],
      ['船舶能效', '提高', 20, null, '%', null, 2025, 2020, null],
    ]);
  });

  it('reads deadlines: 2030年前, “十四五”期间, 2030年之前, and a strength before the deadline', () => {
    assert.deepEqual(targets('“十四五”期间本市煤炭消费总量下降5%左右。2030年之前，碳排放达到峰值。力争到2030年，新能源装机达到1.2亿千瓦左右，光伏达到1亿千瓦。').map(brief), [
      ['本市煤炭消费总量', '下降', 5, null, '%', '左右', 2025, null, null],
      ['碳排放', '达到', null, null, null, '峰值', 2030, null, null],
      ['新能源装机', '达到', 1.2, null, '亿千瓦', '左右', 2030, null, '力争'],
      ['光伏', '达到', 1, null, '亿千瓦', null, 2030, null, '力争'],
    ]);
  });

  it('reads a year after 力争 as the deadline, 较上年 as a baseline without a year, and 以来 as history', () => {
    const a = analyze(['某市实施方案', '二、主要目标', '力争2027年全市光伏装机规模达到500万千瓦。到2025年，单位GDP能耗较上年下降3%。', '2020年以来，全市光伏装机达到100万千瓦。']);
    assert.deepEqual(a.model.targets.map(brief), [
      ['全市光伏装机规模', '达到', 500, null, '万千瓦', null, 2027, null, '力争'],
      ['单位GDP能耗', '下降', 3, null, '%', null, 2025, null, null],
    ]);
    const history = a.model.quantities.find((q) => q.text === '100万千瓦');
    assert.equal(history?.verdict, 'history');
  });

  it('gives one target per value of a 分别 list, and ranges', () => {
    assert.deepEqual(targets('到2030年，森林覆盖率达到15%—25%，营运车辆、船舶单位换算周转量碳排放强度比2020年分别下降10%、5%，溶剂型涂料、油墨使用比例分别降低20个、10个百分点，用电量比重分别比2020年下降25%和20%以上。').map(brief), [
      ['森林覆盖率', '达到', 15, 25, '%', null, 2030, null, null],
      ['营运车辆单位换算周转量碳排放强度', '下降', 10, null, '%', null, 2030, 2020, null],
      ['船舶单位换算周转量碳排放强度', '下降', 5, null, '%', null, 2030, 2020, null],
      ['溶剂型涂料比例', '降低', 20, null, '个百分点', null, 2030, null, null],
      ['油墨使用比例', '降低', 10, null, '个百分点', null, 2030, null, null],
      ['用电量比重', '下降', 25, null, '%', null, 2030, 2020, null],
      ['用电量比重', '下降', 20, null, '%', '以上', 2030, 2020, null],
    ]);
  });

  it('splits a 分别 list joined by 和, and shares the part after parallel places and parallel words', () => {
    assert.deepEqual(
      targets(
        '到2025年，单位地区生产总值能耗和二氧化碳排放分别比2020年下降14%和18%，城市和县城生活垃圾无害化处理率分别达到100%和95%以上，乘用车和商用车新车二氧化碳排放强度分别下降25%和20%。',
      ).map((t) => [t.indicator, t.value]),
      [
        ['单位地区生产总值能耗', 14],
        // A short item shares what precedes the first item's last word: 单位地区生产总值…二氧化碳排放.
        ['单位地区生产总值二氧化碳排放', 18],
        ['城市生活垃圾无害化处理率', 100],
        ['县城生活垃圾无害化处理率', 95],
        ['乘用车新车二氧化碳排放强度', 25],
        ['商用车新车二氧化碳排放强度', 20],
      ],
    );
  });

  it('reads 翻一番, ≥, a target without a number, and one continued into the next clause', () => {
    assert.deepEqual(targets('到2030年，国内生产总值比2020年翻一番，电能占比≥95％，单位生产总值能耗确保完成国家下达指标。到2025年，城镇生活垃圾资源化利用率达到60%，到2030年提升至65%。').map(brief), [
      ['国内生产总值', '翻一番', 2, null, '倍', null, 2030, 2020, null],
      ['电能占比', '≥', 95, null, '%', null, 2030, null, null],
      ['单位生产总值能耗', '完成', null, null, null, '国家下达指标', 2030, null, '确保'],
      ['城镇生活垃圾资源化利用率', '达到', 60, null, '%', null, 2025, null, null],
      ['城镇生活垃圾资源化利用率', '提升至', 65, null, '%', null, 2030, null, null],
    ]);
  });

  it('reads counts after a verb (建成5个示范区) and skips numbers in descriptions', () => {
    assert.deepEqual(targets('到2025年，建成5个示范区，将年综合能耗超过1万吨标准煤的数据中心纳入监测，城区常住人口100万以上的城市绿色出行比例不低于70%，打造一批达到国际先进水平的企业，加快构建“1个中部核心双环网+3个区域电网”。').map(brief), [
      ['示范区', '建成', 5, null, '个', null, 2025, null, null],
      ['城区常住人口100万以上的城市绿色出行比例', '不低于', 70, null, '%', null, 2025, null, null],
    ]);
  });

  it('reads coordinated counts whose items are modifiers of one head noun (6个500千伏、25个220千伏输变电项目)', () => {
    assert.deepEqual(targets('到2025年，全市规划新建6个500千伏、25个220千伏输变电项目，建成3个国家级、10个省级示范基地。').map(brief), [
      ['500千伏输变电项目', '新建', 6, null, '个', null, 2025, null, null],
      ['220千伏输变电项目', '新建', 25, null, '个', null, 2025, null, null],
      ['国家级示范基地', '建成', 3, null, '个', null, 2025, null, null],
      ['省级示范基地', '建成', 10, null, '个', null, 2025, null, null],
    ]);
  });

  it('reads an order of magnitude in words as a floor (产业规模过万亿, 突破千亿元), not in 千亿级 or in history', () => {
    assert.deepEqual(targets('到2025年，电子信息、装备制造产业规模过万亿，营业收入突破千亿元，打造3个千亿级产业集群。“十三五”期间，全市经济总量已突破万亿。').map((t) => [t.indicator, t.value, t.unit, t.relation, t.year]), [
      ['电子信息产业规模', 1, '万亿', '>=', 2025],
      ['装备制造产业规模', 1, '万亿', '>=', 2025],
      ['营业收入', 1, '千亿元', '>=', 2025],
      ['千亿级产业集群', 3, '个', '=', 2025],
    ]);
  });

  it('reads a quantity after its noun after a verb of research (突破…关键核心技术5-10项), without the examples before 等领域', () => {
    assert.deepEqual(targets('重点突破可再生能源、储能、氢能等领域关键核心技术5-10项。').map((t) => [t.indicator, t.value, t.valueTo, t.unit, t.form]), [
      ['关键核心技术', 5, 10, '项', 'quantity'],
    ]);
  });

  it('gives one value listed with 分别 to each of the times before it (“十四五”、“十五五”期间, 2025年、2030年)', () => {
    assert.deepEqual(targets('“十四五”、“十五五”期间分别新增水电装机容量4000万千瓦左右。2025年、2030年分别新增光伏装机100万千瓦。').map((t) => [t.indicator, t.value, t.year]), [
      ['新增水电装机容量', 4000, 2025],
      ['新增水电装机容量', 4000, 2030],
      ['新增光伏装机', 100, 2025],
      ['新增光伏装机', 100, 2030],
    ]);
  });

  it('leaves the frame 以“…”为主题的 out of a count\'s noun, and a comma inside the quotation ends no clause', () => {
    assert.deepEqual(targets('到2025年，培育1家以上以“率先实现碳达峰碳中和，推动区域绿色低碳循环发展”为主题的省级可持续发展创新示范区，建设以“零碳”为主题的示范园区2个。').map((t) => [t.indicator, t.value, t.unit]), [
      ['省级可持续发展创新示范区', 1, '家'],
      ['示范园区', 2, '个'],
    ]);
  });

  it('shares a sector list\'s class word and the bound after the last value of a 分别 list (锂电材料、光纤行业…分别在7%、2%以下)', () => {
    assert.deepEqual(targets('到2025年，锂电材料、光纤行业非电能源占比分别在7%、2%以下。').map((t) => [t.indicator, t.value, t.relation]), [
      ['锂电材料行业非电能源占比', 7, '<='],
      ['光纤行业非电能源占比', 2, '<='],
    ]);
  });

  it('keeps a target\'s text around its value when a bracket closes badly (found by the fuzzer)', () => {
    const a = analyze(['一、{到2025年，非化石能源消费比重达到18.3%达到国家确定的目标值]']);
    assert.ok(a.model.targets.length > 0);
    for (const t of a.model.targets) assert.ok(t.span.start <= t.valueSpan.start && t.valueSpan.end <= t.span.end, JSON.stringify(t.span));
  });

  it('reads no indicator from a table cell that holds only a number or a bracket (found by the fuzzer)', () => {
    const a = analyze(['一、到2025年，非化石能源消费比重达到18.3%\t到2025年，非化石能源消费比重达到18.3%', '一、（以下简称《方案》）\t推进能源绿色低碳转型', '指标\t2020年\t2025年\t指标性质', '2\t\t市能源局\t\t']);
    for (const t of a.model.targets) assert.ok(/[\u4e00-\u9fa5A-Za-z]/.test(t.indicator), JSON.stringify(t.indicator));
  });

  it('reads an indicator table with year column, unit in brackets and 约束性/预期性', () => {
    const rows = targets('表 主要指标', '指标\t2025年\t指标性质', '万元工业增加值能耗降低率\t≥12%\t约束性', '万元工业增加值碳排放降低率\t20％左右\t预期性', '累计创建国家级绿色工厂（家）\t150\t预期性', '工业能源消费总量（万吨标准煤）\t达到本市要求\t约束性');
    assert.deepEqual(rows.map(brief), [
      ['万元工业增加值能耗降低率', '不低于', 12, null, '%', null, 2025, null, '约束性'],
      ['万元工业增加值碳排放降低率', null, 20, null, '%', '左右', 2025, null, '预期性'],
      ['累计创建国家级绿色工厂', null, 150, null, '家', null, 2025, null, '预期性'],
      ['工业能源消费总量', '达到', null, null, '万吨标准煤', '本市要求', 2025, null, '约束性'],
    ]);
    assert.ok(rows.every((t) => t.source === 'table'));
  });

  it('keeps amounts that describe a noun, funding caps and per-item subsidies out of the targets', () => {
    assert.deepEqual(
      targets(
        '到2025年，实施投资500万元以上技改项目超过1万个，淘汰1000℃以下工业窑炉，PUE 1.3以下数据中心占比达到60%。',
        '对平台建设给予30%的补助，单项最高不超过500万元；支持企业按每台不低于200元给予补贴。',
        '到2025年，产业收入超过3000亿元，研发投入1000万元以上的企业达到50家，培育100家以上领军企业，森林覆盖率达到63%以上并保持稳定。',
      ).map((t) => [t.indicator, t.comparator, t.value, t.unit, t.qualifier]),
      [
        ['实施投资500万元以上技改项目', '超过', 1, '万个', null],
        ['PUE1.3以下数据中心占比', '达到', 60, '%', null],
        ['产业收入', '超过', 3000, '亿元', null],
        ['研发投入1000万元以上的企业', '达到', 50, '家', null],
        ['领军企业', '培育', 100, '家', '以上'],
        ['森林覆盖率', '达到', 63, '%', '以上'],
      ],
    );
  });

  it('anchors a target on its value, for hovers', () => {
    const a = analyze(['方案文本', '二、主要目标', '到2025年，非化石能源消费比重达到18.3%。']);
    const t = a.model.targets[0];
    assert.equal(a.text.slice(t.valueSpan.start, t.valueSpan.end), '18.3%');
    assert.equal(a.text.slice(t.span.start, t.span.end), '非化石能源消费比重达到18.3%');
  });
});

describe('targets and quotations', () => {
  it('skips targets quoted from elsewhere, and a stray " hides nothing beyond its sentence', () => {
    assert.deepEqual(targets('聚焦“二氧化碳排放力争于2030年前达到峰值”的目标。').map(brief), []);
    assert.deepEqual(targets('1.大力发展新能源"。到2025年，非化石能源消费比重达到18%。').map((t) => [t.indicator, t.value]), [['非化石能源消费比重', 18]]);
  });
});
