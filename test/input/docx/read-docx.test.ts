/**
 * Word plans made from corpus plans (scripts/make-input-fixtures.mjs) read back as the plan's own
 * text: the same lines, and so the same outline (every heading at its level), tasks and targets.
 * Word holds the headings' 一、 and （一） in numbering.xml, the indicator table in a table, the
 * running head and page numbers in header and footer parts; the plan text must be as if none of
 * that were so.
 */
import * as assert from 'node:assert/strict';
import { readDocx } from '../../../server/src/input/docx/read-docx';
import { corpusLines, inputFixture, planView, source } from '../helpers';

const read = (name: string) => source(readDocx(inputFixture(name)));

describe('Word plans (.docx)', () => {
  it('national-2030: cover notice with 文号 and signature, four levels with 1．, running head and page numbers left out', () => {
    const r = read('national-2030.docx');
    assert.equal(r.format, 'docx');
    assert.deepEqual(r.text.split('\n'), corpusLines('national-2030.txt'));
    assert.deepEqual(r.warnings, []);
    assert.ok(!r.text.includes('国务院文件'), 'the running head');
    assert.ok(!/— \d+ —/.test(r.text), 'page numbers');
  });

  it('beijing-manufacturing: 1. running on across （一）…（七） (w:lvlRestart), the indicator table as tab-separated rows', () => {
    const r = read('beijing-manufacturing.docx');
    const lines = r.text.split('\n');
    assert.deepEqual(lines, corpusLines('beijing-manufacturing.txt'));
    assert.ok(lines.includes('（二）制造业企业节能降碳行动'));
    assert.ok(lines.some((l) => l.startsWith('3.推进用能结构低碳化。')), 'task 3 under （二）, not 1.');
    assert.ok(lines.includes('万元工业增加值能耗降低率\t≥12%\t约束性'));
  });

  it('national-opinions-1n: headings numbered by their styles, （一） never restarting, a filled-in table of contents left out', () => {
    const r = read('national-opinions-1n.docx');
    assert.deepEqual(r.text.split('\n'), corpusLines('national-opinions-1n.txt'));
    assert.ok(r.text.includes('\n（十四）'), 'the 14th （…） runs on from chapter to chapter');
    assert.deepEqual(r.warnings, ['目录已略去 / table of contents left out']);
  });

  it('wuhan-peak-assessment: a title on two centred lines, text box, hidden text, link, tracked changes and a footnote', () => {
    const r = read('wuhan-peak-assessment.docx');
    const lines = r.text.split('\n');
    const expected = corpusLines('wuhan-peak-assessment.txt');
    const noted = expected.findIndex((l) => l.startsWith('（二）编制市级评估报告。'));
    // The footnote's mark where it is referenced, the note after the body.
    expected[noted] = expected[noted].replace('编制市级评估报告。', '编制市级评估报告。[1]');
    assert.deepEqual(lines, [...expected, '[1] 评估报告格式另行印发。']);
    assert.ok(!r.text.includes('内部注'), 'hidden text');
    assert.ok(!r.text.includes('原稿') && !r.text.includes('征求意见稿'), 'deleted text and the deleted paragraph');
    assert.deepEqual(r.warnings, ['修订已按“全部接受”读取 / tracked changes read as accepted', '目录已略去 / table of contents left out']);
  });

  it('hangzhou-tech-city: a task-division annex with a merged lead column and automatic 序号 gives the tasks their leads', () => {
    const r = read('hangzhou-tech-city.docx');
    const lines = r.text.split('\n');
    const plan = corpusLines('hangzhou-tech-city.txt');
    assert.deepEqual(lines.slice(0, plan.length), plan);
    assert.deepEqual(lines.slice(plan.length), [
      '附件',
      '重点任务分工表',
      '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
      '1\t强化科技创新攻关\t市科技局\t市发改委、市经信局\t2025年底前',
      '2\t优化创新激励机制\t市科技局\t市财政局\t持续推进',
      '3\t建设科创服务平台\t市科技局\t各区、县（市）政府\t2023年底前',
      '4\t培育低碳科技企业\t市经信局\t市科技局\t2025年底前',
      '5\t引育创新人才团队\t市人力社保局\t市科技局\t持续推进',
      '6\t实施低碳示范工程\t市发改委\t市生态环境局、市建委\t2025年底前',
    ]);
    const tasks = planView(r.text).tasks;
    assert.deepEqual(tasks.slice(0, 3), ['2.1 强化科技创新攻关 ← 市科技局', '2.2 优化创新激励机制 ← 市科技局', '2.3 建设科创服务平台 ← 市科技局']);
    assert.equal(tasks[4], '2.5 引育创新人才团队 ← 市人力社保局');
  });

  for (const name of ['national-2030', 'beijing-manufacturing', 'national-opinions-1n', 'wuhan-peak-assessment']) {
    it(`${name}: the analysis of the converted text has the plan's outline, tasks and targets`, () => {
      assert.deepEqual(planView(read(`${name}.docx`).text), planView(corpusLines(`${name}.txt`).join('\n')));
    });
  }
});
