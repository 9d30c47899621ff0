/**
 * Word's automatic numbering rendered as the text Word shows, one rule a test, on small packages
 * written by hand: levels and restarts, w:lvlRestart, start overrides, numbering from paragraph
 * styles and numbering styles, legal numbering, what follows a label.
 */
import * as assert from 'node:assert/strict';
import { readDocx } from '../../../server/src/input/docx/read-docx';
import { abstractNum, makeDocx, np, num, p, PLAN_LEVELS, source } from '../helpers';

const lines = (body: string, numbering: string, styles?: string) => source(readDocx(makeDocx(body, { numbering, styles }))).text.split('\n');

describe('Word numbering as text', () => {
  it('一、 → （一） → 1. → （1）: each level counts, and a level restarts under the one above', () => {
    const body = [np('总体要求', 1), np('指导思想', 1, 1), np('工作原则', 1, 1), np('重点任务', 1), np('能源转型', 1, 1), np('发展光伏', 1, 2), np('屋顶光伏', 1, 3), np('集中式光伏', 1, 3), np('发展风电', 1, 2), np('工业降碳', 1, 1), np('钢铁行业', 1, 2)].join('');
    assert.deepEqual(lines(body, abstractNum(0, PLAN_LEVELS) + num(1, 0)), [
      '一、总体要求',
      '（一）指导思想',
      '（二）工作原则',
      '二、重点任务',
      '（一）能源转型',
      '1.发展光伏',
      '（1）屋顶光伏',
      '（2）集中式光伏',
      '2.发展风电',
      '（二）工业降碳',
      '1.钢铁行业',
    ]);
  });

  it('w:lvlRestart: 0 never restarts (（三） in chapter 二), 1 restarts only under the first level', () => {
    const levels: Array<[string, string, string?]> = [
      ['chineseCounting', '%1、'],
      ['chineseCounting', '（%2）', '<w:lvlRestart w:val="0"/>'],
      ['decimal', '%3.', '<w:lvlRestart w:val="1"/>'],
    ];
    const body = [np('甲', 1), np('子', 1, 1), np('任务', 1, 2), np('丑', 1, 1), np('任务', 1, 2), np('乙', 1), np('寅', 1, 1), np('任务', 1, 2)].join('');
    assert.deepEqual(lines(body, abstractNum(0, levels) + num(1, 0)), ['一、甲', '（一）子', '1.任务', '（二）丑', '2.任务', '二、乙', '（三）寅', '1.任务']);
  });

  it('instances of one definition share its counters; an instance with a start override counts on its own', () => {
    const numbering = abstractNum(0, PLAN_LEVELS) + num(1, 0) + num(2, 0) + num(3, 0, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>');
    // The annex restarts at 一 (instance 3); instance 2 continues instance 1's count.
    const body = [np('总体要求', 1), np('重点任务', 2), np('保障措施', 1), p('附件'), np('任务分工', 3), np('进度安排', 3)].join('');
    assert.deepEqual(lines(body, numbering), ['一、总体要求', '二、重点任务', '三、保障措施', '附件', '一、任务分工', '二、进度安排']);
  });

  it('a start value, and a level overridden by an instance', () => {
    const numbering =
      abstractNum(0, PLAN_LEVELS).replace('<w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>', '<w:start w:val="3"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>') +
      num(1, 0) +
      num(2, 0, '<w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="第%1条"/><w:suff w:val="space"/></w:lvl></w:lvlOverride>');
    assert.deepEqual(lines(np('重点任务', 1) + np('保障措施', 1) + np('总则', 2), numbering), ['三、重点任务', '四、保障措施', '第1条 总则']);
  });

  it('numbering from paragraph styles (标题 1, 标题 2), inherited along w:basedOn, and the level a numbering level links to its style', () => {
    const styles = [
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>',
      // 标题 2 names no level: the numbering's level 1 says w:pStyle Heading2.
      '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/></w:style>',
      '<w:style w:type="paragraph" w:styleId="Body"><w:name w:val="Body"/><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr></w:style>',
    ].join('');
    const levels: Array<[string, string, string?]> = [
      ['chineseCounting', '%1、', '<w:pStyle w:val="Heading1"/>'],
      ['chineseCounting', '（%2）', '<w:pStyle w:val="Heading2"/>'],
    ];
    const h = (text: string, style: string) => p(text, `<w:pStyle w:val="${style}"/>`);
    const body = [h('总体要求', 'Heading1'), h('指导思想', 'Heading2'), h('正文不编号', 'Body'), h('重点任务', 'Heading1'), p('直接关掉', '<w:pStyle w:val="Heading1"/><w:numPr><w:numId w:val="0"/></w:numPr>'), h('能源', 'Heading2')].join('');
    assert.deepEqual(lines(body, abstractNum(0, levels) + num(1, 0), styles), ['一、总体要求', '（一）指导思想', '正文不编号', '二、重点任务', '直接关掉', '（一）能源']);
  });

  it('a definition that only links to a numbering style counts with the definition behind that style', () => {
    const styles =
      '<w:style w:type="numbering" w:styleId="PlanList"><w:name w:val="Plan List"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    const numbering = abstractNum(0, PLAN_LEVELS).replace('<w:abstractNum w:abstractNumId="0">', '<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="PlanList"/>') + '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="PlanList"/></w:abstractNum>' + num(1, 0) + num(2, 1);
    assert.deepEqual(lines(np('总体要求', 1) + np('重点任务', 2) + np('能源', 2, 1), numbering, styles), ['一、总体要求', '二、重点任务', '（一）能源']);
  });

  it('legal numbering writes every counter in decimal: 1.1 under 一, where the plain pattern gives 一.1', () => {
    const plain: Array<[string, string, string?]> = [['chineseCounting', '%1、'], ['decimal', '%1.%2']];
    const legal: Array<[string, string, string?]> = [['chineseCounting', '%1、'], ['decimal', '%1.%2', '<w:isLgl/>']];
    const body = np('总体要求', 1) + np('细则', 1, 1);
    assert.deepEqual(lines(body, abstractNum(0, plain) + num(1, 0)), ['一、总体要求', '一.1 细则']);
    assert.deepEqual(lines(body, abstractNum(0, legal) + num(1, 0)), ['一、总体要求', '1.1 细则']);
  });

  it('what follows the label: nothing after its own punctuation, else one space (tab, space), or nothing when w:suff says so', () => {
    const levels: Array<[string, string, string?]> = [
      ['chineseCounting', '第%1章', '<w:suff w:val="tab"/>'],
      ['chineseCounting', '%2、', '<w:suff w:val="tab"/>'],
      ['decimal', '%3', '<w:suff w:val="nothing"/>'],
    ];
    assert.deepEqual(lines(np('总则', 1) + np('目标', 1, 1) + np('项', 1, 2), abstractNum(0, levels) + num(1, 0)), ['第一章 总则', '一、目标', '1项']);
  });

  it('a Word 2010 custom format is read through its fallback; bullets and "none" show no label; an empty numbered paragraph keeps its label', () => {
    const levels: Array<[string, string, string?]> = [['bullet', '\uf0b7'], ['none', ''], ['decimal', '%3.']];
    const custom =
      '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="01, 02, 03, ..."/></mc:Choice><mc:Fallback><w:numFmt w:val="decimalZero"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>';
    const body = np('要点', 1) + np('无编号', 1, 1) + np('', 1, 2) + np('任务', 2);
    assert.deepEqual(lines(body, abstractNum(0, levels) + custom + num(1, 0) + num(2, 1)), ['要点', '无编号', '1.', '01.任务']);
  });
});
