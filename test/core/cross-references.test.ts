/**
 * 见附件2, （详见专栏3）, 《…》: the references a plan makes to its parts and to other documents,
 * each with its span, and the missing-reference rule for a part the plan does not have.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, corpus, readSeed, ROOT } from './helpers';

const CORPUS = fs.readdirSync(path.join(ROOT, 'test', 'fixtures', 'corpus')).filter((n) => n.endsWith('.txt'));

const PLAN = [
  '某某县碳达峰实施方案',
  '一、重点任务',
  '（一）推进节能。具体见附件1，（详见专栏3）。参见附件二。落实《江西省碳达峰实施方案》。建设一批工程（专栏1）。',
  '专栏1 重点工程',
  '建设一批项目。',
  '附件1',
  '重点项目名单',
];

describe('cross references', () => {
  it('read 见附件N and 详见专栏N with their spans and the part they name', () => {
    const a = analyze(PLAN);
    const text = (s: { start: number; end: number }) => a.text.slice(s.start, s.end);
    const parts = a.model.references.filter((r) => r.kind !== 'document');
    assert.deepEqual(
      parts.map((r) => [r.kind, r.number, text(r.span), r.sectionId]),
      [
        ['annex', 1, '附件1', 'A1'],
        ['box', 3, '专栏3', null],
        ['annex', 2, '附件二', null],
        ['box', 1, '专栏1', '1.1.box1'],
      ],
    );
    const doc = a.model.references.find((r) => r.kind === 'document')!;
    assert.equal(doc.title, '江西省碳达峰实施方案');
    assert.equal(text(doc.span), '《江西省碳达峰实施方案》');
  });

  it('flag an annex or a box that is named but does not exist, naming the ones that do', () => {
    const missing = analyze(PLAN).diagnostics.filter((d) => d.code === 'missing-reference');
    assert.deepEqual(
      missing.map((d) => d.message),
      ['引用的“专栏3”不存在：本方案只有专栏1。请核对编号，或补上专栏3。', '引用的“附件2”不存在：本方案只有附件1。请核对编号，或补上附件2。'],
    );
    assert.ok(missing.every((d) => d.severity === 'warning'));
    // A heading 专栏1 or an annex line is a part, not a reference to one.
    assert.equal(analyze(PLAN.filter((l) => !l.startsWith('（一）'))).model.references.length, 0);
  });

  it('raise nothing on the seed and the corpus, which name no missing part', () => {
    for (const name of CORPUS) assert.deepEqual(corpus(name).diagnostics.filter((d) => d.code === 'missing-reference'), [], name);
    assert.deepEqual(analyze(readSeed()).diagnostics.filter((d) => d.code === 'missing-reference'), []);
  });
});
