#!/usr/bin/env node
// npm run bench [-- --smoke] [--out FILE] [--only core,memory,lsp,compare,cli,pdf,format]
//
// Measures PlanLens against the floor of any single pass over the same text (read + UTF-8 decode
// + one regular expression + split into lines), in one run, alternating the operations round by
// round after a warm-up, so that a noisy shared machine slows floor and analysis alike. Prints
// medians, spread (p10–p90) and each median as a ratio to the floor; writes all figures to JSON.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: { smoke: { type: 'boolean', default: false }, out: { type: 'string' }, only: { type: 'string' } },
});
const SMOKE = args.smoke;
const only = args.only ? new Set(args.only.split(',')) : null;
const want = (section) => only === null || only.has(section);

const stages = require(path.join(ROOT, 'dist', 'bench', 'core-stages.js'));
const SEED = fs.readFileSync(path.join(ROOT, 'seeds', '000_8df2462643963b13.txt'), 'utf8');
const CORPUS_DIR = path.join(ROOT, 'test', 'fixtures', 'corpus');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'planlens-bench-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

const results = {
  machine: {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    smoke: SMOKE,
  },
  rows: [],
  notes: [],
};

// ------------------------------------------------------------------------------------------------
// Statistics

function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[i];
}

function summarize(samples) {
  const s = [...samples].sort((a, b) => a - b);
  return { median: quantile(s, 0.5), p10: quantile(s, 0.1), p90: quantile(s, 0.9), p95: quantile(s, 0.95), n: s.length };
}

function time(fn) {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** Runs `ops` alternating, `rounds` times after `warmup` rounds; returns samples per op. */
function alternate(ops, rounds, warmup) {
  const samples = Object.fromEntries(Object.keys(ops).map((k) => [k, []]));
  for (let r = 0; r < warmup + rounds; r++) {
    for (const [name, fn] of Object.entries(ops)) {
      const ms = time(fn);
      if (r >= warmup) samples[name].push(ms);
    }
  }
  return samples;
}

function row(section, operation, size, stats, floorMedian, extra = {}) {
  results.rows.push({ section, operation, size, ...stats, ratio: floorMedian ? stats.median / floorMedian : null, ...extra });
}

// ------------------------------------------------------------------------------------------------
// 1. The core, stage by stage, against the floor

function floorPass(file) {
  const text = fs.readFileSync(file).toString('utf8');
  /[。；]/g.test(text);
  return text.split(/\r\n|\r|\n/).length;
}

function benchCore() {
  const sizes = SMOKE
    ? [['tiny', SEED.slice(0, 2000)]]
    : [['seed 51 KB', SEED], ['5 MB (seed ×100)', new Array(100).fill(SEED).join('\n')]];
  for (const [size, text] of sizes) {
    const file = path.join(tmp, `core-${size.replace(/\W+/g, '-')}.txt`);
    fs.writeFileSync(file, text);
    const big = text.length > 1e6;
    const normalized = stages.normalizeText(text);
    const tokens = stages.lexPlan(normalized).tokens;
    const built = stages.buildPlan(text);
    const ops = {
      floor: () => floorPass(file),
      normalize: () => stages.normalizeText(text),
      lex: () => stages.lexPlan(normalized),
      parse: () => stages.parseTokens(tokens),
      model: () => stages.buildPlan(text),
      diagnostics: () => stages.runRules(built),
      analyze: () => stages.analyzePlan(fs.readFileSync(file).toString('utf8')),
    };
    const rounds = SMOKE ? 3 : big ? 15 : 200;
    const samples = alternate(ops, rounds, SMOKE ? 1 : big ? 3 : 30);
    const floor = summarize(samples.floor).median;
    for (const [op, xs] of Object.entries(samples)) {
      row('core', op === 'model' ? 'model (normalise + lex + parse + model)' : op, size, summarize(xs), floor, { bytes: Buffer.byteLength(text) });
    }
  }
}

// Peak memory of one 5 MB analysis, in a fresh process (tokens and syntax tree dropped once the
// model is built, so the peak is the analysis itself).
function benchMemory() {
  const text = SMOKE ? SEED.slice(0, 2000) : new Array(100).fill(SEED).join('\n');
  const file = path.join(tmp, 'memory.txt');
  fs.writeFileSync(file, text);
  const script = `
    const stages = require(${JSON.stringify(path.join(ROOT, 'dist', 'bench', 'core-stages.js'))});
    const fs = require('fs');
    const before = process.memoryUsage().rss;
    const a = stages.analyzePlan(fs.readFileSync(${JSON.stringify(file)}, 'utf8'));
    global.keep = a;
    const peak = process.resourceUsage().maxRSS * 1024;
    console.log(JSON.stringify({ before, peak, after: process.memoryUsage().rss, tasks: a.model.tasks.length }));`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  if (r.status !== 0) {
    results.notes.push(`memory: failed: ${r.stderr.trim().split('\n').pop()}`);
    return;
  }
  const m = JSON.parse(r.stdout);
  results.rows.push({
    section: 'memory',
    operation: 'peak RSS of one analysis (process total)',
    size: SMOKE ? 'tiny' : '5 MB',
    median: m.peak / 2 ** 20,
    unit: 'MB',
    baselineMB: m.before / 2 ** 20,
  });
}

// ------------------------------------------------------------------------------------------------
// 2. The command line over many plans, with 1 and 2 workers

const HAS_GNU_TIME = fs.existsSync('/usr/bin/time');

function benchCli() {
  const bin = path.join(ROOT, 'bin', 'planlens.js');
  if (!fs.existsSync(bin) || !fs.existsSync(path.join(ROOT, 'dist', 'planlens.js'))) {
    results.notes.push('cli: skipped (bin/planlens.js or dist/planlens.js missing)');
    return;
  }
  const dir = path.join(tmp, 'batch');
  fs.mkdirSync(dir);
  const sources = [path.join(ROOT, 'seeds', '000_8df2462643963b13.txt'), ...fs.readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt')).map((f) => path.join(CORPUS_DIR, f))];
  const target = SMOKE ? 200_000 : 20 * 2 ** 20;
  let bytes = 0;
  let n = 0;
  while (bytes < target) {
    for (const src of sources) {
      const dest = path.join(dir, `${String(n++).padStart(5, '0')}-${path.basename(src)}`);
      fs.copyFileSync(src, dest);
      bytes += fs.statSync(dest).size;
      if (bytes >= target) break;
    }
  }
  const floorScript = `const fs=require('fs'),p=require('path');let n=0;for(const f of fs.readdirSync(${JSON.stringify(dir)})){const t=fs.readFileSync(p.join(${JSON.stringify(dir)},f)).toString('utf8');/[。；]/g.test(t);n+=t.split(/\\r\\n|\\r|\\n/).length}`;
  const runs = {
    'floor process (read all files)': [process.execPath, ['-e', floorScript]],
    'planlens analyze --jobs 1': [process.execPath, [bin, 'analyze', dir, '--format', 'json', '--output', path.join(tmp, 'out1.json'), '--jobs', '1', '--fail-on', 'never']],
    'planlens analyze --jobs 2': [process.execPath, [bin, 'analyze', dir, '--format', 'json', '--output', path.join(tmp, 'out2.json'), '--jobs', '2', '--fail-on', 'never']],
  };
  const rounds = SMOKE ? 1 : 5;
  const samples = Object.fromEntries(Object.keys(runs).map((k) => [k, []]));
  const peaks = Object.fromEntries(Object.keys(runs).map((k) => [k, 0]));
  for (let r = 0; r < rounds + 1; r++) {
    for (const [name, [cmd, argv]] of Object.entries(runs)) {
      const t = process.hrtime.bigint();
      // GNU time reports the peak RSS of the whole process tree's main process; without it, only time.
      const res = HAS_GNU_TIME
        ? spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...argv], { encoding: 'utf8', maxBuffer: 1 << 26 })
        : spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 26 });
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      if (res.status !== 0 && res.status !== 1) {
        results.notes.push(`cli: ${name} failed (${res.status}): ${res.stderr.trim().split('\n').slice(-2).join(' ')}`);
        return;
      }
      const kb = Number(res.stderr.trim().split('\n').pop());
      if (Number.isFinite(kb)) peaks[name] = Math.max(peaks[name], kb / 1024);
      if (r > 0) samples[name].push(ms);
    }
  }
  const floor = summarize(samples['floor process (read all files)']).median;
  const size = `${n} files, ${(bytes / 2 ** 20).toFixed(1)} MB`;
  for (const [name, xs] of Object.entries(samples)) row('cli', name, size, summarize(xs), floor, { peakRssMB: peaks[name] || null });
  const one = summarize(samples['planlens analyze --jobs 1']).median;
  const two = summarize(samples['planlens analyze --jobs 2']).median;
  results.rows.push({ section: 'cli', operation: 'speed-up of 2 workers over 1', size, median: one / two, unit: '×' });
}

// ------------------------------------------------------------------------------------------------
// 3. The language server over stdio

async function benchLsp() {
  const main = path.join(ROOT, 'dist', 'planlens.js');
  let rpc;
  try {
    rpc = require('vscode-languageserver-protocol/node');
  } catch (e) {
    results.notes.push(`lsp: skipped (${e.message})`);
    return;
  }
  const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = rpc;
  const text = SMOKE ? SEED.slice(0, 4000) : SEED;
  // A workspace of 30 plans (the corpus, the seed, three corpus plans again under other names):
  // references and rename answer across all of them.
  const workspace = path.join(tmp, 'workspace');
  fs.mkdirSync(workspace);
  const corpusPlans = fs.readdirSync(CORPUS_DIR).filter((n) => n.endsWith('.txt')).sort();
  const planFiles = [...corpusPlans, ...corpusPlans.slice(0, 30 - 1 - corpusPlans.length)];
  planFiles.forEach((n, i) => fs.copyFileSync(path.join(CORPUS_DIR, n), path.join(workspace, `${i}-${n.replace(/\.txt$/, '')}.plan`)));
  const planPath = path.join(workspace, 'plan.plan');
  fs.writeFileSync(planPath, text);
  const uri = pathToFileURL(planPath).href;
  const workspacePlans = planFiles.length + 1;
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [main, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  // Waiters per notification: the diagnostics, and the analyzed notice that follows them with the
  // server's own figure (from the arrival of a version to its diagnostics being sent).
  const waiters = { 'textDocument/publishDiagnostics': [], 'planlens/analyzed': [] };
  for (const [method, queue] of Object.entries(waiters)) conn.onNotification(method, (p) => queue.shift()?.(p));
  conn.onNotification(() => {});
  conn.onRequest(() => null);
  conn.listen();
  const next = (method) => new Promise((resolve) => waiters[method].push(resolve));
  const nextDiagnostics = () => next('textDocument/publishDiagnostics');
  const withTimeout = (p, ms, what) =>
    Promise.race([p, new Promise((_, rej) => setTimeout(() => rej(new Error(`${what}: no answer in ${ms} ms; ${stderr.trim().split('\n').pop() ?? ''}`)), ms))]);
  try {
    const rootUri = pathToFileURL(workspace).href;
    const capabilities = { workspace: { workspaceEdit: { documentChanges: true, changeAnnotationSupport: {} } }, textDocument: { rename: { prepareSupport: true }, completion: { completionList: { itemDefaults: ['editRange'] } } } };
    await withTimeout(conn.sendRequest('initialize', { processId: process.pid, rootUri, capabilities, workspaceFolders: [{ uri: rootUri, name: 'bench' }] }), 10_000, 'initialize');
    conn.sendNotification('initialized', {});
    const first = nextDiagnostics();
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'policy-plan', version: 1, text } });
    await withTimeout(first, 10_000, 'first diagnostics');
    const cold = Number(process.hrtime.bigint() - started) / 1e6;
    results.rows.push({ section: 'lsp', operation: 'cold start to first diagnostics (spawn, initialize, didOpen)', size: SMOKE ? 'tiny' : 'seed', median: cold, unit: 'ms' });

    // didChange → publishDiagnostics: type a character at the end of a task line, then delete it.
    const lines = text.split('\n');
    const line = Math.min(20, lines.length - 1);
    const col = lines[line].length;
    const changes = SMOKE ? 10 : 300;
    const change = [];
    const serverChange = [];
    let version = 1;
    for (let i = 0; i < changes + 20; i++) {
      const insert = i % 2 === 0;
      const p = nextDiagnostics();
      const analyzed = next('planlens/analyzed');
      const t = process.hrtime.bigint();
      conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: ++version },
        contentChanges: [insert ? { range: { start: { line, character: col }, end: { line, character: col } }, text: '。' } : { range: { start: { line, character: col }, end: { line, character: col + 1 } }, text: '' }],
      });
      await withTimeout(p, 10_000, 'diagnostics after didChange');
      if (i >= 20) change.push(Number(process.hrtime.bigint() - t) / 1e6);
      const notice = await withTimeout(analyzed, 10_000, 'analyzed notice after didChange');
      if (i >= 20 && Number.isFinite(notice.timing?.changeToPublishMs)) serverChange.push(notice.timing.changeToPublishMs);
    }
    row('lsp', 'didChange → publishDiagnostics, server side', SMOKE ? 'tiny' : 'seed', summarize(serverChange), null, { unit: 'ms' });
    row('lsp', 'didChange → publishDiagnostics, round trip seen by the client', SMOKE ? 'tiny' : 'seed', summarize(change), null, { unit: 'ms' });

    const fossil = lines.findIndex((l) => l.includes('18.3%'));
    const find = (needle, shift = 1) => {
      const l = Math.max(0, lines.findIndex((x) => x.includes(needle)));
      return { line: l, character: Math.max(0, (lines[l] ?? '').indexOf(needle) + shift) };
    };
    const agency = find('省发展改革委');
    const listEnd = find('省能源局、省生态环境厅', '省能源局、'.length);
    const task = find('2.大力发展新能源', 0);
    const doc = { textDocument: { uri } };
    // The first answer across the workspace reads and analyses its other plans: measured once
    // (before any highlight, which would start reading them in the background).
    const t0 = process.hrtime.bigint();
    await withTimeout(conn.sendRequest('textDocument/references', { ...doc, position: agency, context: { includeDeclaration: true } }), 60_000, 'first references');
    results.rows.push({ section: 'lsp', operation: `references, first (reads the ${workspacePlans - 1} other plans)`, size: `${workspacePlans} plans`, median: Number(process.hrtime.bigint() - t0) / 1e6, unit: 'ms' });
    const requests = {
      documentSymbol: () => conn.sendRequest('textDocument/documentSymbol', doc),
      hover: () => conn.sendRequest('textDocument/hover', { ...doc, position: { line: Math.max(0, fossil), character: Math.max(0, (lines[fossil] ?? '').indexOf('18.3%') + 1) } }),
      [`references across ${workspacePlans} plans`]: () => conn.sendRequest('textDocument/references', { ...doc, position: agency, context: { includeDeclaration: true } }),
      [`rename across ${workspacePlans} plans`]: () => conn.sendRequest('textDocument/rename', { ...doc, position: agency, newName: '省发展和改革委员会' }),
      prepareRename: () => conn.sendRequest('textDocument/prepareRename', { ...doc, position: agency }),
      documentHighlight: () => conn.sendRequest('textDocument/documentHighlight', { ...doc, position: agency }),
      completion: () => conn.sendRequest('textDocument/completion', { ...doc, position: listEnd }),
      documentLink: () => conn.sendRequest('textDocument/documentLink', doc),
      definition: () => conn.sendRequest('textDocument/definition', { ...doc, position: agency }),
      'codeAction (move task)': () => conn.sendRequest('textDocument/codeAction', { ...doc, range: { start: task, end: task }, context: { diagnostics: [] } }),
      formatting: () => conn.sendRequest('textDocument/formatting', { ...doc, options: { tabSize: 4, insertSpaces: true } }),
      codeLens: () => conn.sendRequest('textDocument/codeLens', { textDocument: { uri } }),
      inlayHint: () => conn.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } } }),
      'planlens/tasks': () => conn.sendRequest('planlens/tasks', { uri }),
    };
    for (const [name, req] of Object.entries(requests)) {
      const xs = [];
      for (let i = 0; i < (SMOKE ? 5 : 200) + 20; i++) {
        const t = process.hrtime.bigint();
        await withTimeout(req(), 10_000, name);
        if (i >= 20) xs.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
      row('lsp', name, SMOKE ? 'tiny' : 'seed', summarize(xs), null, { unit: 'ms' });
    }
    await withTimeout(conn.sendRequest('shutdown'), 5000, 'shutdown').catch(() => {});
    const exited = new Promise((r) => child.once('exit', r));
    await conn.sendNotification('exit');
    await withTimeout(exited, 5000, 'exit').catch(() => {});
  } catch (e) {
    results.notes.push(`lsp: ${e.message}`);
  } finally {
    // A server that died early closes the pipe: a write after that must not end the benchmark.
    child.stdin.on('error', () => {});
    conn.dispose();
    child.kill();
  }
}

// ------------------------------------------------------------------------------------------------
// Format Document (the provider over an analysis, and with the analysis) and Export to Word

async function benchFormatExport() {
  const fx = require(path.join(ROOT, 'dist', 'bench', 'format-export-stages.js'));
  const sizes = SMOKE ? [['tiny', SEED.slice(0, 2000)]] : [['seed 51 KB', SEED], ['5 MB (seed ×100)', new Array(100).fill(SEED).join('\n')]];
  for (const [size, text] of sizes) {
    const big = text.length > 1e6;
    const analysis = fx.analyzePlan(text);
    const samples = alternate(
      { 'format (provider: edits over an analysis)': () => fx.formatPlan(analysis), 'analyze + format': () => fx.formatPlan(fx.analyzePlan(text)) },
      SMOKE ? 3 : big ? 5 : 200,
      SMOKE ? 1 : big ? 1 : 30,
    );
    for (const [op, xs] of Object.entries(samples)) row('format', op, size, summarize(xs), null, { edits: fx.formatPlan(analysis).length });
  }
  const analysis = fx.analyzePlan(SMOKE ? SEED.slice(0, 2000) : SEED);
  const xs = [];
  for (let i = 0; i < (SMOKE ? 2 : 40) + 5; i++) {
    const t = process.hrtime.bigint();
    const r = await fx.exportDocx(analysis);
    if (i >= 5) xs.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (i === 0) results.notes.push(`export: the seed's .docx is ${Math.round(r.bytes.length / 1024)} KB`);
  }
  row('format', 'export to .docx (blocks + docx library + zip)', SMOKE ? 'tiny' : 'seed', summarize(xs), null);
}

// ------------------------------------------------------------------------------------------------
// 4. Segmentation and comparison (in a fresh process: the dictionary load is measured cold)

function benchSegmentationAndCompare() {
  const script = path.join(ROOT, 'scripts', 'bench-compare.mjs');
  if (!fs.existsSync(script)) {
    results.notes.push('segmentation/compare: skipped (scripts/bench-compare.mjs missing)');
    return;
  }
  const json = path.join(tmp, 'compare.json');
  const r = spawnSync(process.execPath, [script, '--json', json, ...(SMOKE ? ['--smoke'] : [])], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) {
    results.notes.push(`segmentation/compare: failed: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
    return;
  }
  try {
    // bench-compare.mjs names each row `what, size (detail)`; its extra (RSS of the dictionary) goes to the size column.
    for (const x of JSON.parse(fs.readFileSync(json, 'utf8')).rows) {
      results.rows.push({ section: 'compare', operation: x.name, size: x.extra ?? '', median: x.median, p10: x.p10, p90: x.p90, n: x.n, ratio: null });
    }
  } catch (e) {
    results.notes.push(`segmentation/compare: unreadable output (${e.message})`);
  }
}

// ------------------------------------------------------------------------------------------------
// 5. The index, query and report over many plans (scripts/bench-store.mjs, whole processes)

function benchStore() {
  const json = path.join(tmp, 'store.json');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bench-store.mjs'), '--json', json, ...(SMOKE ? ['--smoke'] : [])], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) {
    results.notes.push(`store: failed: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
    return;
  }
  const { rows, notes } = JSON.parse(fs.readFileSync(json, 'utf8'));
  for (const x of rows) results.rows.push({ section: 'store', ...x, ratio: null });
  results.notes.push(...notes);
}

// ------------------------------------------------------------------------------------------------
// 6. The PDF reader: a ~20-page plan converted on a warm worker thread (median; pages per second)
// against pdf.js's text extraction alone on the same worker (the floor: the layout's share is the
// ratio); the first conversion of a fresh process (worker thread and pdf.js loaded); a batch of
// every PDF in ../shared/pdf (the fixtures when it is absent) through the command line,
// `planlens analyze --jobs 1` and `--jobs 2` (conversion and analysis, as a user runs it; each
// analysis worker has a PDF worker of its own), alternating, three rounds.

const PDF_STAGES = path.join(ROOT, 'dist', 'bench', 'pdf-stages.js');
const PDF_BATCH_CHILD = `
  const s = require(${JSON.stringify(PDF_STAGES)});
  const fs = require('fs');
  (async () => {
    const t0 = performance.now();
    let pages = 0;
    for (const f of process.argv.slice(1)) { const r = await s.readPdf(new Uint8Array(fs.readFileSync(f))); pages += r.pages ?? 0; }
    await s.stopPdfWorker();
    process.stdout.write(JSON.stringify({ ms: performance.now() - t0, pages }));
  })();`;

function runChild(files) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['-e', PDF_BATCH_CHILD, ...files], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', () => {
      try {
        resolve({ wall: performance.now() - t0, ...JSON.parse(out) });
      } catch (e) {
        reject(e);
      }
    });
  });
}

async function benchPdf() {
  const pdf = require(PDF_STAGES);
  const fixture = path.join(ROOT, 'test', 'fixtures', 'pdf', '57.pdf');
  const bytes = new Uint8Array(fs.readFileSync(fixture));
  // Cold: a fresh process's first conversion.
  const cold = await runChild([fixture]);
  const pages = await pdf.extractOnly(bytes);
  const rounds = SMOKE ? 2 : 15;
  const samples = { extract: [], convert: [] };
  for (let r = 0; r < rounds + 2; r++) {
    for (const [name, fn] of [['extract', () => pdf.extractOnly(bytes)], ['convert', () => pdf.readPdf(bytes)]]) {
      const t = performance.now();
      await fn();
      if (r >= 2) samples[name].push(performance.now() - t);
    }
  }
  await pdf.stopPdfWorker();
  const size = `57.pdf, ${pages} pages`;
  const floor = summarize(samples.extract).median;
  row('pdf', 'floor: pdf.js text extraction alone (warm worker)', size, summarize(samples.extract), floor);
  const conv = summarize(samples.convert);
  row('pdf', 'readPdf: extraction + layout (warm worker)', size, conv, floor);
  results.rows.push({ section: 'pdf', operation: 'pages per second (warm worker)', size, median: (pages / conv.median) * 1000, unit: 'pages/s' });
  results.rows.push({ section: 'pdf', operation: 'first conversion of a process (worker start, pdf.js load)', size, median: cold.ms, unit: 'ms' });
  benchPdfBatch();
}

/** `planlens analyze --jobs 1|2` over every PDF of ../shared/pdf (named one by one: the folder also holds the reference texts). */
function benchPdfBatch() {
  const bin = path.join(ROOT, 'bin', 'planlens.js');
  if (!fs.existsSync(path.join(ROOT, 'dist', 'planlens.js'))) {
    results.notes.push('pdf batch: skipped (dist/planlens.js missing)');
    return;
  }
  const shared = path.join(ROOT, '..', 'shared', 'pdf');
  const dir = fs.existsSync(shared) ? shared : path.join(ROOT, 'test', 'fixtures', 'pdf');
  const files = fs.readdirSync(dir).filter((f) => /^\d+\.pdf$/.test(f)).map((f) => path.join(dir, f)).sort();
  const batch = SMOKE ? files.slice(0, 2) : files;
  const samples = { 1: [], 2: [] };
  let pages = 0;
  for (let r = 0; r < (SMOKE ? 1 : 3); r++) {
    for (const jobs of [1, 2]) {
      const out = path.join(tmp, `pdf-batch-${jobs}.json`);
      const t = process.hrtime.bigint();
      const res = spawnSync(process.execPath, [bin, 'analyze', ...batch, '--format', 'json', '--output', out, '--jobs', String(jobs), '--fail-on', 'never'], { encoding: 'utf8', maxBuffer: 1 << 26 });
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      if (res.status !== 0 && res.status !== 1) {
        results.notes.push(`pdf batch: --jobs ${jobs} failed (${res.status}): ${res.stderr.trim().split('\n').slice(-2).join(' ')}`);
        return;
      }
      samples[jobs].push(ms);
      if (!pages) pages = pagesIn(out);
    }
  }
  const size = `${batch.length} PDFs, ${pages} pages`;
  const one = summarize(samples[1]);
  const two = summarize(samples[2]);
  row('pdf', 'batch: planlens analyze --jobs 1 (convert + analyse)', size, one, null, { unit: 'ms' });
  row('pdf', 'batch: planlens analyze --jobs 2 (convert + analyse)', size, two, null, { unit: 'ms' });
  results.rows.push({ section: 'pdf', operation: 'batch pages per second, 1 / 2 workers', size, median: (pages / one.median) * 1000, unit: `/ ${fmt((pages / two.median) * 1000)} pages/s` });
  results.rows.push({ section: 'pdf', operation: 'speed-up of 2 workers over 1', size, median: one.median / two.median, unit: '×' });
}

/** The pages of the converted files, as `analyze --format json` reports them (files[].source.pages). */
function pagesIn(jsonFile) {
  try {
    return JSON.parse(fs.readFileSync(jsonFile, 'utf8')).files.reduce((n, f) => n + (f.source?.pages ?? 0), 0);
  } catch {
    return 0;
  }
}

// ------------------------------------------------------------------------------------------------

function fmt(x, digits = 2) {
  if (x === null || x === undefined || Number.isNaN(x)) return '';
  if (x >= 100) return x.toFixed(0);
  if (x >= 10) return x.toFixed(1);
  return x.toFixed(digits);
}

function printTable() {
  const head = ['section', 'operation', 'size', 'median', 'p10–p90', '× floor'];
  const body = results.rows.map((r) => [
    r.section,
    r.operation,
    r.size ?? '',
    `${fmt(r.median)} ${r.unit ?? 'ms'}`,
    r.p10 !== undefined ? `${fmt(r.p10)}–${fmt(r.p90)}` : '',
    r.ratio ? `${fmt(r.ratio, 1)}×` : '',
  ]);
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...body.map((b) => `| ${b.join(' | ')} |`)];
  console.log(`PlanLens benchmark — ${results.machine.cpus} cores (${results.machine.cpu}), Node ${results.machine.node}, ${results.machine.date}${SMOKE ? ' (smoke run)' : ''}`);
  console.log(lines.join('\n'));
  for (const n of results.notes) console.log(`note: ${n}`);
}

if (want('core')) benchCore();
if (want('memory')) benchMemory();
if (want('lsp')) await benchLsp();
if (want('compare')) benchSegmentationAndCompare();
if (want('cli')) benchCli();
if (want('store')) benchStore();
if (want('pdf')) await benchPdf();
if (want('format')) await benchFormatExport();

printTable();
const out = args.out ?? path.join(ROOT, '.bench', SMOKE ? 'smoke.json' : 'latest.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(results, null, 2));
console.log(`results: ${path.relative(process.cwd(), out)}`);
