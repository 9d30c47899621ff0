/**
 * The same indicator in both plans, side by side and year by year, with a finding for each
 * pair: weaker / stronger / equal where the lower plan's target can be ranked against the upper
 * one's, and why not where it cannot (units, base years, no number, totals of different areas).
 */
import type { PlanAnalysis } from '../analyze';
import type { Target } from '../model/types';
import type { Segmenter } from '../segment/segmenter';
import { compareAmbition, directionOf, isChange } from './ambition';
import { assign } from './assignment';
import { formatTarget, formatValue } from './format-target';
import { indicatorKey, indicatorParts, indicatorSimilarity, type IndicatorKey } from './indicator-key';
import type { TargetFinding, TargetPair, TargetView } from './types';
import { isRate, parseUnit } from './units';

export interface TargetMatchOptions {
  /** Whether both plans cover the same area (a sector plan against the national one): totals rank. */
  sameScope: boolean;
  /** Minimal name similarity for two different indicator names to be taken as one. */
  indicatorThreshold: number;
}

interface Entry {
  view: TargetView;
  key: IndicatorKey;
}

interface Group {
  key: IndicatorKey;
  entries: Entry[];
  /** Position of the group's first target in its plan: the order of the report. */
  first: number;
}

function view(analysis: PlanAnalysis, t: Target, index: number): TargetView {
  return {
    indicator: t.indicator,
    text: t.text,
    value: t.value,
    valueTo: t.valueTo,
    unit: t.unit,
    comparator: t.comparator,
    qualifier: t.qualifier,
    year: t.year,
    baselineYear: t.baselineYear,
    strength: t.strength,
    sectionId: t.sectionId,
    line: analysis.lineIndex.positionAt(t.span.start).line,
    index,
  };
}

/** Targets grouped by normalised indicator; a composite indicator counts under each part. */
function groups(analysis: PlanAnalysis, segmenter: Segmenter): Group[] {
  const byKey = new Map<string, Group>();
  analysis.model.targets.forEach((t, index) => {
    const v = view(analysis, t, index);
    for (const part of indicatorParts(t.indicator)) {
      const key = indicatorKey(part, segmenter);
      if (!key.key) continue;
      let g = byKey.get(key.key);
      if (!g) byKey.set(key.key, (g = { key, entries: [], first: index }));
      g.entries.push({ view: v, key });
    }
  });
  return [...byKey.values()];
}

const YEARLESS = -1;

function byYear(entries: Entry[]): Map<number, TargetView[]> {
  const m = new Map<number, TargetView[]>();
  for (const e of entries) {
    const y = e.view.year ?? YEARLESS;
    const list = m.get(y) ?? [];
    if (!list.includes(e.view)) list.push(e.view);
    m.set(y, list);
  }
  return m;
}

function adoptYearless(mine: Map<number, TargetView[]>, other: Map<number, TargetView[]>): void {
  const yearless = mine.get(YEARLESS);
  if (!yearless || other.has(YEARLESS)) return;
  const open = [...other.keys()].filter((y) => !mine.has(y));
  if (open.length === 0) return;
  mine.delete(YEARLESS);
  for (const y of open) mine.set(y, yearless);
}

/** The finding for two targets of one indicator and year, with its note. */
export function judge(l: TargetView, r: TargetView, sameScope: boolean): { finding: TargetFinding; note: string } {
  const lv = formatValue(l);
  const rv = formatValue(r);
  if (l.value === null && r.value === null && lv === rv) return { finding: 'equal', note: `表述相同（${lv}）` };
  if (l.value === null || r.value === null) {
    const who = l.value === null && r.value === null ? '两方案均' : l.value === null ? '本方案' : '上级方案';
    return { finding: 'unquantified', note: `${who}未给出数值（本方案：${lv}；上级：${rv}）` };
  }
  const lu = parseUnit(l.unit);
  const ru = parseUnit(r.unit);
  if ((lu?.base ?? '') !== (ru?.base ?? '')) {
    return { finding: 'unit-mismatch', note: `单位不同，无法比较（本方案：${l.unit ?? '无单位'}；上级：${r.unit ?? '无单位'}）` };
  }
  const ld = directionOf(l.comparator, l.qualifier);
  const rd = directionOf(r.comparator, r.qualifier);
  if (ld !== rd || isChange(l.comparator) !== isChange(r.comparator)) {
    return { finding: 'unit-mismatch', note: `表述口径不同（本方案：${lv}；上级：${rv}），请人工核对` };
  }
  if (isChange(l.comparator) && l.baselineYear !== null && r.baselineYear !== null && l.baselineYear !== r.baselineYear) {
    return { finding: 'baseline-differs', note: `基准年不同（本方案比${l.baselineYear}年，上级比${r.baselineYear}年），不直接比较` };
  }
  if (!sameScope && !(isRate(l.unit, l.indicator, l.comparator) && isRate(r.unit, r.indicator, r.comparator))) {
    return { finding: 'scale-differs', note: `总量指标，地域范围不同，不比较高低（本方案：${lv}；上级：${rv}）` };
  }
  const a = l.value * (lu?.factor ?? 1);
  const b = r.value * (ru?.factor ?? 1);
  const c = compareAmbition(a, b, ld);
  const yearless = l.year === null || r.year === null ? `；${l.year === null ? '本方案' : '上级方案'}未写年份` : '';
  const qual = l.qualifier !== r.qualifier ? `；限定词不同（${l.qualifier ?? '无'} / ${r.qualifier ?? '无'}）` : '';
  if (c === 0) return { finding: 'equal', note: `与上级方案一致（${lv}）${qual}${yearless}` };
  if (c < 0) return { finding: 'weaker', note: `本方案 ${lv} 弱于上级方案 ${rv}${ld === 'lower' ? '（上限更宽）' : ''}${yearless}` };
  return { finding: 'stronger', note: `本方案 ${lv} 高于上级方案 ${rv}${yearless}` };
}

export function matchTargets(left: PlanAnalysis, right: PlanAnalysis, segmenter: Segmenter, options: TargetMatchOptions): TargetPair[] {
  const lg = groups(left, segmenter);
  const rg = groups(right, segmenter);
  // One-to-one between indicator names: equal keys score 1, close names their similarity.
  const scores = lg.map((l) => rg.map((r) => indicatorSimilarity(l.key, r.key)));
  const chosen = assign(scores, options.indicatorThreshold);

  const out: Array<TargetPair & { order: number }> = [];
  const usedRight = new Set<number>();
  const seenLeft = new Set<TargetView>();
  const seenRight = new Set<TargetView>();
  const pairsMade = new Set<string>();
  lg.forEach((l, i) => {
    const j = chosen[i];
    if (j < 0) {
      for (const e of l.entries) {
        if (seenLeft.has(e.view)) continue;
        seenLeft.add(e.view);
        out.push({ indicator: e.view.indicator, key: l.key.key, left: e.view, right: null, finding: 'left-only', note: '上级方案无此指标', match: 'none', order: l.first });
      }
      return;
    }
    usedRight.add(j);
    const r = rg[j];
    const match = scores[i][j] >= 1 ? 'same' : 'similar';
    const ly = byYear(l.entries);
    const ry = byYear(r.entries);
    // A target without a year (原则上不低于50%) stands for the plan's horizon: when only one side
    // has it, it is set against the other side's years that this side lacks.
    adoptYearless(ly, ry);
    adoptYearless(ry, ly);
    const years = [...new Set([...ly.keys(), ...ry.keys()])].sort((a, b) => a - b);
    const indicator = r.entries[0].view.indicator;
    for (const y of years) {
      const ls = ly.get(y) ?? [];
      const rs = ry.get(y) ?? [];
      ls.forEach((x) => seenLeft.add(x));
      rs.forEach((x) => seenRight.add(x));
      if (ls.length === 0 || rs.length === 0) {
        for (const x of ls) out.push({ indicator, key: l.key.key, left: x, right: null, finding: 'missing-year', note: `上级方案无${y === YEARLESS ? '同期' : y + '年'}目标`, match, order: l.first });
        for (const x of rs) out.push({ indicator, key: r.key.key, left: null, right: x, finding: 'missing-year', note: `本方案缺少${y === YEARLESS ? '同期' : y + '年'}目标（上级：${formatTarget(x)}）`, match, order: l.first });
        continue;
      }
      // Several targets of one year (80%以上, 力争90%): each compared with its counterpart in
      // order, and any extra with the other side's first.
      for (let k = 0; k < Math.max(ls.length, rs.length); k++) {
        const a = ls[k] ?? ls[0];
        const b = rs[k] ?? rs[0];
        // Both parts of a composite (A和B) may meet the same composite on the other side: once.
        const id = `${a.index}|${b.index}`;
        if (pairsMade.has(id)) continue;
        pairsMade.add(id);
        out.push({ indicator, key: l.key.key, left: a, right: b, ...judge(a, b, options.sameScope), match, order: l.first });
      }
    }
  });
  const tail = lg.length + left.model.targets.length;
  rg.forEach((r, j) => {
    if (usedRight.has(j)) return;
    for (const e of r.entries) {
      if (seenRight.has(e.view)) continue;
      seenRight.add(e.view);
      out.push({ indicator: e.view.indicator, key: r.key.key, left: null, right: e.view, finding: 'right-only', note: '本方案无此指标', match: 'none', order: tail + r.first });
    }
  });
  // Stable: matched and left-only indicators in the lower plan's order, then the upper plan's own.
  return out.map((p, i) => ({ p, i })).sort((a, b) => a.p.order - b.p.order || a.i - b.i).map(({ p: { order: _order, ...pair } }) => pair);
}
