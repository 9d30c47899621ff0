import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allSections, corpus, ROOT } from './helpers';

const FILES = fs.readdirSync(path.join(ROOT, 'test', 'fixtures', 'corpus')).filter((f) => f.endsWith('.txt'));

describe('the corpus plans, one format family at a time', () => {
  it('parses all 26 plans without a parse error, each with a title, chapters and tasks', () => {
    assert.equal(FILES.length, 26);
    for (const f of FILES) {
      const a = corpus(f);
      assert.deepEqual(a.model.parseErrors, [], f);
      assert.ok(a.model.title, `${f}: title`);
      assert.ok(a.model.outline.length >= 3, `${f}: chapters`);
      assert.ok(a.model.tasks.length >= 9, `${f}: tasks`);
      for (const s of allSections(a.model.outline)) {
        assert.ok(s.span.start <= s.headingSpan.start && s.headingSpan.end <= s.span.end, `${f} ${s.id}: heading inside section`);
        for (const c of s.children) assert.ok(c.span.start >= s.span.start && c.span.end <= s.span.end, `${f} ${c.id}: child inside parent`);
      }
    }
  });

  it('（责任单位：…） after every task (shanghai-province): every task has its lead', () => {
    const a = corpus('shanghai-province.txt');
    assert.equal(a.model.clauses.length, 52);
    assert.ok(a.model.tasks.every((t) => t.agencies && t.agencies.lead.length > 0));
    assert.deepEqual(a.model.tasks.find((t) => t.id === '2.1.1')!.agencies!.lead, ['市发展改革委']);
    assert.deepEqual(a.diagnostics.filter((d) => d.code === 'missing-lead-agency'), []);
  });

  it('clauses inside paragraphs (tianjin-green-economy): many clauses per task, leads merged', () => {
    const a = corpus('tianjin-green-economy.txt');
    assert.ok(a.model.clauses.length > 90);
    const t = a.model.tasks.find((x) => x.id === '2.3')!;
    assert.equal(t.title, '加快工业绿色转型升级');
    assert.ok(t.clauses.length >= 3);
    assert.equal(t.agencies!.lead[0], '市工业和信息化局');
  });

  it('牵头单位：…，配合单位：… with 按照职责分工 (shandong-green-transition-2022) and month deadlines', () => {
    const a = corpus('shandong-green-transition-2022.txt');
    const t = a.model.tasks.find((x) => x.id === '2.1.1')!;
    assert.deepEqual(t.agencies!.lead, ['省工业和信息化厅']);
    assert.ok(a.model.tasks.some((x) => x.deadlines.some((d) => /月底前/.test(d.text))));
    assert.ok(a.model.tasks.every((x) => x.agencies && x.agencies.lead.length > 0));
  });

  it('（1） level and 牵头单位 (wuhan-peak-assessment)', () => {
    const a = corpus('wuhan-peak-assessment.txt');
    const energy = a.model.tasks.find((x) => x.title === '能源领域')!;
    assert.equal(energy.id, '2.3.1.1');
    assert.deepEqual(energy.agencies!.lead, ['市发改委']);
    assert.deepEqual(a.model.tasks.find((x) => x.id === '2.1')!.agencies!.lead, ['市发改委', '市统计局']);
  });

  it('two provinces in one list (chengyu-joint): a lead per province, short names completed', () => {
    const t = corpus('chengyu-joint.txt').model.tasks.find((x) => x.id === '2.1.1')!;
    assert.deepEqual(t.agencies!.lead, ['重庆市能源局', '四川省能源局']);
    assert.ok(t.agencies!.support.every((n) => /^(?:重庆市|四川省)/.test(n)), t.agencies!.support.join('、'));
  });

  it('“以下均需…落实，不再列出” (national-energy-saving-14th) holds for later tasks', () => {
    const a = corpus('national-energy-saving-14th.txt');
    const later = a.model.tasks[a.model.tasks.length - 1];
    assert.deepEqual(later.inheritedImplementers, ['地方各级人民政府']);
    assert.ok(a.model.clauses.every((c) => c.lead.every((n) => !n.startsWith('以下'))));
  });

  it('完成期限 inside the clause (heilongjiang-eco-dept-rolling)', () => {
    const a = corpus('heilongjiang-eco-dept-rolling.txt');
    assert.ok(a.model.clauses.some((c) => c.deadlineText !== null));
    assert.deepEqual(a.diagnostics.map((d) => d.code), []);
  });

  it('numbering that runs on across chapters (industry-sector, to （二十）)', () => {
    const a = corpus('industry-sector.txt');
    const last = a.model.outline[a.model.outline.length - 1];
    assert.deepEqual(last.children.map((c) => c.label), ['（十八）', '（十九）', '（二十）']);
    assert.deepEqual(a.diagnostics.filter((d) => d.code.startsWith('numbering')), []);
  });

  it('a lost chapter heading shows as a duplicate number (chengdu-energy-structure)', () => {
    const a = corpus('chengdu-energy-structure.txt');
    const dup = a.diagnostics.filter((d) => d.code === 'numbering-duplicate');
    assert.equal(dup.length, 1);
    assert.equal(a.lineIndex.positionAt(dup[0].span.start).line, 27);
  });

  it('专栏 boxes with unnumbered items (tech-support-sector)', () => {
    const a = corpus('tech-support-sector.txt');
    const boxes = allSections(a.model.outline).filter((s) => s.kind === 'box');
    assert.equal(boxes.length, 10);
    assert.equal(boxes[3].title, 'CCUS、碳汇与非二氧化碳温室气体减排技术');
  });

  it('plans without clauses get one note each', () => {
    for (const f of ['national-2030.txt', 'urban-rural-construction-sector.txt', 'zhejiang-opinions.txt', 'hangzhou-tech-city.txt']) {
      const codes = corpus(f).diagnostics.map((d) => d.code);
      assert.equal(codes.filter((c) => c === 'no-agency-clauses').length, 1, f);
      assert.equal(codes.filter((c) => c === 'missing-lead-agency').length, 0, f);
    }
  });

  it('targets of the national plan (national-2030)', () => {
    const t = corpus('national-2030.txt').model.targets;
    const fossil = t.filter((x) => x.indicator === '非化石能源消费比重').map((x) => [x.value, x.qualifier, x.year]);
    assert.deepEqual(fossil, [[20, '左右', 2025], [25, '左右', 2030]]);
    const co2 = t.find((x) => x.value === 65)!;
    assert.deepEqual([co2.indicator, co2.baselineYear, co2.qualifier], ['单位国内生产总值二氧化碳排放', 2005, '以上']);
  });
});
