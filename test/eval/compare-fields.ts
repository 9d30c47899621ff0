/**
 * How the scorer decides that a field PlanLens read equals the gold's: comparators mapped to the
 * gold's small vocabulary, units and indicators compared after the normalisations a reader would
 * not notice (spaces, quotation marks, the plan's own scope 全省/全市), agency names by their
 * usual short and long forms.
 */
import type { Target } from '../../server/src/core';
import { canonicalText } from '../../server/src/core/compare/synonyms';

const GE = /^(?:不低于|不少于|不小于|超过|高于|大于|多于|突破|≥|≧|>|达到或超过|达到或优于)$/;
const LE = /^(?:不高于|不超过|不大于|不多于|低于|小于|少于|不足|≤|≦|<|不得超过|不得高于|控制在以内)$/;
const DOWN = /(?:下降|降低|减少|压减|削减|压降|节约|节省|缩减|缩短)$/;
const UP = /(?:增长|增加|提高|提升|上升|扩大)$/;

function boundOf(qualifier: string | null): string | null {
  if (!qualifier) return null;
  if (/以上/.test(qualifier)) return '>=';
  if (/以下|以内|之内/.test(qualifier)) return '<=';
  if (/左右|上下|约|近/.test(qualifier)) return '~';
  return null;
}

/** PlanLens's comparator and qualifier as the gold writes them: =, >=, <=, ~, down, up, down>= … */
export function relationOf(t: Pick<Target, 'comparator' | 'qualifier'> & { relation?: string | null }): string | null {
  if (t.relation !== undefined) return t.relation;
  const c = (t.comparator ?? '').replace(/\s/g, '');
  const bound = boundOf(t.qualifier);
  if (t.comparator === null && t.qualifier === null) return '=';
  // 下降到, 降至, 提高到: a level, not a change.
  const level = /(?:到|至|为|在)$/.test(c);
  if (!level && DOWN.test(c)) return bound ? `down${bound}` : 'down';
  if (!level && UP.test(c)) return bound ? `up${bound}` : 'up';
  if (bound) return bound;
  if (GE.test(c)) return '>=';
  if (LE.test(c)) return '<=';
  if (c === '约' || c === '近') return '~';
  return '=';
}

/** Units compared as written, but for width and spaces. */
export function sameUnit(a: string | null, b: string | null): boolean {
  const n = (u: string | null) => (u ?? '').replace(/\s/g, '').replace(/％/g, '%').replace(/^百分点$/, '个百分点');
  return n(a) === n(b);
}

const SCOPE = /^(?:全省|全市|全区|全县|全州|全国|我省|我市|我区|本省|本市|本区|省级|市级|县级|各地|各市|全域)/;

function normalIndicator(s: string): string {
  let t = canonicalText(s.replace(/[\s“”"‘’'《》「」]/g, '').replace(/[（(][^（）()]*[）)]/g, ''));
  for (let prev = ''; prev !== t; ) {
    prev = t;
    t = t.replace(SCOPE, '');
  }
  return t.replace(/[，、；：。]/g, '');
}

function bigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

function dice(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  let common = 0;
  for (const x of b) {
    const n = counts.get(x) ?? 0;
    if (n > 0) {
      common++;
      counts.set(x, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

/**
 * An indicator is right when it names what the gold names: equal after normalisation, one holding
 * the other and at least 60% of its length (全市新能源公交车 for 新能源公交车, but not 能耗 for
 * 单位地区生产总值能耗), or nearly the same characters (bigram Dice ≥ 0.75).
 */
export function sameIndicator(found: string, gold: string): boolean {
  const f = normalIndicator(found);
  if (f === '') return false;
  return gold.split('|').some((alt) => {
    const g = normalIndicator(alt);
    if (g === '' || f === g) return f === g;
    const [short, long] = f.length <= g.length ? [f, g] : [g, f];
    if (long.includes(short) && short.length >= 0.6 * long.length) return true;
    return dice(bigrams(f), bigrams(g)) >= 0.75;
  });
}

/** Long and short forms of the agencies plans name most (发改委 = 发展改革委 = 发展和改革委员会). */
const AGENCY_FORMS: Array<[RegExp, string]> = [
  [/发展和改革委员会|发展改革委员会|发展改革委|发改委/g, '发改委'],
  [/经济和信息化委员会|经济和信息化厅|经济和信息化局|经济信息化委|经信委|经信厅|经信局|工业和信息化厅|工业和信息化局|工信厅|工信局/g, '工信'],
  [/住房和城乡建设厅|住房城乡建设厅|住房和城乡建设局|住房城乡建设局|住建厅|住建局|住房和城乡建设委员会|住房城乡建设委/g, '住建'],
  [/生态环境厅|生态环境局/g, '生态环境'],
  [/市场监督管理局|市场监管局/g, '市场监管'],
  [/人民政府/g, '政府'],
  [/机关事务管理局|机关事务局/g, '机关事务'],
];

export function agencyNorm(name: string): string {
  let s = name.replace(/[\s（）()]/g, '');
  for (const [re, to] of AGENCY_FORMS) s = s.replace(re, to);
  return s;
}

/** The same set of agencies, whatever their order and whichever usual form each is written in. */
export function sameAgencies(found: string[], gold: string[]): boolean {
  const f = new Set(found.map(agencyNorm));
  const g = new Set(gold.map(agencyNorm));
  if (f.size !== g.size) return false;
  for (const x of g) if (!f.has(x)) return false;
  return true;
}
