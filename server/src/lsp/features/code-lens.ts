/**
 * Code lens above each chapter and action: how many tasks and targets it holds and who leads them
 * (`5 项任务 · 3 项指标 · 牵头：省发展改革委、省能源局`), from the tasks' effective leads — the
 * reviewer's summary of a section before reading it. A click shows those tasks in the Tasks view
 * (a client-side command, carried only for a client that runs it; other clients get the text).
 */
import type { CodeLens } from 'vscode-languageserver';
import type { PlanAnalysis, Task } from '../../core';
import { firstAtLeast, heading, outlineRole, planIndex, sectionChain, toRange } from './plan-index';

/** Lead agencies named on a lens at most; more are counted (…等5家). */
export const LENS_MAX_LEADS = 3;

export interface CodeLensOptions {
  /** The command a click runs (planlens.revealTasks with [uri, sectionId]); '' for a lens that is text only. */
  command: string;
}

export function codeLenses(analysis: PlanAnalysis, uri: string, options: CodeLensOptions): CodeLens[] {
  const index = planIndex(analysis);
  const lensed = index.sections.filter((s) => {
    const role = outlineRole(s);
    return (role === 'chapter' || role === 'action') && !index.taskById.has(s.id);
  });
  if (lensed.length === 0) return [];
  const tasksOf = new Map<string, Task[]>(lensed.map((s) => [s.id, []]));
  for (const t of analysis.model.tasks) {
    const own = index.sectionById.get(t.sectionId);
    for (const s of own ? sectionChain(own) : []) tasksOf.get(s.id)?.push(t);
  }
  const targetStarts = analysis.model.targets.map((g) => g.span.start).sort((a, b) => a - b);
  const out: CodeLens[] = [];
  for (const s of lensed) {
    const tasks = tasksOf.get(s.id)!;
    const targets = firstAtLeast(targetStarts, s.span.end) - firstAtLeast(targetStarts, s.span.start);
    const title = lensTitle(tasks, targets);
    if (title === null) continue;
    out.push({
      range: toRange(analysis, s.headingSpan),
      // A section with targets but no task has nothing to show in the Tasks view: text only.
      command: { title, command: tasks.length > 0 ? options.command : '', arguments: [uri, s.id, heading(s)] },
    });
  }
  return out;
}

/** `5 项任务 · 3 项指标 · 牵头：A、B、C等5家 · 1 项未明确牵头`; null for a section with neither. */
export function lensTitle(tasks: readonly Task[], targets: number): string | null {
  if (tasks.length === 0 && targets === 0) return null;
  const parts = tasks.length > 0 ? [`${tasks.length} 项任务`] : [];
  if (targets > 0) parts.push(`${targets} 项指标`);
  const leads = leadsByCount(tasks);
  if (leads.length > 0) {
    const shown = leads.slice(0, LENS_MAX_LEADS).join('、');
    parts.push(`牵头：${shown}${leads.length > LENS_MAX_LEADS ? `等${leads.length}家` : ''}`);
  }
  const without = tasks.filter((t) => leadOf(t).length === 0).length;
  if (tasks.length > 0 && without > 0) parts.push(without === tasks.length ? '牵头：未明确' : `${without} 项未明确牵头`);
  return parts.join(' · ');
}

/** The effective lead of a task: what the reader finds, from wherever it comes. */
function leadOf(t: Task): readonly string[] {
  return t.leadSource === 'none' ? [] : (t.agencies?.lead ?? []);
}

/** The agencies that lead these tasks, the one leading most first (ties: first named first). */
function leadsByCount(tasks: readonly Task[]): string[] {
  const counts = new Map<string, number>();
  for (const t of tasks) for (const name of new Set(leadOf(t))) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}

