/**
 * Quantities that state no target of the plan, each recognised by a form of plan prose (never by
 * the sentence of one file): a threshold that describes a class of things, a funding rule, a
 * standard used as an adjective, a norm or a technical parameter, a citation or an ordinal.
 */
import type { MeasureNode } from '../grammar/syntax';

const BOUND = /^(?:及以上|及以下|以上|以下)$/;

/**
 * 实施投资500万元以上技改项目超过1万个, 1000℃以下工业窑炉: a bare amount with 以上/以下 that runs
 * straight into a noun describes that noun (the target, if any, comes after). Kept: a comparator
 * before it (达到95%以上并保持), and punctuation, 的 (handled apart), 水平, 目标 or a conjunction after
 * it. A count or a share of the noun is the caller's to keep: it knows the units.
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
 * A share given as a grant (给予30%的补助, 按投资额的20%奖励) is one too. `text.slice(from, to)`
 * is the sentence before the amount, `after` what follows it in its clause.
 */
export function isFundingRule(unit: string | null, text: string, from: number, to: number, after: string): boolean {
  if (unit !== null && MONEY.test(unit)) return FUNDING.test(text.slice(from, to)) || /^(?:的)?(?:补助|补贴|奖励|资助|奖补)/.test(after);
  if (unit === '%') return /(?:给予|按|按照)[^，；。]{0,12}$/.test(text.slice(from, to)) && /^(?:的)?(?:补助|补贴|奖励|资助|奖补|贴息)/.test(after);
  return false;
}

/** 执行75%节能标准, 达到83%节能要求, 按不低于20%的比例配建: the number is a level of a standard or a rate. */
export function isStandardLevel(before: string, after: string): boolean {
  if (/^(?:的)?(?:节能|设计|能效|排放)?(?:标准|要求|设计标准|限值)/.test(after)) return true;
  return /(?:执行|按照?|参照|依据|符合)$/.test(before);
}

/** 每个组团面积不超过50平方公里, 最高不超过18层: a limit for each item is a rule of design. */
export function isPerItemLimit(indicator: string): boolean {
  return /^(?:每个|每座|每处|单个|单体|最高|最低|最大|最小|个别)/.test(indicator) || /(?:最高|最低|最大|最小)$/.test(indicator);
}

/** 宜控制在0.6至0.8, 不应超过2公顷, 不应大于现状的20%: a norm with a modal is a rule for design, not a result. */
export function isNorm(before: string): boolean {
  return /(?:宜|应|须|必须|不得|一般|严禁)(?:控制在|保持在|不|大于|小于|低于|高于|超过|达到)?$/.test(before) || /(?:宜|不应|不得|不宜|应当?|须)(?:控制|保持|大于|小于|低于|高于|超过|少于|多于|在)/.test(before);
}

/** 禁止新建35蒸吨以下、10蒸吨以下燃煤锅炉: a bound in a prohibition says what is prohibited. */
export function isProhibition(before: string): boolean {
  return /禁止|不再|严禁|不得|淘汰|关停|限制|不予|停止/.test(before);
}

/** A number that belongs to a document number, an article or an ordinal: 〔2021〕23号, 第3批, 第五条. */
export function ordinalOrCitation(before: string, after: string): 'citation' | 'ordinal' | null {
  if (/^号/.test(after) || /(?:表|图|附件|附表|专栏)$/.test(before)) return 'citation';
  if (/第$/.test(before)) return 'ordinal';
  return null;
}

/** Words that make a sentence report the past: 以来, 目前, 已建成, 截至目前. */
export const HISTORY_WORDS = /(?:^|[，。；：])(?:全[市省区县州]|我[市省区县])?(?:现有|现状)|以来|目前(?![^，；。]{0,6}(?:基础上|水平上))|截至目前|截至当前|已经|已建成|已完成|已达到|已累计|已实现|过去|近年来|近几年|同比(?:增长|下降)了|累计(?:完成|建成)了/;
