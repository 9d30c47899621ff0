/** A target's value as a reader writes it: 下降18%（比2020年）, 20%左右, 达到国家确定的目标值. */
import type { TargetView } from './types';

export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1e6) / 1e6);
}

export function formatValue(t: TargetView): string {
  const comparator = t.comparator && t.comparator !== '达到' && t.comparator !== '为' ? t.comparator : '';
  if (t.value === null) return (t.comparator ?? '') + (t.qualifier ?? '') || '（无数值）';
  const unit = t.unit ?? '';
  const range = t.valueTo !== null ? `—${formatNumber(t.valueTo)}` : '';
  const base = t.baselineYear !== null ? `（比${t.baselineYear}年）` : '';
  return `${comparator}${formatNumber(t.value)}${range}${unit}${t.qualifier ?? ''}${base}`;
}

/** With the year and strength: 2025年 力争 达到50%. */
export function formatTarget(t: TargetView): string {
  const year = t.year !== null ? `${t.year}年 ` : '';
  const strength = t.strength === '力争' || t.strength === '确保' ? `${t.strength} ` : '';
  return `${year}${strength}${formatValue(t)}`;
}
