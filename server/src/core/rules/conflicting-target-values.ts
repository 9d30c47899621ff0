/**
 * The same indicator given two different values for the same year within one plan — 主要目标 says
 * one thing, a task another. Only levels and changes of a named indicator are compared (达到18%,
 * 下降13.5%, a row of an indicator table): counts of things to build may well differ by place.
 * Values of one sentence (a 分别 list, 下降14%、力争下降14.5%) are the sentence's own distinctions,
 * a stretch goal (力争) may exceed the floor beside it, and a year the plan's period only implies is
 * no statement that the two values are for the same year.
 */
import type { Target } from '../model/types';
import type { LineIndex } from '../text/line-index';
import type { Rule } from './rule';

const COMPARED = new Set<Target['form']>(['comparator', 'table', 'frame']);
/** Counts of things (个, 家, 座): a river basin's 4 sections and the city's 10 are different counts. */
const CLASSIFIER = /^(?:个|家|座|项|处|条|所|批|座|台|辆|户|人|人次)$/;
/** An indicator that names no subject (新增装机, 总装机, 比例): which one it is lies elsewhere. */
const GENERIC = /^(?:新增|累计|其中|总|合计|全部)?(?:投产)?(?:装机|装机容量|容量|投资|产值|面积|规模|数量|比例|比重|占比|产量)$/;

/** The indicator without the whole it applies to (全省, 全市) and without spaces. */
function indicatorKey(t: Target): string {
  return t.indicator.replace(/\s+/g, '').replace(/^(?:全国|全省|全市|全区|全县|本省|本市|我省|我市)/, '');
}

/** Levels (达到, 不低于, 左右) compare with levels, changes (下降, 提高) with changes. */
function family(t: Target): string {
  const r = t.relation ?? '=';
  return r.startsWith('down') ? 'down' : r.startsWith('up') ? 'up' : 'level';
}

function valueText(t: Target): string {
  return `${t.value}${t.valueTo !== null ? `—${t.valueTo}` : ''}${t.unit ?? ''}`;
}

/** The values a target allows: 达到18% → [18, 18], 不低于70% → [70, ∞), 控制在5以内 → (−∞, 5]. */
function interval(t: Target): [number, number] {
  const v = t.value!;
  const to = t.valueTo ?? v;
  const r = (t.relation ?? '=').replace(/^(?:down|up)/, '') || '=';
  if (r === '>=') return [v, Infinity];
  if (r === '<=') return [-Infinity, to];
  if (r === '~') return [v * 0.95, to * 1.05];
  return [v, to];
}

/** Two statements of one indicator that some value satisfies both (超过800 and 达到805.5). */
function compatible(a: Target, b: Target): boolean {
  const [a0, a1] = interval(a);
  const [b0, b1] = interval(b);
  return a0 <= b1 && b0 <= a1;
}

function sameLine(index: LineIndex, a: Target, b: Target): boolean {
  return index.positionAt(a.valueSpan.start).line === index.positionAt(b.valueSpan.start).line;
}

export const conflictingTargetValues: Rule = {
  code: 'conflicting-target-values',
  defaultSeverity: 'warning',
  description: '同一指标同一年份数值不一致 / the same indicator has two different values for the same year',
  check(plan, _options, report) {
    const first = new Map<string, Target>();
    for (const t of plan.model.targets) {
      if (t.value === null || t.year === null || !COMPARED.has(t.form) || t.yearSource === 'plan-period' || t.yearSource === null) continue;
      const name = indicatorKey(t);
      if (name.length < 4 || GENERIC.test(name) || CLASSIFIER.test(t.unit ?? '')) continue;
      const key = [name, t.year, t.unit ?? '', family(t), t.baselineYear ?? '', t.strength === '力争' ? 's' : ''].join('|');
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, t);
        continue;
      }
      if (compatible(earlier, t)) continue;
      if (sameLine(plan.lineIndex, earlier, t)) continue;
      report({
        message: `“${t.indicator}”${t.year}年的目标为${valueText(t)}，与前文的${valueText(earlier)}不一致：请统一。`,
        span: t.valueSpan,
        related: [{ message: `前文：${valueText(earlier)}`, span: earlier.valueSpan }],
      });
    }
  },
};
