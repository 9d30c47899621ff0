/**
 * The round trip: a plan exported to .docx and read back by Open as Plan's Word reader
 * (input/, readPlanBytes) gives the same text, line for line (spaces collapsed, as Word lays them
 * out; blank lines dropped). And what is no plan is said so, not exported.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzePlan } from '../../server/src/core';
import { exportDocx } from '../../server/src/export/export-docx';
import { readPlanBytes } from '../../server/src/input';
import { readFixture, readSeed, ROOT } from '../core/helpers';
import { comparable, exported } from './helpers';

/** Every corpus plan: cover notices, annexes, tables (beijing-manufacturing), boxes, news preambles. */
const PLANS = fs.readdirSync(path.join(ROOT, 'test', 'fixtures', 'corpus')).filter((f) => f.endsWith('.txt'));

describe('Export to Word: the round trip and bad input', function () {
  this.timeout(20_000);
  for (const name of ['seed', ...PLANS]) {
    it(`${name}: exported and read back, the same lines`, async () => {
      const text = name === 'seed' ? readSeed() : readFixture(name);
      const back = await readPlanBytes(await exported(text), 'plan.docx');
      assert.ok(!('error' in back), 'error' in back ? back.error : '');
      assert.equal(back.format, 'docx');
      assert.deepEqual(comparable(back.text), comparable(text));
    });
  }

  it('an empty file and a text that is no plan are refused with a sentence', async () => {
    assert.match(((await exportDocx(analyzePlan(''))) as { error: string }).error, /^文件为空/);
    assert.match(((await exportDocx(analyzePlan('  \n\n'))) as { error: string }).error, /^文件为空/);
    assert.match(((await exportDocx(analyzePlan('hello world, this is a shopping list'))) as { error: string }).error, /^这不像一份方案/);
  });

  it('a plan with unbalanced brackets and a half-written heading still exports, text unchanged', async () => {
    const text = ['某市节能实施方案', '一、总体要求', '（一）推进节能(试点，加快建设。', '（二）', '二、保障措施'].join('\n');
    const back = await readPlanBytes(await exported(text), 'plan.docx');
    assert.ok(!('error' in back));
    assert.deepEqual(comparable(back.text), comparable(text));
  });

  it('the export module imports the core only: no front end, no input layer', () => {
    const dir = path.join(ROOT, 'server', 'src', 'export');
    for (const f of fs.readdirSync(dir)) {
      const specs = [...fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/from '(\.[^']+)'/g)].map((m) => m[1]);
      for (const s of specs) assert.ok(s.startsWith('./') || s === '../core', `${f} imports ${s}`);
    }
  });
});
