/** Shared by the comparison tests: corpus plans analysed once, compared once per pair. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzePlan, type PlanAnalysis } from '../../server/src/core';
import { comparePlans, type CompareOptions, type PlanComparison, type SectionPair } from '../../server/src/core/compare';
import { ROOT } from '../root';

export { ROOT };

export const SEED = 'seeds/000_8df2462643963b13.txt';

/** A corpus plan by short name (national-2030), or a path from the root (seeds/…). */
export function planPath(name: string): string {
  return name.includes('/') ? path.join(ROOT, name) : path.join(ROOT, 'test', 'fixtures', 'corpus', `${name}.txt`);
}

const analyses = new Map<string, PlanAnalysis>();

export function plan(name: string): PlanAnalysis {
  let a = analyses.get(name);
  if (!a) analyses.set(name, (a = analyzePlan(fs.readFileSync(planPath(name), 'utf8'))));
  return a;
}

const comparisons = new Map<string, PlanComparison>();

/** `lower` held against `upper`, once per test run. */
export function compare(lower: string, upper: string, options: CompareOptions = {}): PlanComparison {
  const key = `${lower}|${upper}|${JSON.stringify(options)}`;
  let c = comparisons.get(key);
  if (!c) comparisons.set(key, (c = comparePlans(plan(lower), plan(upper), { leftName: lower, rightName: upper, ...options })));
  return c;
}

/** "3.2 ↔ 3.3" for every matched action pair, for readable assertions. */
export function actionPairs(c: PlanComparison): string[] {
  return c.sections.filter((p) => p.left && p.right).map((p) => `${p.left} ↔ ${p.right}`);
}

export function taskPairs(c: PlanComparison): string[] {
  return c.sections.flatMap((a) => a.tasks).filter((p) => p.left && p.right).map((p) => `${p.left} ↔ ${p.right}`);
}

export function movedPairs(c: PlanComparison): string[] {
  return c.movedTasks.map((p: SectionPair) => `${p.left} ↔ ${p.right}`);
}
