/**
 * `planlens analyze --format json|sarif`: the JSON is exactly the core's toJson per file, and the
 * SARIF is a valid 2.1.0 log whose results point where the JSON's diagnostics do.
 */
import * as assert from 'node:assert/strict';
import { diagnosticCounts } from '../seed-facts';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as Sarif from 'sarif';
import { analyzePlan, RULES, toJson } from '../../server/src/core';
import { ROOT, runCli, SEED, SEED_NAME, shown } from './run-cli';

interface JsonReport {
  files: Array<ReturnType<typeof toJson> & { encoding: string; error?: string }>;
}

describe('planlens analyze --format json', function () {
  this.slow(2000);
  let report: JsonReport;

  before(async () => {
    const r = await runCli(['analyze', SEED_NAME, '--format', 'json']);
    assert.equal(r.status, 0, shown(r));
    assert.equal(r.stderr, '');
    report = JSON.parse(r.stdout) as JsonReport;
  });

  it('is { files: [ toJson(path, analysis) with the encoding it was read in ] }, nothing more', () => {
    assert.deepEqual(Object.keys(report), ['files']);
    const expected = JSON.parse(JSON.stringify(toJson(SEED_NAME, analyzePlan(fs.readFileSync(SEED, 'utf8')))));
    const { encoding, ...rest } = report.files[0];
    assert.equal(encoding, 'utf-8');
    assert.deepEqual(rest, expected);
    assert.deepEqual(Object.keys(report.files[0]).slice(0, 3), ['path', 'encoding', 'title']);
  });

  it('has the seed’s outline, tasks, targets and diagnostics', () => {
    const f = report.files[0];
    assert.equal(f.path, SEED_NAME);
    assert.equal(f.title, '江西省碳达峰实施方案');
    assert.equal(f.outline.length, 5);
    assert.equal(f.outline[2].title, '重点任务');
    assert.equal(f.outline[2].children.length, 10);
    assert.equal(f.tasks.length, 49);
    const fossil = (f.targets as Array<{ indicator: string; value: number; unit: string; year: number }>).find(
      (t) => t.indicator === '非化石能源消费比重' && t.value === 18.3,
    );
    assert.ok(fossil, 'the 2025 non-fossil share target');
    assert.deepEqual([fossil.unit, fossil.year], ['%', 2025]);
    const clause = (f.diagnostics as Array<{ code: string; range: { start: { line: number; character: number } } }>).find(
      (d) => d.code === 'incomplete-agency-clause',
    );
    assert.deepEqual(clause?.range.start, { line: 21, character: 392 });
  });
});

describe('planlens analyze --format sarif', function () {
  this.slow(2000);
  let log: Sarif.Log;
  let run: Sarif.Run;

  before(async () => {
    const r = await runCli(['analyze', SEED_NAME, '--format', 'sarif', '--rule', 'numbering-gap=error']);
    assert.equal(r.status, 0, shown(r));
    log = JSON.parse(r.stdout) as Sarif.Log;
    run = log.runs[0];
  });

  it('is a SARIF 2.1.0 log with one run by PlanLens, columns in UTF-16 code units', () => {
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema ?? '', /sarif-2\.1\.0/);
    assert.equal(log.runs.length, 1);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.equal(run.tool.driver.name, 'PlanLens');
    assert.equal(run.tool.driver.version, pkg.version);
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.equal(run.invocations?.[0].executionSuccessful, true);
  });

  it('lists the core’s rules with their default levels (information and hint as note)', () => {
    const rules = run.tool.driver.rules ?? [];
    assert.deepEqual(rules.map((r) => r.id), RULES.map((r) => r.code));
    const level = (id: string) => rules.find((r) => r.id === id)?.defaultConfiguration?.level;
    assert.equal(level('incomplete-agency-clause'), 'warning');
    assert.equal(level('missing-deadline'), 'note');
    assert.equal(level('numbering-gap'), 'warning', 'the default, not the --rule override');
    for (const r of rules) assert.ok(r.shortDescription?.text, r.id);
  });

  it('has one result per diagnostic, with rule, level, message and a 1-based region', () => {
    const results = run.results ?? [];
    assert.equal(results.length, diagnosticCounts().total);
    for (const r of results) {
      assert.ok(RULES.some((rule) => rule.code === r.ruleId), String(r.ruleId));
      assert.equal(run.tool.driver.rules?.[r.ruleIndex!].id, r.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(r.level!), r.level);
      assert.ok(r.message.text);
      const loc = r.locations![0].physicalLocation!;
      assert.equal(loc.artifactLocation?.uri, SEED_NAME);
      assert.equal(loc.artifactLocation?.uriBaseId, '%SRCROOT%');
      assert.ok(loc.region!.startLine! >= 1 && loc.region!.startColumn! >= 1);
    }
    const clause = results.find((r) => r.ruleId === 'incomplete-agency-clause')!;
    assert.equal(clause.level, 'warning');
    assert.deepEqual(clause.locations![0].physicalLocation!.region, { startLine: 22, startColumn: 393, endLine: 22, endColumn: 398 });
    assert.equal(results.find((r) => r.ruleId === 'missing-deadline')?.level, 'note');
    assert.ok(run.originalUriBaseIds?.['%SRCROOT%']?.uri?.startsWith('file://'));
  });
});
