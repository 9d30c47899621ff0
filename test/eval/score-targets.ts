/**
 * Targets against the gold: precision, recall, field accuracy, per plan and per form.
 *
 * A found target and a gold one are the same target when they stand on the same line with the
 * same value (both null for a target without a number); several on a line are paired by the
 * nearest column. Fields are then compared one by one (indicator, unit, comparator, year, the
 * upper end of a range).
 */
import { analyzePlan, type PlanAnalysis, type Target } from '../../server/src/core';
import type { Form, GoldTarget, GoldTargets } from './gold';
import { planText } from './gold';
import { relationOf, sameIndicator, sameUnit } from './compare-fields';

export const FIELDS = ['indicator', 'unit', 'comparator', 'year', 'valueTo'] as const;
export type Field = (typeof FIELDS)[number];

export interface FoundTarget {
  line: number;
  column: number;
  target: Target;
}

export interface Pair {
  gold: GoldTarget;
  found: FoundTarget;
  wrong: Field[];
}

/** What PlanLens took a missed target's quantity for (the verdict of the candidate at the gold's quote). */
export interface MissNote {
  gold: GoldTarget;
  verdict: string;
}

export interface PlanTargetScore {
  name: string;
  split: GoldTargets['split'];
  gold: number;
  found: number;
  matched: number;
  pairs: Pair[];
  missed: GoldTarget[];
  spurious: FoundTarget[];
  /** Targets in scattered tables (gold `garbled`): listed, and found. Not in `gold`, `missed` or recall. */
  garbled: { listed: number; found: number };
  /** For each missed target, the verdict on the quantity at its quote, if PlanLens saw one there. */
  missNotes: MissNote[];
}

export interface Totals {
  gold: number;
  found: number;
  matched: number;
  allFieldsRight: number;
  fieldWrong: Record<Field, number>;
  precision: number;
  recall: number;
  fieldAccuracy: number;
}

function columnOfQuote(lineText: string, quote: string, nth: number): number {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    const next = lineText.indexOf(quote, at + 1);
    if (next < 0) break;
    at = next;
  }
  return at < 0 ? 0 : at;
}

function valuesMatch(g: GoldTarget, t: Target): boolean {
  if (g.value === null || g.value === undefined) return t.value === null;
  return t.value !== null && Math.abs(t.value - g.value) < 1e-9;
}

export function wrongFields(g: GoldTarget, t: Target): Field[] {
  const wrong: Field[] = [];
  if (!sameIndicator(t.indicator, g.indicator)) wrong.push('indicator');
  if (g.value !== null && !sameUnit(t.unit, g.unit)) wrong.push('unit');
  if (g.value !== null && relationOf(t) !== g.comparator) wrong.push('comparator');
  if ((t.year ?? null) !== (g.year ?? null)) wrong.push('year');
  if ((t.valueTo ?? null) !== (g.valueTo ?? null)) wrong.push('valueTo');
  return wrong;
}

export function foundTargets(analysis: PlanAnalysis): FoundTarget[] {
  return analysis.model.targets.map((target) => {
    const p = analysis.lineIndex.positionAt(target.valueSpan.start);
    return { line: p.line + 1, column: p.character, target };
  });
}

export function scorePlan(gold: GoldTargets, analysis?: PlanAnalysis): PlanTargetScore {
  const text = planText(gold.file);
  const a = analysis ?? analyzePlan(text);
  const lines = text.split(/\r\n|\r|\n/);
  const found = foundTargets(a);
  const byLine = new Map<number, { gold: Array<{ g: GoldTarget; col: number }>; found: FoundTarget[] }>();
  const slot = (line: number) => {
    let s = byLine.get(line);
    if (!s) byLine.set(line, (s = { gold: [], found: [] }));
    return s;
  };
  const quoteCount = new Map<string, number>();
  for (const g of gold.targets) {
    const key = `${g.line}\u0000${g.quote}`;
    const nth = quoteCount.get(key) ?? 0;
    quoteCount.set(key, nth + 1);
    slot(g.line).gold.push({ g, col: columnOfQuote(lines[g.line - 1] ?? '', g.quote, nth) });
  }
  for (const f of found) slot(f.line).found.push(f);

  const pairs: Pair[] = [];
  const missed: GoldTarget[] = [];
  const spurious: FoundTarget[] = [];
  for (const { gold: gs, found: fs } of byLine.values()) {
    // Greedy by column distance among compatible pairs (same value).
    const candidates: Array<{ gi: number; fi: number; cost: number }> = [];
    gs.forEach((g, gi) =>
      fs.forEach((f, fi) => {
        if (valuesMatch(g.g, f.target)) candidates.push({ gi, fi, cost: Math.abs(g.col - f.column) });
      }),
    );
    candidates.sort((x, y) => x.cost - y.cost);
    const gUsed = new Set<number>();
    const fUsed = new Set<number>();
    for (const c of candidates) {
      if (gUsed.has(c.gi) || fUsed.has(c.fi)) continue;
      gUsed.add(c.gi);
      fUsed.add(c.fi);
      pairs.push({ gold: gs[c.gi].g, found: fs[c.fi], wrong: wrongFields(gs[c.gi].g, fs[c.fi].target) });
    }
    gs.forEach((g, gi) => gUsed.has(gi) || missed.push(g.g));
    fs.forEach((f, fi) => fUsed.has(fi) || spurious.push(f));
  }
  const missNotes: MissNote[] = [];
  for (const g of missed) {
    const lineStart = a.lineIndex.offsetAt({ line: g.line - 1, character: 0 });
    const col = columnOfQuote(lines[g.line - 1] ?? '', g.quote, 0);
    const at = lineStart + col;
    const q = a.model.quantities.find((x) => x.span.start <= at + g.quote.length && x.span.end > at);
    missNotes.push({ gold: g, verdict: q ? `${q.verdict}: ${q.reason || 'target elsewhere'}` : 'no candidate' });
  }
  // A target of a scattered table counts when found; missed, it is reported apart.
  const garbledFound = pairs.filter((p) => p.gold.garbled).length;
  const garbledListed = gold.targets.filter((g) => g.garbled).length;
  const keptPairs = pairs.filter((p) => !p.gold.garbled);
  return {
    name: gold.name,
    split: gold.split,
    gold: gold.targets.length - garbledListed,
    found: found.length - garbledFound,
    matched: keptPairs.length,
    pairs: keptPairs,
    missed: missed.filter((g) => !g.garbled),
    spurious,
    garbled: { listed: garbledListed, found: garbledFound },
    missNotes,
  };
}

export function totals(scores: PlanTargetScore[]): Totals {
  const fieldWrong = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  let gold = 0;
  let found = 0;
  let matched = 0;
  let allFieldsRight = 0;
  for (const s of scores) {
    gold += s.gold;
    found += s.found;
    matched += s.matched;
    for (const p of s.pairs) {
      if (p.wrong.length === 0) allFieldsRight++;
      for (const w of p.wrong) fieldWrong[w]++;
    }
  }
  return {
    gold,
    found,
    matched,
    allFieldsRight,
    fieldWrong,
    precision: found === 0 ? 1 : matched / found,
    recall: gold === 0 ? 1 : matched / gold,
    fieldAccuracy: matched === 0 ? 1 : allFieldsRight / matched,
  };
}

export const FORMS: Form[] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 'table'];

/** Recall (and field accuracy of those found) over the gold targets of one form. */
export function formRecall(scores: PlanTargetScore[], form: Form): { gold: number; matched: number; allFieldsRight: number } {
  let gold = 0;
  let matched = 0;
  let allFieldsRight = 0;
  for (const s of scores) {
    for (const g of [...s.missed, ...s.pairs.map((p) => p.gold)]) if (g.forms.includes(form)) gold++;
    for (const p of s.pairs) {
      if (!p.gold.forms.includes(form)) continue;
      matched++;
      if (p.wrong.length === 0) allFieldsRight++;
    }
  }
  return { gold, matched, allFieldsRight };
}
