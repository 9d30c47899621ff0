/**
 * The JSON of a comparison: the PlanComparison as is, under a format version. Consumers may rely
 * on `sections[].{left,right,leftTitle,rightTitle,score}` and `targets[].{indicator,left,right,finding}`
 * (left/right: section ids or target objects, null when unmatched).
 */
import type { PlanComparison } from './types';

export const COMPARISON_JSON_VERSION = 1;

export function renderJson(c: PlanComparison): string {
  return JSON.stringify({ version: COMPARISON_JSON_VERSION, ...c }, null, 2) + '\n';
}
