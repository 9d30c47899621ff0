/**
 * Hover: on a target (its number, or failing that its wording), on an agency named in a clause,
 * on a section label. Markdown, in Chinese, with what a reviewer checks: the value and its
 * deadline, who leads, where in the plan.
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { PlanAnalysis, Section, Target, Task } from '../../core';
import { counterparts, type HoverComparison } from './comparison-hover';
import { heading, inSpan, planIndex, sectionChain, sectionPath, tasksUnder, toRange } from './plan-index';
import { md } from './markdown';
import { targetValueText } from './target-text';
import { taskFacts } from './task-hover';

export type { HoverComparison } from './comparison-hover';
export { md } from './markdown';

/** `comparisons`: the open comparisons this plan is part of; a target's hover then names the
 * other plan's value for the same indicator and year. */
export function hover(analysis: PlanAnalysis, position: Position, comparisons: readonly HoverComparison[] = []): Hover | null {
  const offset = analysis.lineIndex.offsetAt(position);
  const { model } = analysis;
  const index = planIndex(analysis);

  const byValue = model.targets.find((t) => inSpan(t.valueSpan, offset));
  if (byValue) return { contents: markdown(targetHover(analysis, byValue, comparisons)), range: toRange(analysis, byValue.valueSpan) };

  for (const c of model.clauses) {
    if (!inSpan(c.span, offset)) continue;
    const name = c.names.find((n) => inSpan(n.span, offset));
    if (name) return { contents: markdown(agencyHover(analysis, name.name)), range: toRange(analysis, name.span) };
  }

  const section = index.sections.find((s) => inSpan(s.labelSpan, offset));
  if (section) return { contents: markdown(sectionHover(analysis, section)), range: toRange(analysis, section.labelSpan) };

  // A paragraph task has no label: its first sentence stands for it.
  const paragraph = model.tasks.find((t) => t.kind === 'paragraph' && inSpan(t.headingSpan, offset));
  if (paragraph) return { contents: markdown(paragraphTaskHover(analysis, paragraph)), range: toRange(analysis, paragraph.headingSpan) };

  const byText = model.targets.find((t) => inSpan(t.span, offset));
  if (byText) return { contents: markdown(targetHover(analysis, byText, comparisons)), range: toRange(analysis, byText.span) };
  return null;
}

function markdown(value: string) {
  return { kind: MarkupKind.Markdown, value };
}


export function targetHover(analysis: PlanAnalysis, t: Target, comparisons: readonly HoverComparison[] = []): string {
  const index = planIndex(analysis);
  const task = t.taskId ? index.taskById.get(t.taskId) : undefined;
  const section = t.sectionId ? index.sectionById.get(t.sectionId) : undefined;
  const deadline = t.deadlineText
    ? t.year !== null && !t.deadlineText.includes(String(t.year))
      ? `${t.deadlineText}（${t.year}年）`
      : t.deadlineText
    : t.year !== null
      ? `${t.year}年`
      : '未注明';
  const lines = [
    `**指标** ${md(t.indicator)}`,
    '',
    `- 目标值：**${md(targetValueText(t))}**`,
    `- 比较：${t.comparator ? md(t.comparator) : '未注明'}`,
    `- 时限：${md(deadline)}`,
    `- 基期：${t.baselineYear !== null ? `${t.baselineYear}年` : '未注明'}`,
    `- 力度：${t.strength ? md(t.strength) : '未注明'}`,
  ];
  if (task) {
    lines.push(`- 所在任务：${md(task.kind === 'numbered' && section ? heading(section) : task.title)}`);
    const lead = task.agencies?.lead ?? [];
    lines.push(`- 牵头单位：${lead.length > 0 ? md(lead.join('、')) : '未明确'}`);
  } else {
    lines.push('- 所在任务：无（不在具体任务内）');
  }
  if (section) lines.push(`- 位置：${md(sectionPath(section))}`);
  if (t.source === 'table') lines.push('- 来源：指标表');
  for (const c of counterparts(analysis, t, comparisons)) {
    const value = c.value === null ? '' : `**${md(c.value)}**${c.year !== null ? `（${c.year}年）— ` : ' — '}`;
    lines.push(`- ${c.role}${md(c.plan)}：${value}${md(c.verdict)}`);
  }
  return lines.join('\n');
}

export function paragraphTaskHover(analysis: PlanAnalysis, t: Task): string {
  const section = planIndex(analysis).sectionById.get(t.sectionId);
  const lines = [`**${md(t.title)}**`, ''];
  if (section) lines.push(`位置：${md(sectionPath(section))}`, '');
  lines.push('段落任务（带责任分工的段落）', '', ...taskFacts(analysis, t));
  return lines.join('\n');
}

export function agencyHover(analysis: PlanAnalysis, name: string): string {
  const entry = planIndex(analysis).agencies.get(name);
  const lead = entry?.lead ?? [];
  const support = entry?.support ?? [];
  const implement = entry?.implement ?? [];
  const lines = [`**${md(name)}**`, '', `本方案中牵头 **${lead.length}** 项任务，配合 **${support.length}** 项任务${implement.length > 0 ? `，负责落实 **${implement.length}** 项` : ''}。`];
  const list = (label: string, tasks: typeof lead) => {
    if (tasks.length === 0) return;
    const shown = tasks.slice(0, 8).map((t) => md(`${t.id} ${t.title}`));
    lines.push('', `${label}：`, ...shown.map((s) => `- ${s}`));
    if (tasks.length > shown.length) lines.push(`- ……等 ${tasks.length} 项`);
  };
  list('牵头', lead);
  list('配合', support);
  return lines.join('\n');
}

const KIND_NAMES: Record<string, string> = {
  chapter: '章',
  part: '节',
  cn: '一级标题',
  'paren-cn': '二级标题',
  arabic: '三级标题',
  'paren-arabic': '四级标题',
  'half-paren-arabic': '编号标题',
  circled: '五级标题',
  box: '专栏',
  annex: '附件',
};

export function sectionHover(analysis: PlanAnalysis, s: Section): string {
  const { model } = analysis;
  const index = planIndex(analysis);
  const tasks = tasksUnder(analysis, s);
  const targets = model.targets.filter((t) => t.span.start >= s.span.start && t.span.start < s.span.end).length;
  const problems = analysis.diagnostics.filter((d) => d.span.start >= s.span.start && d.span.start < s.span.end).length;
  const task = index.taskById.get(s.id);
  const lines = [`**${md(heading(s))}**`, ''];
  const chain = sectionChain(s);
  if (chain.length > 1) lines.push(`位置：${md(chain.slice(0, -1).map(heading).join(' › '))}`, '');
  const facts = [`${KIND_NAMES[s.kind] ?? s.kind}`];
  if (s.children.length > 0) facts.push(`${s.children.length} 个下级标题`);
  if (task) facts.push('本身是一项任务');
  else facts.push(`${tasks.length} 项任务`);
  facts.push(`${targets} 项指标`, `${problems} 个问题`);
  if (!s.working) facts.push('非任务章节');
  lines.push(facts.join(' · '));
  if (task) lines.push('', ...taskFacts(analysis, task));
  return lines.join('\n');
}
