/** A comparison as plain text for the terminal (no colours: the command line adds them if it wants). */
import { formatTarget } from './format-target';
import { FINDING_LABELS, percent, segmentationLabel } from './labels';
import type { PlanComparison, SectionPair, TargetPair } from './types';

const side = (id: string | null, title: string | null): string => (id === null ? '—' : `${id} ${title ?? ''}`.trim());

function pairLine(p: SectionPair, indent: string): string {
  if (p.left && p.right) return `${indent}${side(p.left, p.leftTitle)}  ↔  ${side(p.right, p.rightTitle)}  (${percent(p.score)})`;
  if (p.left) return `${indent}${side(p.left, p.leftTitle)}  ↔  （上级方案无对应）`;
  return `${indent}（本方案无对应）  ↔  ${side(p.right, p.rightTitle)}`;
}

function targetLine(t: TargetPair): string {
  const l = t.left ? formatTarget(t.left) : '—';
  const r = t.right ? formatTarget(t.right) : '—';
  const similar = t.match === 'similar' && t.left ? `（本方案作“${t.left.indicator}”）` : '';
  return `  [${FINDING_LABELS[t.finding]}] ${t.indicator}${similar}\n      本方案：${l}    上级方案：${r}\n      ${t.note}`;
}

export function renderText(c: PlanComparison): string {
  const out: string[] = [];
  const s = c.summary;
  out.push(`方案对照 Plan comparison`);
  out.push(`  本方案（下级）：${c.left.title ?? '（无标题）'}  ${c.left.name}`);
  out.push(`  上级方案：      ${c.right.title ?? '（无标题）'}  ${c.right.name}`);
  out.push(`  比较方法：${segmentationLabel(c.method.segmentation)}；TF-IDF 相似度，阈值 ${c.method.actionThreshold}`);
  if (c.method.note) out.push(`  注意：${c.method.note}`);
  out.push(`  总体相似度 ${percent(s.similarity)}；行动对应 ${s.matchedActions} 项，本方案未对应 ${s.unmatchedLeftActions} 项，上级未对应 ${s.unmatchedRightActions} 项；任务对应 ${s.matchedTasks} 项`);
  out.push(`  指标对照 ${s.targetPairs} 组，弱于上级 ${s.weaker} 项，上级有而本方案无的指标 ${s.rightOnlyIndicators} 项`);
  out.push('');

  out.push('一、结构对应 Structure');
  if (c.sections.length === 0) out.push('  两方案均未识别到任务章节');
  for (const a of c.sections) {
    out.push(pairLine(a, '  '));
    for (const t of a.tasks) out.push(pairLine(t, '      '));
  }
  if (c.movedTasks.length) {
    out.push('  跨行动对应的任务：');
    for (const t of c.movedTasks) out.push(pairLine(t, '      '));
  }
  out.push('');

  out.push('二、指标对照 Targets');
  if (c.targets.length === 0) out.push('  两方案均未识别到量化指标');
  for (const t of c.targets) out.push(targetLine(t));
  out.push('');

  out.push('三、牵头单位 Lead agencies（牵头任务数：本方案 / 上级方案）');
  if (!c.agencies.leftHasAgencies) out.push('  本方案未标注牵头单位');
  if (!c.agencies.rightHasAgencies) out.push('  上级方案未标注牵头单位');
  for (const r of c.agencies.rows) {
    const names = [...new Set([...r.leftNames, ...r.rightNames])].join('、');
    out.push(`  ${names}  ${r.leftTasks} / ${r.rightTasks}`);
  }
  if (c.agencies.leftOnly.length) out.push(`  仅本方案牵头：${c.agencies.leftOnly.join('、')}`);
  if (c.agencies.rightOnly.length) out.push(`  仅上级方案牵头：${c.agencies.rightOnly.join('、')}`);
  out.push('');

  out.push('四、时间节点 Deadlines（指标数 / 任务数：本方案 | 上级方案）');
  for (const d of c.deadlines) out.push(`  ${d.year}年  指标 ${d.leftTargets} | ${d.rightTargets}    任务 ${d.leftTasks} | ${d.rightTasks}`);
  if (c.deadlines.length === 0) out.push('  两方案均无年份节点');
  return out.join('\n') + '\n';
}
