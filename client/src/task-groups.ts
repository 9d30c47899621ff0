/**
 * The Tasks and Targets views' trees as plain data (no vscode here, so that mocha tests them):
 * tasks grouped by chapter › action, by lead agency or by deadline year, under the filters the
 * reviewer picked; targets grouped by year or by indicator.
 */
import type { TargetRow, TaskRow } from '../../server/src/lsp/protocol';

export type TaskGrouping = 'outline' | 'lead' | 'year';
export type TaskFilter = 'noLead' | 'noDeadline' | 'hasTargets' | 'hasProblems';
export type TargetGrouping = 'year' | 'indicator';

export const TASK_GROUPINGS: Record<TaskGrouping, string> = { outline: '按章节和行动', lead: '按牵头单位', year: '按完成年份' };
export const TASK_FILTERS: Record<TaskFilter, string> = {
  noLead: '未明确牵头单位',
  noDeadline: '未明确时限',
  hasTargets: '含指标',
  hasProblems: '有问题',
};
export const TARGET_GROUPINGS: Record<TargetGrouping, string> = { year: '按年份', indicator: '按指标' };

export interface Group<R> {
  kind: 'group';
  /** Unique among its siblings' keys across the tree: a section id, an agency, a year. */
  key: string;
  label: string;
  /** outline: 'chapter' | 'action'; otherwise the grouping. */
  role: string;
  children: Array<Group<R> | Leaf<R>>;
  /** Tasks (or targets) in this group and below. */
  count: number;
}

export interface Leaf<R> {
  kind: 'leaf';
  row: R;
  /** Unique per row and group (a task led by two agencies appears under both). */
  key: string;
}

export type TaskNode = Group<TaskRow> | Leaf<TaskRow>;
export type TargetNode = Group<TargetRow> | Leaf<TargetRow>;

export const NO_LEAD = '未明确牵头';
export const NO_YEAR = '未明确时限';
export const NO_YEAR_STANDING = '无具体年份（周期性、持续性）';

export function passes(row: TaskRow, filters: ReadonlySet<TaskFilter>): boolean {
  if (filters.has('noLead') && row.lead.length > 0) return false;
  if (filters.has('noDeadline') && row.deadlineSource !== 'none') return false;
  if (filters.has('hasTargets') && row.targets === 0) return false;
  if (filters.has('hasProblems') && row.problems === 0) return false;
  return true;
}

export function groupTasks(rows: readonly TaskRow[], grouping: TaskGrouping, filters: ReadonlySet<TaskFilter> = new Set()): TaskNode[] {
  const shown = rows.filter((r) => passes(r, filters));
  if (grouping === 'lead') {
    return flatGroups(shown, 'lead', (r) => (r.lead.length > 0 ? r.lead : [NO_LEAD]), (a, b) => (a === NO_LEAD ? 1 : b === NO_LEAD ? -1 : 0));
  }
  if (grouping === 'year') {
    const yearOf = (r: TaskRow) => (r.deadlineYear !== null ? `${r.deadlineYear}年` : r.deadlineSource === 'none' ? NO_YEAR : NO_YEAR_STANDING);
    const rank = (k: string) => (k === NO_YEAR_STANDING ? 1e6 : k === NO_YEAR ? 1e6 + 1 : parseInt(k, 10));
    return flatGroups(shown, 'year', (r) => [yearOf(r)], (a, b) => rank(a) - rank(b));
  }
  return outlineGroups(shown);
}

/** Chapter › action › task; a task outside any action sits under its chapter, one outside any chapter at the top. */
function outlineGroups(rows: readonly TaskRow[]): TaskNode[] {
  const top: TaskNode[] = [];
  const groups = new Map<string, Group<TaskRow>>();
  const group = (parent: TaskNode[], key: string, label: string, role: string) => {
    let g = groups.get(key);
    if (!g) {
      groups.set(key, (g = { kind: 'group', key, label, role, children: [], count: 0 }));
      parent.push(g);
    }
    g.count++;
    return g;
  };
  for (const row of rows) {
    let parent = top;
    if (row.chapter && row.chapter.id !== row.id) parent = group(parent, row.chapter.id, row.chapter.heading, 'chapter').children;
    if (row.action) parent = group(parent, row.action.id, row.action.heading, 'action').children;
    parent.push({ kind: 'leaf', row, key: row.id });
  }
  return top;
}

/** One level of groups, in first-seen order unless `order` says otherwise; a row may sit in several. */
function flatGroups<R>(rows: readonly R[], role: string, keysOf: (r: R) => string[], order: (a: string, b: string) => number): Array<Group<R>> {
  const groups = new Map<string, Group<R>>();
  rows.forEach((row, i) => {
    for (const key of keysOf(row)) {
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { kind: 'group', key, label: key, role, children: [], count: 0 }));
      g.children.push({ kind: 'leaf', row, key: `${key}\u0000${i}` });
      g.count++;
    }
  });
  return [...groups.values()].sort((a, b) => order(a.key, b.key));
}

export function groupTargets(rows: readonly TargetRow[], grouping: TargetGrouping): TargetNode[] {
  if (grouping === 'indicator') return flatGroups(rows, 'indicator', (r) => [r.indicator], () => 0);
  const rank = (k: string) => (k === '未注明年份' ? 1e6 : parseInt(k, 10));
  return flatGroups(rows, 'year', (r) => [r.year !== null ? `${r.year}年` : '未注明年份'], (a, b) => rank(a) - rank(b));
}

const LEAD_FROM: Record<string, string> = { clause: '括注', body: '正文', 'plan-rule': '下同', table: '分工表', convention: '约定' };
const DEADLINE_FROM: Record<string, string> = { own: '本身', table: '分工表', section: '章节', 'plan-period': '规划期', recurring: '周期', ongoing: '持续' };

/** A task row's description: lead and time, each with where it comes from. */
export function taskDescription(row: TaskRow): string {
  const lead = row.lead.length > 0 ? `牵头：${row.lead.join('、')}（${LEAD_FROM[row.leadSource] ?? row.leadSource}）` : '牵头：未明确';
  const time = row.deadline !== null ? `${row.deadline}（${DEADLINE_FROM[row.deadlineSource] ?? row.deadlineSource}）` : row.work === 'standing' ? '常设措施' : '时限：未明确';
  return `${lead} · ${time}`;
}

/** A task row's tooltip: everything the view knows of it, in full words. */
export function taskTooltip(row: TaskRow): string {
  const lines = [row.title];
  if (row.chapter || row.action) lines.push([row.chapter?.heading, row.action?.heading].filter(Boolean).join(' › '));
  lines.push(row.lead.length > 0 ? `牵头单位：${row.lead.join('、')}（${row.leadSourceText}）` : '牵头单位：未明确');
  if (row.support.length > 0) lines.push(`配合单位：${row.support.join('、')}`);
  lines.push(row.deadline !== null ? `时限：${row.deadline}（${row.deadlineSourceText}）` : `时限：未明确（${row.work === 'standing' ? '常设性措施，不需要' : '具体工作'}）`);
  lines.push(`指标 ${row.targets} 项 · 问题 ${row.problems} 个`);
  return lines.join('\n');
}

/** A target row's label and description in a group: the indicator (by year) or the year (by indicator), then the value. */
export function targetText(row: TargetRow, grouping: TargetGrouping): { label: string; description: string } {
  const value = [row.comparator ?? '', row.valueText].filter(Boolean).join(' ');
  if (grouping === 'year') return { label: row.indicator, description: value };
  return { label: row.year !== null ? `${row.year}年` : '未注明年份', description: value };
}
