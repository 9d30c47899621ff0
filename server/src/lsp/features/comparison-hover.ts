/**
 * What an open comparison says about one target, for its hover: the other plan's value for the
 * same indicator and year, and the verdict, from the hovered plan's point of view (on the lower
 * plan "本方案弱于上级", on the upper plan "下级方案弱于本方案").
 */
import type { PlanAnalysis, Target } from '../../core';
import type { PlanComparison, TargetFinding, TargetPair, TargetView } from '../../core/compare';
import { formatValue } from '../../core/compare/format-target';

/** A comparison the hovered plan is part of; `side` is the hovered plan's ('left' = lower). */
export interface HoverComparison {
  comparison: PlanComparison;
  side: 'left' | 'right';
}

export interface Counterpart {
  /** 上级方案 or 下级方案. */
  role: string;
  /** 《title》, or the file name when the plan has no title. */
  plan: string;
  /** The other plan's value as a reader writes it (20%左右, 下降13.5%（比2020年）); null if none. */
  value: string | null;
  year: number | null;
  verdict: string;
}

/** Verdicts on the lower plan: the hovered target is the lower plan's. */
const ON_LOWER: Record<TargetFinding, string> = {
  weaker: '本方案弱于上级',
  stronger: '本方案高于上级',
  equal: '与上级一致',
  'unit-mismatch': '单位口径不同，未比较高低',
  'baseline-differs': '基准年不同，未比较高低',
  unquantified: '有一方未给出数值，未比较高低',
  'scale-differs': '总量指标，地域范围不同，不比较高低',
  'missing-year': '上级方案未设该年份目标',
  'left-only': '上级方案无此指标',
  'right-only': '本方案无此指标',
};

/** Verdicts on the upper plan: the hovered target is the upper plan's. */
const ON_UPPER: Record<TargetFinding, string> = {
  weaker: '下级方案弱于本方案',
  stronger: '下级方案高于本方案',
  equal: '与下级方案一致',
  'unit-mismatch': '单位口径不同，未比较高低',
  'baseline-differs': '基准年不同，未比较高低',
  unquantified: '有一方未给出数值，未比较高低',
  'scale-differs': '总量指标，地域范围不同，不比较高低',
  'missing-year': '下级方案缺少该年份目标',
  'left-only': '本方案无此指标',
  'right-only': '下级方案无此指标',
};

function missing(finding: TargetFinding, year: number | null): string {
  if (finding === 'missing-year') return year !== null ? `未设${year}年目标` : '未设该年份目标';
  return '无此指标';
}

/**
 * Whether a comparison's view of a target is this target. By index and text when the
 * comparison is of the current text; by wording, year and value when the plan was edited since
 * (a re-run is pending and indexes may have moved).
 */
function isTarget(v: TargetView | null, t: Target, index: number): boolean {
  if (!v || v.text !== t.text) return false;
  if (v.index === index) return true;
  return v.indicator === t.indicator && v.year === t.year && v.value === t.value;
}

function planName(c: PlanComparison, side: 'left' | 'right'): string {
  const s = side === 'left' ? c.left : c.right;
  return s.title ? `《${s.title}》` : s.name;
}

export function counterparts(analysis: PlanAnalysis, target: Target, comparisons: readonly HoverComparison[]): Counterpart[] {
  const index = analysis.model.targets.indexOf(target);
  const out: Counterpart[] = [];
  for (const { comparison, side } of comparisons) {
    const other = side === 'left' ? 'right' : 'left';
    const pairs = comparison.targets.filter((p: TargetPair) => isTarget(p[side], target, index));
    for (const p of pairs) {
      const view = p[other];
      out.push({
        role: other === 'right' ? '上级方案' : '下级方案',
        plan: planName(comparison, other),
        value: view ? formatValue(view) : null,
        year: view?.year ?? null,
        // Nothing to show on the other side: the verdict says what is missing there.
        verdict: view ? (side === 'left' ? ON_LOWER : ON_UPPER)[p.finding] : missing(p.finding, target.year),
      });
    }
  }
  return out;
}
