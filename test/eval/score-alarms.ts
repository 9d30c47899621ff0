/**
 * The two alarms a drafter relies on — missing-deadline and missing-lead-agency — against the
 * gold of a reviewer's judgement, task by task: precision (alarms a reviewer wants), recall (tasks
 * a reviewer would flag that are flagged), and whether the lead agency read is the one a reader
 * reads.
 */
import { analyzePlan, type PlanAnalysis } from '../../server/src/core';
import type { GoldAlarms, GoldTask } from './gold';
import { planText } from './gold';
import { sameAgencies } from './compare-fields';

export const ALARM_RULES = ['missing-deadline', 'missing-lead-agency'] as const;
export type AlarmRule = (typeof ALARM_RULES)[number];

export interface RuleCounts {
  /** Alarms raised. */
  raised: number;
  /** Alarms raised on a task the gold warns about. */
  wanted: number;
  /** Tasks the gold warns about. */
  goldWarn: number;
  /** Gold-warned tasks with an alarm. */
  caught: number;
}

export interface AlarmMiss {
  rule: AlarmRule;
  line: number;
  kind: 'false-alarm' | 'missed';
  task?: GoldTask;
}

export interface PlanAlarmScore {
  name: string;
  split: GoldAlarms['split'];
  tasks: number;
  rules: Record<AlarmRule, RuleCounts>;
  /** Gold tasks with a lead, and those whose lead PlanLens read the same. */
  withLead: number;
  leadRight: number;
  misses: AlarmMiss[];
  wrongLeads: Array<{ line: number; gold: string[]; found: string[] | null }>;
}

function emptyCounts(): RuleCounts {
  return { raised: 0, wanted: 0, goldWarn: 0, caught: 0 };
}

export function scoreAlarmPlan(gold: GoldAlarms, analysis?: PlanAnalysis): PlanAlarmScore {
  const a = analysis ?? analyzePlan(planText(gold.file));
  const byLine = new Map(gold.tasks.map((t) => [t.line, t]));
  const lines = planText(gold.file).split(/\r\n|\r|\n/);
  const goldLineOf = (line: number) => taskLine(line, byLine, lines);
  const rules = { 'missing-deadline': emptyCounts(), 'missing-lead-agency': emptyCounts() } as Record<AlarmRule, RuleCounts>;
  const misses: AlarmMiss[] = [];
  const warnOf = (t: GoldTask, rule: AlarmRule) => (rule === 'missing-deadline' ? t.deadline.warn : t.lead.warn);

  for (const rule of ALARM_RULES) {
    const c = rules[rule];
    const alarmLines = new Set<number>();
    for (const d of a.diagnostics) {
      if (d.code !== rule) continue;
      const line = goldLineOf(a.lineIndex.positionAt(d.span.start).line + 1);
      if (alarmLines.has(line)) continue;
      alarmLines.add(line);
      c.raised++;
      const t = byLine.get(line);
      if (t && warnOf(t, rule)) c.wanted++;
      else misses.push({ rule, line, kind: 'false-alarm', task: t });
    }
    for (const t of gold.tasks) {
      if (!warnOf(t, rule)) continue;
      c.goldWarn++;
      if (alarmLines.has(t.line)) c.caught++;
      else misses.push({ rule, line: t.line, kind: 'missed', task: t });
    }
  }

  const taskAtLine = new Map<number, (typeof a.model.tasks)[number]>();
  for (const t of a.model.tasks) {
    const line = goldLineOf(a.lineIndex.positionAt(t.headingSpan.start).line + 1);
    if (!taskAtLine.has(line)) taskAtLine.set(line, t);
  }
  let withLead = 0;
  let leadRight = 0;
  const wrongLeads: PlanAlarmScore['wrongLeads'] = [];
  for (const g of gold.tasks) {
    if (g.lead.lead.length === 0) continue;
    withLead++;
    const t = taskAtLine.get(g.line);
    const found = t?.agencies?.lead ?? null;
    if (found && sameAgencies(found, g.lead.lead)) leadRight++;
    else wrongLeads.push({ line: g.line, gold: g.lead.lead, found });
  }
  return { name: gold.name, split: gold.split, tasks: gold.tasks.length, rules, withLead, leadRight, misses, wrongLeads };
}

/**
 * The gold line a finding on `line` belongs to: its own, or — for a heading printed alone on its
 * line ((四)加快农业绿色发展。) whose body the reader labelled on the next line — the next line's.
 */
function taskLine(line: number, byLine: Map<number, GoldTask>, lines: string[]): number {
  if (byLine.has(line)) return line;
  const text = (lines[line - 1] ?? '').trim();
  const headingAlone = text.length <= 40 && !/[。；]./.test(text);
  return headingAlone && byLine.has(line + 1) ? line + 1 : line;
}

export function ratio(n: number, d: number): number {
  return d === 0 ? 1 : n / d;
}

export function sumCounts(scores: PlanAlarmScore[], rule: AlarmRule): RuleCounts {
  const c = emptyCounts();
  for (const s of scores) {
    const r = s.rules[rule];
    c.raised += r.raised;
    c.wanted += r.wanted;
    c.goldWarn += r.goldWarn;
    c.caught += r.caught;
  }
  return c;
}
