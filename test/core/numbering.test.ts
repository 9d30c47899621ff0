import * as assert from 'node:assert/strict';
import { allSections, analyze, section } from './helpers';

describe('numbering variants', () => {
  it('nests 一、/（一）/(一)/1./1．/1、/（1）/(1) by rank, whatever the width', () => {
    const a = analyze([
      '某市碳达峰实施方案',
      '一、重点任务',
      '(一)能源行动',
      '1．推进煤电。内容。',
      '2、发展光伏。内容。',
      '（1）屋顶光伏。内容。',
      '(2)地面光伏',
      '（二）工业行动',
      '3.第三项。',
      '二、保障措施',
    ]);
    const ids = allSections(a.model.outline).map((s) => `${s.id}:${s.kind}:${s.title}`);
    assert.deepEqual(ids, [
      '1:cn:重点任务', '1.1:paren-cn:能源行动', '1.1.1:arabic:推进煤电', '1.1.2:arabic:发展光伏',
      '1.1.2.1:paren-arabic:屋顶光伏', '1.1.2.2:paren-arabic:地面光伏', '1.2:paren-cn:工业行动', '1.2.3:arabic:第三项',
      '2:cn:保障措施',
    ]);
    // 3. continues 1. 2. across actions: run-on numbering is accepted.
    assert.deepEqual(a.diagnostics.filter((d) => d.code.startsWith('numbering')), []);
  });

  it('gives the same outline for half-width and full-width punctuation, CRLF, BOM and stray spaces', () => {
    const full = analyze('某市碳达峰实施方案\n一、重点任务\n（一）能源行动。内容，到2025年，比重达到20％；煤炭消费控制在100万吨以内。\n1．推进煤电。内容（市发改委、市能源局等按职责分工负责）。\n');
    const half = analyze('\ufeff某市碳达峰实施方案\r\n 一 、 重点任务\r\n( 一 )能源行动。内容,到２０２５年, 比重 达到 20%;煤炭消费控制在100 万吨以内。\r\n1. 推进煤电。内容(市发改委、市能源局等按职责分工负责)。\r\n');
    const shape = (a: ReturnType<typeof analyze>) => allSections(a.model.outline).map((s) => [s.id, s.title, a.lineIndex.positionAt(s.span.start).line]);
    assert.deepEqual(shape(half), shape(full));
    const targets = (a: ReturnType<typeof analyze>) => a.model.targets.map((t) => [t.indicator, t.value, t.unit, t.year, t.comparator, t.qualifier]);
    assert.deepEqual(targets(half), targets(full));
    assert.equal(full.model.targets.length, 2);
    assert.deepEqual(half.model.tasks.map((t) => t.agencies), full.model.tasks.map((t) => t.agencies));
    assert.deepEqual(half.model.tasks[0].agencies!.lead, ['市发改委']);
    assert.equal(half.model.title, '某市碳达峰实施方案');
  });

  it('reads 1） as a level of its own, under 1. or directly under （一）, never a level skip', () => {
    const a = analyze(['某市实施方案', '一、重点任务', '（一）能源行动', '1）推进光伏。', '2)推进风电。', '（二）工业行动', '1.节能改造', '1）钢铁行业。', '2）建材行业。']);
    assert.deepEqual(allSections(a.model.outline).map((s) => `${s.id}:${s.kind}:${s.title}`), [
      '1:cn:重点任务', '1.1:paren-cn:能源行动', '1.1.1:half-paren-arabic:推进光伏', '1.1.2:half-paren-arabic:推进风电',
      '1.2:paren-cn:工业行动', '1.2.1:arabic:节能改造', '1.2.1.1:half-paren-arabic:钢铁行业', '1.2.1.2:half-paren-arabic:建材行业',
    ]);
    assert.deepEqual(a.diagnostics.filter((d) => d.code === 'level-skip' || d.code.startsWith('numbering')), []);
    assert.deepEqual(a.diagnostics.filter((d) => d.code === 'unbalanced-bracket'), [], 'the lone ） of a label is not a stray bracket');
  });

  it('reads 第一章/第一节 above 一、', () => {
    const a = analyze(['规划', '第一章 总则', '第一节 目标', '一、主要目标', '（一）总体目标', '第二章 任务', '一、能源']);
    assert.deepEqual(allSections(a.model.outline).map((s) => s.id + s.kind), ['1chapter', '1.1part', '1.1.1cn', '1.1.1.1paren-cn', '2chapter', '2.1cn']);
  });

  it('takes a heading alone on its line, with or without a full stop, and a heading with body', () => {
    const a = analyze(['方案全文', '一、总体要求', '（一）指导思想。', '以习近平新时代中国特色社会主义思想为指导。', '（二）工作原则', '内容。', '（三）主要目标。到2025年，比重达到20%。']);
    const [g, p, t] = section(a, '1').children;
    assert.deepEqual([g.title, g.inlineBody], ['指导思想', false]);
    assert.deepEqual([p.title, p.inlineBody], ['工作原则', false]);
    assert.deepEqual([t.title, t.inlineBody], ['主要目标', true]);
    assert.equal(a.lineIndex.positionAt(g.span.end).line, 3, 'a heading alone owns the body lines after it');
  });

  it('puts 专栏 boxes inside the current section and closes them at the next heading', () => {
    const a = analyze(['方案', '一、能源转型行动', '聚焦能源。', '专栏1能源绿色低碳转型支撑技术', '煤炭清洁高效利用。加强研究。', '专栏2 工业技术', '钢铁。内容。', '二、工业行动']);
    const one = section(a, '1');
    assert.deepEqual(one.children.map((c) => [c.id, c.kind, c.title]), [['1.box1', 'box', '能源绿色低碳转型支撑技术'], ['1.box2', 'box', '工业技术']]);
    assert.equal(a.lineIndex.positionAt(one.children[1].span.end).line, 6);
    assert.equal(section(a, '2').title, '工业行动');
  });

  it('leaves ——lead-ins in the body', () => {
    const a = analyze(['方案', '一、总体要求', '（一）工作原则。', '——总体部署、分类施策。坚持全国一盘棋。', '--坚持目标导向。', '（二）主要目标']);
    assert.deepEqual(section(a, '1').children.map((c) => c.title), ['工作原则', '主要目标']);
  });

  it('flags a gap, a duplicate and a level skip, with renumbering fixes', () => {
    const a = analyze(['方案', '一、任务', '（一）甲', '（二）乙', '（四）丁', '（五）戊', '二、措施', '（一）甲', '（二）乙', '（二）丙', '（三）丁', '三、保障', '1.子项']);
    const gap = a.diagnostics.find((d) => d.code === 'numbering-gap')!;
    assert.equal(a.lineIndex.positionAt(gap.span.start).line, 4);
    assert.match(gap.message, /应为“（三）”/);
    const edits = (d: typeof gap) => d.fix!.edits.map((e) => [a.lineIndex.positionAt(e.span.start).line, e.newText]);
    assert.deepEqual(edits(gap), [[4, '三'], [5, '四']]);
    const dup = a.diagnostics.find((d) => d.code === 'numbering-duplicate')!;
    assert.equal(a.lineIndex.positionAt(dup.span.start).line, 9);
    assert.equal(a.lineIndex.positionAt(dup.related![0].span.start).line, 8);
    assert.deepEqual(edits(dup), [[9, '三'], [10, '四']]);
    const skip = a.diagnostics.find((d) => d.code === 'level-skip')!;
    assert.equal(a.lineIndex.positionAt(skip.span.start).line, 12);
    assert.match(skip.message, /缺少“（一）”层级/);
  });

  it('blames the stray heading, not its neighbour in sequence: （一）（十一）（二）, （一）（二）（四）（四）', () => {
    const flagged = (lines: string[]) => {
      const a = analyze(lines);
      return a.diagnostics.filter((d) => d.code.startsWith('numbering')).map((d) => [d.code, a.lineIndex.positionAt(d.span.start).line, d.message]);
    };
    assert.deepEqual(flagged(['方案', '一、任务', '（一）甲。', '（十一）乙。', '（二）丙。', '（三）丁。']), [['numbering-gap', 3, '编号不连续：此处应为“（二）”。']]);
    // （四）丁 took the place of （三）: renumbering it makes （四）戊 right, so 戊 is not told to become （五）.
    assert.deepEqual(flagged(['方案', '一、任务', '（一）甲', '（二）乙', '（四）丁', '（四）戊']), [['numbering-gap', 4, '编号不连续：此处应为“（三）”。']]);
    // A number left out is one gap, at the heading after it.
    assert.deepEqual(flagged(['方案', '一、任务', '（一）甲', '（二）乙', '（四）丁', '（五）戊', '（六）己']), [['numbering-gap', 4, '编号不连续：此处应为“（三）”。']]);
  });
});
