import * as assert from 'node:assert/strict';
import { analyzePlan } from '../../server/src/core';
import { readSeed } from './helpers';

function inside(a: ReturnType<typeof analyzePlan>): void {
  const n = a.text.length;
  for (const d of a.diagnostics) assert.ok(d.span.start >= 0 && d.span.end <= n && d.span.start <= d.span.end, d.code);
  for (const t of a.model.targets) assert.ok(t.span.end <= n);
  assert.deepEqual(a.model.parseErrors, []);
}

describe('bad input never crashes the core', () => {
  it('empty and blank text: an empty model', () => {
    for (const text of ['', '\n', '   \r\n\t\n', '\ufeff']) {
      const a = analyzePlan(text);
      assert.deepEqual([a.model.outline, a.model.tasks, a.model.targets, a.diagnostics], [[], [], [], []]);
      assert.equal(a.model.title, null);
    }
  });

  it('binary noise and control characters', () => {
    let s = '';
    let x = 12345;
    for (let i = 0; i < 20000; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      s += String.fromCharCode(x % 0xffff);
    }
    inside(analyzePlan(s));
    inside(analyzePlan('\u0000\u0001一、\u0000任务\n（一）\u0007甲'));
  });

  it('mojibake (a GBK file read as UTF-8)', () => {
    const bytes = Buffer.from(readSeed(), 'utf8');
    // Reinterpret as latin1 and as broken UTF-8: any text must analyse.
    inside(analyzePlan(bytes.toString('latin1')));
    inside(analyzePlan(new TextDecoder('utf-8').decode(bytes.subarray(1))));
  });

  it('half-edited lines: a label alone, an open bracket, a clause being typed', () => {
    const a = analyzePlan(['方案', '一、', '（', '（一', '1.', '（一）甲。内容（省发改委、省能源局等按职', '2.乙。到20', '3.丙。达到', '（二）'].join('\n'));
    inside(a);
    assert.ok(a.diagnostics.some((d) => d.code === 'unbalanced-bracket'));
  });

  it('unbalanced and mismatched brackets, an unterminated 《', () => {
    const a = analyzePlan('方案\n一、任务\n（一）甲。内容（省发改委负责〕。多余）\n（二）乙。见《方案\n');
    inside(a);
    const d = a.diagnostics.filter((x) => x.code === 'unbalanced-bracket').map((x) => [a.lineIndex.positionAt(x.span.start).line, a.text.slice(x.span.start, x.span.end), x.fix!.edits[0].newText]);
    assert.deepEqual(d, [[2, '〕', '）'], [2, '）', ''], [3, '《', '》']]);
  });

  it('10 000 nested brackets', () => {
    inside(analyzePlan('方案\n一、任务\n' + '（'.repeat(10000) + '内容' + '）'.repeat(10000)));
  });

  it('a 5 MB plan (the seed 100 times) and a 2 MB single line', () => {
    const seed = readSeed();
    const big = analyzePlan(new Array(100).fill(seed).join('\n'));
    inside(big);
    assert.equal(big.model.clauses.length, 4900);
    inside(analyzePlan(seed.replace(/\n/g, '').repeat(40)));
  });
});
