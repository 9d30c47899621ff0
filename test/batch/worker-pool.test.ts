/**
 * The worker pool on its own, with a stand-in worker script: outcomes in input order whatever
 * the completion order, and a worker that dies costs only the file it was on.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { PlanFile } from '../../server/src/batch/plan-file';
import { runInWorkers } from '../../server/src/batch/worker-pool';
import { WORKER_ROLES } from '../../server/src/batch/worker-protocol';
import { failedOutcome, type FileOutcome } from '../../server/src/cli/file-outcome';

// Answers like the real worker, one file at a time; a file's name says how to misbehave.
const STAND_IN = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (r) => {
  if (r.file.includes('exit')) process.exit(3);
  if (r.file.includes('throw')) throw new Error('boom in ' + r.shownAs);
  const ms = Number((/(\\d+)ms/.exec(r.file) || [0, 0])[1]);
  const until = Date.now() + ms;
  while (Date.now() < until);
  parentPort.postMessage({ index: r.index, outcome: { path: r.shownAs, title: 'ok', stats: null, problems: [] } });
});
`;

describe('runInWorkers', function () {
  this.slow(1500);
  let dir: string;
  let script: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planlens-pool-'));
    script = path.join(dir, 'stand-in.js');
    fs.writeFileSync(script, STAND_IN);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const files = (...names: string[]): PlanFile[] => names.map((n) => ({ file: n, shownAs: n }));
  const collect = async (list: PlanFile[], jobs: number, s = script): Promise<FileOutcome[]> => {
    const out: FileOutcome[] = [];
    for await (const o of runInWorkers(list, { data: { role: WORKER_ROLES.analyze, options: { rules: {}, json: false } }, failed: failedOutcome }, jobs, s)) out.push(o);
    return out;
  };

  it('yields in input order, whatever order the files finish in', async () => {
    const names = ['a-120ms', 'b', 'c-60ms', 'd', 'e', 'f-30ms', 'g', 'h', 'i', 'j', 'k', 'l'];
    const out = await collect(files(...names), 3);
    assert.deepEqual(out.map((o) => o.path), names);
    assert.ok(out.every((o) => o.error === undefined));
  });

  it('a worker that exits or throws fails only its file; the files queued behind it still run', async () => {
    const names = ['a', 'b-exit', 'c', 'd', 'e-throw', 'f', 'g', 'h'];
    const out = await collect(files(...names), 2);
    assert.deepEqual(out.map((o) => o.path), names);
    assert.deepEqual(
      out.map((o) => o.error ?? 'ok'),
      ['ok', '分析失败 / analysis failed: worker exited with code 3', 'ok', 'ok', '分析失败 / analysis failed: boom in e-throw', 'ok', 'ok', 'ok'],
    );
  });

  it('a worker script that cannot load fails every file instead of hanging', async () => {
    const out = await collect(files('a', 'b', 'c', 'd', 'e'), 2, path.join(dir, 'missing.js'));
    assert.equal(out.length, 5);
    assert.ok(out.every((o) => /^分析失败 \/ analysis failed: .*missing\.js/.test(o.error ?? '')), out.map((o) => o.error).join('\n'));
  });
});
