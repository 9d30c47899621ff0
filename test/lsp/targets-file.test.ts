import { seedTargetCount } from '../seed-facts';
import * as assert from 'node:assert/strict';
import { exportBase, targetsCsv, targetsJson } from '../../client/src/targets-file';
import { targetRows } from '../../server/src/lsp/features/targets';
import { plan, seedAnalysis } from './helpers';

/** A small CSV reader (quotes, doubled quotes, CRLF), to read back what was written. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      (row = []), (cell = ''), i++;
    } else cell += c;
  }
  return rows;
}

describe('export targets', () => {
  it('rows: every target with its task, agencies and place (seed)', () => {
    const rows = targetRows(seedAnalysis());
    assert.equal(rows.length, seedTargetCount());
    const first = rows[0];
    assert.deepEqual(
      { indicator: first.indicator, valueText: first.valueText, year: first.year, taskId: first.taskId, sectionPath: first.sectionPath, line: first.line },
      { indicator: '非化石能源消费比重', valueText: '18.3%', year: 2025, taskId: null, sectionPath: '二、主要目标', line: 9 },
    );
    const pumped = rows.find((r) => r.indicator === '抽水蓄能电站装机容量')!;
    assert.equal(pumped.taskTitle, '加快建设新型电力系统');
    assert.deepEqual(pumped.lead, ['省能源局']);
    assert.equal(pumped.strength, '力争');
  });

  it('CSV: a BOM, a Chinese header, quoted cells where needed, one row per target', () => {
    const rows = targetRows(seedAnalysis());
    const csv = targetsCsv(rows);
    assert.ok(csv.startsWith('\uFEFF指标,比较,目标值,数值,上限,单位,限定,年份,时限,基期,力度,任务编号,任务,牵头单位,配合单位,章节,行号,来源,原文\r\n'));
    const parsed = parseCsv(csv.slice(1));
    assert.equal(parsed.length, rows.length + 1);
    const row = parsed.find((r) => r[0] === '非化石能源消费比重' && r[2] === '18.3%')!;
    assert.deepEqual(row.slice(0, 12), ['非化石能源消费比重', '达到', '18.3%', '18.3', '', '%', '', '2025', '到2025年', '', '', '']);
    // A cell with a comma is quoted and reads back whole.
    const tricky = targetsCsv([{ ...rows[0], text: '达到18.3%，"约束性"指标,见附表' }]);
    assert.equal(parseCsv(tricky.slice(1))[1][18], '达到18.3%，"约束性"指标,见附表');
  });

  it('CSV and JSON of a table-sourced plan (beijing-manufacturing)', () => {
    const rows = targetRows(plan('beijing-manufacturing.txt'));
    assert.ok(rows.some((r) => r.source === 'table'));
    const json = JSON.parse(targetsJson({ uri: 'file:///b.txt', title: '北京', version: 1, targets: rows }, '/b.txt'));
    assert.equal(json.plan, '北京');
    assert.equal(json.path, '/b.txt');
    assert.equal(json.targets.length, rows.length);
    assert.ok(targetsCsv(rows).includes(',指标表,'));
  });

  it('where the files go: next to the plan, into a folder, or at a given path', () => {
    assert.equal(exportBase('/w/jiangxi.plan'), '/w/jiangxi.targets');
    assert.equal(exportBase('/w/江西省碳达峰实施方案.plan.txt'), '/w/江西省碳达峰实施方案.targets');
    assert.equal(exportBase('/w/seed.txt'), '/w/seed.targets');
    assert.equal(exportBase('/w/seed.txt', { path: '/out', isDirectory: true }), '/out/seed.targets');
    assert.equal(exportBase('/w/seed.txt', { path: '/out/t.csv', isDirectory: false }), '/out/t');
    assert.equal(exportBase('/w/seed.txt', { path: '/out/t', isDirectory: false }), '/out/t');
  });
});
