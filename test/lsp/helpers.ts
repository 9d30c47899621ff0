import * as assert from 'node:assert/strict';
import type { DocumentSymbol, Position, Range } from 'vscode-languageserver-protocol';
import { analyzePlan, type PlanAnalysis } from '../../server/src/core';
import { corpus, readSeed } from '../core/helpers';

export { corpus, readFixture, readSeed, ROOT } from '../core/helpers';

let seed: PlanAnalysis | undefined;
export function seedAnalysis(): PlanAnalysis {
  return (seed ??= analyzePlan(readSeed()));
}

/** Every corpus plan, of all the formats in test/fixtures/corpus. */
export const CORPUS = [
  'agriculture-rural-sector.txt', 'anhui-energy-saving.txt', 'beijing-manufacturing.txt', 'chengdu-energy-adjustment.txt',
  'chengdu-energy-structure.txt', 'chengyu-joint.txt', 'guangdong-green-finance.txt', 'guizhou-public-institutions.txt',
  'hangzhou-tech-city.txt', 'heilongjiang-eco-dept-rolling.txt', 'industry-sector.txt', 'liaoyuan-green-economy.txt',
  'nanjing-jiangbei-district.txt', 'national-2030.txt', 'national-energy-saving-14th.txt', 'national-opinions-1n.txt',
  'pollution-carbon-synergy-sector.txt', 'public-institutions-sector.txt', 'shandong-green-transition-2022.txt',
  'shanghai-province.txt', 'shijiazhuang-city.txt', 'tech-support-sector.txt', 'tianjin-green-economy.txt',
  'urban-rural-construction-sector.txt', 'wuhan-peak-assessment.txt', 'zhejiang-opinions.txt',
];

export function plan(name: string): PlanAnalysis {
  return name === 'seed' ? seedAnalysis() : corpus(name);
}

/** Where the n-th occurrence of `needle` starts, plus `shift` characters, as an editor position. */
export function positionOf(a: PlanAnalysis, needle: string, shift = 0, nth = 1): Position {
  let o = -1;
  for (let i = 0; i < nth; i++) {
    o = a.text.indexOf(needle, o + 1);
    assert.ok(o >= 0, `not found: ${needle}`);
  }
  return a.lineIndex.positionAt(o + shift);
}

export function textAt(a: PlanAnalysis, r: Range): string {
  return a.text.slice(a.lineIndex.offsetAt(r.start), a.lineIndex.offsetAt(r.end));
}

export function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

export function contains(outer: Range, inner: Range): boolean {
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

export function flatten(symbols: DocumentSymbol[]): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const walk = (list: DocumentSymbol[]) => {
    for (const s of list) {
      out.push(s);
      walk(s.children ?? []);
    }
  };
  walk(symbols);
  return out;
}
