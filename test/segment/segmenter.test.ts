import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bigramSegmenter } from '../../server/src/core/segment/bigram-segmenter';
import { cjkRuns } from '../../server/src/core/segment/cjk-runs';
import { findPolicyDictionary } from '../../server/src/core/segment/dictionary-path';
import { loadSegmenter, segmenterStatus } from '../../server/src/core/segment/segmenter';
import { ROOT } from '../root';

const COMPILED = path.join(ROOT, 'out', 'server', 'src', 'core', 'segment', 'segmenter.js');

describe('segmenter (nodejieba with the policy dictionary)', () => {
  it('loads once, with the shipped dictionary, and says so', () => {
    const s = loadSegmenter();
    assert.ok(s, `nodejieba did not load: ${segmenterStatus().error}`);
    assert.equal(loadSegmenter(), s, 'a second call returns the same instance');
    const status = segmenterStatus();
    assert.equal(status.loaded, true);
    assert.equal(status.error, undefined);
    assert.equal(path.relative(ROOT, status.dictionary!).split(path.sep).join('/'), 'server/dict/policy.dict.utf8');
  });

  it('keeps policy terms whole that jieba alone splits', () => {
    const words = loadSegmenter()!.cut('推动重点领域碳达峰，落实能耗双控，非化石能源消费比重提高，推进碳捕集利用与封存，固碳增汇，发展低碳零碳负碳技术');
    for (const term of ['碳达峰', '能耗双控', '非化石能源', '碳捕集利用与封存', '固碳', '增汇', '低碳', '零碳', '负碳']) {
      assert.ok(words.includes(term), `${term} not whole in ${words.join('/')}`);
    }
  });

  it('feeds jieba Chinese runs only: digits and punctuation dropped, Latin words whole', () => {
    const words = loadSegmenter()!.cut('单位GDP能耗下降13.5%，数据中心PUE降到1.3以下');
    assert.deepEqual(words.filter((w) => /[0-9%.，]/.test(w)), []);
    assert.ok(words.includes('GDP'));
    assert.ok(words.includes('PUE'));
    assert.ok(words.includes('能耗'));
  });

  it('returns the same words for the same text (cached copies, not shared arrays)', () => {
    const s = loadSegmenter()!;
    const a = s.cut('加快建设新型电力系统');
    a.push('changed');
    assert.deepEqual(s.cut('加快建设新型电力系统'), a.slice(0, -1));
  });

  it('is not loaded by importing the module (nodejieba only on first use)', () => {
    const script = `require(${JSON.stringify(COMPILED)}); console.log(Object.keys(require.cache).some((k) => k.includes('nodejieba')))`;
    assert.equal(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim(), 'false');
  });

  it('returns null and records why when the native addon cannot load', () => {
    // A process in which require('nodejieba') fails the way a wrong-ABI build does.
    const script = `
      const Module = require('module');
      const load = Module._load;
      Module._load = function (request, ...rest) {
        if (request === 'nodejieba') throw new Error('The module was compiled against a different Node.js version (NODE_MODULE_VERSION 108)');
        return load.call(this, request, ...rest);
      };
      const seg = require(${JSON.stringify(COMPILED)});
      const first = seg.loadSegmenter();
      console.log(JSON.stringify({ first, again: seg.loadSegmenter(), status: seg.segmenterStatus() }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
    assert.equal(out.first, null);
    assert.equal(out.again, null);
    assert.equal(out.status.loaded, false);
    assert.match(out.status.error, /NODE_MODULE_VERSION/);
  });
});

describe('dictionary path', () => {
  it('is found from the compiled tree, from dist/ and from the sources', () => {
    const expected = path.join(ROOT, 'server', 'dict', 'policy.dict.utf8');
    for (const from of [path.join(ROOT, 'out', 'server', 'src', 'core', 'segment'), path.join(ROOT, 'dist'), path.join(ROOT, 'server', 'src', 'core', 'segment')]) {
      assert.equal(findPolicyDictionary(from), expected, from);
    }
  });

  it('is null where there is none', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planlens-nodict-'));
    assert.equal(findPolicyDictionary(dir), null);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('text runs and the bigram fallback', () => {
  it('splits text into Chinese runs and Latin words', () => {
    assert.deepEqual(cjkRuns('到2025年，单位GDP能耗下降13.5%'), [
      { text: '到', cjk: true },
      { text: '年', cjk: true },
      { text: '单位', cjk: true },
      { text: 'GDP', cjk: false },
      { text: '能耗下降', cjk: true },
    ]);
  });

  it('cuts into overlapping character bigrams', () => {
    assert.deepEqual(bigramSegmenter.cut('碳汇能力，到2030年'), ['碳汇', '汇能', '能力', '到', '年']);
  });
});
