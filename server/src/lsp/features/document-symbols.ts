/**
 * The outline as document symbols: chapter → action → task, for the Outline view, breadcrumbs
 * and "Go to Symbol in Editor". Each symbol spans its whole section and selects its heading.
 */
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import type { PlanAnalysis, Section, Span, Task } from '../../core';
import { firstAtLeast, heading, outlineRole, planIndex, toRange, type OutlineRole } from './plan-index';

export function documentSymbols(analysis: PlanAnalysis): DocumentSymbol[] {
  const { model } = analysis;
  const index = planIndex(analysis);
  const paragraphTasks = new Map<string, Task[]>();
  for (const t of model.tasks) {
    if (t.kind !== 'paragraph') continue;
    const list = paragraphTasks.get(t.sectionId) ?? [];
    list.push(t);
    paragraphTasks.set(t.sectionId, list);
  }
  // Counted once for all sections, not by a scan per section: a long plan has tens of
  // thousands of sections and targets, and the editor asks for symbols after every edit.
  const targetStarts = model.targets.map((g) => g.span.start).sort((a, b) => a - b);
  const targetsIn = (span: Span) => firstAtLeast(targetStarts, span.end) - firstAtLeast(targetStarts, span.start);
  const tasksUnderCount = countTasksUnder(model.tasks);

  const taskSymbol = (t: Task, parent: Span): DocumentSymbol => {
    const span = clamp(t.span, parent);
    return {
      name: nonEmpty(t.title, t.id),
      detail: taskDetail(t),
      kind: OUTLINE_KINDS.task,
      range: toRange(analysis, span),
      selectionRange: toRange(analysis, clamp(t.headingSpan, span)),
    };
  };

  const sectionSymbol = (s: Section, parent: Span | null): DocumentSymbol => {
    const span = parent ? clamp(s.span, parent) : s.span;
    const task = index.taskById.get(s.id);
    const children = s.children.map((c) => sectionSymbol(c, span));
    for (const t of paragraphTasks.get(s.id) ?? []) children.push(taskSymbol(t, span));
    children.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    let detail: string;
    if (task) detail = taskDetail(task);
    else {
      const tasks = tasksUnderCount.get(s.id) ?? 0;
      const targets = targetsIn(s.span);
      detail = [tasks > 0 ? `${tasks}项任务` : '', targets > 0 ? `${targets}项指标` : ''].filter(Boolean).join(' · ');
      if (s.kind === 'box') detail = detail ? `专栏 · ${detail}` : '专栏';
    }
    const symbol: DocumentSymbol = {
      name: nonEmpty(heading(s), s.id),
      detail,
      kind: task ? OUTLINE_KINDS.task : kindOf(s),
      range: toRange(analysis, span),
      selectionRange: toRange(analysis, clamp(s.headingSpan, span)),
    };
    if (children.length > 0) symbol.children = children;
    return symbol;
  };

  const out: DocumentSymbol[] = [];
  if (model.title && model.titleSpan) {
    const tasks = model.tasks.length;
    const targets = model.targets.length;
    const r: Range = toRange(analysis, model.titleSpan);
    const detail = [tasks > 0 ? `${tasks}项任务` : '', targets > 0 ? `${targets}项指标` : ''].filter(Boolean).join(' · ');
    out.push({ name: model.title, detail, kind: OUTLINE_KINDS.plan, range: r, selectionRange: r });
  }
  for (const s of model.outline) out.push(sectionSymbol(s, null));
  return out;
}

/**
 * For each section id, how many tasks `tasksUnder` finds for it (the task's own section or one
 * below it by id, or the task that is the section), from one pass over the tasks.
 */
export function countTasksUnder(tasks: Task[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tasks) {
    const ids = new Set([t.sectionId, t.id]);
    for (let i = t.sectionId.indexOf('.'); i !== -1; i = t.sectionId.indexOf('.', i + 1)) ids.add(t.sectionId.slice(0, i));
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/**
 * Each level an icon of its own, so that the eye finds it in the Outline: the plan (File),
 * chapters (Module), actions (Event), tasks (Function), boxes (Struct), annexes (Package), and
 * any other heading (Namespace).
 */
export const OUTLINE_KINDS: Record<OutlineRole | 'plan' | 'task', SymbolKind> = {
  plan: SymbolKind.File,
  chapter: SymbolKind.Module,
  action: SymbolKind.Event,
  task: SymbolKind.Function,
  box: SymbolKind.Struct,
  annex: SymbolKind.Package,
  heading: SymbolKind.Namespace,
};

function kindOf(s: Section): SymbolKind {
  return OUTLINE_KINDS[outlineRole(s)];
}

/** "牵头：省发展改革委 · 2项指标": who leads, and how much the task commits to. */
export function taskDetail(t: Task): string {
  const parts: string[] = [];
  const lead = t.agencies?.lead ?? [];
  if (lead.length > 0) parts.push(`牵头：${lead.join('、')}`);
  if (t.targetIndices.length > 0) parts.push(`${t.targetIndices.length}项指标`);
  return parts.join(' · ');
}

/** A child symbol must lie within its parent (VS Code rejects the outline otherwise). */
function clamp(span: Span, outer: Span): Span {
  const start = Math.min(Math.max(span.start, outer.start), outer.end);
  const end = Math.max(start, Math.min(span.end, outer.end));
  return { start, end };
}

function nonEmpty(name: string, fallback: string): string {
  return name.trim() !== '' ? name : fallback;
}
