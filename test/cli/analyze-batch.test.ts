/**
 * Batches: folders, globs, files in every encoding plans come in, files that cannot be read (which
 * never stop the batch), worker threads, and --output.
 */
import { seedTargetCount } from '../seed-facts';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as Sarif from 'sarif';
import { makePlanFixtures, SHORT_PLAN, type PlanFixtures } from './plan-fixtures';
import { BIN, runCli, SEED_NAME, shown } from './run-cli';

interface JsonFile {
  path: string;
  encoding?: string;
  error?: string;
  title?: string | null;
  outline?: unknown[];
  tasks?: unknown[];
  targets?: unknown[];
  diagnostics?: Array<{ code: string; range: unknown }>;
  stats?: { sections: number; tasks: number };
}

describe('planlens analyze: batches', function () {
  this.slow(4000);
  let fx: PlanFixtures;
  /** The fixtures' folder, then a missing file, as the user names them from the fixtures' parent. */
  let inputs: string[];
  let cwd: string;

  before(() => {
    fx = makePlanFixtures();
    cwd = path.dirname(fx.dir);
    const name = path.basename(fx.dir);
    inputs = [name, `${name}/missing.txt`];
  });
  after(() => fx.cleanup());

  it('text: every readable file gives the seed’s analysis; a binary and a missing file get a line and exit 2', async () => {
    const r = await runCli(['analyze', ...inputs, '--rule', 'missing-deadline=off'], { cwd });
    assert.equal(r.status, 2, shown(r));
    const name = path.basename(fx.dir);
    const headings = r.stdout.split('\n').filter((l) => l.startsWith(name));
    assert.deepEqual(
      headings,
      [...fx.readable, 'i-binary.txt', 'missing.txt'].map((f) => `${name}/${f}`),
      'files in input order: the folder sorted, then the missing file',
    );
    for (const f of ['a-utf8.txt', 'b-utf8-bom.txt', 'c-gbk.txt', 'd-utf16le.txt', 'e-utf16be.txt', 'f-crlf.txt']) {
      assert.ok(r.stdout.includes(`  ${name}/${f}:22:393  warning  责任分工表述不完整`), `${f}:\n${shown(r)}`);
    }
    assert.ok(r.stdout.includes(`c-gbk.txt:22:393  warning  责任分工表述不完整：应为“按职责分工负责”。  [incomplete-agency-clause]\n  《江西省碳达峰实施方案》 · 章节 63 · 任务 49 · 目标 ${seedTargetCount()} · 问题 1 · 编码 GB18030`), shown(r));
    assert.match(r.stdout, /h-short-gbk\.txt\n {2}《某市节能降碳行动方案》 · 章节 2 · 任务 1 · 目标 1 · 问题 0 · 编码 GB18030/);
    assert.match(r.stdout, /g-empty\.txt\n {2}（无标题） · 章节 0 · 任务 0 · 目标 0 · 问题 0\n/);
    assert.ok(r.stdout.includes(`  ${name}/i-binary.txt  error    不是文本文件 / not a text file`), shown(r));
    assert.ok(r.stdout.includes(`  ${name}/missing.txt  error    文件不存在 / no such file`), shown(r));
    assert.match(r.stdout, /共 10 个文件，6 个问题（错误 0，警告 6），2 个文件无法分析\n$/);
    assert.match(r.stderr, /i-binary\.txt: 不是文本文件 \/ not a text file\n.*missing\.txt: 文件不存在/, 'said on stderr too: stdout is not a terminal');
  });

  it('json: { path, error } for the files that cannot be read, the same model for every encoding', async () => {
    const r = await runCli(['analyze', ...inputs, '--format', 'json'], { cwd });
    assert.equal(r.status, 2, shown(r));
    assert.match(r.stderr, /i-binary\.txt: 不是文本文件 \/ not a text file/);
    assert.match(r.stderr, /missing\.txt: 文件不存在 \/ no such file/);
    const files = (JSON.parse(r.stdout) as { files: JsonFile[] }).files;
    assert.equal(files.length, 10);
    const byName = new Map(files.map((f) => [path.basename(f.path), f]));
    assert.deepEqual(Object.keys(byName.get('i-binary.txt')!), ['path', 'error']);
    assert.equal(byName.get('missing.txt')!.error, '文件不存在 / no such file');
    const { path: _p, encoding: utf8, ...seed } = byName.get('a-utf8.txt')!;
    assert.equal(utf8, 'utf-8');
    const encodings: Record<string, string> = { 'b-utf8-bom.txt': 'utf-8-bom', 'c-gbk.txt': 'gb18030', 'd-utf16le.txt': 'utf-16le', 'e-utf16be.txt': 'utf-16be', 'f-crlf.txt': 'utf-8' };
    for (const [f, encoding] of Object.entries(encodings)) {
      const { path: _q, encoding: read, ...other } = byName.get(f)!;
      assert.equal(read, encoding, f);
      assert.deepEqual(other, seed, f);
    }
    assert.deepEqual(byName.get('g-empty.txt')!.stats, { sections: 0, tasks: 0, targets: 0, clauses: 0, lines: 1 });
    assert.equal(byName.get('h-short-gbk.txt')!.title, '某市节能降碳行动方案');
  });

  it('sarif: the unreadable files are tool execution notifications', async () => {
    const r = await runCli(['analyze', ...inputs, '--format', 'sarif'], { cwd });
    assert.equal(r.status, 2, shown(r));
    const run = (JSON.parse(r.stdout) as Sarif.Log).runs[0];
    const invocation = run.invocations![0];
    assert.equal(invocation.executionSuccessful, false);
    const notes = invocation.toolExecutionNotifications!;
    assert.deepEqual(notes.map((n) => n.level), ['error', 'error']);
    assert.match(notes[0].message.text!, /i-binary\.txt: 不是文本文件/);
    assert.equal(notes[1].locations![0].physicalLocation!.artifactLocation!.uri, `${path.basename(fx.dir)}/missing.txt`);
    const uris = new Set(run.results!.map((x) => x.locations![0].physicalLocation!.artifactLocation!.uri));
    assert.ok(uris.has(`${path.basename(fx.dir)}/e-utf16be.txt`));
  });

  it('--jobs 2 gives the same output as --jobs 1', async () => {
    // JSON carries everything the other formats print, in the order they print it.
    const [one, two] = await Promise.all([
      runCli(['analyze', ...inputs, '--format', 'json', '--jobs', '1'], { cwd }),
      runCli(['analyze', ...inputs, '--format', 'json', '--jobs', '2'], { cwd }),
    ]);
    assert.equal(two.status, one.status);
    assert.equal(two.stdout, one.stdout);
    assert.equal(two.stderr, one.stderr);
  });

  it('folders are searched for *.txt, *.plan and *.plan.txt, outside node_modules and hidden folders', async () => {
    const dir = path.join(fx.dir, 'tree');
    for (const f of ['b/x.plan', 'a/y.plan.txt', 'a/z.txt', 'a/notes.md', 'node_modules/m.txt', '.hidden/h.txt']) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), '某某实施方案\n一、总体要求\n');
    }
    try {
      const [folder, glob, twice, named] = await Promise.all([
        runCli(['analyze', 'tree', '--format', 'json'], { cwd: fx.dir }),
        runCli(['analyze', 'tree/**/*.plan', '--format', 'json'], { cwd: fx.dir }),
        runCli(['analyze', 'tree/a/z.txt', 'tree/a', '--format', 'json'], { cwd: fx.dir }),
        runCli(['analyze', 'tree/a/notes.md', '--format', 'json'], { cwd: fx.dir }),
      ]);
      const paths = (r: { stdout: string }) => (JSON.parse(r.stdout) as { files: JsonFile[] }).files.map((f) => f.path);
      assert.deepEqual(paths(folder), ['tree/a/y.plan.txt', 'tree/a/z.txt', 'tree/b/x.plan'], shown(folder));
      assert.deepEqual(paths(glob), ['tree/b/x.plan'], shown(glob));
      assert.deepEqual(paths(twice), ['tree/a/z.txt', 'tree/a/y.plan.txt'], 'a file reached twice is analysed once');
      assert.deepEqual(paths(named), ['tree/a/notes.md'], 'a file named explicitly is read whatever its extension');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a folder with no plan files is a usage error', async () => {
    const dir = fs.mkdtempSync(path.join(fx.dir, 'empty-'));
    const r = await runCli(['analyze', dir]);
    assert.equal(r.status, 2, shown(r));
    assert.match(r.stderr, /no files match/);
    assert.match(r.stderr, /nothing to analyse/);
  });

  it('--output writes the report to the file and nothing to stdout', async () => {
    const out = path.join(fx.dir, 'report.json');
    const [written, printed] = await Promise.all([
      runCli(['analyze', SEED_NAME, '--format', 'json', '--output', out]),
      runCli(['analyze', SEED_NAME, '--format', 'json']),
    ]);
    assert.equal(written.status, 0, shown(written));
    assert.equal(written.stdout, '');
    assert.equal(written.stderr, '');
    assert.equal(fs.readFileSync(out, 'utf8'), printed.stdout);
    const text = path.join(fx.dir, 'report.txt');
    const plain = await runCli(['analyze', SEED_NAME, '--output', text], { env: { FORCE_COLOR: '1' } });
    assert.equal(plain.stdout, '');
    assert.doesNotMatch(fs.readFileSync(text, 'utf8'), /\x1b\[/, 'a report file is never coloured');
    assert.match(fs.readFileSync(text, 'utf8'), /:22:393 {2}warning/);
    const own = path.join(fx.dir, 'own');
    fs.mkdirSync(own);
    fs.writeFileSync(path.join(own, 'plan.txt'), SHORT_PLAN);
    for (let run = 0; run < 2; run++) await runCli(['analyze', own, '--output', path.join(own, 'report.txt')]);
    assert.match(fs.readFileSync(path.join(own, 'report.txt'), 'utf8'), /共 1 个文件/, 'the last report is not read as a plan');
    const bad = await runCli(['analyze', SEED_NAME, '--output', path.join(fx.dir, 'no', 'such', 'dir', 'r.txt')]);
    assert.equal(bad.status, 2, shown(bad));
    assert.match(bad.stderr, /--output/);
  });

  it('refuses a file above the size limit, and reads a 20 MB single line', async () => {
    const huge = path.join(fx.dir, 'huge.txt');
    const line = path.join(fx.dir, 'line.txt');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 51 * 1024 * 1024);
    fs.writeFileSync(line, 'a'.repeat(20 * 1024 * 1024));
    try {
      const r = await runCli(['analyze', huge, line, '--format', 'json'], { cwd: fx.dir });
      assert.equal(r.status, 2, shown(r));
      const [tooBig, long] = (JSON.parse(r.stdout) as { files: JsonFile[] }).files;
      assert.match(tooBig.error!, /文件过大（51 MB，上限 50 MB）\/ file too large/);
      assert.equal(long.stats?.sections, 0);
    } finally {
      fs.rmSync(huge);
      fs.rmSync(line);
    }
  });

  it('never loads nodejieba, in-process or in workers', async () => {
    const hook = path.join(fx.dir, 'no-jieba.js');
    fs.writeFileSync(
      hook,
      `const Module = require('module'); const load = Module._load;
       Module._load = function (request, ...rest) { if (/nodejieba/.test(request)) throw new Error('nodejieba loaded'); return load.call(this, request, ...rest); };`,
    );
    const [one, two] = await Promise.all([
      runCli(['analyze', SEED_NAME, '--jobs', '1'], { nodeArgs: ['--require', hook] }),
      runCli(['analyze', SEED_NAME, 'test/fixtures/corpus/national-2030.txt', '--jobs', '2'], { nodeArgs: ['--require', hook] }),
    ]);
    assert.equal(one.status, 0, shown(one));
    assert.equal(two.status, 0, shown(two));
  });

  it('bin/planlens.js says to run npm install when the bundle is missing', async () => {
    const bin = path.join(fx.dir, 'pkg', 'bin', 'planlens.js');
    fs.mkdirSync(path.dirname(bin), { recursive: true });
    fs.copyFileSync(BIN, bin);
    const r = await runCli(['analyze', SEED_NAME], { script: bin });
    assert.equal(r.status, 2, shown(r));
    assert.match(r.stderr, /npm install/);
  });
});
