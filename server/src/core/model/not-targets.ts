/**
 * Numbers with a comparator that state no target of the plan: the tests that keep them out of
 * the target list, each a pattern of plan prose rather than of one file.
 */
import type { MeasureNode } from '../grammar/syntax';

const BOUND = /^(?:及以上|及以下|以上|以下)$/;

/**
 * 实施投资500万元以上技改项目超过1万个, 1000℃以下工业窑炉: a bare amount with 以上/以下 that runs
 * straight into a noun describes that noun (the target, if any, comes after). Kept: a comparator
 * before it (达到95%以上并保持), and punctuation, 的 (handled apart), 水平, 目标 or a conjunction after
 * it. A count of the noun (制修订300项以上标准) is the caller's to keep: it knows the classifiers.
 */
export function modifiesFollowingNoun(m: MeasureNode, comparator: string | null, text: string): boolean {
  if (comparator !== null) return false;
  const last = m.quantities[m.quantities.length - 1];
  if (last.post === null || last.post.end !== m.end || !BOUND.test(last.post.image)) return false;
  const c = text.charCodeAt(m.end);
  if (!(c >= 0x4e00 && c <= 0x9fff)) return false;
  return !/^(?:的|水平|目标|并|和|及|且|或|等|为|以|即|将|均)/.test(text.slice(m.end, m.end + 2));
}

const MONEY = /^(?:万亿|亿|千万|百万|万|千)?元$/;
/** Words of grants and subsidies, and of per-item amounts: 给予30%的补助，最高不超过500万元. */
const FUNDING = /补助|补贴|奖励|资助|奖补|贴息|扶持资金|最高|单项|单个项目|按每|每[台个户家项吨辆套]/;

/**
 * 单项最高不超过500万元, 支持企业按每台不低于200元给予补贴: an amount of money in a sentence about
 * grants, caps or per-item rates is a funding rule, not a target (产业收入超过3000亿元 is one).
 * `text.slice(from, to)` is the sentence before the amount, read only for money.
 */
export function isFundingRule(unit: string | null, text: string, from: number, to: number): boolean {
  return unit !== null && MONEY.test(unit) && FUNDING.test(text.slice(from, to));
}
