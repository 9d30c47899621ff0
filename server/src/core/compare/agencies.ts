/** Which agencies lead work in each plan, and how many tasks each leads. */
import type { PlanAnalysis } from '../analyze';
import { agencyKey } from './agency-key';
import type { AgencyRow, AgencySummary } from './types';

function leads(analysis: PlanAnalysis): Map<string, { names: Set<string>; tasks: number }> {
  const m = new Map<string, { names: Set<string>; tasks: number }>();
  for (const task of analysis.model.tasks) {
    const keys = new Set<string>();
    for (const name of task.agencies?.lead ?? []) {
      const key = agencyKey(name);
      if (!key) continue;
      let row = m.get(key);
      if (!row) m.set(key, (row = { names: new Set(), tasks: 0 }));
      row.names.add(name);
      keys.add(key);
    }
    // A task counts once per agency, however often its clauses name it.
    for (const k of keys) m.get(k)!.tasks++;
  }
  return m;
}

export function summarizeAgencies(left: PlanAnalysis, right: PlanAnalysis): AgencySummary {
  const l = leads(left);
  const r = leads(right);
  const rows: AgencyRow[] = [...new Set([...l.keys(), ...r.keys()])].map((key) => ({
    key,
    leftNames: [...(l.get(key)?.names ?? [])],
    rightNames: [...(r.get(key)?.names ?? [])],
    leftTasks: l.get(key)?.tasks ?? 0,
    rightTasks: r.get(key)?.tasks ?? 0,
  }));
  rows.sort((a, b) => b.leftTasks + b.rightTasks - (a.leftTasks + a.rightTasks) || a.key.localeCompare(b.key, 'zh'));
  const leftHasAgencies = l.size > 0;
  const rightHasAgencies = r.size > 0;
  // "Only in one plan" says something only when the other plan names lead agencies at all.
  return {
    rows,
    leftOnly: rightHasAgencies ? rows.filter((x) => x.leftTasks > 0 && x.rightTasks === 0).map((x) => x.key) : [],
    rightOnly: leftHasAgencies ? rows.filter((x) => x.rightTasks > 0 && x.leftTasks === 0).map((x) => x.key) : [],
    leftHasAgencies,
    rightHasAgencies,
  };
}
