/**
 * Hostile input through the real command line: every file of hostile-inputs.ts alone, then all of
 * them in one batch with good plans, a missing file and a folder. Each must give a clear message
 * or a useful result, the re-encoded seeds the seed's own analysis, and no file may change what
 * another gets. Wall time and peak memory are printed per file (not asserted); the suite's
 * timeout is only a hang detector.
 */
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { shown } from '../cli/run-cli';
import { HOSTILE_INPUTS, numberedLines, writeHostileFiles, type HostileInput } from './hostile-inputs';
import { FigureTable, runMeasured, type MeasuredResult } from './measured-cli';
import { FIX_EDIT_BUDGET } from '../../server/src/core';

interface FileEntry {
  path: string;
  error?: string;
  title?: string | null;
  stats?: { sections: number; tasks: number; targets: number; clauses: number; lines: number };
  outline?: Array<{ label: string; title: string }>;
  diagnostics?: Array<{ code: string }>;
  [key: string]: unknown;
}

interface Alone {
  run: MeasuredResult;
  entry: FileEntry;
  /** The file's line of JSON output, hashed: a batch must print exactly the same line. */
  hash: string;
}

const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');

/** The `{"files":[…]}` report, one file per line (json-reporter.ts), as [line, parsed] pairs. */
function fileLines(report: string, keepParsedUnder = 8 * 1024 * 1024): Array<{ line: string; entry: FileEntry }> {
  const lines = report.split('\n').filter((l) => l.startsWith('{"path"'));
  return lines.map((l) => {
    const line = l.endsWith(',') ? l.slice(0, -1) : l;
    // The 20 MB line's report is ~100 MB of JSON: keep its head (path, error, title) and stats only.
    const entry = line.length < keepParsedUnder ? (JSON.parse(line) as FileEntry) : bigEntry(line);
    return { line, entry };
  });
}

function bigEntry(line: string): FileEntry {
  const stats = /"stats":(\{[^}]*\})\}$/.exec(line);
  return { path: /^\{"path":("(?:[^"\\]|\\.)*")/.exec(line)![1].slice(1, -1), title: null, stats: stats ? JSON.parse(stats[1]) : undefined, big: true };
}

/** Everything but the path and the encoding it was read in: what a user reads of the analysis. */
function analysisOf(e: FileEntry): Omit<FileEntry, 'path' | 'encoding'> {
  const { path: _path, encoding: _encoding, ...rest } = e;
  return rest;
}

describe('hostile input through the CLI (planlens analyze)', function () {
  // A hang detector, not a timing: a 20 MB line takes ~10 s here, the whole suite ~40 s.
  this.timeout(240_000);
  this.slow(30_000);

  let dir: string;
  let cleanup: () => void;
  let outDir: string;
  const alone = new Map<string, Alone>();
  const figures = new FigureTable('planlens analyze, one file per run (2 shared cores)', ['file', 'exit', 'seconds', 'peak RSS MB', 'sections', 'targets', 'problems']);

  async function runAlone(input: HostileInput): Promise<Alone> {
    const out = path.join(outDir, `${input.name}.json`);
    const run = await runMeasured(['analyze', input.name, '--format', 'json', '--output', out], { cwd: dir });
    assert.ok(run.status !== null, `${input.name}: the CLI died (${shown(run)})`);
    const report = fs.readFileSync(out, 'utf8');
    fs.rmSync(out);
    const files = fileLines(report);
    assert.equal(files.length, 1, `${input.name}: one file in the report\n${report.slice(0, 500)}`);
    const a: Alone = { run, entry: files[0].entry, hash: sha1(files[0].line) };
    const s = a.entry.stats;
    figures.add(input.name, run.status, run.seconds, run.peakMb, s?.sections ?? '-', s?.targets ?? '-', a.entry.diagnostics?.length ?? (a.entry.error ? 'error' : '-'));
    return a;
  }

  async function aloneResult(name: string): Promise<Alone> {
    let a = alone.get(name);
    if (!a) alone.set(name, (a = await runAlone(HOSTILE_INPUTS.find((i) => i.name === name)!)));
    return a;
  }

  before(async function () {
    ({ dir, cleanup } = writeHostileFiles());
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'planlens-hostile-out-'));
    // The small files two at a time (each run is mostly Node's start-up); the big ones alone, in
    // their own tests below, so that their figures are their own.
    const small = HOSTILE_INPUTS.filter((i) => !i.big);
    const queue = [...small];
    await Promise.all([0, 1].map(async () => {
      for (let next = queue.shift(); next; next = queue.shift()) alone.set(next.name, await runAlone(next));
    }));
  });
  after(() => {
    figures.print();
    cleanup?.();
    if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
  });

  for (const input of HOSTILE_INPUTS) {
    it(`${input.name}: ${input.what}`, async () => {
      const { run, entry } = await aloneResult(input.name);
      const e = input.expect;
      const message = e.kind === 'error' || e.kind === 'same-or-error' ? e.message : null;
      if (entry.error !== undefined) {
        assert.ok(message, `${input.name}: no message expected, got “${entry.error}”`);
        assert.match(entry.error, message);
        assert.equal(run.status, 2, `an unreadable file is an input error (exit 2)\n${shown(run)}`);
        assert.ok(run.stderr.includes(`${input.name}: ${entry.error}`), `said on stderr with the file's name\n${shown(run)}`);
        return;
      }
      assert.notEqual(e.kind, 'error', `${input.name}: expected a message, got an analysis`);
      assert.ok(run.status === 0 || run.status === 1, `exit 0 or 1 with an analysis\n${shown(run)}`);
      assert.ok(entry.stats, `${input.name}: stats`);
      if (e.kind === 'same-as' || e.kind === 'same-or-error') {
        assert.deepEqual(analysisOf(entry), analysisOf((await aloneResult(e.twin)).entry), `${input.name} reads as ${e.twin}`);
      }
    });
  }

  it('the big ones give useful results: the 20 MB line its targets, the PDF dump the seed’s chapters', async () => {
    const line = (await aloneResult('line-20mb.txt')).entry;
    assert.ok(line.stats!.targets > 100_000, `targets found on the 20 MB line: ${line.stats!.targets}`);
    const dump = (await aloneResult('pdf-dump-200k.txt')).entry;
    assert.equal(dump.stats!.lines, 200_000);
    assert.ok(dump.stats!.sections > 1000, `sections of the PDF dump: ${dump.stats!.sections}`);
  });

  it('an unterminated 《 in a task leaves the rest of the plan’s outline as it was', async () => {
    const seed = (await aloneResult('seed-utf8.txt')).entry;
    const broken = (await aloneResult('unterminated.txt')).entry;
    assert.deepEqual(broken.outline!.map((s) => s.label + s.title), seed.outline!.map((s) => s.label + s.title));
    assert.equal(broken.stats!.sections, seed.stats!.sections);
    assert.ok(broken.diagnostics!.some((d) => d.code === 'unbalanced-bracket'), 'the 《 is reported');
  });

  it('one batch of everything, good plans first, in the middle and last: each file prints exactly what it printed alone', async () => {
    const good = ['seed-utf8.txt', 'corpus-national.txt', 'corpus-shanghai.txt'];
    const names = HOSTILE_INPUTS.map((i) => i.name).filter((n) => !good.includes(n));
    const half = Math.floor(names.length / 2);
    fs.mkdirSync(path.join(dir, 'a-folder.txt'), { recursive: true });
    const batch = ['seed-utf8.txt', ...names.slice(0, half), 'corpus-national.txt', 'missing.txt', ...names.slice(half), 'a-folder.txt', 'corpus-shanghai.txt'];
    const out = path.join(outDir, 'batch.json');
    const run = await runMeasured(['analyze', ...batch, '--format', 'json', '--jobs', '2', '--output', out], { cwd: dir });
    figures.add(`batch of ${batch.length} (--jobs 2)`, run.status, run.seconds, run.peakMb, '-', '-', '-');
    assert.equal(run.status, 2, `unreadable files make it an input error\n${shown(run)}`);
    const files = fileLines(fs.readFileSync(out, 'utf8'));
    fs.rmSync(out);
    // A folder named explicitly is searched for plans (it holds none): it prints nothing itself.
    const expected = batch.filter((n) => n !== 'a-folder.txt');
    assert.deepEqual(files.map((f) => f.entry.path), expected, 'every file, in input order');
    for (const [i, name] of expected.entries()) {
      if (name === 'missing.txt') {
        assert.match(files[i].entry.error ?? '', /文件不存在/);
        continue;
      }
      assert.equal(sha1(files[i].line), (await aloneResult(name)).hash, `${name}: the batch printed something else than the file alone`);
    }
    assert.match(run.stderr, /missing\.txt: 文件不存在/);
  });

  it('text format: one line per unreadable file on stdout and on stderr, the others analysed', async () => {
    const run = await runMeasured(['analyze', 'random.txt', 'seed-gbk.txt', 'report.pdf.txt', 'empty.txt', '--rule', 'missing-deadline=off'], { cwd: dir });
    assert.equal(run.status, 2, shown(run));
    assert.ok(run.stdout.includes('  random.txt  error    不是文本文件 / not a text file'), shown(run));
    assert.match(run.stdout, /\n {2}report\.pdf\.txt {2}error {4}[^\n]*PDF/, shown(run));
    assert.ok(run.stdout.includes('《江西省碳达峰实施方案》 · 章节 63'), shown(run));
    assert.match(run.stderr, /random\.txt: 不是文本文件[\s\S]*report\.pdf\.txt: [^\n]*PDF/);
  });

  // Every gap's fix renumbers all later siblings: written out in full, 28 572 gaps came to O(n²)
  // edits, and the run grew to the 4 GB heap limit. The report now stops writing fixes past a
  // budget of edits per file and says how many it left out.
  it('200 000 short lines with 28 571 misnumbered tasks: a bounded report, not an out-of-memory abort', async () => {
    fs.writeFileSync(path.join(dir, 'numbered-200k.txt'), numberedLines(200_000));
    const out = path.join(outDir, 'numbered-200k.json');
    const run = await runMeasured(['analyze', 'numbered-200k.txt', '--format', 'json', '--output', out], { cwd: dir });
    const report = fs.readFileSync(out, 'utf8');
    fs.rmSync(out);
    const [{ entry }] = fileLines(report, Infinity);
    figures.add('numbered-200k.txt', run.status, run.seconds, run.peakMb, entry.stats?.sections ?? '-', entry.stats?.targets ?? '-', entry.diagnostics?.length ?? '-');
    assert.ok(run.status === 0 || run.status === 1, shown(run));
    const diagnostics = entry.diagnostics as Array<{ code: string; fix?: { edits: unknown[] } }>;
    assert.equal(diagnostics.filter((d) => d.code.startsWith('numbering-')).length, 28_571);
    const edits = diagnostics.reduce((n, d) => n + (d.fix?.edits.length ?? 0), 0);
    // The first gap's fix alone renumbers more headings than the budget: it is left out too.
    assert.ok(edits <= FIX_EDIT_BUDGET, `${edits} edits written`);
    assert.ok((entry.fixesOmitted as number) > 0, 'the report says fixes were left out');
    assert.ok(report.length < 64 * 1024 * 1024, `${(report.length / 1e6).toFixed(1)} MB of JSON`);
  });

  // One invalid byte used to send the whole UTF-8 file to the GB18030 decoder: mojibake, no title,
  // 43 sections instead of 63, no targets.
  it('a UTF-8 plan with one bad byte keeps its outline and targets, and says a byte was replaced', async () => {
    const seed = (await aloneResult('seed-utf8.txt')).entry;
    const bad = (await aloneResult('seed-bad-byte.txt')).entry;
    assert.equal(bad.title, seed.title);
    assert.deepEqual(bad.stats, seed.stats);
    assert.equal(bad.encoding, 'utf-8');
    assert.equal(bad.invalidSequences, 1);
    const text = await runMeasured(['analyze', 'seed-bad-byte.txt'], { cwd: dir });
    assert.ok(text.stdout.includes('编码 UTF-8，1 处无效字节已替换为 �'), shown(text));
  });
});
