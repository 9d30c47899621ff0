// `npm run eval:pdf`: converts the PDFs that have reference texts and scores each conversion
// (test/input/pdf/scoring.ts says how): paragraphs identical to the reference's, page furniture
// left, and whether the core's analysis (outline, tasks, targets) is the same as the reference's.
//
// PDFs come from test/fixtures/pdf/ (always there) and ../shared/pdf/ (when present). Ten of the
// 40 in ../shared are held out (HELD_OUT in scoring.ts): they are skipped unless --held-out is given.
//
//   node scripts/eval-pdf.mjs [--held-out] [--only 1,2,5] [--out DIR] [--json FILE] [--write-fixture-scores]
//
// --out DIR (default .bench/pdf-eval) receives each conversion as <n>.plan.txt; --json the scores;
// --write-fixture-scores records the fixtures' figures in test/fixtures/pdf/scores.json, which the
// tests hold the reader to (a figure may rise, never fall).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { readPdfDetailed } = require('../out/server/src/input/pdf/read-pdf.js');
const { stopPdfWorker } = require('../out/server/src/input/pdf/pdf-worker-host.js');
const { scoreConversion, HELD_OUT, heldOutByRule } = require('../out/test/input/pdf/scoring.js');

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const withHeldOut = flag('--held-out');
const only = value('--only', '')?.split(',').filter(Boolean);
const outDir = value('--out', '.bench/pdf-eval');
const jsonFile = value('--json', '');

const FIXTURES = 'test/fixtures/pdf';
const SHARED = '../shared/pdf';

function manifest(dir) {
  const file = path.join(dir, 'MANIFEST.tsv');
  const kinds = new Map();
  if (!existsSync(file)) return kinds;
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    const [pdf, , kind] = line.split('\t');
    if (pdf) kinds.set(pdf.replace(/\.pdf$/, ''), kind);
  }
  return kinds;
}

const files = new Map();
for (const dir of [FIXTURES, SHARED]) {
  if (!existsSync(dir)) continue;
  const kinds = manifest(dir);
  for (const f of readdirSync(dir)) {
    const m = /^(.+)\.pdf$/.exec(f);
    if (!m || !existsSync(path.join(dir, `${m[1]}.txt`)) || files.has(m[1])) continue;
    files.set(m[1], { name: m[1], pdf: path.join(dir, f), txt: path.join(dir, `${m[1]}.txt`), kind: kinds.get(m[1]) ?? '?', dir });
  }
}
if (existsSync(SHARED)) {
  const names = readdirSync(SHARED).filter((f) => f.endsWith('.pdf')).map((f) => f.slice(0, -4));
  const byRule = heldOutByRule(names);
  if (byRule.join() !== HELD_OUT.join()) {
    console.error(`eval-pdf: the held-out rule gives ${byRule.join(',')}, scoring.ts lists ${HELD_OUT.join(',')}`);
    process.exit(2);
  }
}

const chosen = [...files.values()]
  .filter((f) => (only?.length ? only.includes(f.name) : true))
  .filter((f) => withHeldOut || !HELD_OUT.includes(f.name))
  .sort((a, b) => parseInt(a.name, 10) - parseInt(b.name, 10));

mkdirSync(outDir, { recursive: true });
const scores = [];
for (const f of chosen) {
  const t0 = performance.now();
  const detail = await readPdfDetailed(new Uint8Array(readFileSync(f.pdf)), { edges: true });
  const ms = performance.now() - t0;
  const r = detail.result;
  if ('error' in r) {
    console.log(`${f.name.padStart(4)}  FAILED ${r.code}: ${r.error}`);
    scores.push({ name: f.name, heldOut: HELD_OUT.includes(f.name), failed: r.code, matchPct: 0, paragraphs: 1, matched: 0 });
    continue;
  }
  const heldOut = HELD_OUT.includes(f.name);
  writeFileSync(path.join(outDir, `${f.name}.plan.txt`), r.text);
  const s = scoreConversion({
    name: f.name,
    reference: readFileSync(f.txt, 'utf8'),
    referenceKind: f.kind,
    heldOut,
    converted: r.text,
    pages: r.pages ?? 0,
    edgeLines: detail.edgeLines ?? [],
  });
  s.ms = ms;
  s.source = f.dir === FIXTURES ? 'fixture' : 'shared';
  scores.push(s);
}
await stopPdfWorker();

const mark = (b) => (b ? '✓' : '✗');
const pct = (x) => `${x.toFixed(1)}%`;
console.log('file  ref      pages     ms  paragraphs        match   tables  furn.  outline tasks targets');
for (const s of scores) {
  if (s.failed) continue;
  console.log(
    `${s.name.padStart(4)}  ${(s.reference + (s.heldOut ? '*' : '')).padEnd(8)} ${String(s.pages).padStart(5)} ${s.ms.toFixed(0).padStart(6)}  ${`${s.matched}/${s.paragraphs}`.padStart(10)} ${pct(s.matchPct).padStart(8)}  ${String(s.tableParagraphs).padStart(7)} ${String(s.furnitureLeft).padStart(6)}  ${mark(s.outlineEqual).padStart(7)} ${mark(s.tasksEqual).padStart(5)} ${mark(s.targetsEqual).padStart(7)}`,
  );
}

function summary(label, group) {
  if (!group.length) return;
  const ok = group.filter((s) => !s.failed);
  const matched = ok.reduce((a, s) => a + s.matched, 0);
  const total = ok.reduce((a, s) => a + s.paragraphs, 0);
  const furniture = ok.reduce((a, s) => a + s.furnitureLeft, 0);
  const analysis = ok.filter((s) => s.outlineEqual && s.tasksEqual && s.targetsEqual).length;
  const at97 = ok.filter((s) => s.matchPct >= 97).length;
  const all = ok.filter((s) => s.matchPct >= 97 && s.furnitureLeft === 0 && s.outlineEqual && s.tasksEqual && s.targetsEqual).length;
  const pages = ok.reduce((a, s) => a + s.pages, 0);
  const ms = ok.reduce((a, s) => a + s.ms, 0);
  console.log(
    `${label}: ${group.length} files, ${pages} pages in ${(ms / 1000).toFixed(1)} s — paragraphs ${pct((100 * matched) / total)} (${matched}/${total}); ` +
      `files ≥97% ${at97}/${group.length}; furniture left ${furniture}; same analysis ${analysis}/${group.length} ` +
      `(outline ${ok.filter((s) => s.outlineEqual).length}, tasks ${ok.filter((s) => s.tasksEqual).length}, targets ${ok.filter((s) => s.targetsEqual).length}); ` +
      `all criteria ${all}/${group.length}` + (group.length - ok.length ? `; FAILED ${group.length - ok.length}` : ''),
  );
}
console.log('');
summary('development', scores.filter((s) => !s.heldOut));
summary('held-out   ', scores.filter((s) => s.heldOut));
summary('fixtures   ', scores.filter((s) => s.source === 'fixture'));

if (jsonFile) writeFileSync(jsonFile, JSON.stringify(scores, null, 2));
if (flag('--write-fixture-scores')) {
  const fixtureScores = Object.fromEntries(
    scores
      .filter((s) => s.source === 'fixture' && !s.failed)
      .map((s) => [s.name, { matchPct: Number(s.matchPct.toFixed(2)), furnitureLeft: s.furnitureLeft, outline: s.outlineEqual, tasks: s.tasksEqual, targets: s.targetsEqual }]),
  );
  writeFileSync(path.join(FIXTURES, 'scores.json'), JSON.stringify(fixtureScores, null, 2) + '\n');
  console.log(`wrote ${path.join(FIXTURES, 'scores.json')}`);
}
