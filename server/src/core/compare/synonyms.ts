/**
 * Wording that differs between levels of government for the same thing: a province writes
 * 单位地区生产总值 where the nation writes 单位国内生产总值, a city 占比 where the province wrote
 * 比重. Both the indicator names and the section texts are rewritten with this table before they
 * are segmented, so that the comparison sees one word for one thing.
 *
 * Each entry: the variants, then the canonical form. Longer variants are applied first.
 */
export const SYNONYMS: ReadonlyArray<readonly [readonly string[], string]> = [
  [['单位地区生产总值', '单位国内生产总值', '单位生产总值', '万元地区生产总值', '万元国内生产总值', '万元GDP', '单位GDP'], '单位GDP'],
  [['二氧化碳排放量', '二氧化碳排放', '碳排放量'], '碳排放'],
  [['能源消耗量', '能源消耗'], '能耗'],
  [['资源化利用比例', '资源化利用比重', '资源化利用率'], '资源化利用率'],
  [['综合利用比例', '综合利用率'], '综合利用率'],
  [['占比', '比例'], '比重'],
  [['一次性加工'], '一次加工'],
  [['林业和草原局', '林草局'], '林业局'],
  [['太阳能光伏', '光伏发电'], '光伏'],
  [['新能源车'], '新能源汽车'],
  [['碳捕集、利用与封存', '碳捕集利用和封存', 'CCUS'], '碳捕集利用与封存'],
  [['两高'], '高耗能高排放'],
];

const RULES: Array<[string, string]> = SYNONYMS.flatMap(([variants, canonical]) =>
  variants.map((v) => [v, canonical] as [string, string]),
).sort((a, b) => b[0].length - a[0].length);

const PATTERN = new RegExp(RULES.map(([v]) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
const CANONICAL = new Map(RULES);

/** `text` with every variant replaced by its canonical form (one pass, longest variant first). */
export function canonicalText(text: string): string {
  return text.replace(PATTERN, (m) => CANONICAL.get(m) ?? m);
}
