/**
 * An indicator as the user types it, made into the key the index stores (targets.indicator_key):
 * the same normalisation, so 非化石能源占能源消费总量比重 and 全省非化石能源消费比重 find what
 * their plans wrote, whatever their scope words and synonyms.
 */
import { indicatorKey } from '../../core/compare/indicator-key';

const NO_WORDS = { cut: () => [] };

export function indicatorKeyOf(indicator: string): string {
  return indicatorKey(indicator.trim(), NO_WORDS).key || indicator.trim();
}
