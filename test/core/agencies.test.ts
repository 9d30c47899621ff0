import * as assert from 'node:assert/strict';
import { allSections, analyze } from './helpers';

/** One task per line, so that each clause variant can be checked on its own task. */
function plan(...clauses: string[]) {
  return analyze(['某省实施方案', '一、重点任务', ...clauses.map((c, i) => `（${'一二三四五六七八九十'[i]}）任务${i + 1}。推进工作。${c}`)]);
}

describe('agency clauses', () => {
  it('reads （…等按职责分工负责）: the first listed leads, 等 is dropped', () => {
    const a = plan('（国家发展改革委、工业和信息化部、国网江西省电力公司等按职责分工负责）');
    assert.deepEqual(a.model.tasks[0].agencies, {
      lead: ['国家发展改革委'],
      support: ['工业和信息化部', '国网江西省电力公司'],
      text: '国家发展改革委、工业和信息化部、国网江西省电力公司等按职责分工负责',
    });
  });

  it('reads 按照职责分工负责 and 按职责分工落实', () => {
    const a = plan('（省林业局、省自然资源厅等按照职责分工负责）', '（省金融局、人民银行广州分行按职责分工落实）');
    assert.deepEqual(a.model.tasks.map((t) => t.agencies!.lead), [['省林业局'], ['省金融局']]);
    assert.deepEqual(a.diagnostics.filter((d) => d.code === 'incomplete-agency-clause'), []);
  });

  it('reads （责任单位：…）, （牵头单位：…；责任单位：…） and （牵头单位：…，配合单位：…）', () => {
    const a = plan(
      '（责任单位：市发展改革委、市经济信息化委）',
      '（牵头单位：市发改委、市统计局；责任单位：市经信局、市住建局）',
      '（牵头单位：省工业和信息化厅，配合单位：省发展改革委、省生态环境厅）',
    );
    assert.deepEqual(a.model.tasks.map((t) => [t.agencies!.lead, t.agencies!.support]), [
      [['市发展改革委'], ['市经济信息化委']],
      [['市发改委', '市统计局'], ['市经信局', '市住建局']],
      [['省工业和信息化厅'], ['省发展改革委', '省生态环境厅']],
    ]);
  });

  it('reads X牵头，Y配合', () => {
    const a = plan('（市发改委牵头，市能源局、市经信局配合）');
    assert.deepEqual([a.model.tasks[0].agencies!.lead, a.model.tasks[0].agencies!.support], [['市发改委'], ['市能源局', '市经信局']]);
  });

  it('reads 〔〕 and ［］ brackets, nested brackets in names, and 逗号前为牵头单位，下同', () => {
    const a = plan(
      '［责任单位：市经信局、市生态环境局，各区（市）县政府（管委会）；逗号前为牵头单位，下同］',
      '〔责任单位：市财政局、市税务局，各区人民政府〈含开发区管委会〉〕',
    );
    const [first, second] = a.model.tasks.map((t) => t.agencies!);
    assert.deepEqual(first.lead, ['市经信局', '市生态环境局']);
    assert.deepEqual(first.support, ['各区（市）县政府（管委会）']);
    assert.deepEqual(second.lead, ['市财政局', '市税务局'], '下同 carries the convention to the next clause');
    assert.deepEqual(second.support, ['各区人民政府〈含开发区管委会〉']);
  });

  it('reads two jurisdictions: 列首位的为牵头单位, short names inherit the jurisdiction', () => {
    const a = plan('（责任单位：重庆市能源局、市经济信息委；四川省能源局、经济和信息化厅；两省市列首位的为牵头单位，下同）');
    const ag = a.model.tasks[0].agencies!;
    assert.deepEqual(ag.lead, ['重庆市能源局', '四川省能源局']);
    assert.deepEqual(ag.support, ['重庆市经济信息委', '四川省经济和信息化厅']);
  });

  it('applies “以下均需…落实，不再列出” to the rest of the plan', () => {
    const a = plan(
      '（国家发展改革委、工业和信息化部等按职责分工负责，地方各级人民政府负责落实。以下均需地方各级人民政府落实，不再列出）',
      '（生态环境部按职责分工负责）',
    );
    const [first, second] = a.model.tasks;
    assert.deepEqual(a.model.clauses[0].implementers, ['地方各级人民政府']);
    assert.deepEqual(first.agencies!.support, ['工业和信息化部'], 'the rule itself is not an agency');
    assert.deepEqual(second.inheritedImplementers, ['地方各级人民政府']);
  });

  it('reads the implementers after a role list: （责任单位：…，配合单位：…，各市人民政府负责落实）', () => {
    const a = plan('（责任单位：省经济和信息化厅，配合单位：省发展改革委、省财政厅，各市人民政府负责落实。以下均需各市人民政府落实，不再列出）');
    const c = a.model.clauses[0];
    assert.deepEqual([c.lead, c.support, c.implementers], [['省经济和信息化厅'], ['省发展改革委', '省财政厅'], ['各市人民政府']]);
  });

  it('reads a deadline inside a clause: （责任部门：…，完成期限：…）', () => {
    const a = plan('（责任部门：气候处，完成期限：2022年底前）');
    const t = a.model.tasks[0];
    assert.deepEqual(t.agencies!.lead, ['气候处']);
    assert.deepEqual(t.deadlines.map((d) => [d.text, d.year]), [['2022年底前', 2022]]);
  });

  it('finds several clauses inside one paragraph, each for the sentences before it', () => {
    const a = plan('（市工业和信息化局、各区人民政府按职责分工负责）以开发区为重点推进。（市生态环境局按职责分工负责）');
    assert.equal(a.model.clauses.length, 2);
    assert.deepEqual(a.model.tasks[0].agencies!.lead, ['市工业和信息化局', '市生态环境局']);
  });

  it('ignores brackets that are not clauses', () => {
    const a = plan('推进光伏建筑一体化（BIPV）和“光伏+”（含分布式）。（以下简称《方案》）');
    assert.equal(a.model.clauses.length, 0);
  });

  it('reads a clause without brackets on the line after its task, and a role in brackets after a name', () => {
    const a = analyze([
      '某市实施方案',
      '一、重点任务',
      '1.大力发展光伏。到2025年，光伏装机达到100万千瓦。',
      '责任单位：市发展改革委、市能源局',
      '2.推进煤炭减量。',
      '牵头单位：市发展改革委；配合单位：各区县政府',
      '3.实施节能改造【牵头单位：市工信局】',
      '二、保障措施',
      '（一）加强组织',
      '加强组织领导，建立工作协调机制。',
      '责任单位：市财政局、市发展改革委（牵头）',
      '（二）加强宣传。（责任单位：市委宣传部（牵头）、市教育局）',
    ]);
    assert.deepEqual(
      a.model.tasks.map((t) => [t.id, t.title, t.agencies?.lead, t.agencies?.support]),
      [
        ['1.1', '大力发展光伏', ['市发展改革委'], ['市能源局']],
        ['1.2', '推进煤炭减量', ['市发展改革委'], ['各区县政府']],
        ['1.3', '实施节能改造', ['市工信局'], []],
        ['2.1', '加强组织', ['市发展改革委'], ['市财政局']],
        ['2.2', '加强宣传', ['市委宣传部'], ['市教育局']],
      ],
    );
    assert.deepEqual(a.diagnostics.filter((d) => d.code === 'missing-lead-agency'), []);
    // The bare clause spans its whole line (for hovers and the placeholder fix).
    const line = a.lineIndex.range(a.model.tasks[0].clauses[0].span.start, a.model.tasks[0].clauses[0].span.end);
    assert.deepEqual([line.start, line.end], [{ line: 3, character: 0 }, { line: 3, character: 16 }]);
  });

  it('reads a task-division table in an annex: lead, supporting agencies and deadline for the task of the same title', () => {
    const a = analyze([
      '某市实施方案',
      '一、重点任务',
      '（一）能源转型',
      '1.大力发展光伏。加快屋顶光伏建设。',
      '2.推进风电。',
      '3.推进氢能。',
      '附件',
      '重点任务分工表',
      '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
      '1\t大力发展光伏\t市发展改革委\t市能源局、市住建局\t2025年底前',
      '2\t推进风电。\t市能源局\t各区县政府\t持续推进',
    ]);
    assert.deepEqual(
      a.model.tasks.map((t) => [t.title, t.agencies?.lead, t.agencies?.support, t.deadlines.map((d) => d.year)]),
      [
        ['大力发展光伏', ['市发展改革委'], ['市能源局', '市住建局'], [2025]],
        ['推进风电', ['市能源局'], ['各区县政府'], [null]],
        ['推进氢能', undefined, undefined, []],
      ],
    );
    assert.equal(allSections(a.model.outline).find((s) => s.kind === 'annex')?.title, '重点任务分工表');
    // Two of three tasks assigned: the third is flagged, and the plan is not "without clauses".
    assert.deepEqual(a.diagnostics.filter((d) => d.code.includes('agency')).map((d) => [d.code, a.lineIndex.positionAt(d.span.start).line]), [['missing-lead-agency', 5]]);
  });

  it('flags incomplete clauses with the part to fix', () => {
    const a = plan('（省能源局等按职责分工）', '（责任单位：）', '（按职责分工负责）');
    const d = a.diagnostics.filter((x) => x.code === 'incomplete-agency-clause');
    assert.deepEqual(d.map((x) => [a.lineIndex.positionAt(x.span.start).line, a.text.slice(x.span.start, x.span.end)]), [
      [2, '按职责分工'],
      [3, '责任单位'],
      [4, '按职责分工'],
    ]);
    assert.match(d[0].message, /按职责分工负责/);
    assert.deepEqual(d[0].fix!.edits.map((e) => e.newText), ['负责']);
    assert.match(d[1].message, /为空/);
    assert.match(d[2].message, /未列出责任单位/);
    // Tasks with a malformed clause are not also reported as missing one.
    assert.deepEqual(a.diagnostics.filter((x) => x.code === 'missing-lead-agency'), []);
  });

  it('maps agency aliases to the name to report', () => {
    const a = analyze(['方案全文', '一、任务', '（一）甲。内容（省发改委、省能源局按职责分工负责）'], { agencyAliases: { 省发改委: '省发展改革委' } });
    assert.deepEqual(a.model.tasks[0].agencies!.lead, ['省发展改革委']);
  });
});

describe('missing-lead-agency', () => {
  it('flags the task without a clause when the other tasks carry one, with a placeholder fix', () => {
    const a = plan('（市发改委按职责分工负责）', '（市能源局按职责分工负责）', '');
    const d = a.diagnostics.filter((x) => x.code === 'missing-lead-agency');
    assert.equal(d.length, 1);
    assert.equal(a.lineIndex.positionAt(d[0].span.start).line, 4);
    assert.equal(a.text.slice(d[0].span.start, d[0].span.end), '（三）任务3');
    assert.deepEqual(d[0].fix!.edits.map((e) => [a.lineIndex.positionAt(e.span.start), e.newText]), [[{ line: 4, character: 12 }, '（责任单位：）']]);
  });

  it('gives a plan with no clauses at all one note, not one finding per task', () => {
    const a = plan('', '', '');
    assert.deepEqual(a.diagnostics.filter((x) => x.code.includes('agenc')).map((x) => x.code), ['no-agency-clauses']);
  });
});

describe('agency name spans', () => {
  it('cover the name only, without 等 or 由', () => {
    const a = plan('（由国家发展改革委、工业和信息化部、国网江西省电力公司等按职责分工负责）');
    const names = a.model.clauses[0].names.map((n) => [n.name, a.text.slice(n.span.start, n.span.end)]);
    assert.deepEqual(names, [
      ['国家发展改革委', '国家发展改革委'],
      ['工业和信息化部', '工业和信息化部'],
      ['国网江西省电力公司', '国网江西省电力公司'],
    ]);
  });
});
