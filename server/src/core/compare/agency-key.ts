/**
 * An agency without its level, so that 省发展改革委 and 国家发展改革委, 省生态环境厅 and 生态环境部
 * count as the same line of work across plans of different levels.
 */
import { canonicalText } from './synonyms';

// 市 opens 市场监管局 too: a level only when 场 does not follow.
const LEVEL = /^(中共|国务院|国家|中央|省委|市委|区委|县委|自治区|省|市(?!场)|区|县|州|盟)/;
const RANK = /(委员会|总局|厅|局|部|办公室|办)$/;

export function agencyKey(name: string): string {
  let s = canonicalText(name.replace(/\s/g, ''));
  // A branch of the central bank (人民银行南昌中心支行) is the central bank.
  if (s.includes('人民银行')) return '人民银行';
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(LEVEL, '');
  }
  // 住房和城乡建设部 and 住房城乡建设厅, 工业和信息化部 and 工业和信息化厅: the 和 is optional.
  s = s.replace(/^(住房|工业)和/, '$1');
  const stripped = s.replace(RANK, '');
  return stripped.length >= 2 ? stripped : s;
}
