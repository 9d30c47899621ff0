/**
 * The report as one Excel workbook (exceljs: pure JavaScript, writes .xlsx that Excel, WPS and
 * LibreOffice open). One sheet per table of the page, every row (the page caps its tables), plain
 * values with number formats — an analyst sorts, filters and charts them in Excel; exceljs does
 * not write charts, so the page's charts are not in the workbook.
 */
import * as path from 'node:path';
import type { Workbook, Worksheet } from 'exceljs';
import { cellText, levelName, planName } from './render-html';
import { totalsList, type ReportData } from './report-data';

export const SHEETS = ['指标矩阵', '任务质量', '单位负担', '时间节点', '方案'] as const;

export async function renderReportXlsx(d: ReportData): Promise<Buffer> {
  const ExcelJS = loadExcelJs();
  const wb: Workbook = new ExcelJS.Workbook();
  wb.creator = 'PlanLens';
  wb.created = new Date(d.generatedAt);

  const matrix = sheet(wb, SHEETS[0], ['方案', '地区', '级别', '路径', ...d.indicators.flatMap((i) => [`${i.key}`, `${i.key} 年份`])]);
  for (const r of d.matrix) {
    matrix.addRow([planName(r.plan), r.plan.region, levelName(r.plan.level), r.plan.path, ...r.cells.flatMap((c) => (c ? [cellText(c), c.year] : [null, null]))]);
  }
  matrix.addRow([]);
  matrix.addRow(['分布：最小', null, null, null, ...d.indicators.flatMap((i) => [i.min, i.year])]);
  matrix.addRow(['分布：最大', null, null, null, ...d.indicators.flatMap((i) => [i.max, i.year])]);
  matrix.addRow(['分布：中位数', null, null, null, ...d.indicators.flatMap((i) => [i.median, i.year])]);
  matrix.addRow(['单位', null, null, null, ...d.indicators.flatMap((i) => [i.unit, null])]);
  matrix.addRow(['方案数', null, null, null, ...d.indicators.flatMap((i) => [i.plans, null])]);

  const quality = sheet(wb, SHEETS[1], ['方案', '级别', '地区', '发布日期', '任务', '有牵头单位的比例', '有时限的比例', '目标指标', '问题', '无法读取', '路径']);
  for (const q of d.quality) {
    quality.addRow([planName(q), levelName(q.level), q.region, q.issued, q.tasks, q.withLead, q.withDeadline, q.targets, q.diagnostics, q.error, q.path]);
  }
  quality.getColumn(6).numFmt = '0%';
  quality.getColumn(7).numFmt = '0%';

  const agencies = sheet(wb, SHEETS[2], ['单位（不分级别）', '牵头任务', '配合任务', '涉及方案']);
  for (const a of d.agencies) agencies.addRow([a.agency, a.led, a.supported, a.plans]);

  const timeline = sheet(wb, SHEETS[3], ['年份', '目标指标', '任务']);
  for (const y of d.timeline) timeline.addRow([y.year, y.targets, y.tasks]);

  const about = sheet(wb, SHEETS[4], ['项目', '数值']);
  about.addRow(['数据库', d.database]);
  about.addRow(['生成时间', d.generatedAt]);
  for (const row of totalsList(d)) about.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * exceljs, loaded when a workbook is asked for: from its own bundle beside dist/planlens.js (see
 * scripts/build.mjs), or from node_modules when running from tsc's out/ (the tests).
 */
function loadExcelJs(): typeof import('exceljs') {
  const bundled = path.basename(__filename) !== 'render-xlsx.js';
  return (bundled ? require(path.join(__dirname, 'exceljs.js')) : require('exceljs')) as typeof import('exceljs');
}

function sheet(wb: Workbook, name: string, header: string[]): Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(header).font = { bold: true };
  ws.columns.forEach((c, i) => (c.width = i === 0 ? 40 : 14));
  return ws;
}
