#!/usr/bin/env node
// node scripts/bench-compare.mjs [--smoke] [--runs N] [--json FILE]
//
// The cost of cross-document comparison, each part on its own:
//   - dictionary load: nodejieba required and its dictionaries (with the policy dictionary)
//     loaded, in a fresh process each time (what the first comparison of a session pays);
//   - segmentation of a plan: the seed and the national plan, whole text, cache cleared;
//   - one pair (seed against national-2030), dictionary loaded: warm (plans seen before: the
//     segmentation cached) and cold (the two plans' sections segmented afresh);
//   - one plan against the whole corpus (`compare --against`), warm and cold; parsing the
//     corpus plans is measured apart.
// Medians over runs, with p10–p90. The code is bundled from the sources into .bench/ (so that
// the policy dictionary is found from there, as from dist/).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: { smoke: { type: 'boolean', default: false }, runs: { type: 'string' }, json: { type: 'string' } },
});
const RUNS = Number(args.runs ?? (args.smoke ? 3 : 20));
const LOAD_RUNS = args.smoke ? 1 : 5;
const CORPUS_RUNS = args.smoke ? 1 : 5;

const bundle = path.join(ROOT, '.bench', 'compare-bench.js');
await build({
  stdin: {
    contents: `
      export { analyzePlan } from './server/src/core';
      export { comparePlans, rankPlans } from './server/src/core/compare';
      export { loadSegmenter, segmenterStatus, clearSegmenterCache } from './server/src/core/segment/segmenter';`,
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: bundle,
  external: ['nodejieba'],
  logLevel: 'warning',
});

function summarize(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.max(0, Math.round(p * (s.length - 1))))];
  return { median: q(0.5), p10: q(0.1), p90: q(0.9), n: s.length };
}

function time(fn) {
  const t = process.hrtime.bigint();
  const r = fn();
  return [Number(process.hrtime.bigint() - t) / 1e6, r];
}

const rows = [];
function report(name, samples, extra = '') {
  const s = summarize(samples);
  rows.push({ name, ...s, extra });
  const f = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1)).padStart(8);
  console.log(`${name.padEnd(52)}${f(s.median)} ms  (p10 ${f(s.p10).trim()} – p90 ${f(s.p90).trim()}, n=${s.n})${extra ? '  ' + extra : ''}`);
}

// 1. Dictionary load, in fresh processes.
const loadScript = `
  const t0 = process.hrtime.bigint();
  const m = require(${JSON.stringify(bundle)});
  const t1 = process.hrtime.bigint();
  const rss0 = process.memoryUsage().rss;
  const s = m.loadSegmenter();
  const t2 = process.hrtime.bigint();
  if (!s) throw new Error(m.segmenterStatus().error);
  console.log(JSON.stringify({ bundleMs: Number(t1 - t0) / 1e6, loadMs: Number(t2 - t1) / 1e6, rssMB: (process.memoryUsage().rss - rss0) / 2 ** 20 }));`;
const loads = [];
for (let i = 0; i < LOAD_RUNS; i++) {
  const r = spawnSync(process.execPath, ['-e', loadScript], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  loads.push(JSON.parse(r.stdout));
}
console.log(`PlanLens compare benchmark — Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} ×${os.availableParallelism()}`);
report('dictionary load (nodejieba + policy dictionary)', loads.map((l) => l.loadMs), `+${summarize(loads.map((l) => l.rssMB)).median.toFixed(0)} MB RSS`);

// 2–4 in this process, dictionary loaded once.
const m = require(bundle);
if (!m.loadSegmenter()) throw new Error(m.segmenterStatus().error);
const seg = m.loadSegmenter();
const read = (f) => fs.readFileSync(f, 'utf8');
const SEED = read(path.join(ROOT, 'seeds', '000_8df2462643963b13.txt'));
const NATIONAL = read(path.join(ROOT, 'test', 'fixtures', 'corpus', 'national-2030.txt'));
const corpusDir = path.join(ROOT, 'test', 'fixtures', 'corpus');
const corpusFiles = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
const corpusTexts = corpusFiles.map((f) => read(path.join(corpusDir, f)));

for (const [name, text] of [['seed (Jiangxi)', SEED], ['national-2030', NATIONAL]]) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    m.clearSegmenterCache();
    samples.push(time(() => seg.cut(text))[0]);
  }
  report(`segmentation of a plan: ${name}, ${text.length} chars`, samples);
}

const seedA = m.analyzePlan(SEED);
const natA = m.analyzePlan(NATIONAL);
// A shallow copy is a new plan to the per-plan feature cache; clearing the segmenter's cache
// makes the copy's sections be segmented again.
const fresh = (a) => ({ ...a });
for (let i = 0; i < 3; i++) m.comparePlans(seedA, natA);
{
  const warm = [];
  const cold = [];
  for (let i = 0; i < RUNS; i++) {
    warm.push(time(() => m.comparePlans(seedA, natA))[0]);
    m.clearSegmenterCache();
    cold.push(time(() => m.comparePlans(fresh(seedA), fresh(natA)))[0]);
  }
  report('one pair, seed vs national-2030 (warm)', warm);
  report('one pair, seed vs national-2030 (cold: segmentation)', cold);
}

{
  const parse = [];
  let analyses = [];
  for (let i = 0; i < CORPUS_RUNS; i++) parse.push(time(() => (analyses = corpusTexts.map((t) => m.analyzePlan(t))))[0]);
  report(`parsing the corpus (${corpusFiles.length} plans), for reference`, parse);
  const candidates = analyses.map((analysis, i) => ({ name: corpusFiles[i], analysis }));
  m.rankPlans({ name: 'seed', analysis: seedA }, candidates);
  const warm = [];
  const cold = [];
  for (let i = 0; i < CORPUS_RUNS; i++) {
    warm.push(time(() => m.rankPlans({ name: 'seed', analysis: seedA }, candidates))[0]);
    m.clearSegmenterCache();
    const copies = candidates.map((c) => ({ name: c.name, analysis: fresh(c.analysis) }));
    cold.push(time(() => m.rankPlans({ name: 'seed', analysis: fresh(seedA) }, copies))[0]);
  }
  report(`seed against the corpus (${corpusFiles.length} plans, warm)`, warm);
  report(`seed against the corpus (cold: segmentation)`, cold);
}

if (args.json) fs.writeFileSync(args.json, JSON.stringify({ node: process.version, rows }, null, 2));
