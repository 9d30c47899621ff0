/**
 * `planlens export --docx` through the real command line: the .docx beside the plan or where -o
 * says, what is no plan refused with exit 2, a plan never written over itself.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readPlanBytes } from '../../server/src/input';
import { readSeed } from '../core/helpers';
import { comparable } from '../export/helpers';
import { runCli } from './run-cli';

describe('planlens export --docx', function () {
  this.slow(3000);
  let dir: string;
  const at = (...p: string[]) => path.join(dir, ...p);
  const run = (args: string[]) => runCli(args, { cwd: dir });

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planlens-export-'));
    fs.writeFileSync(at('江西方案.plan.txt'), readSeed());
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes <name>.docx beside the plan, or the file -o names; it reads back as the plan', async () => {
    const r = await run(['export', '江西方案.plan.txt', '--docx']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /江西方案\.plan\.txt → 江西方案\.docx {2}江西省碳达峰实施方案/);
    const back = await readPlanBytes(fs.readFileSync(at('江西方案.docx')), '江西方案.docx');
    assert.ok(!('error' in back));
    assert.deepEqual(comparable(back.text), comparable(readSeed()));
    assert.equal((await run(['export', '江西方案.plan.txt', '--docx', '-o', 'out/plan.docx'])).status, 2, 'a missing folder is an error');
    fs.mkdirSync(at('out'));
    assert.equal((await run(['export', '江西方案.plan.txt', '--docx', '-o', 'out/plan.docx'])).status, 0);
    assert.ok(fs.statSync(at('out', 'plan.docx')).size > 10_000);
    assert.deepEqual(fs.readdirSync(at('out')), ['plan.docx'], 'no temporary file left');
  });

  it('an empty file, a text that is no plan, no --docx, a plan over itself: exit 2 and why', async () => {
    fs.writeFileSync(at('empty.txt'), '');
    fs.writeFileSync(at('list.txt'), 'milk, eggs, bread\n');
    const empty = await run(['export', 'empty.txt', '--docx']);
    assert.equal(empty.status, 2);
    assert.match(empty.stderr, /文件为空|空/);
    const list = await run(['export', 'list.txt', '--docx']);
    assert.equal(list.status, 2);
    assert.match(list.stderr, /这不像一份方案/);
    assert.equal((await run(['export', 'list.txt'])).status, 2);
    fs.copyFileSync(at('江西方案.plan.txt'), at('p.txt'));
    assert.equal((await run(['export', 'p.txt', '--docx', '-o', 'p.txt'])).status, 2);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['empty.txt', 'list.txt', 'p.txt', '江西方案.plan.txt']);
  });
});
