/**
 * The hand-made gold sets (test/fixtures/gold/, see its README): their shapes and loading. The
 * gold files come from reading the plans, never from PlanLens's output.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../root';

export type Split = 'dev' | 'heldout';
export type Form = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 'table';

export interface GoldTarget {
  line: number;
  quote: string;
  indicator: string;
  value: number | null;
  valueTo?: number | null;
  unit: string | null;
  comparator: string | null;
  year: number | null;
  yearSource: string;
  forms: Form[];
  endState?: string;
  baselineYear?: number | null;
  strength?: string | null;
  note?: string;
  /** In a table scattered by text extraction: reported apart, left out of recall (see the gold README). */
  garbled?: boolean;
}

export interface GoldTargets {
  name: string;
  file: string;
  split: Split;
  planPeriod?: number | null;
  targets: GoldTarget[];
  notTargets?: Array<{ line: number; quote: string; why: string }>;
}

export interface GoldTask {
  line: number;
  label?: string;
  title?: string;
  deadline: { source: string; year?: number | null; warn: boolean; why?: string };
  lead: { lead: string[]; support?: string[]; source: string; warn: boolean };
}

export interface GoldAlarms {
  name: string;
  file: string;
  split: Split;
  kind?: string;
  mode: 'normal' | 'division';
  leadExpected: boolean;
  tasks: GoldTask[];
}

export const GOLD_DIR = path.join(ROOT, 'test', 'fixtures', 'gold');

function load<T>(kind: 'targets' | 'alarms'): Array<T & { name: string }> {
  const dir = path.join(GOLD_DIR, kind);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ ...(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as T), name: f.replace(/\.json$/, '') }));
}

export const loadTargetGold = (): GoldTargets[] => load<GoldTargets>('targets');
export const loadAlarmGold = (): GoldAlarms[] => load<GoldAlarms>('alarms');

/** The plan's text, as the gold's line numbers count it. */
export function planText(file: string): string {
  return fs.readFileSync(path.join(ROOT, file), 'utf8');
}
