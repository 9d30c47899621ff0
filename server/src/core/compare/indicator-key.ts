/**
 * Indicator names normalised for matching across plans: brackets and the plan's own scope
 * (全省, 全国, 国内) dropped, wording unified by the synonym table (单位地区生产总值 → 单位GDP,
 * 二氧化碳排放 → 碳排放, 占比 → 比重), then segmented so that similar names can be scored.
 */
import type { Segmenter } from '../segment/segmenter';
import { canonicalText } from './synonyms';

export interface IndicatorKey {
  /** The canonical name: equal keys are the same indicator. */
  key: string;
  /** Its words, for scoring names that are close but not equal. */
  words: string[];
  /** Its character bigrams (what survives a segmentation that went wrong). */
  bigrams: string[];
}

const SCOPE = /^(全省|全市|全区|全县|全州|全国|我省|我市|我区|本省|本市|本区|国内|省级|市级|其中|实现|累计)/;
const FILLER = new Set(['的', '和', '与', '及', '等', '、', '其中']);

export function indicatorKey(indicator: string, segmenter: Segmenter): IndicatorKey {
  let s = indicator
    .replace(/（[^（）]*）|\([^()]*\)|〔[^〔〕]*〕/g, '')
    .replace(/[“”"‘’'《》\s]/g, '');
  s = canonicalText(s);
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(SCOPE, '');
  }
  s = s.replace(/等(?=\d|[一二三四五六七八九十]+[种类项])/g, '');
  const words = segmenter.cut(s).filter((w) => !FILLER.has(w));
  const bigrams: string[] = [];
  for (const m of s.matchAll(/[\u4e00-\u9fff]+/g)) for (let i = 0; i + 1 < m[0].length; i++) bigrams.push(m[0].slice(i, i + 2));
  return { key: s.replace(/[、，,]/g, ''), words, bigrams };
}

/**
 * A composite indicator (单位生产总值能源消耗和单位生产总值二氧化碳排放) as its parts, each a
 * name of its own; an indicator whose parts would be fragments (水路和铁路货运量占比) stays whole.
 */
export function indicatorParts(indicator: string): string[] {
  const parts = indicator.split(/和|及/);
  if (parts.length > 1 && parts.every((p) => p.length >= 4)) return parts;
  return [indicator];
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
 * How alike two indicator names are, 0–1. Names must agree on their head (the last word: what
 * is measured — 能耗 is not 碳排放, however much else they share) unless nearly all characters agree.
 */
export function indicatorSimilarity(a: IndicatorKey, b: IndicatorKey): number {
  if (a.key === b.key) return 1;
  const words = dice(a.words, b.words);
  const bigrams = dice(a.bigrams, b.bigrams);
  const sameHead = a.words.length > 0 && b.words.length > 0 && a.words[a.words.length - 1] === b.words[b.words.length - 1];
  if (!sameHead && bigrams < 0.8) return 0;
  return Math.max(words, bigrams);
}
