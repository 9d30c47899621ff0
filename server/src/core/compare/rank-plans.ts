/**
 * One plan against many (`planlens compare <plan> --against <folder>`): each candidate compared
 * with the plan, ranked by overall similarity. By default the plan is the LOWER one and the
 * candidates are upper plans (which plan does this city plan implement?); `planIsUpper` turns it
 * round (which of these provincial plans follow the national one, and how closely?).
 */
import type { PlanAnalysis } from '../analyze';
import { comparePlans, type CompareOptions } from './compare-plans';
import type { ComparisonSummary, PlanComparison } from './types';

export interface NamedPlan {
  name: string;
  analysis: PlanAnalysis;
}

export interface RankOptions extends Omit<CompareOptions, 'leftName' | 'rightName'> {
  planIsUpper?: boolean;
}

export interface RankedPlan {
  name: string;
  title: string | null;
  summary: ComparisonSummary;
  /** The best-matched action pairs (up to three), for a glance at why the plan ranks where it does. */
  topPairs: Array<{ left: string; right: string; leftTitle: string | null; rightTitle: string | null; score: number }>;
}

export interface Ranking {
  plan: { name: string; title: string | null };
  planIsUpper: boolean;
  segmentation: 'jieba' | 'bigram';
  note: string | null;
  ranked: RankedPlan[];
}

export function rankPlans(plan: NamedPlan, candidates: NamedPlan[], options: RankOptions = {}): Ranking {
  const planIsUpper = options.planIsUpper ?? false;
  let method: PlanComparison['method'] | null = null;
  const ranked = candidates.map((c): RankedPlan => {
    const comparison = planIsUpper
      ? comparePlans(c.analysis, plan.analysis, { ...options, leftName: c.name, rightName: plan.name })
      : comparePlans(plan.analysis, c.analysis, { ...options, leftName: plan.name, rightName: c.name });
    method = comparison.method;
    const topPairs = comparison.sections
      .filter((p) => p.left && p.right)
      .sort((a, b) => b.score - a.score)
      .slice(0, 3)
      .map((p) => ({ left: p.left!, right: p.right!, leftTitle: p.leftTitle, rightTitle: p.rightTitle, score: p.score }));
    return { name: c.name, title: c.analysis.model.title, summary: comparison.summary, topPairs };
  });
  ranked.sort((a, b) => b.summary.similarity - a.summary.similarity || a.name.localeCompare(b.name));
  const m = method as PlanComparison['method'] | null;
  return {
    plan: { name: plan.name, title: plan.analysis.model.title },
    planIsUpper,
    segmentation: m?.segmentation ?? 'jieba',
    note: m?.note ?? null,
    ranked,
  };
}
