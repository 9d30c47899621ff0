/** Targets and tasks by year, for both plans: when each plan expects what. */
import type { PlanAnalysis } from '../analyze';
import type { DeadlineRow } from './types';

export function summarizeDeadlines(left: PlanAnalysis, right: PlanAnalysis): DeadlineRow[] {
  const rows = new Map<number, DeadlineRow>();
  const row = (year: number): DeadlineRow => {
    let r = rows.get(year);
    if (!r) rows.set(year, (r = { year, leftTargets: 0, rightTargets: 0, leftTasks: 0, rightTasks: 0, leftTaskIds: [], rightTaskIds: [] }));
    return r;
  };
  const count = (a: PlanAnalysis, side: 'left' | 'right') => {
    for (const t of a.model.targets) if (t.year !== null) row(t.year)[`${side}Targets`]++;
    for (const task of a.model.tasks) {
      for (const y of new Set(task.deadlines.map((d) => d.year).filter((y): y is number => y !== null))) {
        const r = row(y);
        r[`${side}Tasks`]++;
        r[`${side}TaskIds`].push(task.id);
      }
    }
  };
  count(left, 'left');
  count(right, 'right');
  return [...rows.values()].sort((a, b) => a.year - b.year);
}
