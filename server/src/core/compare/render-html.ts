/**
 * A comparison as HTML. Two layers, so that the VS Code webview can reuse the first:
 *  - renderComparisonBody: the report's inner HTML (no scripts, no inline style attributes);
 *    every row that points into the plans carries data-left-id / data-right-id and
 *    data-left-line / data-right-line (0-based) for a webview script to jump on;
 *  - renderComparisonPage: a self-contained page an analyst can mail — one file, inline CSS, no
 *    remote resources, and a strict Content-Security-Policy (nothing but that one stylesheet,
 *    allowed by its hash, or by a nonce when the caller gives one).
 * All plan text goes through escapeHtml: a plan containing <script> shows as text.
 */
import { createHash } from 'node:crypto';
import { escapeHtml as e } from './escape-html';
import { formatTarget } from './format-target';
import { COMPARISON_CSS, PAGE_CSS } from './html-styles';
import { FINDING_LABELS, percent, segmentationLabel } from './labels';
import type { PlanComparison, SectionPair, TargetPair, TargetView } from './types';

function dataAttrs(leftId: string | null, rightId: string | null, leftLine: number | null, rightLine: number | null): string {
  const attrs: string[] = [];
  if (leftId !== null) attrs.push(`data-left-id="${e(leftId)}"`);
  if (rightId !== null) attrs.push(`data-right-id="${e(rightId)}"`);
  if (leftLine !== null) attrs.push(`data-left-line="${leftLine}"`);
  if (rightLine !== null) attrs.push(`data-right-line="${rightLine}"`);
  return attrs.length ? ' ' + attrs.join(' ') : '';
}

function sectionCell(id: string | null, title: string | null, cls: string, missing: string): string {
  if (id === null) return `<td class="${cls}"><span class="none">${missing}</span></td>`;
  return `<td class="${cls}"><span class="id">${e(id)}</span>${e(title ?? '')}</td>`;
}

function sectionRow(p: SectionPair, task: boolean): string {
  const score =
    p.left && p.right
      ? `<meter min="0" max="1" value="${p.score}"></meter> ${percent(p.score)}`
      : '<span class="none">未对应</span>';
  const shared = p.sharedTerms.length ? e(p.sharedTerms.join('、')) : '';
  return (
    `<tr class="${task ? 'task' : 'action'}"${dataAttrs(p.left, p.right, p.leftLine, p.rightLine)}>` +
    sectionCell(p.left, p.leftTitle, 'l', '（上级方案有，本方案无）') +
    sectionCell(p.right, p.rightTitle, 'r', '（本方案有，上级方案无）') +
    `<td class="score">${score}</td><td class="terms">${shared}</td></tr>`
  );
}

function targetCell(t: TargetView | null): string {
  if (!t) return '<td><span class="none">—</span></td>';
  const where = t.sectionId ? `<span class="id">§${e(t.sectionId)}</span>` : '';
  return `<td>${where}${e(formatTarget(t))}</td>`;
}

function targetRow(t: TargetPair): string {
  const similar = t.match === 'similar' && t.left ? `<div class="meta">本方案作“${e(t.left.indicator)}”</div>` : '';
  return (
    `<tr class="target"${dataAttrs(t.left?.sectionId ?? null, t.right?.sectionId ?? null, t.left?.line ?? null, t.right?.line ?? null)}>` +
    `<td><span class="badge f-${t.finding}">${FINDING_LABELS[t.finding]}</span></td>` +
    `<td>${e(t.indicator)}${similar}</td>` +
    targetCell(t.left) +
    targetCell(t.right) +
    `<td>${e(t.note)}</td></tr>`
  );
}

/** The report's inner HTML: one <div class="planlens-compare">, to be placed in any page. */
export function renderComparisonBody(c: PlanComparison): string {
  const s = c.summary;
  const out: string[] = [];
  out.push('<div class="planlens-compare">');
  out.push(`<h1>方案对照：${e(c.left.title ?? c.left.name)} ↔ ${e(c.right.title ?? c.right.name)}</h1>`);
  out.push(`<p class="meta">本方案（下级）：${e(c.left.title ?? '（无标题）')} · ${e(c.left.name)}</p>`);
  out.push(`<p class="meta">上级方案：${e(c.right.title ?? '（无标题）')} · ${e(c.right.name)}</p>`);
  out.push(`<p class="meta">比较方法：${e(segmentationLabel(c.method.segmentation))}，标题与正文 TF-IDF 相似度，一一对应（阈值 ${c.method.actionThreshold}）</p>`);
  if (c.method.note) out.push(`<p class="note">${e(c.method.note)}</p>`);
  out.push('<div class="cards">');
  const card = (n: string | number, label: string) => out.push(`<div class="card"><b>${e(n)}</b>${label}</div>`);
  card(percent(s.similarity), '总体相似度');
  card(s.matchedActions, '行动对应');
  card(s.unmatchedLeftActions, '本方案未对应');
  card(s.unmatchedRightActions, '上级未对应');
  card(s.matchedTasks, '任务对应');
  card(s.weaker, '指标弱于上级');
  card(s.rightOnlyIndicators, '上级有本方案无的指标');
  out.push('</div>');

  out.push('<h2>结构对应 Structure</h2>');
  out.push('<table class="sections"><thead><tr><th>本方案</th><th>上级方案</th><th>相似度</th><th>共有关键词</th></tr></thead><tbody>');
  for (const a of c.sections) {
    out.push(sectionRow(a, false));
    for (const t of a.tasks) out.push(sectionRow(t, true));
  }
  out.push('</tbody></table>');
  if (c.movedTasks.length) {
    out.push('<h2>跨行动对应的任务</h2>');
    out.push('<table class="moved"><thead><tr><th>本方案</th><th>上级方案</th><th>相似度</th><th>共有关键词</th></tr></thead><tbody>');
    for (const t of c.movedTasks) out.push(sectionRow(t, false));
    out.push('</tbody></table>');
  }

  out.push('<h2>指标对照 Targets</h2>');
  if (c.targets.length === 0) out.push('<p class="none">两方案均未识别到量化指标。</p>');
  else {
    out.push('<table class="targets"><thead><tr><th>结论</th><th>指标</th><th>本方案</th><th>上级方案</th><th>说明</th></tr></thead><tbody>');
    for (const t of c.targets) out.push(targetRow(t));
    out.push('</tbody></table>');
  }

  out.push('<h2>牵头单位 Lead agencies</h2>');
  if (!c.agencies.leftHasAgencies) out.push('<p class="none">本方案未标注牵头单位。</p>');
  if (!c.agencies.rightHasAgencies) out.push('<p class="none">上级方案未标注牵头单位。</p>');
  if (c.agencies.rows.length) {
    out.push('<table class="agencies"><thead><tr><th>单位</th><th>本方案牵头任务</th><th>上级方案牵头任务</th></tr></thead><tbody>');
    for (const r of c.agencies.rows) {
      const names = [...new Set([...r.leftNames, ...r.rightNames])].join('、');
      out.push(`<tr><td>${e(names)}</td><td>${r.leftTasks}</td><td>${r.rightTasks}</td></tr>`);
    }
    out.push('</tbody></table>');
  }
  if (c.agencies.leftOnly.length) out.push(`<p>仅本方案牵头：${e(c.agencies.leftOnly.join('、'))}</p>`);
  if (c.agencies.rightOnly.length) out.push(`<p>仅上级方案牵头：${e(c.agencies.rightOnly.join('、'))}</p>`);

  out.push('<h2>时间节点 Deadlines</h2>');
  if (c.deadlines.length === 0) out.push('<p class="none">两方案均无年份节点。</p>');
  else {
    out.push('<table class="deadlines"><thead><tr><th>年份</th><th>本方案指标</th><th>上级指标</th><th>本方案任务</th><th>上级任务</th></tr></thead><tbody>');
    for (const d of c.deadlines) {
      out.push(`<tr><td>${d.year}</td><td>${d.leftTargets}</td><td>${d.rightTargets}</td><td>${d.leftTasks}</td><td>${d.rightTasks}</td></tr>`);
    }
    out.push('</tbody></table>');
  }
  out.push('<footer>PlanLens 生成。本方案 = 左侧（下级方案），上级方案 = 右侧；“弱于上级”指同一指标同一年份本方案要求更低。</footer>');
  out.push('</div>');
  return out.join('\n');
}

export interface PageOptions {
  /** A CSP nonce for the stylesheet; without one, the stylesheet is allowed by its hash. */
  nonce?: string;
}

/** The Content-Security-Policy of the page: no scripts, no requests, only the one stylesheet. */
export function pageCsp(css: string, nonce?: string): string {
  const style = nonce ? `'nonce-${nonce}'` : `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
  return `default-src 'none'; style-src ${style}; img-src 'none'; font-src 'none'; connect-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'`;
}

/** A complete, self-contained HTML document. */
export function renderComparisonPage(c: PlanComparison, options: PageOptions = {}): string {
  return htmlPage(`方案对照：${c.left.title ?? c.left.name} ↔ ${c.right.title ?? c.right.name}`, renderComparisonBody(c), options.nonce);
}

/**
 * The page around a report's body (comparison or ranking): the shared stylesheet, admitted by the
 * CSP through `nonce` when given, else through its hash.
 */
export function htmlPage(title: string, body: string, nonce?: string): string {
  return htmlDocument(title, COMPARISON_CSS + PAGE_CSS, body, nonce);
}

/**
 * A self-contained page: `css` inline, admitted by the CSP through `nonce` when given, else through
 * its hash; no other resource. The comparison and the index's report are both written through it.
 */
export function htmlDocument(title: string, css: string, body: string, nonce?: string): string {
  const nonceAttr = nonce ? ` nonce="${e(nonce)}"` : '';
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${e(pageCsp(css, nonce))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${e(title)}</title>`,
    `<style${nonceAttr}>${css}</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
