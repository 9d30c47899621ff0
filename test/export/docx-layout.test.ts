/**
 * The .docx holds the GB/T 9704-2012 layout the issue lists, read back from its XML: A4 and its
 * margins, the title, body and heading faces and sizes, 28 pt fixed lines, the two-character indent,
 * "— 1 —" page numbers outside, annexes on a new page, tables as Word tables, no Word numbering.
 */
import * as assert from 'node:assert/strict';
import { analyzePlan } from '../../server/src/core';
import { planBlocks } from '../../server/src/export/plan-blocks';
import { allSections, readFixture, readSeed } from '../core/helpers';
import { exported, paragraphs, parts, styleXml, type Parts } from './helpers';

const SEED = readSeed();

describe('Export to Word: the official layout', function () {
  this.timeout(20_000);
  let seed: Parts;
  before(async () => (seed = parts(await exported(SEED))));

  it('A4, margins 37 mm top, 35 mm bottom, 28 mm left, 26 mm right', () => {
    const doc = seed['word/document.xml'];
    assert.match(doc, /<w:pgSz w:w="11906" w:h="16838"/);
    assert.match(doc, /<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
  });

  it('body: 3号 仿宋_GB2312, 28 pt fixed line spacing, first line indented two characters', () => {
    const defaults = /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(seed['word/styles.xml'])![0];
    assert.match(defaults, /w:eastAsia="仿宋_GB2312"/);
    assert.match(defaults, /<w:sz w:val="32"\/>/);
    assert.match(defaults, /<w:spacing [^>]*w:line="560" w:lineRule="exact"/);
    assert.match(defaults, /<w:ind w:firstLine="640"\/>/);
  });

  it('title 2号 方正小标宋简体 centred (or the font named); headings 黑体, 楷体, 仿宋, 仿宋', async () => {
    const styles = seed['word/styles.xml'];
    const title = styleXml(styles, 'PlanTitle');
    assert.match(title, /w:eastAsia="方正小标宋简体"/);
    assert.match(title, /<w:sz w:val="44"\/>/);
    assert.match(title, /<w:jc w:val="center"\/>/);
    const faces = [1, 2, 3, 4].map((n) => /w:eastAsia="([^"]+)"/.exec(styleXml(styles, `Heading${n}`))![1]);
    assert.deepEqual(faces, ['黑体', '楷体_GB2312', '仿宋_GB2312', '仿宋_GB2312']);
    for (const n of [1, 2, 3, 4]) assert.match(styleXml(styles, `Heading${n}`), /<w:sz w:val="32"\/>/);
    const fallback = parts(await exported(SEED, '华文中宋'))['word/styles.xml'];
    assert.match(styleXml(fallback, 'PlanTitle'), /w:eastAsia="华文中宋"/);
  });

  it('page numbers "— 1 —" in 4号 宋体: odd pages right, even pages left', () => {
    assert.match(seed['word/settings.xml'], /<w:evenAndOddHeaders\/>/);
    const footers = Object.entries(seed).filter(([n]) => /^word\/footer\d\.xml$/.test(n)).map(([, x]) => x);
    assert.equal(footers.length, 2);
    for (const f of footers) {
      assert.match(f, /<w:t xml:space="preserve">— <\/w:t>[\s\S]*PAGE[\s\S]*<w:t xml:space="preserve"> —<\/w:t>/);
      assert.match(f, /w:eastAsia="宋体"/);
      assert.match(f, /<w:sz w:val="28"\/>/);
    }
    assert.deepEqual(footers.map((f) => /<w:jc w:val="(\w+)"\/>/.exec(f)![1]).sort(), ['left', 'right']);
  });

  it('the seed: its title in the title style, every numbered heading in a heading style by level, numbers as text', () => {
    const a = analyzePlan(SEED);
    const ps = paragraphs(seed['word/document.xml']);
    assert.deepEqual(ps.filter((p) => p.style === 'PlanTitle').map((p) => p.text), [a.model.title]);
    const headings = ps.filter((p) => p.style?.startsWith('Heading'));
    const sections = allSections(a.model.outline).filter((s) => s.kind !== 'box' && s.kind !== 'annex');
    assert.equal(headings.length, sections.length);
    assert.equal(headings[0].style, 'Heading1');
    assert.ok(headings[0].text.startsWith(sections[0].label));
    assert.doesNotMatch(seed['word/document.xml'], /<w:numPr>/, 'no automatic numbering');
  });

  it('a cover notice: the plan starts on a new page; the signature and date set right', async () => {
    const ps = paragraphs(parts(await exported(readFixture('national-2030.txt')))['word/document.xml']);
    const title = ps.find((p) => p.style === 'PlanTitle' && p.text === '2030年前碳达峰行动方案')!;
    assert.equal(title.pageBreakBefore, true);
    assert.deepEqual(ps.filter((p) => p.style === 'PlanSignature').map((p) => p.text), ['国务院', '2021年10月24日']);
    assert.equal(ps[0].style, 'PlanTitle', 'the notice title');
  });

  it('an annex starts on a new page with its 附件N label', async () => {
    const ps = paragraphs(parts(await exported(readFixture('chengdu-energy-adjustment.txt')))['word/document.xml']);
    const label = ps.find((p) => p.text === '附件2')!;
    assert.equal(label.style, 'PlanAnnexLabel');
    assert.equal(label.pageBreakBefore, true);
    assert.equal(ps[ps.indexOf(label) + 1].style, 'PlanTitle');
  });

  it('tab-separated rows become Word tables, row for row', async () => {
    const text = readFixture('beijing-manufacturing.txt');
    const doc = parts(await exported(text))['word/document.xml'];
    const tables = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const laid = planBlocks(analyzePlan(text));
    assert.ok(!('error' in laid));
    const expected = laid.blocks.filter((b) => b.kind === 'table');
    assert.ok(expected.length > 0);
    assert.equal(tables.length, expected.length);
    assert.equal((tables[0].match(/<w:tr>/g) ?? []).length, expected[0].kind === 'table' ? expected[0].rows.length : -1);
  });
});
