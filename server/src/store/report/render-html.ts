/**
 * The report as HTML, in two layers like the comparison's: `renderReportBody` (no scripts, no
 * style attributes; every row that points into a plan carries data-path and data-line, 0-based,
 * for the editor's webview to open the plan there) and `renderReportPage`, one self-contained file
 * with a strict Content-Security-Policy (only its own stylesheet, by hash or nonce; no scripts, no
 * requests) that can be mailed, opened offline and printed. All plan text is escaped.
 */
import { escapeHtml as e } from '../../core/compare/escape-html';
import { htmlDocument } from '../../core/compare/render-html';
import { totalsList, type IndicatorColumn, type MatrixCell, type PlanRef, type ReportData } from './report-data';
import { REPORT_CSS, REPORT_PAGE_CSS } from './report-styles';
import { barChart, columnChart } from './svg-charts';

/** Rows of a table on the page; the workbook has them all. */
export const PAGE_ROWS = 1000;

const LEVELS: Record<string, string> = { national: '国家', province: '省级', city: '市级', county: '区县' };

export function levelName(level: string | null): string {
  return level ? (LEVELS[level] ?? level) : '';
}

export function planName(p: PlanRef): string {
  return p.title ?? p.path.split('/').pop() ?? p.path;
}

export function cellText(c: MatrixCell): string {
  const value = c.valueTo !== null ? `${num(c.value)}—${num(c.valueTo)}` : num(c.value);
  return `${relationPrefix(c.relation)}${value}${c.unit ?? ''}`;
}

export function num(v: number): string {
  return String(Math.round(v * 1000) / 1000);
}

export function percentText(v: number | null): string {
  return v === null ? '' : `${Math.round(v * 100)}%`;
}

function relationPrefix(r: string | null): string {
  switch (r) {
    case '>=':
      return '≥';
    case '<=':
      return '≤';
    case '~':
      return '≈';
    case 'down':
    case 'down>=':
    case 'down~':
    case 'down<=':
      return '↓';
    case 'up':
    case 'up>=':
    case 'up~':
    case 'up<=':
      return '↑';
    default:
      return '';
  }
}

function planCell(p: PlanRef, line: number | null = null): string {
  const at = line !== null ? ` data-line="${line}"` : '';
  // The file's name under the title; the whole path in its tooltip (the page stays compact).
  return `<td data-path="${e(p.path)}"${at} title="${e(p.path)}">${e(planName(p))}<span class="path">${e(p.path.split('/').pop() ?? p.path)}</span></td>`;
}

export function renderReportBody(d: ReportData): string {
  const out: string[] = ['<div class="planlens-report">'];
  out.push('<h1>方案索引报告 <small class="meta">Plan index report</small></h1>');
  out.push(`<p class="meta">${e(d.database)} · ${e(d.generatedAt.slice(0, 19).replace('T', ' '))}</p>`);
  out.push(`<div class="cards">${totalsList(d).map(([k, v]) => `<div class="card"><b>${v}</b>${k}</div>`).join('')}</div>`);
  out.push(matrixSection(d));
  out.push(chartsSection(d));
  out.push(qualitySection(d));
  out.push(agencySection(d));
  out.push(timelineSection(d));
  out.push('<footer>PlanLens 生成。指标按规范化名称归并（去掉括号、“全省”等范围词，统一同义词）；单位按去掉级别的名称归并（省发展改革委 = 市发展改革委）。</footer>');
  out.push('</div>');
  return out.join('\n');
}

function matrixSection(d: ReportData): string {
  const out = ['<h2 id="matrix">指标矩阵 <small class="meta">Indicator matrix</small></h2>'];
  if (d.indicators.length === 0) return out.concat('<p class="none">没有两个以上方案共有的量化指标。</p>').join('\n');
  out.push(`<p class="hint">${d.matrix.length} 个方案 × ${d.indicators.length} 个最常见指标；每格为数值与年份，取该指标最常见的单位与年份；末行为各方案的分布（最小—最大，中位数）。</p>`);
  out.push('<div class="scroll"><table class="matrix"><thead><tr><th>方案</th><th>地区</th>');
  for (const ind of d.indicators) out.push(`<th>${e(ind.key)}<div class="meta">${ind.plans} 个方案${ind.year ? ` · ${ind.year}` : ''}</div></th>`);
  out.push('</tr></thead><tbody>');
  for (const row of d.matrix.slice(0, PAGE_ROWS)) {
    out.push(`<tr>${planCell(row.plan)}<td class="region">${e(row.plan.region ?? levelName(row.plan.level))}</td>`);
    row.cells.forEach((c, i) => out.push(matrixCell(c, d.indicators[i], row.plan)));
    out.push('</tr>');
  }
  out.push(`<tr class="spread"><td>分布 spread</td><td></td>${d.indicators.map(spreadCell).join('')}</tr>`);
  out.push('</tbody></table></div>');
  if (d.matrix.length > PAGE_ROWS) out.push(`<p class="hint">仅显示前 ${PAGE_ROWS} 行；工作簿中有全部 ${d.matrix.length} 行。</p>`);
  return out.join('\n');
}

function matrixCell(c: MatrixCell | null, ind: IndicatorColumn, plan: PlanRef): string {
  if (!c) return '<td class="cell none">—</td>';
  const comparable = c.unit === ind.unit && c.year === ind.year && ind.min !== null && ind.max !== null && ind.min !== ind.max;
  const cls = comparable ? (c.value === ind.min ? ' low' : c.value === ind.max ? ' high' : '') : '';
  return `<td class="cell${cls}" data-path="${e(plan.path)}" data-line="${c.line}" data-character="${c.character}">${e(cellText(c))}<span class="y">${c.year ?? ''}</span></td>`;
}

function spreadCell(ind: IndicatorColumn): string {
  if (ind.min === null || ind.max === null || ind.median === null) return '<td></td>';
  const unit = e(ind.unit ?? '');
  return `<td class="cell">${num(ind.min)}—${num(ind.max)}${unit}<div>中位 ${num(ind.median)}${unit}</div></td>`;
}

function chartsSection(d: ReportData): string {
  const out = ['<h2 id="charts">图表 <small class="meta">Charts</small></h2>', '<div class="charts">'];
  const first = d.indicators[0];
  if (first) {
    const bars = d.matrix
      .map((r) => ({ plan: r.plan, c: r.cells[0] }))
      .filter((x): x is { plan: PlanRef; c: MatrixCell } => x.c !== null && x.c.unit === first.unit && x.c.year === first.year)
      .sort((a, b) => b.c.value - a.c.value)
      .slice(0, 40)
      .map((x) => ({ label: x.plan.region ?? planName(x.plan), values: [x.c.value], note: cellText(x.c) }));
    out.push(`<figure>${barChart(`${first.key}（${first.year ?? ''}）`, bars, ['s1'])}<figcaption>${e(first.key)}：各方案${first.year ? ` ${first.year} 年` : ''}目标值</figcaption></figure>`);
  }
  if (d.timeline.length) {
    out.push(
      `<figure>${columnChart('各年份的目标与任务', d.timeline.map((y) => ({ label: String(y.year), values: [y.targets, y.tasks] })), ['s1', 's3'], ['目标指标', '任务'])}<figcaption>各年份到期的目标指标与任务</figcaption></figure>`,
    );
  }
  if (d.agencies.length) {
    out.push(
      `<figure>${barChart('单位任务负担', d.agencies.map((a) => ({ label: a.agency, values: [a.led, a.supported] })), ['s1', 's2'], ['牵头', '配合'])}<figcaption>牵头与配合的任务数（前 ${d.agencies.length} 个单位）</figcaption></figure>`,
    );
  }
  out.push('</div>');
  return out.join('\n');
}

function qualitySection(d: ReportData): string {
  const out = ['<h2 id="quality">任务质量 <small class="meta">Quality: tasks with a lead and with a time requirement</small></h2>'];
  out.push('<div class="scroll"><table class="quality"><thead><tr><th>方案</th><th>级别</th><th>地区</th><th>发布日期</th><th>任务</th><th>有牵头单位</th><th>有时限</th><th>目标指标</th><th>问题</th></tr></thead><tbody>');
  for (const q of d.quality.slice(0, PAGE_ROWS)) {
    if (q.error !== null) {
      out.push(`<tr>${planCell(q)}<td colspan="8" class="none">无法读取：${e(q.error)}</td></tr>`);
      continue;
    }
    const meter = (v: number | null) => (v === null ? '<td class="n none">—</td>' : `<td class="n"><meter min="0" max="1" value="${v.toFixed(3)}"></meter> ${percentText(v)}</td>`);
    out.push(
      `<tr>${planCell(q, 0)}<td>${levelName(q.level)}</td><td>${e(q.region ?? '')}</td><td>${e(q.issued ?? '')}</td><td class="n">${q.tasks ?? ''}</td>` +
        `${meter(q.withLead)}${meter(q.withDeadline)}<td class="n">${q.targets ?? ''}</td><td class="n">${q.diagnostics ?? ''}</td></tr>`,
    );
  }
  out.push('</tbody></table></div>');
  if (d.quality.length > PAGE_ROWS) out.push(`<p class="hint">仅显示前 ${PAGE_ROWS} 行；工作簿中有全部 ${d.quality.length} 行。</p>`);
  return out.join('\n');
}

function agencySection(d: ReportData): string {
  const out = ['<h2 id="agencies">单位任务负担 <small class="meta">Agency load</small></h2>'];
  if (d.agencies.length === 0) return out.concat('<p class="none">没有任务写明单位。</p>').join('\n');
  out.push('<table class="agencies"><thead><tr><th>单位（不分级别）</th><th>牵头任务</th><th>配合任务</th><th>涉及方案</th></tr></thead><tbody>');
  for (const a of d.agencies) out.push(`<tr><td>${e(a.agency)}</td><td class="n">${a.led}</td><td class="n">${a.supported}</td><td class="n">${a.plans}</td></tr>`);
  out.push('</tbody></table>');
  return out.join('\n');
}

function timelineSection(d: ReportData): string {
  const out = ['<h2 id="timeline">时间节点 <small class="meta">Deadline timeline</small></h2>'];
  if (d.timeline.length === 0) return out.concat('<p class="none">没有带年份的目标或任务。</p>').join('\n');
  out.push('<table class="timeline"><thead><tr><th>年份</th><th>目标指标</th><th>任务</th></tr></thead><tbody>');
  for (const y of d.timeline) out.push(`<tr><td>${y.year}</td><td class="n">${y.targets}</td><td class="n">${y.tasks}</td></tr>`);
  out.push('</tbody></table>');
  return out.join('\n');
}

export function reportCss(): string {
  return REPORT_CSS;
}

/** A complete, self-contained page. */
export function renderReportPage(d: ReportData, nonce?: string): string {
  return htmlDocument(`方案索引报告 · ${d.database}`, REPORT_CSS + REPORT_PAGE_CSS, renderReportBody(d), nonce);
}
