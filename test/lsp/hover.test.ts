import * as assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-protocol';
import { hover } from '../../server/src/lsp/features/hover';
import { plan, positionOf, seedAnalysis, textAt } from './helpers';

const text = (h: ReturnType<typeof hover>) => (h!.contents as MarkupContent).value;

describe('hover', () => {
  it('on a target’s number: indicator, value with unit, comparator, deadline, strength, place (seed, 二、主要目标)', () => {
    const a = seedAnalysis();
    const h = hover(a, positionOf(a, '18.3%', 2));
    assert.equal(textAt(a, h!.range!), '18.3%');
    assert.equal(
      text(h),
      ['**指标** 非化石能源消费比重', '', '- 目标值：**18.3%**', '- 比较：达到', '- 时限：到2025年（来自本句）', '- 基期：未注明', '- 力度：未注明', '- 所在任务：无（不在具体任务内）', '- 位置：二、主要目标', '- 读法：比较词在数字前'].join('\n'),
    );
  });

  it('on a number that is no target: what it was taken for and why (seed, 年综合能耗超过1万吨标准煤的数据中心)', () => {
    const a = seedAnalysis();
    const h = hover(a, positionOf(a, '1万吨标准煤的数据中心', 1));
    assert.equal(textAt(a, h!.range!), '1万吨标准煤');
    const lines = text(h).split('\n');
    assert.equal(lines[0], '**1万吨标准煤** · 不作为目标（门槛）');
    assert.match(lines[2], /^门槛：描述一类对象/);
  });

  it('on a target with a baseline: the base year (seed, 营运车辆…比2020年分别下降10%)', () => {
    const a = seedAnalysis();
    const h = hover(a, positionOf(a, '分别下降10%', 4));
    const value = text(h);
    assert.ok(value.startsWith('**指标** 营运车辆单位换算周转量碳排放强度'), value);
    assert.ok(value.includes('- 目标值：**10%**'));
    assert.ok(value.includes('- 比较：下降'));
    assert.ok(value.includes('- 基期：2020年'));
    assert.ok(value.includes('- 牵头单位：省交通运输厅'));
  });

  it('on a target stated without a number: the wording stands for the value', () => {
    const a = seedAnalysis();
    const h = hover(a, positionOf(a, '完成国家下达指标', 3));
    assert.ok(text(h).includes('- 目标值：**国家下达指标**'), text(h));
    assert.ok(text(h).includes('- 力度：确保'));
  });

  it('on an agency: how many tasks it leads and supports, and which', () => {
    const a = seedAnalysis();
    const h = hover(a, positionOf(a, '省林业局、省自然资源厅', 1));
    assert.equal(textAt(a, h!.range!), '省林业局');
    const value = text(h);
    assert.ok(value.startsWith('**省林业局**\n\n本方案中牵头 **2** 项任务，配合 **'), value);
    assert.ok(value.includes('- 3.8.1 巩固生态系统碳汇成果'));
  });

  it('on the last agency before 等: the name alone is the hover’s range', () => {
    const a = seedAnalysis();
    const h = hover(a, positionOf(a, '省能源局等按职责分工)', 1));
    assert.equal(textAt(a, h!.range!), '省能源局');
    assert.equal(hover(a, positionOf(a, '省能源局等按职责分工)', 4)), null);
  });

  it('on an agency of a （责任单位：…） clause (shanghai-province)', () => {
    const a = plan('shanghai-province.txt');
    const h = hover(a, positionOf(a, '责任单位：市发展改革委', 6));
    assert.equal(textAt(a, h!.range!), '市发展改革委');
    assert.match(text(h), /^\*\*市发展改革委\*\*\n\n本方案中牵头 \*\*\d+\*\* 项任务/);
  });

  it('on a section label: its title, place and counts', () => {
    const a = seedAnalysis();
    const h = hover(a, { line: 16, character: 1 });
    assert.equal(textAt(a, h!.range!), '(二)');
    assert.equal(text(h), ['**（二）工业领域碳达峰行动**', '', '位置：三、重点任务', '', '二级标题 · 5 个下级标题 · 5 项任务 · 2 项指标 · 5 个问题'].join('\n'));
  });

  it('on a task’s label: its time and lead with where each was found, and the nature of its work', () => {
    const a = seedAnalysis();
    const h = hover(a, { line: 21, character: 0 });
    const value = text(h);
    assert.ok(value.startsWith('**5.推动石化化工行业碳达峰**\n\n位置：三、重点任务 › （二）工业领域碳达峰行动'), value);
    assert.ok(value.includes('本身是一项任务 · 2 项指标 · 1 个问题'));
    assert.ok(value.endsWith(['时限：到2025年（任务本身写明）', '', '牵头单位：省工业和信息化厅（责任分工括注）', '', '配合单位：省发展改革委、省生态环境厅、省应急厅、省能源局', '', '性质：具体工作（建设、制定、试点、改造、淘汰或量化目标）'].join('\n')), value);
    // 三(一)1: concrete work with no time anywhere; 四(一): a standing measure, which needs none.
    assert.ok(text(hover(a, { line: 12, character: 0 })).includes('时限：**未明确** — 具体工作，需补充时限'));
    assert.ok(text(hover(a, { line: 65, character: 1 })).includes('时限：不需要 — 常设性措施'));
  });

  it('on a task’s label: a time from the plan’s period, a lead from the task’s sentences (515)', () => {
    const a = plan('../national/515.txt');
    const value = text(hover(a, positionOf(a, '（七）加强公共建筑能耗限额管理', 1)));
    assert.ok(value.includes('时限：2022年（方案期限）'), value);
    assert.ok(value.includes('牵头单位：各区政府（正文中的牵头、负责单位）\n\n配合单位：市行政主管部门'), value);
  });

  it('on a paragraph task’s first sentence: the same facts (liaoyuan （三）, one task per paragraph)', () => {
    const a = plan('liaoyuan-green-economy.txt');
    const h = hover(a, { line: 17, character: 2 });
    assert.equal(a.lineIndex.positionAt(a.lineIndex.offsetAt(h!.range!.start)).line, 17);
    const value = text(h);
    assert.ok(value.startsWith('**深入落实“一主、六双”高质量发展战略'), value);
    assert.ok(value.includes('位置：二、健全绿色生产体系 › （三）推进工业绿色生产'), value);
    assert.ok(value.includes('牵头单位：市发展改革委（责任分工括注）'), value);
  });

  it('on a box (tech-support-sector) and an annex (chengdu-energy-adjustment)', () => {
    const tech = plan('tech-support-sector.txt');
    assert.match(text(hover(tech, positionOf(tech, '专栏1'))), /^\*\*专栏1能源绿色低碳转型支撑技术\*\*\n\n位置：一、能源绿色低碳转型科技支撑行动\n\n专栏/);
    const chengdu = plan('chengdu-energy-adjustment.txt');
    const annex = hover(chengdu, positionOf(chengdu, '附件2', 0, 1));
    const annexTargets = plan('chengdu-energy-adjustment.txt').model.targets.filter((t) => (t.sectionId ?? '').startsWith('A2')).length;
    assert.match(text(annex), new RegExp(`^\\*\\*附件2成都市能源结构调整行动方案（2021-2025年）\\*\\*\\n\\n附件 · 4 个下级标题 · 22 项任务 · ${annexTargets} 项指标`));
  });

  it('nothing on ordinary text', () => {
    const a = seedAnalysis();
    assert.equal(hover(a, { line: 6, character: 10 }), null);
  });
});
