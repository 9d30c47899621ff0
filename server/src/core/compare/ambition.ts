/**
 * Which way a target points, so that "weaker" means the same thing for every comparator:
 * a reduction (下降18%) is more ambitious when larger, a cap (控制在…以内, 不高于, 下降至13%以下)
 * when smaller, a level (达到20%, 不低于, 以上) when larger.
 */

export type Direction = 'higher' | 'lower';

/** Comparators that set an upper bound: the value is a ceiling. */
const CAP = /^(不高于|不超过|不大于|不多于|低于|小于|少于|控制在|下降到|下降至|降低到|降低至|降到|降至|减少到|减少至|压减至|压减到|减至|降为|缩小到|缩小至|≤|≦|<)$/;
const CAP_QUALIFIER = /^(以下|及以下|以内|之内)$/;

/** The direction in which a larger number is a more ambitious target. */
export function directionOf(comparator: string | null, qualifier: string | null): Direction {
  if (qualifier && CAP_QUALIFIER.test(qualifier)) return 'lower';
  if (comparator && CAP.test(comparator.replace(/^(约|近)/, ''))) return 'lower';
  return 'higher';
}

/** Whether the comparator states a change from a base year (下降18%) rather than a level. */
export function isChange(comparator: string | null): boolean {
  return comparator !== null && /^(年均|累计)?(下降|降低|减少|提高|提升|增长|增加|上升|压减|削减|压降|扩大|节约|节省)$/.test(comparator);
}

/**
 * Ambition of `a` against `b` in the same direction: positive when `a` asks for more.
 * Qualifiers break ties only: 以上 asks a little more than 左右 at the same number.
 */
export function compareAmbition(a: number, b: number, direction: Direction): number {
  const eps = 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (Math.abs(a - b) <= eps) return 0;
  return direction === 'higher' ? Math.sign(a - b) : Math.sign(b - a);
}
