import * as assert from 'node:assert/strict';
import { analyzePlan } from '../../server/src/core';
import { lineOf, readSeed, section } from './helpers';
import { seedAnalysis } from '../seed-facts';

describe('the seed plan (江西省碳达峰实施方案)', () => {
  const a = analyzePlan(readSeed());
  const m = a.model;

  it('finds the plan title after the news preamble, and keeps the preamble out', () => {
    assert.equal(m.title, '江西省碳达峰实施方案');
    assert.equal(lineOf(a, m.titleSpan!.start), 3);
    assert.deepEqual(m.furniture.map((f) => [f.line, f.kind]), [[0, 'title-repeat'], [1, 'news'], [2, 'news']]);
  });

  it('has the five chapters 一…五 with their titles', () => {
    assert.deepEqual(m.outline.map((s) => s.label + s.title), ['一、总体思路', '二、主要目标', '三、重点任务', '四、政策保障', '五、组织实施']);
    assert.deepEqual(m.outline.map((s) => s.working), [false, false, true, true, true]);
  });

  it('has the ten actions under 三 with 43 numbered tasks between them', () => {
    const three = section(a, '3');
    assert.equal(three.children.length, 10);
    assert.equal(three.children[1].title, '工业领域碳达峰行动');
    assert.equal(three.children[7].title, '固碳增汇强基行动');
    assert.deepEqual(three.children.map((c) => c.children.length), [4, 5, 4, 4, 5, 4, 5, 4, 4, 4]);
    const numbered = m.tasks.filter((t) => t.id.startsWith('3.'));
    assert.equal(numbered.length, 43);
    assert.ok(numbered.every((t) => t.kind === 'numbered'));
  });

  it('has the five tasks of 四 and the clause-carrying paragraph of 五', () => {
    assert.deepEqual(m.tasks.filter((t) => t.id.startsWith('4.')).map((t) => t.title), [
      '建立碳排放统计核算制度', '加大财税、价格政策支持', '发展绿色金融', '加强绿色低碳交流合作', '发展环境权益交易市场',
    ]);
    const p = m.tasks.find((t) => t.id === '5.p1')!;
    assert.equal(p.kind, 'paragraph');
    assert.deepEqual(p.agencies!.lead, ['省碳达峰碳中和工作领导小组办公室']);
  });

  it('ranges: 3.2.5 spans its line, its selection is label and title', () => {
    const s = section(a, '3.2.5');
    assert.equal(s.title, '推动石化化工行业碳达峰');
    assert.equal(lineOf(a, s.span.start), 21);
    assert.equal(lineOf(a, s.span.end), 21);
    assert.equal(a.text.slice(s.headingSpan.start, s.headingSpan.end), '5.推动石化化工行业碳达峰');
    const action = section(a, '3.2');
    assert.equal(lineOf(a, action.span.start), 16);
    assert.equal(lineOf(a, action.span.end), 21);
  });

  it('finds every agency clause, each with its lead (the first listed)', () => {
    assert.equal(m.clauses.length, 49);
    assert.ok(m.clauses.every((c) => c.lead.length === 1));
    const t = m.tasks.find((x) => x.id === '3.1.1')!;
    assert.deepEqual(t.agencies!.lead, ['省发展改革委']);
    assert.equal(t.agencies!.support.length, 7);
    assert.ok(t.agencies!.support.includes('国网江西省电力公司'), 'the last name, before 等, is kept whole');
    const pilot = m.tasks.find((x) => x.id === '3.10.1')!.agencies!;
    assert.equal(pilot.lead[0], '省碳达峰碳中和工作领导小组办公室');
    assert.ok(pilot.support.includes('有关市、县〔区〕人民政府'), 'a bare place joins the name after it: ' + pilot.support.join('|'));
  });

  it('flags 3.2.5’s clause as incomplete, at 按职责分工, with the fix', () => {
    const d = a.diagnostics.filter((x) => x.code === 'incomplete-agency-clause');
    assert.equal(d.length, 1);
    const r = a.lineIndex.range(d[0].span.start, d[0].span.end);
    assert.equal(r.start.line, 21);
    assert.equal(a.text.slice(d[0].span.start, d[0].span.end), '按职责分工');
    assert.equal(d[0].severity, 'warning');
    assert.deepEqual(d[0].fix!.edits.map((e) => e.newText), ['负责']);
    assert.equal(d[0].fix!.edits[0].span.start, d[0].span.end);
  });

  it('reads the quantitative targets with value, unit, year and comparator', () => {
    const find = (indicator: string, value: number) => m.targets.find((t) => t.indicator === indicator && t.value === value);
    const fossil = find('非化石能源消费比重', 18.3)!;
    assert.deepEqual([fossil.unit, fossil.year, fossil.comparator], ['%', 2025, '达到']);
    assert.equal(lineOf(a, fossil.valueSpan.start), 8);
    assert.equal(a.text.slice(fossil.valueSpan.start, fossil.valueSpan.end), '18.3%');

    const bus = m.targets.filter((t) => t.text.includes('分别达到72%'));
    assert.deepEqual(bus.map((t) => [t.indicator, t.value, t.unit, t.year]), [
      ['公交车新能源汽车', 72, '%', 2025],
      ['出租汽车（含网约车）新能源汽车', 35, '%', 2025],
    ]);
    const freight = m.targets.filter((t) => t.baselineYear === 2020);
    assert.deepEqual(freight.map((t) => [t.value, t.comparator, t.year]), [[10, '下降', 2030], [5, '下降', 2030]]);
    const green = find('城区常住人口100万以上的城市绿色出行比例', 70)!;
    assert.deepEqual([green.comparator, green.unit, green.year], ['不低于', '%', 2030]);
    const bio = find('生物质发电装机容量', 150)!;
    assert.deepEqual([bio.unit, bio.qualifier, bio.strength], ['万千瓦', '左右', '力争']);
    const national = m.targets.find((t) => t.value === null && t.qualifier?.includes('目标值'))!;
    assert.deepEqual([national.indicator, national.year], ['非化石能源消费比重', 2030]);
  });

  it('keeps the 31 targets it was conceived with, and reads 累计建成高标准农田3079万亩 too', () => {
    const a = seedAnalysis();
    const found = new Set(a.model.targets.map((t) => `${a.lineIndex.positionAt(t.valueSpan.start).line + 1}:${t.value ?? t.endState}`));
    // Line and value (or end state) of each target the first version read, in document order.
    const original = [
      '9:18.3', '9:完成国家下达指标', '10:达到国内先进水平', '10:达到国家确定的江西省目标值', '14:0.6', '14:150', '15:50', '15:100',
      '15:1000', '15:5', '22:0.1', '22:80', '26:8', '26:50', '29:72', '29:35', '29:10', '29:5', '30:70', '32:15', '32:23', '41:95',
      '42:0.4', '42:0.8', '43:60', '43:70', '52:9', '54:43', '54:80', '54:90', '61:30',
    ];
    assert.deepEqual(original.filter((k) => !found.has(k)), []);
    const fields = a.model.targets.find((t) => t.value === 3079);
    assert.deepEqual(fields && [fields.indicator, fields.unit, fields.year, fields.relation, fields.form], ['高标准农田', '万亩', 2025, '=', 'quantity']);
  });

  it('links targets to their tasks', () => {
    const t = m.tasks.find((x) => x.id === '3.4.1')!;
    assert.deepEqual(t.targetIndices.map((i) => m.targets[i].value), [72, 35, 10, 5]);
    assert.ok(m.targets.filter((x) => x.indicator === '非化石能源消费比重').every((x) => x.taskId === null), '主要目标 is not a task');
  });

  it('gives deadlines of tasks', () => {
    assert.deepEqual(m.tasks.find((x) => x.id === '3.4.4')!.deadlines.map((d) => [d.text, d.year]), [['“十四五”期间', 2025], ['到2030年', 2030]]);
    assert.deepEqual(m.tasks.find((x) => x.id === '3.1.1')!.deadlines, []);
  });

  it('reports no structural problem in a well-formed plan', () => {
    const structural = a.diagnostics.filter((d) => d.code !== 'missing-deadline' && d.code !== 'incomplete-agency-clause');
    assert.deepEqual(structural, []);
    assert.equal(m.parseErrors.length, 0);
  });
});
