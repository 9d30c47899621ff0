import * as assert from 'node:assert/strict';
import { analyze, corpus } from './helpers';

const kinds = (name: string) => corpus(name).model.furniture.map((f) => `${f.line + 1}:${f.kind}`);

describe('document furniture and the plan’s own title', () => {
  it('skips a cover notice with a repeated notice title, document number, addressee, signature, date and note', () => {
    const a = corpus('national-2030.txt');
    assert.equal(a.model.title, '2030年前碳达峰行动方案');
    assert.deepEqual(kinds('national-2030.txt'), [
      '1:notice-title', '2:notice-title', '3:doc-number', '4:addressee', '5:notice-body', '6:signature', '7:date', '8:publication-note',
    ]);
    assert.equal(a.model.outline[0].title, '总体要求');
  });

  it('skips law-database metadata, a dated byline and a wire tag at the end', () => {
    const a = corpus('national-opinions-1n.txt');
    assert.equal(a.model.title, '中共中央、国务院关于完整准确全面贯彻新发展理念做好碳达峰碳中和工作的意见');
    assert.deepEqual(kinds('national-opinions-1n.txt'), [
      '1:title-repeat', '2:metadata', '3:metadata', '4:metadata', '5:metadata', '6:metadata', '7:metadata', '9:date', '70:wire-tag',
    ]);
    const last = a.model.outline[a.model.outline.length - 1];
    assert.equal(a.lineIndex.positionAt(last.span.end).line, 68, 'the wire tag is not part of the last chapter');
    assert.equal(a.model.outline.length, 13);
  });

  it('skips a notice signed by seven ministries and a publication note', () => {
    assert.equal(corpus('pollution-carbon-synergy-sector.txt').model.title, '减污降碳协同增效实施方案');
    assert.deepEqual(kinds('pollution-carbon-synergy-sector.txt').slice(4), [
      '5:signature', '6:signature', '7:signature', '8:signature', '9:signature', '10:signature', '11:signature', '12:date', '13:publication-note',
    ]);
  });

  it('keeps a document number and addressee after the title out, and a signature block at the end', () => {
    assert.equal(corpus('heilongjiang-eco-dept-rolling.txt').model.title, '关于2021-2023年度推动碳达峰、碳中和工作滚动实施方案');
    assert.deepEqual(kinds('heilongjiang-eco-dept-rolling.txt'), ['2:doc-number', '3:addressee', '29:signature', '30:date']);
  });

  it('joins a title’s bracketed note on the next line', () => {
    assert.equal(corpus('nanjing-jiangbei-district.txt').model.title, '南京江北新区碳达峰、碳中和行动计划（试行）');
    assert.equal(corpus('tech-support-sector.txt').model.title, '科技支撑碳达峰碳中和实施方案（2022—2030年）');
  });

  it('reads the issuer lines before a title in 《》', () => {
    assert.equal(corpus('shijiazhuang-city.txt').model.title, '关于完整准确全面贯彻新发展理念认真做好碳达峰碳中和工作的实施方案');
    assert.deepEqual(kinds('shijiazhuang-city.txt'), ['1:signature', '2:signature']);
  });

  it('makes an annex after the body a part of its own, outside the chapters', () => {
    const a = corpus('chengdu-energy-adjustment.txt');
    assert.equal(a.model.title, '成都市能源结构调整十条政策措施');
    assert.deepEqual(kinds('chengdu-energy-adjustment.txt'), ['1:annex-marker']);
    const annex = a.model.outline[a.model.outline.length - 1];
    assert.deepEqual([annex.id, annex.kind, annex.title], ['A2', 'annex', '成都市能源结构调整行动方案（2021-2025年）']);
    assert.deepEqual(annex.children.map((c) => c.label + c.title).slice(0, 3), ['一、总体思路', '二、工作目标', '三、重点任务']);
    assert.equal(a.model.outline.length, 4, 'three chapters of annex 1, then annex 2');
    assert.ok(a.model.tasks.some((t) => t.id.startsWith('A2.3.')), 'the annex’s tasks are found, with their own ids');
  });

  it('copes with a plan that has no title and no furniture', () => {
    const a = analyze(['一、任务', '（一）甲。内容。']);
    assert.equal(a.model.title, null);
    assert.deepEqual(a.model.furniture, []);
    assert.equal(a.model.outline[0].children[0].title, '甲');
  });
});
