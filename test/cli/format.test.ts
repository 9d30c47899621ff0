/**
 * `planlens format` through the real command line: --check lists what would change and exits 1;
 * without it the files are rewritten in place (and a second run changes nothing); a Word file or a
 * GBK text is refused, not rewritten.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { formatText } from '../../server/src/core';
import { readSeed } from '../core/helpers';
import { runCli } from './run-cli';

describe('planlens format', function () {
  this.slow(3000);
  let dir: string;
  const at = (...p: string[]) => path.join(dir, ...p);
  const run = (args: string[]) => runCli(args, { cwd: dir });
  const SEED = readSeed();

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planlens-format-'));
    fs.writeFileSync(at('seed.txt'), SEED);
    fs.writeFileSync(at('clean.txt'), formatText(SEED));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('--check lists the lines that would change, exits 1 and writes nothing', async () => {
    const r = await run(['format', '--check', '.']);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /seed\.txt: \d+ 行需格式化/);
    assert.match(r.stdout, /^ {2}12: - \(一\)能源绿色低碳转型行动。能源是经济社会发展的重要物质基础,/m);
    assert.match(r.stdout, /^ {2}12: \+ （一）能源绿色低碳转型行动。能源是经济社会发展的重要物质基础，/m);
    assert.ok(!r.stdout.includes('clean.txt'));
    assert.equal(fs.readFileSync(at('seed.txt'), 'utf8'), SEED);
  });

  it('rewrites in place, leaving no temporary file; then --check passes', async () => {
    const r = await run(['format', 'seed.txt', 'clean.txt']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(fs.readFileSync(at('seed.txt'), 'utf8'), formatText(SEED));
    assert.deepEqual(fs.readdirSync(dir).sort(), ['clean.txt', 'seed.txt']);
    const check = await run(['format', '--check', '.']);
    assert.equal(check.status, 0, check.stdout);
  });

  it('--label-forms keep leaves the labels as the plan writes them', async () => {
    fs.writeFileSync(at('labels.txt'), '一.总体要求\n1、加强领导\n');
    assert.equal((await run(['format', '--label-forms', 'keep', 'labels.txt'])).status, 0);
    assert.equal(fs.readFileSync(at('labels.txt'), 'utf8'), '一.总体要求\n1、加强领导\n');
    assert.equal((await run(['format', 'labels.txt'])).status, 0);
    assert.equal(fs.readFileSync(at('labels.txt'), 'utf8'), '一、总体要求\n1.加强领导\n');
    assert.equal((await run(['format', '--label-forms', 'mine', 'labels.txt'])).status, 2);
  });

  it('refuses what is not UTF-8 plan text, and exits 2', async () => {
    const gbk = Buffer.from([0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc, 0xcc, 0xe5, 0xd2, 0xaa, 0xc7, 0xf3]); // 一、总体要求 in GBK
    fs.writeFileSync(at('gbk.txt'), gbk);
    const r = await run(['format', 'gbk.txt']);
    assert.equal(r.status, 2);
    assert.match(r.stdout, /不是 UTF-8 方案文本/);
    assert.deepEqual(fs.readFileSync(at('gbk.txt')), gbk);
  });
});
