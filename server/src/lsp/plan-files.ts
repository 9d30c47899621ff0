/**
 * Which files are plans, for the workspace index: the same rules as the client's language
 * contribution (extensions .plan and .plan.txt, plan-like names, a first line naming a
 * 方案/规划/意见/计划/纲要), so workspace symbols cover what the editor would open as a plan.
 */

/** Kept in step with package.json contributes.languages[policy-plan].firstLine. */
export const PLAN_FIRST_LINE = /^\s*\S.{0,100}?(?:方案|规划|意见|计划|纲要)/;

const PLAN_NAME = /(?:方案|规划|意见|计划|纲要)[^/\\]*\.txt$/i;

export type PlanFileVerdict = 'plan' | 'check-first-line' | 'no';

export function classifyPath(path: string): PlanFileVerdict {
  const lower = path.toLowerCase();
  if (lower.endsWith('.plan') || lower.endsWith('.plan.txt')) return 'plan';
  if (PLAN_NAME.test(path)) return 'plan';
  if (lower.endsWith('.txt')) return 'check-first-line';
  return 'no';
}

export function looksLikePlan(text: string): boolean {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/, 1)[0] ?? '';
  return PLAN_FIRST_LINE.test(firstLine);
}

/** Directories never searched for plans: dependencies, build output, version control. */
export function isSkippedDirectory(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules' || name === 'out' || name === 'dist' || name === '__pycache__';
}
