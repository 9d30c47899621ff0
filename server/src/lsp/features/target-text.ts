/** How a target's value reads: "18.3%", "150万千瓦左右", "15%—25%", "国家下达指标". */
import type { Target } from '../../core';

export function targetValueText(t: Target): string {
  const unit = t.unit ?? '';
  if (t.value === null) return t.qualifier ?? t.text;
  const value = t.valueTo !== null ? `${t.value}${unit}—${t.valueTo}${unit}` : `${t.value}${unit}`;
  return value + (t.qualifier ?? '');
}
