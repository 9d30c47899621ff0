/**
 * 不得超过, 不应低于, 不宜高于: the lexer reads the comparator (超过) and leaves the modal negation
 * before it (不得) as text. Read together they bound the other way round — 不应超过 is a ceiling
 * (≤), where 超过 alone is a floor — so the comparator is taken with its negation.
 */
import type { MeasureNode } from '../grammar/syntax';

const BOUND = /^(?:超过|高于|大于|多于|低于|少于|小于)/;
const NEGATION = /(不(?:得|应|宜|能|可))$/;

export function withNegation(comparator: string | null, m: MeasureNode, text: string): string | null {
  if (comparator === null || m.comparators.length === 0 || !BOUND.test(comparator)) return comparator;
  const at = m.comparators[0].start;
  const neg = NEGATION.exec(text.slice(Math.max(0, at - 3), at));
  return neg ? neg[1] + comparator : comparator;
}
