#!/usr/bin/env node
// node scripts/bench-store.mjs [--smoke] [--json FILE] [--simulated N]
//
// The index, query and report over many plans, through the real command line (dist/planlens.js):
//   - index of the whole test collection (test/fixtures/national + corpus) into a fresh database,
//     with 1 and 2 workers, alternating, medians;
//   - the incremental re-index after one plan changed (one line appended);
//   - a query (targets of 非化石能源消费比重) and a report (HTML and workbook);
//   - a simulated national collection: the real plans repeated under changed names (each copy gets
//     its own first line, so every file is a different plan to the hash), indexed at N/3 and at N
//     plans, with the peak memory of each run (GNU time's maximum resident set: the process with
//     its worker threads), which must not grow with the number of plans, and the database's size.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: { smoke: { type: 'boolean', default: false }, json: { type: 'string' }, simulated: { type: 'string' } },
});
const SMOKE = args.smoke;
const SIMULATED = Number(args.simulated ?? (SMOKE ? 30 : 3000));
const ROUNDS = SMOKE ? 1 : 3;
// Whole-process runs of a query or report: one each in the smoke run (npm test checks the script works).
const PROCESS_ROUNDS = SMOKE ? 1 : ROUNDS + 2;
const BIN = path.join(ROOT, 'bin', 'planlens.js');
const HAS_GNU_TIME = fs.existsSync('/usr/bin/time');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'planlens-bench-store-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const rows = [];
const notes = [];

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
}

/** Runs the CLI; returns seconds and the peak RSS in MB (when GNU time is there). */
function run(argv, cwd = tmp) {
  const t = process.hrtime.bigint();
  const r = HAS_GNU_TIME
    ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, BIN, ...argv], { cwd, encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync(process.execPath, [BIN, ...argv], { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.status !== 0) throw new Error(`${argv.join(' ')}: exit ${r.status}: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
  const kb = Number(r.stderr.trim().split('\n').pop());
  return { seconds, peakMB: Number.isFinite(kb) ? kb / 1024 : null, stdout: r.stdout };
}

function collection() {
  const dirs = [path.join(ROOT, 'test', 'fixtures', 'national'), path.join(ROOT, 'test', 'fixtures', 'corpus')];
  let files = dirs.flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => path.join(d, f)));
  if (SMOKE) files = files.slice(0, 12);
  const dir = path.join(tmp, 'collection');
  fs.mkdirSync(dir);
  for (const f of files) fs.copyFileSync(f, path.join(dir, `${path.basename(path.dirname(f))}-${path.basename(f)}`));
  const bytes = files.reduce((s, f) => s + fs.statSync(f).size, 0);
  return { dir, files: files.length, bytes };
}

const col = collection();
const size = `${col.files} files, ${(col.bytes / 2 ** 20).toFixed(1)} MB`;
try {
  // 1. The whole collection, fresh, with 1 and 2 workers (alternating rounds).
  const times = { 1: [], 2: [] };
  const peaks = { 1: 0, 2: 0 };
  for (let r = 0; r < ROUNDS; r++) {
    for (const jobs of [1, 2]) {
      const db = path.join(tmp, `full-${jobs}-${r}.sqlite`);
      const x = run(['index', col.dir, '--db', db, '--jobs', String(jobs), '-q']);
      times[jobs].push(x.seconds);
      peaks[jobs] = Math.max(peaks[jobs], x.peakMB ?? 0);
    }
  }
  for (const jobs of [1, 2]) {
    const s = median(times[jobs]);
    rows.push({ operation: `index, fresh database, --jobs ${jobs}`, size, median: s * 1000, unit: 'ms', plansPerSecond: col.files / s, mbPerSecond: col.bytes / 2 ** 20 / s, peakRssMB: peaks[jobs] || null });
  }
  rows.push({ operation: 'speed-up of 2 workers over 1', size, median: median(times[1]) / median(times[2]), unit: '×' });
  const db = path.join(tmp, `full-2-0.sqlite`);
  rows.push({ operation: 'database size', size, median: fs.statSync(db).size / 2 ** 20, unit: 'MB' });

  // 2. Incremental: nothing changed, then one plan changed.
  const unchanged = [];
  const oneChanged = [];
  const victim = path.join(col.dir, fs.readdirSync(col.dir).sort()[0]);
  for (let r = 0; r < ROUNDS; r++) {
    unchanged.push(run(['index', col.dir, '--db', db, '-q']).seconds);
    fs.appendFileSync(victim, `\n修改 ${r}。\n`);
    oneChanged.push(run(['index', col.dir, '--db', db, '-q']).seconds);
  }
  rows.push({ operation: 're-index, nothing changed', size, median: median(unchanged) * 1000, unit: 'ms' });
  rows.push({ operation: 're-index after one plan changed', size, median: median(oneChanged) * 1000, unit: 'ms' });

  // 3. A query and a report (whole processes: what a user waits for).
  const q = [];
  const html = [];
  const xlsx = [];
  for (let r = 0; r < PROCESS_ROUNDS; r++) {
    q.push(run(['query', db, 'targets', '--indicator', '非化石能源消费比重', '--format', 'json']).seconds);
    html.push(run(['report', db, '-o', path.join(tmp, 'r.html')]).seconds);
    xlsx.push(run(['report', db, '--format', 'xlsx', '-o', path.join(tmp, 'r.xlsx')]).seconds);
  }
  const floor = [];
  for (let r = 0; r < PROCESS_ROUNDS; r++) floor.push(run(['--version']).seconds);
  rows.push({ operation: 'planlens --version (process floor)', size: '', median: median(floor) * 1000, unit: 'ms' });
  rows.push({ operation: 'query targets --indicator 非化石能源消费比重', size, median: median(q) * 1000, unit: 'ms' });
  rows.push({ operation: 'report --format html', size, median: median(html) * 1000, unit: 'ms', bytes: fs.statSync(path.join(tmp, 'r.html')).size });
  rows.push({ operation: 'report --format xlsx', size, median: median(xlsx) * 1000, unit: 'ms', bytes: fs.statSync(path.join(tmp, 'r.xlsx')).size });

  // 4. A simulated national collection at N/3 and N plans: time, database size, peak memory.
  const sources = fs.readdirSync(col.dir).map((f) => path.join(col.dir, f));
  const texts = sources.map((f) => fs.readFileSync(f, 'utf8'));
  for (const n of SMOKE ? [SIMULATED] : [Math.round(SIMULATED / 3), SIMULATED]) {
    const dir = path.join(tmp, `simulated-${n}`);
    fs.mkdirSync(dir);
    let bytes = 0;
    for (let i = 0; i < n; i++) {
      const text = `（副本 ${i}）\n${texts[i % texts.length]}`;
      fs.writeFileSync(path.join(dir, `${String(i).padStart(6, '0')}-${path.basename(sources[i % sources.length])}`), text);
      bytes += Buffer.byteLength(text);
    }
    const sdb = path.join(tmp, `simulated-${n}.sqlite`);
    const x = run(['index', dir, '--db', sdb, '--jobs', '2', '-q']);
    const label = `${n} plans, ${(bytes / 2 ** 20).toFixed(0)} MB`;
    rows.push({ operation: 'simulated collection: index, --jobs 2', size: label, median: x.seconds * 1000, unit: 'ms', plansPerSecond: n / x.seconds, peakRssMB: x.peakMB });
    rows.push({ operation: 'simulated collection: database size', size: label, median: fs.statSync(sdb).size / 2 ** 20, unit: 'MB' });
    const sq = [];
    for (let r = 0; r < (SMOKE ? 1 : 3); r++) sq.push(run(['query', sdb, 'targets', '--indicator', '非化石能源消费比重', '--year', '2025', '--format', 'json']).seconds);
    rows.push({ operation: 'simulated collection: query targets', size: label, median: median(sq) * 1000, unit: 'ms' });
    fs.rmSync(dir, { recursive: true, force: true });
  }
} catch (e) {
  notes.push(`store: ${e.message}`);
}

const out = { rows, notes };
if (args.json) fs.writeFileSync(args.json, JSON.stringify(out, null, 2));
else console.log(JSON.stringify(out, null, 2));
