/**
 * Units of targets, reduced to a base unit and a factor, so that 0.6亿千瓦 and 6000万千瓦 compare
 * and 万吨 against 万千瓦 does not.
 */

export interface ParsedUnit {
  /** The base unit (千瓦, 吨, %, …); for an unknown unit the unit as written. */
  base: string;
  factor: number;
}

const MAGNITUDES: Record<string, number> = { 十: 10, 百: 100, 千: 1e3, 万: 1e4, 十万: 1e5, 百万: 1e6, 千万: 1e7, 亿: 1e8 };

/** Base units, longest first, with synonyms written the other way (标煤 for 标准煤, kW for 千瓦). */
const BASES: Array<[string, string, number]> = [
  ['个百分点', '个百分点', 1], ['百分点', '个百分点', 1], ['%', '%', 1], ['‰', '%', 0.1],
  ['千瓦时', '千瓦时', 1], ['kWh', '千瓦时', 1], ['千瓦', '千瓦', 1], ['kW', '千瓦', 1], ['兆瓦', '千瓦', 1e3], ['MW', '千瓦', 1e3],
  ['吉瓦', '千瓦', 1e6], ['GW', '千瓦', 1e6],
  ['吨标准煤', '吨标准煤', 1], ['吨标煤', '吨标准煤', 1], ['吨二氧化碳当量', '吨二氧化碳', 1], ['吨二氧化碳', '吨二氧化碳', 1], ['吨', '吨', 1],
  ['千克', '吨', 1e-3], ['公斤', '吨', 1e-3], ['克', '吨', 1e-6],
  ['平方公里', '平方米', 1e6], ['平方米', '平方米', 1], ['立方米', '立方米', 1], ['公顷', '亩', 15], ['亩', '亩', 1],
  ['公里', '米', 1e3], ['千米', '米', 1e3], ['米', '米', 1],
  ['人次', '人次', 1], ['元', '元', 1],
];

export function parseUnit(unit: string | null): ParsedUnit | null {
  if (unit === null || unit === '') return null;
  for (const [suffix, base, f] of BASES) {
    if (!unit.endsWith(suffix)) continue;
    const prefix = unit.slice(0, unit.length - suffix.length);
    if (prefix === '') return { base, factor: f };
    const m = MAGNITUDES[prefix];
    if (m !== undefined) return { base, factor: m * f };
  }
  // 万辆, 万个, 万: a magnitude before a counter.
  for (const [prefix, m] of Object.entries(MAGNITUDES).sort((a, b) => b[0].length - a[0].length)) {
    if (unit.startsWith(prefix) && unit.length > prefix.length) return { base: unit.slice(prefix.length), factor: m };
  }
  if (MAGNITUDES[unit] !== undefined) return { base: '', factor: MAGNITUDES[unit] };
  return { base: unit, factor: 1 };
}

const RATIO_BASES = new Set(['%', '个百分点']);
/** Indicator heads that name a rate or a share: comparable across areas of any size. */
const RATIO_INDICATOR = /(率|比重|强度|系数|效率|比|指数|PUE)$/;

/**
 * Whether a target is a rate (a share, an intensity, a growth rate) rather than a total: only
 * rates rank plans of different areas (a province's 亿千瓦 against the nation's says nothing).
 */
export function isRate(unit: string | null, indicator: string, comparator: string | null): boolean {
  const parsed = parseUnit(unit);
  if (parsed && (RATIO_BASES.has(parsed.base) || parsed.base.includes('/'))) return true;
  if (comparator && /年均|下降|降低|减少|提高$|提升$|增长$/.test(comparator) && parsed?.base === '%') return true;
  return RATIO_INDICATOR.test(indicator) && (parsed === null || RATIO_BASES.has(parsed.base));
}
