/**
 * Whether a plan is a task-division document — 分工方案, 任务清单, or a plan whose tasks each carry
 * 完成时限 — where every task needs a time requirement of its own, or a plan of the usual kind, where
 * a task may take its time from its section or from the plan's period.
 */
import type { Task } from './types';

export type PlanMode = 'normal' | 'division';

/** Titles of documents that divide work task by task. */
const DIVISION_TITLE = /分工方案|任务分工|责任分工|分工安排|任务清单|工作清单|责任清单|任务分解|任务台账/;

export function planMode(title: string | null, tasks: Task[]): PlanMode {
  if (title && DIVISION_TITLE.test(title)) return 'division';
  // Most tasks give a time in their clause (完成时限：…) or table row: the plan works task by task.
  const timed = tasks.filter((t) => t.clauses.some((c) => c.deadlineText !== null)).length;
  return tasks.length >= 4 && timed >= tasks.length / 2 ? 'division' : 'normal';
}
