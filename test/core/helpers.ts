import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzePlan, type AnalyzeOptions, type PlanAnalysis, type Section } from '../../server/src/core';
import { ROOT } from '../root';

export { ROOT };

export const SEED = path.join(ROOT, 'seeds', '000_8df2462643963b13.txt');

export function readFixture(name: string): string {
  return fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'corpus', name), 'utf8');
}

export function readSeed(): string {
  return fs.readFileSync(SEED, 'utf8');
}

const cache = new Map<string, PlanAnalysis>();

/** Analyses a corpus plan once per test run. */
export function corpus(name: string): PlanAnalysis {
  let a = cache.get(name);
  if (!a) cache.set(name, (a = analyzePlan(readFixture(name))));
  return a;
}

export function analyze(text: string | string[], options?: AnalyzeOptions): PlanAnalysis {
  return analyzePlan(Array.isArray(text) ? text.join('\n') : text, options);
}

export function allSections(outline: Section[]): Section[] {
  const out: Section[] = [];
  const walk = (list: Section[]) => {
    for (const s of list) {
      out.push(s);
      walk(s.children);
    }
  };
  walk(outline);
  return out;
}

export function section(a: PlanAnalysis, id: string): Section {
  const s = allSections(a.model.outline).find((x) => x.id === id);
  if (!s) throw new Error(`no section ${id}; have ${allSections(a.model.outline).map((x) => x.id).join(' ')}`);
  return s;
}

/** Line (0-based) of an offset, for asserting positions as a user sees them. */
export function lineOf(a: PlanAnalysis, offset: number): number {
  return a.lineIndex.positionAt(offset).line;
}

export function codes(a: PlanAnalysis): string[] {
  return a.diagnostics.map((d) => d.code);
}
