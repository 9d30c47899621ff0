/**
 * What the hover on a task says about "who, and by when" — as a reviewer would find them, each
 * with where it was found, so that a drafter can see why an alarm is raised or not:
 *
 *   时限：到2025年（任务本身写明）        牵头：省能源局（正文：由…负责）
 *   时限：2025年（方案期限）              牵头：未明确
 *   时限：未明确 — 具体工作，需补充时限   时限：不需要 — 常设性措施
 */
import type { PlanAnalysis, Task } from '../../core';
import { md } from './markdown';

export const DEADLINE_SOURCE: Record<Task['effectiveDeadline']['source'], string> = {
  own: '任务本身写明',
  table: '分工表',
  section: '所在章节的导语',
  'plan-period': '方案期限',
  recurring: '周期性工作',
  ongoing: '持续性工作',
  none: '',
};

export const LEAD_SOURCE: Record<Task['leadSource'], string> = {
  clause: '责任分工括注',
  body: '正文中的牵头、负责单位',
  'plan-rule': '方案的统一规定（下同）',
  table: '分工表',
  convention: '方案约定的牵头单位写法',
  none: '',
};

function deadlineLine(analysis: PlanAnalysis, t: Task): string {
  const d = t.effectiveDeadline;
  if (d.source === 'none') {
    if (analysis.model.mode === 'division') return '时限：**未明确** — 分工方案要求逐项写明';
    return t.work === 'concrete' ? '时限：**未明确** — 具体工作，需补充时限' : '时限：不需要 — 常设性措施';
  }
  const words = d.text ?? (d.year !== null ? `${d.year}年` : '');
  const year = d.year !== null && !words.includes(String(d.year)) ? `（${d.year}年）` : '';
  const strict = analysis.model.mode === 'division' && d.source !== 'own' && d.source !== 'table' ? ' — 分工方案要求逐项写明' : '';
  return `时限：${md(words)}${year}（${DEADLINE_SOURCE[d.source]}）${strict}`;
}

function leadLines(t: Task): string[] {
  const lead = t.agencies?.lead ?? [];
  if (lead.length === 0 || t.leadSource === 'none') return ['牵头单位：**未明确**'];
  const lines = [`牵头单位：${md(lead.join('、'))}（${LEAD_SOURCE[t.leadSource]}）`];
  const support = t.agencies?.support ?? [];
  if (support.length > 0) lines.push(`配合单位：${md(support.join('、'))}`);
  return lines;
}

/** The lines of a task's hover on its deadline, its lead and the nature of its work. */
export function taskFacts(analysis: PlanAnalysis, t: Task): string[] {
  const nature = t.work === 'concrete' ? '具体工作（建设、制定、试点、改造、淘汰或量化目标）' : '常设性措施（机制、制度、监管、宣传等）';
  return [deadlineLine(analysis, t), '', ...leadLines(t).flatMap((l) => [l, '']), `性质：${nature}`];
}
