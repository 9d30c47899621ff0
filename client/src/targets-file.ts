/**
 * What "Export targets" writes, as pure functions (no vscode import, so unit tests run them):
 * the CSV (UTF-8 with BOM, so that Excel opens Chinese correctly) and the JSON, and where they go.
 */
import type { TargetRow, TargetsResult } from '../../server/src/lsp/protocol';

const COLUMNS: Array<[string, (r: TargetRow) => string | number | null]> = [
  ['指标', (r) => r.indicator],
  ['比较', (r) => r.comparator],
  ['目标值', (r) => r.valueText],
  ['数值', (r) => r.value],
  ['上限', (r) => r.valueTo],
  ['单位', (r) => r.unit],
  ['限定', (r) => r.qualifier],
  ['年份', (r) => r.year],
  ['时限', (r) => r.deadline],
  ['基期', (r) => r.baselineYear],
  ['力度', (r) => r.strength],
  ['任务编号', (r) => r.taskId],
  ['任务', (r) => r.taskTitle],
  ['牵头单位', (r) => r.lead.join('、')],
  ['配合单位', (r) => r.support.join('、')],
  ['章节', (r) => r.sectionPath],
  ['行号', (r) => r.line],
  ['来源', (r) => (r.source === 'table' ? '指标表' : '正文')],
  ['原文', (r) => r.text],
];

function cell(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function targetsCsv(rows: TargetRow[]): string {
  const lines = [COLUMNS.map(([h]) => h).join(',')];
  for (const r of rows) lines.push(COLUMNS.map(([, get]) => cell(get(r))).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export function targetsJson(result: TargetsResult, planPath: string | null): string {
  return JSON.stringify({ plan: result.title, path: planPath, targets: result.targets }, null, 2) + '\n';
}

/**
 * The two files' paths without their extension: `out` if given (a directory takes the plan's
 * name, a .csv or .json path loses its extension), else next to the plan, plan extension dropped.
 */
export function exportBase(planPath: string, out?: { path: string; isDirectory: boolean }): string {
  const join = (dir: string, name: string) => (dir.endsWith('/') || dir.endsWith('\\') ? dir + name : `${dir}/${name}`);
  const sep = Math.max(planPath.lastIndexOf('/'), planPath.lastIndexOf('\\'));
  const dir = sep >= 0 ? planPath.slice(0, sep) : '.';
  const name = (sep >= 0 ? planPath.slice(sep + 1) : planPath).replace(/(\.plan\.txt|\.plan|\.txt)$/i, '');
  if (!out) return join(dir, `${name}.targets`);
  if (out.isDirectory) return join(out.path, `${name}.targets`);
  return out.path.replace(/\.(csv|json)$/i, '');
}
