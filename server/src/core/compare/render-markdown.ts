/** A comparison as Markdown (tables), for an issue, a wiki page or a mail body. */
import { formatTarget } from './format-target';
import { FINDING_LABELS, percent, segmentationLabel } from './labels';
import type { PlanComparison, SectionPair } from './types';

/**
 * Plan text inside a table cell: pipes and Markdown syntax escaped, HTML made inert (a plan
 * containing `<script>` must show as text wherever the Markdown is rendered).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~])/g, '\\$1');
}

const cell = (id: string | null, title: string | null): string => (id === null ? '—' : `${escapeMarkdown(id)} ${escapeMarkdown(title ?? '')}`);

function row(p: SectionPair, task: boolean): string {
  const indent = task ? '↳ ' : '';
  const score = p.left && p.right ? percent(p.score) : '未对应';
  return `| ${indent}${cell(p.left, p.leftTitle)} | ${indent}${cell(p.right, p.rightTitle)} | ${score} |`;
}

export function renderMarkdown(c: PlanComparison): string {
  const s = c.summary;
  const out: string[] = [];
  out.push(`# 方案对照：${escapeMarkdown(c.left.title ?? c.left.name)} ↔ ${escapeMarkdown(c.right.title ?? c.right.name)}`);
  out.push('');
  out.push(`- 本方案（下级）：${escapeMarkdown(c.left.title ?? '（无标题）')}（${escapeMarkdown(c.left.name)}）`);
  out.push(`- 上级方案：${escapeMarkdown(c.right.title ?? '（无标题）')}（${escapeMarkdown(c.right.name)}）`);
  out.push(`- 比较方法：${segmentationLabel(c.method.segmentation)}，TF-IDF 相似度`);
  if (c.method.note) out.push(`- **注意**：${escapeMarkdown(c.method.note)}`);
  out.push(`- 总体相似度 ${percent(s.similarity)}；行动对应 ${s.matchedActions} 项（本方案未对应 ${s.unmatchedLeftActions}，上级未对应 ${s.unmatchedRightActions}）；任务对应 ${s.matchedTasks} 项`);
  out.push(`- 指标对照 ${s.targetPairs} 组；弱于上级 ${s.weaker} 项；上级有而本方案无 ${s.rightOnlyIndicators} 项`);
  out.push('');

  out.push('## 结构对应 Structure');
  out.push('');
  out.push('| 本方案 | 上级方案 | 相似度 |');
  out.push('| --- | --- | --- |');
  for (const a of c.sections) {
    out.push(row(a, false));
    for (const t of a.tasks) out.push(row(t, true));
  }
  out.push('');
  if (c.movedTasks.length) {
    out.push('### 跨行动对应的任务');
    out.push('');
    out.push('| 本方案 | 上级方案 | 相似度 |');
    out.push('| --- | --- | --- |');
    for (const t of c.movedTasks) out.push(row(t, false));
    out.push('');
  }

  out.push('## 指标对照 Targets');
  out.push('');
  if (c.targets.length === 0) out.push('两方案均未识别到量化指标。');
  else {
    out.push('| 结论 | 指标 | 本方案 | 上级方案 | 说明 |');
    out.push('| --- | --- | --- | --- | --- |');
    for (const t of c.targets) {
      const l = t.left ? escapeMarkdown(formatTarget(t.left)) : '—';
      const r = t.right ? escapeMarkdown(formatTarget(t.right)) : '—';
      out.push(`| ${FINDING_LABELS[t.finding]} | ${escapeMarkdown(t.indicator)} | ${l} | ${r} | ${escapeMarkdown(t.note)} |`);
    }
  }
  out.push('');

  out.push('## 牵头单位 Lead agencies');
  out.push('');
  if (!c.agencies.leftHasAgencies) out.push('本方案未标注牵头单位。');
  if (!c.agencies.rightHasAgencies) out.push('上级方案未标注牵头单位。');
  if (c.agencies.rows.length) {
    out.push('');
    out.push('| 单位 | 本方案牵头任务 | 上级方案牵头任务 |');
    out.push('| --- | --- | --- |');
    for (const r of c.agencies.rows) {
      out.push(`| ${escapeMarkdown([...new Set([...r.leftNames, ...r.rightNames])].join('、'))} | ${r.leftTasks} | ${r.rightTasks} |`);
    }
  }
  out.push('');

  out.push('## 时间节点 Deadlines');
  out.push('');
  out.push('| 年份 | 本方案指标 | 上级指标 | 本方案任务 | 上级任务 |');
  out.push('| --- | --- | --- | --- | --- |');
  for (const d of c.deadlines) out.push(`| ${d.year} | ${d.leftTargets} | ${d.rightTargets} | ${d.leftTasks} | ${d.rightTasks} |`);
  return out.join('\n') + '\n';
}
