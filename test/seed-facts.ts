/**
 * What the core reads in the seed, for tests of the front ends: the command line, the language
 * server and the client must show the counts the core found — the figures themselves are guarded
 * by the gold sets (test/eval), not by numbers written into every front end's tests.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzePlan, type PlanAnalysis } from '../server/src/core';
import { ROOT } from './root';

let seed: PlanAnalysis | undefined;

export function seedAnalysis(): PlanAnalysis {
  seed ??= analyzePlan(fs.readFileSync(path.join(ROOT, 'seeds', '000_8df2462643963b13.txt'), 'utf8'));
  return seed;
}

/** Targets of the seed: the 31 it had when the product was conceived, and those the reworked reading found since. */
export function seedTargetCount(): number {
  return seedAnalysis().model.targets.length;
}

/** Targets of a plan (or of one of its sections and what it holds), as the core reads them. */
export function targetCount(analysis: PlanAnalysis, sectionId?: string): number {
  return analysis.model.targets.filter((t) => sectionId === undefined || t.sectionId === sectionId || (t.sectionId ?? '').startsWith(sectionId + '.')).length;
}

export function diagnosticCounts(analysis: PlanAnalysis = seedAnalysis()): { total: number; warnings: number; information: number } {
  const ds = analysis.diagnostics;
  return { total: ds.length, warnings: ds.filter((d) => d.severity === 'warning').length, information: ds.filter((d) => d.severity === 'information').length };
}
