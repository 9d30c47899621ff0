/**
 * What a user sees when a real plan's PDF is read: each layout rule of the PDF reader, asserted on
 * real files (test/fixtures/pdf/, with the reference text that a careful extraction made of each).
 */
import * as assert from 'node:assert/strict';
import { analyzePlan } from '../../../server/src/core/analyze';
import type { Section } from '../../../server/src/core/model/types';
import { readPdf } from '../../../server/src/input/pdf/read-pdf';
import { isPageNumber } from '../../../server/src/input/pdf/page-furniture';
import { stopPdfWorker } from '../../../server/src/input/pdf/pdf-worker-host';
import { isFailure } from '../../../server/src/input/types';
import { converted, convertedFixtures, fixtureBytes } from './pdf-fixtures';

const squeeze = (s: string) => s.replace(/\s+/g, '');

function flatten(sections: Section[], out: Section[] = []): Section[] {
  for (const s of sections) {
    out.push(s);
    flatten(s.children, out);
  }
  return out;
}

/** The reference's paragraph that starts with `start`, white space removed. */
function refParagraph(reference: string, start: string): string {
  const line = reference.split('\n').find((l) => squeeze(l).startsWith(squeeze(start)));
  assert.ok(line, `the reference has a paragraph starting ${start}`);
  return squeeze(line);
}

describe('readPdf on real plans', function () {
  this.timeout(120_000);
  before(() => convertedFixtures());
  after(() => stopPdfWorker());

  it('gives the plan text with its page count, as a PlanSource of format pdf', async () => {
    const c = await converted('1');
    assert.equal(c.source.format, 'pdf');
    assert.equal(c.source.pages, 13);
    assert.deepEqual(c.source.warnings, []);
    assert.ok(c.source.text.endsWith('\n'));
  });

  it('joins the lines of a paragraph by the geometry, not by punctuation', async () => {
    // 249, p. 3: a line that ends in 。 at the right margin, the next line flush left: one paragraph.
    const c249 = await converted('249');
    const p = refParagraph(c249.reference, '——政府引导、市场发力。');
    assert.ok(p.includes('效能。逐步解决'));
    assert.ok(c249.lines.map(squeeze).includes(p));
    // 57: a clause （责任单位：…） that starts a line after a sentence that filled the one before.
    const c57 = await converted('57');
    assert.ok(c57.lines.map(squeeze).includes(refParagraph(c57.reference, '4．推动能源消费绿色低碳转型。')));
    // 1: a run-in heading whose paragraph runs over four lines and a page break.
    const c1 = await converted('1');
    assert.ok(c1.lines.map(squeeze).includes(refParagraph(c1.reference, '（一）指导思想。以习近平')));
  });

  it('keeps headings as paragraphs of their own, and a heading printed on its body line run-in', async () => {
    const c = await converted('1');
    for (const h of ['一、总体要求', '二、主要目标', '（二）工作原则']) assert.ok(c.lines.includes(h), h);
    const a = analyzePlan(c.source.text);
    const s1 = a.model.outline.find((s) => s.id === '1')!;
    assert.equal(s1.title, '总体要求');
    const s11 = s1.children.find((s) => s.id === '1.1')!;
    assert.equal(s11.title, '指导思想');
    assert.equal(s11.inlineBody, true);
    // A scanned page whose text layer put 二、工作目标 on the last line of the paragraph before it (186, p. 1).
    const c186 = await converted('186');
    assert.ok(c186.lines.includes('二、工作目标'));
  });

  it('drops page numbers (—1—, ―1―) and running headers and footers', async () => {
    for (const name of ['577', '57', '560']) {
      const c = await converted(name);
      assert.ok((c.details.pageNumbers ?? 0) + (c.details.runningLines ?? 0) >= 10, `${name}: page numbers found`);
      const left = c.lines.filter((l) => isPageNumber(l) || /[—―-]\s*\d{1,3}\s*[—―-]/.test(l));
      assert.deepEqual(left, [], name);
    }
    // 546 with a running header (issuer and short title) and a footer 第 N 页 共 5 页 stamped on every page:
    // the same text as 546 itself.
    const stamped = await readPdf(fixtureBytes('running-header.pdf'));
    assert.ok(!isFailure(stamped));
    const plain = await converted('546');
    assert.equal(stamped.text, plain.source.text);
    assert.ok(!/第\s*\d+\s*页/.test(stamped.text));
  });

  it('joins a title that wraps over several lines, and keeps stacked issuers apart', async () => {
    const c1 = await converted('1');
    assert.equal(c1.lines[0], '中共中央、国务院关于完整准确全面贯彻新发展理念做好碳达峰碳中和工作的意见');
    const c249 = await converted('249');
    assert.equal(squeeze(c249.lines[0]), refParagraph(c249.reference, '国家机关事务管理局'));
    assert.ok(c249.lines.includes('深入开展公共机构绿色低碳引领行动促进碳达峰实施方案'));
    const c57 = await converted('57');
    assert.deepEqual(c57.lines.slice(0, 3), ['重庆市人民政府办公厅', '四川省人民政府办公厅', '关于印发成渝地区双城经济圈碳达峰碳中和联合行动方案的通知']);
    const c549 = await converted('549');
    assert.equal(c549.lines[0], '关于2021-2023年度推动碳达峰、碳中和工作滚动实施方案');
  });

  it('puts sub- and superscripts back in their line (CO2, PM2.5)', async () => {
    const c = await converted('549');
    assert.ok(c.lines.some((l) => l.includes('温室气体CH4、N2O、CO2监测设备')));
    assert.ok(c.lines.some((l) => l.includes('开展PM2.5和臭氧协同控制')));
    assert.equal(c.lines.filter((l) => /^[\d.]{1,3}$/.test(l)).length, 0);
    const c36 = await converted('36');
    assert.ok(c36.lines.some((l) => l.includes('机组供电CO2配额计算方法')));
  });

  it('reads a table row by row into tab-separated lines', async () => {
    const c = await converted('560');
    const rows = c.lines.filter((l) => l.includes('\t'));
    assert.ok(rows.includes('其中：风力发电\t412.2\t4.30%\t1547.1\t10.94%\t30.28%'));
    assert.ok(rows.includes('三、非水电可再生能源\t945.1\t9.90%\t3473.1\t24.55%\t29.73%'));
    // 表2: wrapped cells joined, a value under a header that wraps, an empty first cell kept.
    assert.ok(rows.includes('项目\t指标\t单位\t2020年\t利用规模2025年\t属性'));
    assert.ok(rows.includes('\t可再生能源电力总量消纳责任权重\t%\t16.8\t完成国家下达目标任务\t预期性'));
    assert.ok(rows.includes('\t可再生能源装机占比\t%\t24.6\t34.0\t预期性'));
    // The caption is a paragraph, not a row.
    assert.ok(c.lines.includes('表2 “十四五”期间全省可再生能源发展目标'));
    // The core's indicator-table reader reads the rows: the indicator from the column 指标 (not
    // the category 项目 merged over rows), the unit from 单位, the row under a merged cell too.
    const a = analyzePlan(c.source.text);
    const table = a.model.targets.filter((t) => t.source === 'table' && t.year === 2025);
    assert.ok(table.some((t) => t.indicator === '可再生能源消费占比' && t.value === 15 && t.unit === '%' && t.baselineYear === 2020));
    assert.ok(table.some((t) => t.indicator === '可再生能源装机占比' && t.value === 34 && t.unit === '%'));
    // 表1's rows numbered 一、 are rows, not chapters of the plan.
    assert.ok(!flatten(a.model.outline).some((s) => s.title.startsWith('全省电力总装机')));
  });

  it('keeps annexes (附件2, 附件3) as parts of their own', async () => {
    const c = await converted('36');
    assert.ok(c.lines.includes('附件2'));
    assert.ok(c.lines.includes('附件3'));
    const annexes = (text: string) =>
      flatten(analyzePlan(text).model.outline)
        .filter((s) => s.kind === 'annex')
        .map((s) => `${s.id} ${s.title}`);
    assert.deepEqual(annexes(c.source.text), annexes(c.reference));
    assert.equal(annexes(c.source.text).length, 3);
  });

  it('keeps a cover notice and its signature, which the analysis recognises as in the reference', async () => {
    for (const name of ['249', '577', '57']) {
      const c = await converted(name);
      const ours = analyzePlan(c.source.text).model;
      const theirs = analyzePlan(c.reference).model;
      assert.equal(ours.title, theirs.title, name);
      assert.deepEqual(
        ours.furniture.map((f) => f.kind),
        theirs.furniture.map((f) => f.kind),
        name,
      );
    }
    const c249 = await converted('249');
    assert.ok(c249.lines.includes('国家机关事务管理局 国家发展和改革委员会'));
    assert.ok(c249.lines.includes('财政部 生态环境部'));
    assert.ok(c249.lines.includes('2021年11月16日'));
  });

  it('says which glyphs had no text (a formula font), and which pages were empty', async () => {
    const c36 = await converted('36');
    assert.ok(c36.source.warnings.some((w) => /个字形没有对应的文字/.test(w)));
    assert.ok(!/[\u0000-\u0008]/.test(c36.source.text));
    const c546 = await converted('546');
    assert.deepEqual(c546.source.warnings, ['第 5 页没有文字（空白页或扫描页） / no text on page 5 (blank or scanned)']);
  });

  it('joins the lines of a web page printed to PDF, which the browser broke after one or two characters', async () => {
    // 54: each line of the page's text a little longer than the printed box; what did not fit
    // went down alone (…理念引领不断增 | 强， | 交流机制…), under a heading's hanging indent too.
    const c = await converted('54');
    for (const start of ['推进共建“一带一路”绿色发展，是践行', '（一）指导思想。以习近平', '绿色引领，互利共赢。', '（三）主要目标。到2025年']) {
      assert.ok(c.lines.map(squeeze).includes(refParagraph(c.reference, start)), start);
    }
    assert.ok(c.lines.includes('（二）基本原则。'));
    assert.ok(c.lines.includes('一、总体要求'));
  });

  it('keeps the items of a list hung under 附件：, a label before a year (2.2019-2020年…) starting each', async () => {
    const c = await converted('36');
    const i = c.lines.indexOf('附件：1.各类机组判定标准');
    assert.deepEqual(c.lines.slice(i + 1, i + 5), [
      '2.2019-2020年燃煤机组配额分配技术指南',
      '3.2019-2020年燃气机组配额分配技术指南',
      '4.2019-2020年各类别机组碳排放基准值',
      // The reference breaks this item after 配 (p. 6): the PDF only wraps it under its indent.
      '5.XX省（区、市）2019-2020年发电行业重点排放单位配额预分配相关数据填报表',
    ]);
  });

  it('leaves a table of contents out, with a warning, as the Word reader does', async () => {
    const c = await converted('560');
    assert.ok(c.source.warnings.includes('目录已略去 / table of contents left out'));
    assert.ok(!c.lines.some((l) => /\.{4,}|…{2,}/.test(l)));
    assert.ok(!c.lines.includes('目录'));
    // Each heading once in the outline: 一、发展基础 is the chapter, not also a contents entry.
    const chapters = analyzePlan(c.source.text).model.outline.map((s) => s.title);
    assert.deepEqual(chapters.slice(0, 5), ['发展基础', '总体要求', '重点任务', '保障措施', '投资估算和效益分析']);
  });

  it('reads an indicator table over a page break: serial numbers, wrapped cells, group headings, the repeated header', async () => {
    // 82, pp. 19-22 as published (82-p19-22.pdf): 表1 of the plan, and the text after it.
    const r = await readPdf(fixtureBytes('82-p19-22.pdf'));
    assert.ok(!isFailure(r));
    const lines = r.text.split('\n');
    const rows = lines.filter((l) => l.includes('\t'));
    assert.equal(rows[0], '序号\t指标\t2020年现状值\t2025年目标值\t五年累计\t指标属性');
    // A two-line indicator wider than half the page, its serial number set between its lines.
    assert.ok(rows.includes('2\t单位地区生产总值二氧化碳排放降低（%）\t[24]△\t—\t[N+5]\t约束性'));
    // PM2.5's subscript stays in its wrapped cell; a cell that gets wider is still its row's.
    assert.ok(rows.includes('8\t市县细颗粒物（PM2.5）年均浓度（微克/立方米）\t13\t11\t—\t预期性'));
    assert.ok(rows.some((l) => l.startsWith('15\t氮氧化物、挥发性有机物排放量减少（%）化学需氧量、氨氮排放量减少（%）\t完成国家下达目标')));
    // Group headings are paragraphs between the rows; the table goes on under the page's repeated header.
    for (const h of ['（一）绿色低碳发展', '（二）优美生态环境', '（三）良好生态系统', '（四）环境安全保障']) assert.ok(lines.includes(h), h);
    assert.ok(rows.includes('18\t森林覆盖率（%）\t62.1\t62.1\t—\t约束性'));
    const targets = analyzePlan(r.text).model.targets.filter((t) => t.source === 'table');
    const brief = targets.map((t) => [t.indicator, t.value, t.unit, t.qualifier, t.year, t.strength]);
    assert.deepEqual(brief.find((t) => t[0] === '非化石能源占一次能源消费比例'), ['非化石能源占一次能源消费比例', 22, '%', '左右', 2025, '预期性']);
    assert.deepEqual(brief.find((t) => t[0] === '森林覆盖率'), ['森林覆盖率', 62.1, '%', null, 2025, '约束性']);
    // A footnote at the foot of p. 21 waits for the paragraph that runs on to p. 22.
    const p = lines.findIndex((l) => l.startsWith('推进绿色城镇化发展。'));
    assert.ok(lines[p].includes('逐步构建系统完备、高效实用、智能绿色'));
    assert.equal(lines[p + 1], '[3]两高一资：高耗能、高污染和资源性。');
  });
});
