/**
 * Scores every gold set once and gathers the figures that `npm run eval` prints and that the
 * ratchet test (gold.test.ts) holds against `test/fixtures/gold/scores.json`.
 */
import { loadAlarmGold, loadTargetGold, type Split } from './gold';
import { formRecall, FORMS, scorePlan, totals, type PlanTargetScore, type Totals } from './score-targets';
import { ALARM_RULES, ratio, scoreAlarmPlan, sumCounts, type AlarmRule, type PlanAlarmScore } from './score-alarms';

export interface RuleFigures {
  precision: number;
  recall: number;
  raised: number;
  goldWarn: number;
}

/** The committed figures: what may not drop. */
export interface Figures {
  targets: Record<Split, { precision: number; recall: number; fieldAccuracy: number; nonNumericRecall: number; plans: number; gold: number }>;
  targetPlans: Record<string, { precision: number; recall: number; fieldAccuracy: number }>;
  alarms: Record<Split, Record<AlarmRule, RuleFigures> & { leadAccuracy: number; plans: number; tasks: number }>;
  alarmPlans: Record<string, Record<AlarmRule, { precision: number; recall: number }> & { leadAccuracy: number }>;
}

export interface Evaluation {
  targetScores: PlanTargetScore[];
  alarmScores: PlanAlarmScore[];
  figures: Figures;
}

const SPLITS: Split[] = ['dev', 'heldout'];

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

export function targetTotals(scores: PlanTargetScore[], split: Split): Totals {
  return totals(scores.filter((s) => s.split === split));
}

export function evaluate(): Evaluation {
  const targetScores = loadTargetGold().map((g) => scorePlan(g));
  const alarmScores = loadAlarmGold().map((g) => scoreAlarmPlan(g));

  const targets = {} as Figures['targets'];
  for (const split of SPLITS) {
    const scores = targetScores.filter((s) => s.split === split);
    const t = totals(scores);
    const nn = formRecall(scores, 8);
    targets[split] = {
      precision: round(t.precision),
      recall: round(t.recall),
      fieldAccuracy: round(t.fieldAccuracy),
      nonNumericRecall: round(ratio(nn.matched, nn.gold)),
      plans: scores.length,
      gold: t.gold,
    };
  }
  const targetPlans: Figures['targetPlans'] = {};
  for (const s of targetScores) {
    const t = totals([s]);
    targetPlans[s.name] = { precision: round(t.precision), recall: round(t.recall), fieldAccuracy: round(t.fieldAccuracy) };
  }

  const alarms = {} as Figures['alarms'];
  for (const split of SPLITS) {
    const scores = alarmScores.filter((s) => s.split === split);
    const entry = { leadAccuracy: 0, plans: scores.length, tasks: 0 } as Figures['alarms'][Split];
    for (const rule of ALARM_RULES) {
      const c = sumCounts(scores, rule);
      entry[rule] = { precision: round(ratio(c.wanted, c.raised)), recall: round(ratio(c.caught, c.goldWarn)), raised: c.raised, goldWarn: c.goldWarn };
    }
    let withLead = 0;
    let right = 0;
    for (const s of scores) {
      withLead += s.withLead;
      right += s.leadRight;
      entry.tasks += s.tasks;
    }
    entry.leadAccuracy = round(ratio(right, withLead));
    alarms[split] = entry;
  }
  const alarmPlans: Figures['alarmPlans'] = {};
  for (const s of alarmScores) {
    const entry = { leadAccuracy: round(ratio(s.leadRight, s.withLead)) } as Figures['alarmPlans'][string];
    for (const rule of ALARM_RULES) {
      const r = s.rules[rule];
      entry[rule] = { precision: round(ratio(r.wanted, r.raised)), recall: round(ratio(r.caught, r.goldWarn)) };
    }
    alarmPlans[s.name] = entry;
  }
  return { targetScores, alarmScores, figures: { targets, targetPlans, alarms, alarmPlans } };
}

export { FORMS, formRecall };
