import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../root';

describe('policy dictionary (server/dict/policy.dict.utf8)', () => {
  const lines = fs.readFileSync(path.join(ROOT, 'server', 'dict', 'policy.dict.utf8'), 'utf8').split('\n').filter(Boolean);
  const words = lines.map((l) => l.split(' ')[0]);

  it('is in jieba user-dictionary format: word, frequency, tag', () => {
    for (const line of lines) assert.match(line, /^\S+ \d+ [a-z]+$/, line);
  });

  it('lists each word once, a few hundred in all', () => {
    assert.equal(new Set(words).size, words.length);
    assert.ok(words.length >= 250, `${words.length} words`);
  });

  it('holds the terms of the comparison and mined ones', () => {
    for (const w of ['碳达峰', '碳中和', '非化石能源', '能耗双控', '单位地区生产总值', '二氧化碳排放', '节能降碳', '碳捕集利用与封存', '碳普惠', '生态产品价值实现', '达峰', '双控']) {
      assert.ok(words.includes(w), w);
    }
  });
});
