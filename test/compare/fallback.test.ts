/** Without nodejieba (no native addon for this Node), compare still works, on character bigrams, and says so. */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { actionPairs, compare, planPath, ROOT, SEED } from './helpers';

describe('compare: character-bigram fallback', () => {
  it('still matches most actions of the seed and the national plan, and finds the target pair', () => {
    const c = compare(SEED, 'national-2030', { segmenter: null });
    assert.equal(c.method.segmentation, 'bigram');
    assert.ok(c.method.note);
    const ten = ['3.1 ↔ 3.1', '3.2 ↔ 3.3', '3.3 ↔ 3.4', '3.4 ↔ 3.5', '3.5 ↔ 3.2', '3.6 ↔ 3.6', '3.7 ↔ 3.7', '3.8 ↔ 3.8', '3.9 ↔ 3.9', '3.10 ↔ 3.10'];
    const pairs = actionPairs(c);
    assert.ok(ten.filter((p) => pairs.includes(p)).length >= 8, pairs.join(', '));
    const nf = c.targets.find((t) => t.key === '非化石能源消费比重' && t.left?.year === 2025)!;
    assert.equal(nf.finding, 'weaker');
  });

  it('is used, and reported, when nodejieba cannot load', () => {
    const compiled = path.join(ROOT, 'out', 'server', 'src', 'core');
    const script = `
      const Module = require('module');
      const load = Module._load;
      Module._load = function (request, ...rest) {
        if (request === 'nodejieba') throw new Error('nodejieba native binding was not found');
        return load.call(this, request, ...rest);
      };
      const fs = require('fs');
      const { analyzePlan } = require(${JSON.stringify(path.join(compiled, 'index.js'))});
      const { comparePlans, renderText } = require(${JSON.stringify(path.join(compiled, 'compare', 'index.js'))});
      const read = (f) => analyzePlan(fs.readFileSync(f, 'utf8'));
      const c = comparePlans(read(${JSON.stringify(planPath(SEED))}), read(${JSON.stringify(planPath('national-2030'))}));
      console.log(JSON.stringify({ method: c.method, matched: c.summary.matchedActions, text: renderText(c).split('\\n').slice(0, 6).join('\\n') }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
    assert.equal(out.method.segmentation, 'bigram');
    assert.match(out.method.note, /nodejieba 无法加载.*native binding was not found/);
    assert.ok(out.matched >= 10);
    assert.match(out.text, /注意：分词组件 nodejieba 无法加载/);
  });
});
