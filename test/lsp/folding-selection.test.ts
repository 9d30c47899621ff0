import * as assert from 'node:assert/strict';
import type { SelectionRange } from 'vscode-languageserver-protocol';
import { foldingRanges } from '../../server/src/lsp/features/folding';
import { selectionRanges } from '../../server/src/lsp/features/selection-ranges';
import { contains, CORPUS, plan, positionOf, seedAnalysis, textAt } from './helpers';

function chain(s: SelectionRange): SelectionRange['range'][] {
  const out = [];
  for (let r: SelectionRange | undefined = s; r; r = r.parent) out.push(r.range);
  return out;
}

describe('folding ranges', () => {
  it('seed: each chapter and action folds to its last line; one-line tasks do not fold', () => {
    const ranges = foldingRanges(seedAnalysis());
    const regions = ranges.filter((r) => r.kind === 'region').map((r) => [r.startLine, r.endLine]);
    assert.deepEqual(regions.slice(0, 6), [[5, 6], [7, 9], [10, 63], [11, 15], [16, 21], [22, 26]]);
    assert.ok(!regions.some(([s]) => s === 21), 'task 3.2.5 is one line');
    assert.deepEqual(regions[regions.length - 1], [70, 71]);
    assert.deepEqual(ranges.filter((r) => r.kind === 'comment'), [{ startLine: 0, endLine: 2, kind: 'comment' }]);
  });

  it('chengdu-energy-adjustment: the annex folds as a whole, its chapters inside it', () => {
    const ranges = foldingRanges(plan('chengdu-energy-adjustment.txt'));
    const annex = ranges.find((r) => r.startLine === 16)!;
    assert.equal(annex.endLine, 50);
    assert.ok(ranges.some((r) => r.startLine === 23 && r.endLine === 45), '三、重点任务 of the annex');
  });

  for (const name of ['seed', ...CORPUS]) {
    it(`${name}: ranges span lines, are unique and sorted`, () => {
      const ranges = foldingRanges(plan(name));
      const keys = new Set(ranges.map((r) => `${r.startLine}-${r.endLine}`));
      assert.equal(keys.size, ranges.length);
      for (let i = 0; i < ranges.length; i++) {
        assert.ok(ranges[i].endLine > ranges[i].startLine);
        if (i > 0) assert.ok(ranges[i - 1].startLine <= ranges[i].startLine);
      }
    });
  }
});

describe('selection ranges', () => {
  it('seed: number → target → sentence → paragraph → task → action → chapter → plan', () => {
    const a = seedAnalysis();
    const [s] = selectionRanges(a, [positionOf(a, '150万千瓦左右', 1)]);
    const texts = chain(s).map((r) => textAt(a, r));
    assert.equal(texts[0], '150万千瓦左右');
    assert.equal(texts[1], '生物质发电装机容量力争达到150万千瓦左右');
    assert.ok(texts[2].startsWith('到2030年,风电、太阳能发电总装机容量') && texts[2].endsWith('150万千瓦左右。'), texts[2]);
    assert.ok(texts[3].startsWith('2.大力发展新能源。'));
    assert.equal(chain(s)[4].start.line, 11, '（一）能源绿色低碳转型行动 (the task section is its line)');
    assert.deepEqual([chain(s)[5].start.line, chain(s)[5].end.line], [10, 63]);
    assert.equal(texts[texts.length - 1], a.text);
  });

  it('seed: inside an agency clause, the clause comes first', () => {
    const a = seedAnalysis();
    const [s] = selectionRanges(a, [positionOf(a, '省应急厅、省能源局等按职责分工)', 1)]);
    assert.equal(textAt(a, s.range), '(省工业和信息化厅、省发展改革委、省生态环境厅、省应急厅、省能源局等按职责分工)');
  });

  for (const name of ['seed', 'shanghai-province.txt', 'tech-support-sector.txt', 'chengdu-energy-adjustment.txt', 'national-2030.txt']) {
    it(`${name}: every chain nests strictly, at positions all over the plan`, () => {
      const a = plan(name);
      const positions = [];
      for (let line = 0; line < a.lineIndex.lineCount; line += 3) positions.push({ line, character: 0 }, { line, character: 7 }, { line, character: 10_000 });
      for (const s of selectionRanges(a, positions)) {
        const ranges = chain(s);
        for (let i = 1; i < ranges.length; i++) {
          assert.ok(contains(ranges[i], ranges[i - 1]), `${JSON.stringify(ranges[i])} ⊉ ${JSON.stringify(ranges[i - 1])}`);
          assert.notDeepEqual(ranges[i], ranges[i - 1]);
        }
      }
    });
  }
});
