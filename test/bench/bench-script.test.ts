import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../core/helpers';

/** The benchmark script itself runs (on a tiny input); its timings are not asserted. */
describe('npm run bench', () => {
  it('runs on a tiny input and writes medians and ratios for every core stage', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-test-')), 'r.json');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bench.mjs'), '--smoke', '--only', 'core,memory', '--out', out], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /\| core \| analyze \| tiny \|/);
    const results = JSON.parse(fs.readFileSync(out, 'utf8'));
    const ops = results.rows.filter((x: { section: string }) => x.section === 'core').map((x: { operation: string }) => x.operation);
    assert.deepEqual(ops, ['floor', 'normalize', 'lex', 'parse', 'model (normalise + lex + parse + model)', 'diagnostics', 'analyze']);
    for (const row of results.rows) assert.ok(Number.isFinite(row.median) && row.median > 0, `${row.operation}: ${row.median}`);
    assert.equal(results.rows.find((x: { operation: string }) => x.operation === 'floor').ratio, 1);
  });

  it('measures the language server and the comparison on a tiny input, without failing a section', function () {
    this.timeout(120_000);
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-test-')), 'r.json');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bench.mjs'), '--smoke', '--only', 'lsp,compare', '--out', out], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const results = JSON.parse(fs.readFileSync(out, 'utf8'));
    assert.deepEqual(results.notes, [], 'no section failed or was skipped');
    const ops = (section: string) => results.rows.filter((x: { section: string }) => x.section === section).map((x: { operation: string }) => x.operation);
    assert.deepEqual(ops('lsp'), [
      'cold start to first diagnostics (spawn, initialize, didOpen)',
      'didChange → publishDiagnostics, server side',
      'didChange → publishDiagnostics, round trip seen by the client',
      'references, first (reads the 29 other plans)',
      'documentSymbol',
      'hover',
      'references across 30 plans',
      'rename across 30 plans',
      'prepareRename',
      'documentHighlight',
      'completion',
      'documentLink',
      'definition',
      'codeAction (move task)',
      'formatting',
      'codeLens',
      'inlayHint',
      'planlens/tasks',
    ]);
    assert.ok(ops('compare').includes('one pair, seed vs national-2030 (warm)'), ops('compare').join('; '));
    for (const row of results.rows) assert.ok(Number.isFinite(row.median) && row.median > 0, `${row.operation}: ${row.median}`);
  });

  it('measures the index, query and report on a tiny collection, without failing', function () {
    this.timeout(180_000);
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-test-')), 'r.json');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bench.mjs'), '--smoke', '--only', 'store', '--out', out], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const results = JSON.parse(fs.readFileSync(out, 'utf8'));
    assert.deepEqual(results.notes, [], 'no part failed');
    const ops = results.rows.map((x: { operation: string }) => x.operation);
    for (const op of ['index, fresh database, --jobs 1', 'index, fresh database, --jobs 2', 're-index after one plan changed', 'query targets --indicator 非化石能源消费比重', 'report --format xlsx', 'simulated collection: index, --jobs 2']) {
      assert.ok(ops.includes(op), op);
    }
    for (const row of results.rows) assert.ok(Number.isFinite(row.median) && row.median > 0, `${row.operation}: ${row.median}`);
  });

  it('measures Format Document and Export to Word on a tiny input', function () {
    this.timeout(60_000);
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-test-')), 'r.json');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bench.mjs'), '--smoke', '--only', 'format', '--out', out], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const results = JSON.parse(fs.readFileSync(out, 'utf8'));
    const ops = results.rows.filter((x: { section: string }) => x.section === 'format').map((x: { operation: string }) => x.operation);
    assert.deepEqual(ops, ['format (provider: edits over an analysis)', 'analyze + format', 'export to .docx (blocks + docx library + zip)']);
    for (const row of results.rows) assert.ok(Number.isFinite(row.median) && row.median > 0, `${row.operation}: ${row.median}`);
  });
});
