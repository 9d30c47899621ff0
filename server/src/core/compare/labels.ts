/** Words the renderers share: findings as a reader sees them, in Chinese. */
import type { TargetFinding } from './types';

export const FINDING_LABELS: Record<TargetFinding, string> = {
  weaker: '弱于上级',
  stronger: '高于上级',
  equal: '一致',
  'unit-mismatch': '口径不同',
  'baseline-differs': '基准年不同',
  unquantified: '无数值',
  'scale-differs': '总量指标',
  'missing-year': '年份缺失',
  'left-only': '仅本方案',
  'right-only': '仅上级方案',
};

/** Findings an analyst acts on first, in that order; the rest follow. */
export const FINDING_ORDER: TargetFinding[] = [
  'weaker', 'missing-year', 'right-only', 'unit-mismatch', 'baseline-differs', 'unquantified', 'scale-differs', 'stronger', 'equal', 'left-only',
];

export function segmentationLabel(kind: 'jieba' | 'bigram'): string {
  return kind === 'jieba' ? 'jieba 分词（政策词典）' : '字符二元组（未分词）';
}

export function percent(score: number): string {
  return `${Math.round(score * 100)}%`;
}
