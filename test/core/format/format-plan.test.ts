import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyzePlan, applyEdits, formatPlan, formatText, type PlanAnalysis } from '../../../server/src/core';
import { allSections, readSeed, ROOT } from '../helpers';
import { mutate, mutations, syntheticPlan } from '../../fuzz/generators';

const corpusDir = path.join(ROOT, 'test', 'fixtures', 'corpus');
const PLANS: Array<[string, string]> = [
  ['seed', readSeed()],
  ...fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f): [string, string] => [f, fs.readFileSync(path.join(corpusDir, f), 'utf8')]),
];
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

/** What formatting must keep: the plan's sections, tasks and targets. */
function shape(a: PlanAnalysis) {
  return {
    sections: allSections(a.model.outline).map((s) => `${s.level}:${s.kind}:${s.title}`),
    tasks: a.model.tasks.map((t) => t.title),
    targets: a.model.targets.map((t) => `${t.indicator}|${t.value}|${t.unit}|${t.year}`),
  };
}

/**
 * The text with every punctuation mark and space taken out: the words, which formatting never changes.
 * Zero-width characters count as spaces: a label rewritten in its standard form （一） drops one
 * that stood inside it (（\u200b一）, found by the fuzzer).
 */
function words(text: string): string {
  return text.replace(/[\s\u3000\u200b-\u200d\ufeff\x00-\x1f\x7f（）()，,：:；;？?！!“”"＂、。.．〔〕［］\[\]【】]/g, '').replace(/[一二三四五六七八九十百零〇两\d\u2460-\u2473]+/g, '#');
}

function checkFormatting(text: string): void {
  const once = formatText(text);
  assert.equal(formatText(once), once, 'formatting twice changes nothing');
  const before = shape(analyzePlan(text));
  const after = shape(analyzePlan(once));
  assert.equal(after.sections.length, before.sections.length, 'sections');
  assert.equal(after.tasks.length, before.tasks.length, 'tasks');
  assert.equal(after.targets.length, before.targets.length, 'targets');
  assert.equal(once.split(/\r\n|\n|\r/).length, text.split(/\r\n|\n|\r/).length, 'lines');
  assert.equal(words(once), words(text), 'words');
}

describe('Format Document (core)', () => {
  for (const [name, text] of PLANS) {
    it(`is idempotent on ${name} and keeps its sections, tasks, targets and words`, () => checkFormatting(text));
  }

  it(`is idempotent on ${RUNS} synthetic and ${RUNS} mutated plans`, function () {
    this.timeout(60_000);
    fc.assert(fc.property(syntheticPlan, (text) => checkFormatting(text)), { numRuns: RUNS });
    fc.assert(fc.property(fc.nat({ max: PLANS.length - 1 }), mutations, (i, ms) => checkFormatting(mutate(PLANS[i][1], ms))), { numRuns: RUNS });
  });

  it('makes half-width punctuation in Chinese text full-width and keeps it in numbers and Latin', () => {
    const out = formatText('一、总体要求\n到2025年,非化石能源消费比重达到18.3%;PM2.5浓度下降,完成1,000个(试点)项目:8:00开放,见http://www.gov.cn。');
    assert.equal(out.split('\n')[1], '到2025年，非化石能源消费比重达到18.3%；PM2.5浓度下降，完成1,000个（试点）项目：8:00开放，见http://www.gov.cn。');
  });

  it('pairs quotation marks, fixes a document number and removes stray spaces between Chinese characters', () => {
    const out = formatText('实 施 方 案\n推进"光伏+"和“无废城市"建设 ，落实国发[2021]23号文件。\n推进”光伏+“建设，落实。');
    assert.deepEqual(out.split('\n'), ['实施方案', '推进“光伏+”和“无废城市”建设，落实国发〔2021〕23号文件。', '推进”光伏+“建设，落实。']);
  });

  it('keeps the spaces between agency names and between joint issuers', () => {
    const line = '（一）推进节能改造。全面落实《中共江西省委 江西省人民政府关于推进工作的意见》。（责任单位：市发改委 市财政局）';
    assert.equal(formatText(line), line);
  });

  it('renumbers headings in order at every level, restarting or running on as the plan does', () => {
    const text = ['一、总体要求', '（一）指导思想', '（二）工作原则', '（二）主要目标', '二、重点任务', '（四）推进节能', '（六）推进减排', '四、保障措施', '1.加强领导', '3.强化考核'].join('\n');
    assert.deepEqual(formatText(text).split('\n'), ['一、总体要求', '（一）指导思想', '（二）工作原则', '（三）主要目标', '二、重点任务', '（四）推进节能', '（五）推进减排', '三、保障措施', '1.加强领导', '2.强化考核']);
  });

  it('writes the GB/T 9704 label forms, or keeps the plan\'s own when asked', () => {
    const text = ['一.总体要求', '(一)、指导思想', '1、加强领导', '2．强化考核', '3、2025年前完成改造', '(1)推进试点'].join('\n');
    assert.deepEqual(formatText(text).split('\n'), ['一、总体要求', '（一）指导思想', '1.加强领导', '2.强化考核', '3、2025年前完成改造', '（1）推进试点']);
    const kept = formatText(text, { labelForms: 'keep' }).split('\n');
    assert.deepEqual(kept.slice(0, 4), ['一.总体要求', '(一)、指导思想', '1、加强领导', '2．强化考核']);
  });

  it('reads a chapter written 二， between 一、 and 三、 as the heading it is, and numbers after it', () => {
    const text = ['某市实施方案', '一、总体要求', '二，重点任务', '（一）推进节能', '三、保障措施', '四，加强组织领导。各级政府要落实责任。', '一，二，三是数字'];
    const out = formatText(text.join('\n')).split('\n');
    assert.deepEqual(out.slice(1, 7), ['一、总体要求', '二、重点任务', '（一）推进节能', '三、保障措施', '四、加强组织领导。各级政府要落实责任。', '一，二，三是数字']);
    assert.equal(allSections(analyzePlan(out.join('\n')).model.outline).filter((s) => s.kind === 'cn').length, 4);
    // Out of its place in the sequence, it is left alone.
    assert.equal(formatText('一、总体要求\n三，重点任务\n二、保障措施'), '一、总体要求\n三，重点任务\n二、保障措施');
  });

  it('adds a full stop by the plan\'s habit, and only where the plan has one', () => {
    const para = (i: number) => `推进第${i}项工作，加快构建清洁低碳安全高效的能源体系。`;
    const text = ['一、重点任务', ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(para), '推进第六项工作，加快构建清洁低碳安全高效的能源体系'].join('\n');
    assert.equal(formatText(text).split('\n')[11], '推进第六项工作，加快构建清洁低碳安全高效的能源体系。');
    // Lines broken mid-sentence (a PDF's): no habit, no full stop.
    const broken = ['一、重点任务', '推进第一项工作，加快构建清洁', '低碳安全高效的能源体系，推进第二项', '工作，加快构建清洁低碳安全高效的', '能源体系，推进第三项工作，加快构建', '清洁低碳安全高效的能源体系，推进'].join('\n');
    assert.equal(formatText(broken), broken);
  });

  it('leaves alone what it cannot be sure of: unbalanced brackets, an unpaired quotation mark, a half-written heading', () => {
    const text = ['一、总体要求', '（一）指导思想', '（三）', '推进节能(试点,加快"光伏建设,完成任务。'].join('\n');
    const out = formatText(text).split('\n');
    assert.equal(out[2], '（三）', 'a half-written heading is not renumbered');
    assert.equal(out[3], '推进节能(试点，加快"光伏建设，完成任务。', 'brackets and quotation marks stay; commas are sure');
  });

  it('gives edits over the original text, one per changed line, and nothing for an empty file', () => {
    const text = readSeed();
    const edits = formatPlan(analyzePlan(text));
    assert.ok(edits.length > 0);
    assert.equal(new Set(edits.map((e) => e.line)).size, edits.length);
    assert.equal(applyEdits(text, edits), formatText(text));
    assert.deepEqual(formatPlan(analyzePlan('')), []);
    assert.equal(formatText('hello, world: 1,2'), 'hello, world: 1,2');
  });
});
