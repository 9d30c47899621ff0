/**
 * Hover: on a target (its number, or failing that its wording), on an agency named in a clause,
 * on a section label. Markdown, in Chinese, with what a reviewer checks: the value and its
 * deadline, who leads, where in the plan.
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { PlanAnalysis, Quantity, Section, Target, Task } from '../../core';
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

  // One value may state several targets (X、Y均达到43%, 能耗和碳排放确保完成国家下达指标): each is shown.
  const byValue = model.targets.filter((t) => inSpan(t.valueSpan, offset));
  if (byValue.length > 0) {
    return { contents: markdown(byValue.map((t) => targetHover(analysis, t, comparisons)).join('\n\n---\n\n')), range: toRange(analysis, byValue[0].valueSpan) };
  }

  // Any other number: what PlanLens took it for, and why it is not a target.
  const quantity = model.quantities.find((q) => q.verdict !== 'target' && inSpan(q.span, offset));
  if (quantity) return { contents: markdown(quantityHover(quantity)), range: toRange(analysis, quantity.span) };

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


const VERDICT_NAMES: Record<Quantity['verdict'], string> = {
  target: '目标',
  threshold: '门槛',
  description: '修饰语',
  funding: '资金标准',
  history: '历史数据',
  standard: '标准水平',
  parameter: '规范或参数',
  citation: '引用',
  ordinal: '序数',
  duration: '时长',
  quoted: '引文或名称',
  background: '背景表述',
  purpose: '目的状语',
  conditional: '有条件的要求',
  'no-indicator': '无指标',
};

/** A number that is not a target: what it was taken for and why, so a reader can disagree. */
export function quantityHover(q: Quantity): string {
  return [`**${md(q.text)}** · 不作为目标（${VERDICT_NAMES[q.verdict]}）`, '', md(q.reason)].join('\n');
}

const RELATION_TEXT: Record<NonNullable<Target['relation']>, string> = {
  '=': '达到', '>=': '不低于', '<=': '不高于', '~': '约', down: '下降', up: '提高',
  'down>=': '下降不少于', 'down<=': '下降不超过', 'down~': '下降约', 'up>=': '提高不少于', 'up<=': '提高不超过', 'up~': '提高约',
};

const FORM_TEXT: Record<Target['form'], string> = {
  comparator: '比较词在数字前', count: '动词与名词之间的数量', quantity: '名词之后的数量', share: '名词之前的比例',
  frame: '其他句式', state: '无数字的目标状态', table: '指标表',
};

const YEAR_SOURCE_TEXT: Record<NonNullable<Target['yearSource']>, string> = {
  sentence: '本句', paragraph: '本段前文', section: '章节导语', 'plan-period': '方案期限', table: '指标表表头',
};

/** 不高于（控制在…以内）: the relation, and the plan's own words when they say it differently. */
function comparisonText(t: Target): string {
  if (t.relation === null) return t.endState ? `目标状态：${md(t.endState)}` : '未注明';
  const relation = RELATION_TEXT[t.relation];
  const words = `${t.comparator ?? ''}${t.qualifier ? `…${t.qualifier}` : ''}`;
  return words === '' || words === relation ? relation : `${relation}（${md(words)}）`;
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
    `- 比较：${comparisonText(t)}`,
    `- 时限：${md(deadline)}${t.yearSource ? `（来自${YEAR_SOURCE_TEXT[t.yearSource]}）` : ''}`,
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
  lines.push(`- 读法：${FORM_TEXT[t.form]}`);
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
