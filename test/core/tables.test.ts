/**
 * Tables as the PDF and Word readers write them (one row a line, tab-separated cells), as real
 * plans set them: a column of serial numbers (序号) or a category merged over several rows before
 * the indicator, rows numbered 一、 in their first cell, group headings between rows, the header
 * repeated where the table goes on over a page.
 */
import * as assert from 'node:assert/strict';
import type { Section, Target } from '../../server/src/core';
import { analyze } from './helpers';

const brief = (t: Target) => [t.indicator, t.value, t.unit, t.qualifier, t.year, t.baselineYear, t.strength, t.endState];

function tableTargets(...lines: string[]): Target[] {
  return analyze(['某市“十四五”发展规划', '一、主要目标', ...lines]).model.targets.filter((t) => t.source === 'table');
}

function flatten(sections: Section[], out: Section[] = []): Section[] {
  for (const s of sections) {
    out.push(s);
    flatten(s.children, out);
  }
  return out;
}

describe('indicator tables', () => {
  it('takes the indicator from the column the header names, past a category merged over rows (its later rows begin with an empty cell)', () => {
    // 560 (表2), the row under a merged 电力消纳 cell starts with a tab.
    const rows = tableTargets(
      '项目\t指标\t单位\t2020年\t2025年\t属性',
      '能源消费\t可再生能源消费占比\t%\t9.4\t15.0\t预期性',
      '\t可再生能源电力总量消纳责任权重\t%\t16.8\t完成国家下达目标任务\t预期性',
      '电力消纳\t非水电可再生能源电力消纳责任权重\t%\t9.0\t完成国家下达目标任务\t预期性',
      '\t可再生能源电力装机\t万千瓦\t3478\t6600\t预期性',
    );
    assert.deepEqual(rows.map(brief), [
      ['可再生能源消费占比', 15, '%', null, 2025, 2020, '预期性', null],
      ['可再生能源电力总量消纳责任权重', null, '%', '国家下达目标任务', 2025, 2020, '预期性', '完成国家下达目标任务'],
      ['非水电可再生能源电力消纳责任权重', null, '%', '国家下达目标任务', 2025, 2020, '预期性', '完成国家下达目标任务'],
      ['可再生能源电力装机', 6600, '万千瓦', null, 2025, 2020, '预期性', null],
    ]);
  });

  it('reads past a column of serial numbers, a unit in brackets with a note mark, a qualifier that is not a unit, and a dash that states nothing', () => {
    const rows = tableTargets(
      '序号\t指标\t2020年现状值\t2025年目标值\t五年累计\t指标属性',
      '1\t单位地区生产总值能源消耗降低（%）\t[12.1]\t—\t[15]\t约束性',
      '3\t非化石能源占一次能源消费比例（%）\t18.9\t22左右\t—\t预期性',
      '13\t地下水质量Ⅴ类水比例（%）*\t10.3★\t完成国家下达目标\t—\t预期性',
    );
    assert.deepEqual(rows.map(brief), [
      ['非化石能源占一次能源消费比例', 22, '%', '左右', 2025, 2020, '预期性', null],
      ['地下水质量Ⅴ类水比例', null, '%', '国家下达目标', 2025, 2020, '预期性', '完成国家下达目标'],
    ]);
  });

  it('never takes a column of the current state (现状值) for the target, even when it is the only one with a year', () => {
    const a = analyze(['某市生态环境保护规划', '一、发展基础', '类别\t序号\t指标名称\t单位\t“十三五”目标值\t2020年现状值\t属性', '环境质量\t1\t县级以上集中式饮用水源地达标率\t%\t100\t80\t约束性']);
    const rows = a.model.targets.filter((t) => t.source === 'table');
    assert.deepEqual(rows.map((t) => [t.indicator, t.value, t.unit, t.year, t.baselineYear]), [['县级以上集中式饮用水源地达标率', 100, '%', null, 2020]]);
  });

  it('goes on under the header past group headings between its rows, and past the header repeated over a page', () => {
    const a = analyze([
      '某市“十四五”发展规划',
      '一、主要目标',
      '序号\t指标\t2020年\t2025年\t属性',
      '（一）绿色低碳发展',
      '1\t森林覆盖率（%）\t24.1\t25\t约束性',
      '（二）优美生态环境',
      '2\t空气质量优良天数比例（%）\t90\t92\t约束性',
      '序号\t指标\t2020年\t2025年\t属性',
      '3\t地表水优良比例（%）\t80\t85\t约束性',
      '二、重点任务',
      // Wider than the header: not the table going on.
      '4\t不是表格的一行\t1\t2\t3\t4',
    ]);
    const rows = a.model.targets.filter((t) => t.source === 'table');
    assert.deepEqual(rows.map((t) => [t.indicator, t.value, t.year]), [
      ['森林覆盖率', 25, 2025],
      ['空气质量优良天数比例', 92, 2025],
      ['地表水优良比例', 85, 2025],
    ]);
    // The group headings are the plan's headings as before.
    assert.deepEqual(flatten(a.model.outline).map((s) => s.title), ['主要目标', '绿色低碳发展', '优美生态环境', '重点任务']);
  });

  it('reads a row numbered 一、 in its first cell as a row of its table, not as a chapter; a label alone before a tab is still a heading', () => {
    const a = analyze([
      '某省可再生能源发展规划',
      '一、发展基础',
      '项目\t2015年\t2020年\t年均增速',
      '一、全省电力总装机\t9528.5\t14146.4\t8.22%',
      '其中：风力发电\t412.2\t1547.1\t30.28%',
      '二、可再生能源\t949.2\t3477.6\t29.65%',
      '二、\t总体要求',
      '坚持绿色发展。',
    ]);
    assert.deepEqual(flatten(a.model.outline).map((s) => [s.id, s.title]), [
      ['1', '发展基础'],
      ['2', '总体要求'],
    ]);
    assert.deepEqual(
      a.model.targets.filter((t) => t.source === 'table').map((t) => [t.indicator, t.value, t.year, t.baselineYear]),
      [
        ['全省电力总装机', 14146.4, 2020, 2015],
        ['其中：风力发电', 1547.1, 2020, 2015],
        ['可再生能源', 3477.6, 2020, 2015],
      ],
    );
  });

  it('keeps the empty first cell of a task-division row, so that its columns stay in place', () => {
    const a = analyze([
      '某市实施方案',
      '一、重点任务',
      '1.大力发展光伏。加快屋顶光伏建设。',
      '2.推进风电。',
      '附件',
      '重点任务分工表',
      '领域\t重点任务\t牵头单位\t配合单位',
      '能源\t大力发展光伏\t市发展改革委\t市能源局',
      '\t推进风电\t市能源局\t各区县政府',
    ]);
    assert.deepEqual(
      a.model.tasks.map((t) => [t.title, t.agencies?.lead, t.agencies?.support]),
      [
        ['大力发展光伏', ['市发展改革委'], ['市能源局']],
        ['推进风电', ['市能源局'], ['各区县政府']],
      ],
    );
  });

  it('trims a paragraph indented with a tab as before: one cell is no row', () => {
    const a = analyze(['某市实施方案', '一、重点任务', '\t推进风电。到2025年，风电装机达到500万千瓦。']);
    assert.deepEqual(a.model.targets.map((t) => [t.indicator, t.value, t.source]), [['风电装机', 500, 'text']]);
  });
});
