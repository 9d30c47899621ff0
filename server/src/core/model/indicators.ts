/**
 * What a quantity measures: the indicator, read in both directions from the number.
 *
 * Before it, for a comparator or a quantity after its noun (非化石能源消费比重达到18.3%,
 * 新建改造城市供热管网1200公里): the clause's text with deadline, baseline and strength words cut
 * out. After it, for a count or a share (建成5个近零碳示范区 → 近零碳示范区; 70%以上乡镇机关建成
 * 节约型机关 → 乡镇机关建成节约型机关). An indicator is a noun phrase: never a bare verb, never
 * ending in a stray 不/严格/预期.
 */
import type { Span } from './types';

/** Words of measurement that end an indicator: where a 分别 list's shared part begins. */
export const HEAD_NOUNS = [
  '单位', '新能源汽车', '新能源', '清洁能源', '比重', '占比', '比例', '利用率', '覆盖率', '强度', '排放', '能耗', '装机',
  '面积', '产量', '产值', '增加值', '总量', '消费量', '替代率', '渗透率', '达标率', '使用率', '回收率', '处置率',
  '处理率', '普及率', '保有量', '规模', '产业规模', '产业产值', '产业增加值', '能力', '水平', '效率', '减排量', '排放量', '固碳量', '蓄积量', '能源消耗', '二氧化碳排放', '碳排放',
];

/** What ends the name of a measure (not of a thing): 比重, 利用率, 强度, 总量, 装机容量. */
export const MEASURE_END = /(?:比重|占比|比例|率|强度|总量|量|规模|能力|产能|面积|产值|增加值|能耗|消耗|排放|容量|装机|水平|效率|指数|密度|覆盖度|标准|水质)$/;

/** Kinds of place a 分别 list sets in parallel: 城市、县城…, 城镇和农村…. */
const PLACE = /^(?:地级及以上城市|设区的?市|中心城区|建制镇|重点城市|城市|县城|城镇|城区|农村|乡村|乡镇|全省|全市|全县|省级|市级|县级)/;

/** Leading words that belong to the sentence, not to the indicator. */
const LEAD = /^(?:重点突破|重点攻克|突破|攻克|其中|同时|并且|并|使|以及|且|和|落实|全年|当年|起|开始|全面|基本|总体|实现|推动|推进|促进|力争|争取|确保|努力|累计|共|预计|要|将|使得|让|新建成|建成|到|至|达到|加快|加速|逐步|积极|持续|保持|稳定|规划建设|完成|启动)+/;
/** Trailing words that carry the number, not the indicator. */
const TRAIL = /(?:原则上|基本|总体上?|均|都|全部|要|将|需|应|须|必须|不得|不应|不宜|不能|不可|宜|分别|累计|预计|有望|再|继续|进一步|持续|稳步|逐步|努力|的|为|在|力争|争取|确保|同比|不|严格|预期|保持|稳定|实现|年均|每年|加快|加速|积极)+$/;

/** Cuts the spans of deadline, baseline and strength words out of `text[from, to)`. */
export function cleanIndicator(text: string, from: number, to: number, cuts: Span[]): string {
  let s = '';
  let pos = from;
  if (cuts.length > 1) cuts = cuts.slice().sort((a, b) => a.start - b.start);
  for (const c of cuts) {
    if (c.end <= from || c.start >= to) continue;
    s += text.slice(pos, Math.max(pos, c.start));
    pos = Math.max(pos, c.end);
  }
  s += text.slice(pos, to);
  // An indicator is a phrase: beyond 120 characters the clause is prose (and patterns stay linear).
  if (s.length > 120) s = s.slice(s.length - 120);
  s = afterOpenQuote(s);
  return tidy(s);
}

/** Punctuation, lead-in and trailing function words trimmed off a phrase. */
/** 以“…”为主题的, 以…为重点的: a frame that says what a thing is about, not its name. */
const FRAME = /^[\u4e00-\u9fa5]{0,4}?以(?:“[^”]{1,60}”|[^的“”]{2,30})为(?:主题|重点|核心|主体|特色|方向|引领|导向)的/;

export function tidy(s: string): string {
  let t = s.replace(/\s+/g, '').replace(/^[、，；：。）]+/, '').replace(/[、，；：（]+$/, '');
  // 除特殊工作要求外, 与先行区建设要求相适应的, 以…为主题的: an exception or a frame, not part of the name.
  t = t.replace(/除[^，；。除]{1,16}外/g, '').replace(/^与[^的]{2,16}相(?:适应|匹配|衔接|配套|协调)的/, '').replace(FRAME, '');
  // 改造后实现整体能效: 实现 inside a measure's name only carries it.
  if (MEASURE_END.test(t)) t = t.replace(/(?<=.)实现(?=.{2,}$)/, '');
  for (let prev = ''; prev !== t; ) {
    prev = t;
    t = t.replace(LEAD, '').replace(TRAIL, '').replace(/^[、，；：]+/, '').replace(/[、，；：]+$/, '').replace(FRAME, '');
  }
  return t;
}

/** 废钢铁、废铜…等9种主要再生资源循环利用量 → 9种主要再生资源循环利用量: an enumeration summed up by a count names the count's class. */
export function dropEnumeration(t: string): string {
  const summed = /^.{2,}(?:等)(\d+|[一二三四五六七八九十]+)(?:种|类|项|个|大)/.exec(t);
  if (summed) return t.slice(summed[0].length - summed[1].length - 1);
  // 钢铁、电解铝、水泥…等重点行业产能: the examples before 等 name the class after it.
  const examples = /^(?:[^、，；（）]{1,8}、){2,}[^、，；（）]{1,8}等(?=[\u4e00-\u9fa5]{2,})/.exec(t);
  if (!examples) return t;
  // …等领域关键核心技术: 领域 alone names no class; the noun after it does.
  return t.slice(examples[0].length).replace(/^(?:领域|方面|方向)(?=[\u4e00-\u9fa5]{2,})/, '');
}

/** The text after a quotation mark left open: 为贯彻…“二氧化碳排放 → 二氧化碳排放. */
function afterOpenQuote(s: string): string {
  const open = Math.max(s.lastIndexOf('“'), s.lastIndexOf('‘'), s.lastIndexOf('"'));
  if (open < 0) return s;
  const rest = s.slice(open + 1);
  return /[”’"]/.test(rest) ? s : rest;
}

/** Splits an indicator list at 、 (or also at 和/与/及) outside brackets. */
export function splitTopLevel(s: string, separators = '、'): string[] {
  let any = false;
  for (let i = 0; i < separators.length && !any; i++) any = s.includes(separators[i]);
  if (!any) return [s];
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '（' || ch === '〔' || ch === '［' || ch === '《') depth++;
    else if (ch === '）' || ch === '〕' || ch === '］' || ch === '》') depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.includes(ch)) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}

/** 化学需氧量、氨氮…等4项主要污染物重点工程减排量: the class (等4项主要污染物) between the items and what they share. */
const SUMMED_CLASS = /等(?:\d+|[一二三四五六七八九十]+)(?:项|种|类|个|大)(?:主要)?[\u4e00-\u9fa5]*?(?:污染物|行业|领域|产品|资源|品种|能源|企业|园区|设施|指标)/;

/** 公交车、出租汽车（含网约车）新能源汽车 with two values → 公交车新能源汽车, 出租汽车（含网约车）新能源汽车. */
export function distributeIndicator(indicator: string, count: number): string[] {
  let parts = splitTopLevel(indicator);
  // 能耗和二氧化碳排放分别下降14%和18%: the last item joined by 和/与/及, when that gives one per value.
  if (parts.length !== count) parts = splitTopLevel(indicator, '、和与及');
  if (parts.length !== count || count < 2 || parts.some((p) => p === '')) return new Array(count).fill(indicator);
  let last = parts[parts.length - 1];
  let suffix: string;
  const summed = SUMMED_CLASS.exec(last);
  if (summed) {
    suffix = last.slice(summed.index + summed[0].length);
    last = last.slice(0, summed.index) + suffix;
  } else suffix = sharedSuffix(last);
  const headed = (p: string) => HEAD_NOUNS.some((h) => p.includes(h));
  const first = parts[0];
  const out = parts.map((p, i) => {
    if (i === parts.length - 1) return last;
    if (headed(p)) return p;
    // 乘用车和商用车新车…排放强度: a word parallel to the last item's first (same length, same final
    // character) shares everything after it.
    const n = p.length;
    if (n <= 6 && last.length > n && last.charCodeAt(n - 1) === p.charCodeAt(n - 1)) return p + last.slice(n);
    return p + suffix;
  });
  // 规上工业万元增加值能耗、碳排放、水耗: short later items share what precedes the first item's last word.
  const firstHead = HEAD_NOUNS.filter((h) => first.endsWith(h)).sort((a, b) => b.length - a.length)[0];
  const prefix = firstHead && first.length > firstHead.length + 2 ? first.slice(0, first.length - firstHead.length) : '';
  return out.map((p, i) => (i > 0 && prefix !== '' && parts[i].length <= 8 && MEASURE_END.test(parts[i]) && !p.startsWith(prefix.slice(0, 2)) ? prefix + p : p));
}

/**
 * X、Y均达到43%: one target per item when the items are parallel names (each at most a short phrase),
 * each completed with what the last item shares.
 */
export function parallelItems(indicator: string, requireHeads = false): string[] | null {
  const parts = splitTopLevel(indicator, '、和与及');
  if (parts.length < 2 || parts.some((p) => p.length === 0 || p.length > 24)) return null;
  // Without 均/都, only a list of whole indicators (联络率、标准接线率、转供率) is one target per item.
  if (requireHeads && !parts.every((p) => MEASURE_END.test(p))) return null;
  const items = distributeIndicator(parts.join('、'), parts.length);
  // 主要农作物化肥、农药利用率: a short last item shares the first item's opening words.
  const first = items[0];
  const lastWord = parts[parts.length - 1].replace(/(?:利用率|比例|占比|比重|率)$/, '');
  if (lastWord.length > 0 && lastWord.length <= 3 && parts[0].length > lastWord.length + 1 && /(?:利用率|比例|占比|比重|率)$/.test(parts[parts.length - 1])) {
    const prefix = parts[0].slice(0, parts[0].length - lastWord.length);
    return items.map((p, i) => (i > 0 && !p.startsWith(prefix) ? prefix + p : i === 0 ? first : p));
  }
  return items;
}

/** 该比例, 上述指标: an indicator named by pointing back at the previous one. */
export function isAnaphora(s: string): boolean {
  return /^(?:该|上述|此|这一|前述)(?:比例|比重|指标|数值|数量|占比|比率|规模|目标)$/.test(s);
}

/** What the items of a 分别 list share, read off the last item: after its place word or before its head noun. */
function sharedSuffix(last: string): string {
  // 城市和县城生活垃圾无害化处理率: places in parallel share all that follows the last one.
  const place = PLACE.exec(last);
  if (place && place[0].length < last.length) return last.slice(place[0].length);
  // 锂电材料、光纤行业非电能源占比: sectors in parallel share all from the class word on.
  const sector = /(?:行业|领域|产业)(?=[\u4e00-\u9fa5]{2,})/.exec(last);
  if (sector && sector.index >= 2) return last.slice(sector.index);
  const closing = Math.max(last.lastIndexOf('）'), -1);
  let cut = -1;
  for (const head of HEAD_NOUNS) {
    const at = last.indexOf(head, closing + 1);
    if (at > 0 && (cut < 0 || at < cut)) cut = at;
  }
  if (cut <= 0) return '';
  // 氮氧化物重点工程减排量: a modifier before the head (重点工程, 年, 累计) belongs to what is shared.
  const modifier = /(?:重点|主要|累计|年均|全年|年)[\u4e00-\u9fa5]{0,4}$/.exec(last.slice(0, cut));
  if (modifier && modifier.index > 0) cut = modifier.index;
  return last.slice(cut);
}

/**
 * Plans shorten an indicator they have just named: 大宗固废年利用量…；到2030年年利用量…, or
 * 单位建筑面积能耗下降5%、碳排放下降7%. Completes the short form from the previous indicator.
 */
export function completeIndicator(ind: string, last: string, sameClause: boolean): string {
  if (last === '' || ind.length >= last.length) return ind;
  if (last.endsWith(ind)) return last;
  if (sameClause && ind.length <= 4) {
    for (const head of HEAD_NOUNS) {
      if (last.endsWith(head) && last.length > head.length) return last.slice(0, last.length - head.length) + ind;
    }
  }
  return ind;
}

const CLAUSE_END = /[，；。：！？\r\n]/;

/** The rest of the clause after `from`: up to the next ，；。 (at most 60 characters). */
export function clauseTextAfter(text: string, from: number): string {
  const rest = text.slice(from, from + 60);
  const m = CLAUSE_END.exec(rest);
  return (m ? rest.slice(0, m.index) : rest).replace(/\s+/g, '');
}

/**
 * The noun a count counts: the clause after the classifier, up to a list separator or a second
 * verb phrase that starts a new item (建成1个…园区、3个…机关 → …园区).
 */
export function nounAfter(text: string, from: number): string {
  // 1家以“率先实现碳达峰碳中和，推动…”为主题的示范区: a quotation's commas do not end the clause.
  const framed = FRAME.exec(text.slice(from, from + 100));
  if (framed) from += framed[0].length;
  let s = clauseTextAfter(text, from);
  const list = /[、和及](?=\d|若干|[一二两三四五六七八九十]+[个家座项所处条])/.exec(s);
  if (list) s = s.slice(0, list.index);
  s = s.replace(/^(?:以上|左右|及以上|的)/, '');
  return tidy(s);
}

/** A phrase that is only a verb names nothing: 推动, 合计, 完成. */
export function isBareVerb(s: string): boolean {
  return s.length <= 2 && /^(?:推动|推进|合计|完成|实现|达到|建成|建设|开展|新增|累计|力争|争取|确保|提高|提升|下降|降低|减少|增加|增长|总计|共计|共|约|达)$/.test(s);
}
