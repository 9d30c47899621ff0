import * as assert from 'node:assert/strict';
import type { PlanAnalysis } from '../../server/src/core';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from '../../server/src/lsp/features/semantic-tokens';
import { CORPUS, plan, seedAnalysis } from './helpers';

/** Decodes the relative encoding into [line, text, type, modifiers] as an editor would paint them. */
function decode(a: PlanAnalysis, data: number[]): Array<[number, string, string, string[]]> {
  const out: Array<[number, string, string, string[]]> = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    const start = a.lineIndex.lineStarts[line] + char;
    const mods = SEMANTIC_TOKENS_LEGEND.tokenModifiers.filter((_, k) => data[i + 4] & (1 << k));
    out.push([line, a.text.slice(start, start + data[i + 2]), SEMANTIC_TOKENS_LEGEND.tokenTypes[data[i + 3]], mods]);
  }
  return out;
}

describe('semantic tokens', () => {
  it('seed: labels, deadlines, numbers, comparators, agencies and clause words on 3.2.5', () => {
    const a = seedAnalysis();
    const line21 = decode(a, semanticTokens(a).data).filter(([l]) => l === 21);
    assert.deepEqual(line21.slice(0, 6), [
      [21, '5.', 'keyword', ['declaration']],
      [21, '到2025年', 'string', []],
      [21, '控制在', 'operator', []],
      [21, '0.1亿吨', 'number', []],
      [21, '稳定在', 'operator', []],
      [21, '80%以上', 'number', []],
    ]);
    assert.deepEqual(line21.slice(6).map(([, t, k]) => `${k}:${t}`), [
      'class:省工业和信息化厅', 'class:省发展改革委', 'class:省生态环境厅', 'class:省应急厅', 'class:省能源局', 'property:按职责分工',
    ]);
  });

  it('seed: 力争 is a decorator (an annotation), 比2020年 a baseline', () => {
    const a = seedAnalysis();
    const tokens = decode(a, semanticTokens(a).data);
    assert.ok(tokens.some(([, t, k]) => t === '力争' && k === 'decorator'));
    assert.ok(tokens.some(([, t, k]) => t.includes('2020') && k === 'parameter'), 'baseline');
  });

  it('a range request returns only the tokens in range, encoded from its first line', () => {
    const a = seedAnalysis();
    const ranged = decode(a, semanticTokens(a, { start: { line: 21, character: 0 }, end: { line: 22, character: 0 } }).data);
    assert.deepEqual(ranged.map(([l]) => l), Array(ranged.length).fill(21));
    assert.equal(ranged.length, 12);
  });

  for (const name of ['seed', ...CORPUS]) {
    it(`${name}: tokens are in order, each within one line, none overlapping`, () => {
      const a = plan(name);
      const { data } = semanticTokens(a);
      let line = 0;
      let char = 0;
      let prevEnd = 0;
      for (let i = 0; i < data.length; i += 5) {
        if (data[i] > 0) prevEnd = 0;
        line += data[i];
        char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
        assert.ok(char >= prevEnd, `overlap on line ${line}`);
        assert.ok(data[i + 2] > 0, 'empty token');
        assert.ok(char + data[i + 2] <= a.lineIndex.lineEnd(line) - a.lineIndex.lineStarts[line], `token past the end of line ${line}`);
        assert.ok(data[i + 3] < SEMANTIC_TOKENS_LEGEND.tokenTypes.length);
        prevEnd = char + data[i + 2];
      }
    });
  }
});
