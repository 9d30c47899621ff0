/**
 * The rows of the Tasks view (`planlens/tasks`): every task with its chapter and action, its
 * effective lead and time each with where it comes from, its targets and problems — what a
 * reviewer going task by task reads, computed once here so that the client only groups and filters.
 */
import type { PlanAnalysis, Section, Task } from '../../core';
import type { TaskRow, TaskRowSection } from '../protocol';
import { firstAtLeast, heading, outlineRole, planIndex, sectionChain, toRange } from './plan-index';
import { DEADLINE_SOURCE, LEAD_SOURCE } from './task-hover';

export function taskRows(analysis: PlanAnalysis): TaskRow[] {
  const index = planIndex(analysis);
  const problemStarts = analysis.diagnostics.map((d) => d.span.start).sort((a, b) => a - b);
  const problemsIn = (t: Task) => firstAtLeast(problemStarts, t.span.end) - firstAtLeast(problemStarts, t.span.start);
  return analysis.model.tasks.map((t) => {
    const own = index.sectionById.get(t.sectionId);
    const { chapter, action } = placeOf(t, own);
    const lead = t.leadSource === 'none' ? [] : (t.agencies?.lead ?? []);
    const d = t.effectiveDeadline;
    return {
      id: t.id,
      title: t.kind === 'numbered' && own ? heading(own) : t.title,
      range: toRange(analysis, t.headingSpan),
      chapter,
      action,
      lead,
      support: t.agencies?.support ?? [],
      leadSource: lead.length > 0 ? t.leadSource : 'none',
      leadSourceText: lead.length > 0 ? LEAD_SOURCE[t.leadSource] : '',
      deadline: deadlineWords(t),
      deadlineYear: d.year,
      deadlineSource: d.source,
      deadlineSourceText: DEADLINE_SOURCE[d.source],
      work: t.work,
      targets: t.targetIndices.length,
      problems: problemsIn(t),
    };
  });
}

/** 到2025年, or the year alone when the words do not say it; null without a time. */
export function deadlineWords(t: Task): string | null {
  const d = t.effectiveDeadline;
  if (d.source === 'none') return null;
  if (d.text && (d.year === null || d.text.includes(String(d.year)))) return d.text;
  if (d.year !== null) return `${d.year}年`;
  return d.text;
}

/**
 * The chapter and action a task stands in. A numbered task that is itself an action sits right
 * under its chapter; one that is a whole chapter (a plan whose chapters are its tasks) is its own.
 */
function placeOf(t: Task, own: Section | undefined): { chapter: TaskRowSection | null; action: TaskRowSection | null } {
  let chapter: TaskRowSection | null = null;
  let action: TaskRowSection | null = null;
  for (const s of own ? sectionChain(own) : []) {
    const role = outlineRole(s);
    if (role === 'chapter') chapter = { id: s.id, heading: heading(s) };
    else if (role === 'action' && !(t.kind === 'numbered' && s.id === t.id)) action = { id: s.id, heading: heading(s) };
  }
  return { chapter, action };
}
