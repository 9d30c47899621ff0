/**
 * Quantitative targets read from sentences: 到2025年，非化石能源消费比重达到18.3%.
 *
 * The parser groups a comparator with its quantities (a "measure"); this module supplies what
 * surrounds it in the sentence: the indicator (the clause's text before the measure, with
 * deadline, baseline and strength words cut out), the deadline in force in the paragraph, the
 * baseline (比2020年) and strength (力争/确保) of the clause, and the 分别 rule that gives each
 * value its own indicator.
 */
import type { Item, MeasureNode, QuantityNode, TokNode } from '../grammar/syntax';
import type { Deadline, Span, Strength, Target } from './types';
import type { LineInfo } from './line-info';
import { DEADLINE_TOKENS, readDeadline } from './deadlines';
import { isFundingRule, modifiesFollowingNoun } from './not-targets';

const CLASSIFIERS = /^(?:万?个|家|座|项|所|处|套|台|条|户|批|名|万?辆|艘|架|万?人|株|根)$/;
const CREATION_VERB = /(?:创建|建成|建设|培育|打造|新增|新建|推广|建立|实施|形成|培养|引进|认定|遴选|开展|创成|布局|累计|完成|发展|推出|改造|示范|争创|遴选出|支持|组织|达到)$/;
const POSSESSION_VERB = /(?:具备|具有|形成|拥有|保持|实现|达到|建成)$/;
/** Words of measurement that end an indicator: where a 分别 list's shared part begins. */
const HEAD_NOUNS = [
  '单位', '新能源汽车', '新能源', '清洁能源', '比重', '占比', '比例', '利用率', '覆盖率', '强度', '排放', '能耗', '装机',
  '面积', '产量', '产值', '增加值', '总量', '消费量', '替代率', '渗透率', '达标率', '使用率', '回收率', '处置率',
  '处理率', '普及率', '保有量', '规模', '能力', '水平', '效率', '减排量', '排放量',
];

/** Kinds of place a 分别 list sets in parallel: 城市、县城…, 城镇和农村…. */
const PLACE = /^(?:地级及以上城市|设区的?市|中心城区|建制镇|重点城市|城市|县城|城镇|城区|农村|乡村|乡镇|全省|全市|全县|省级|市级|县级)/;

function strengthOf(word: string): Strength {
  return word === '确保' ? '确保' : '力争';
}

/** Cuts the spans of deadline, baseline and strength words out of a clause's text. */
function cleanIndicator(text: string, from: number, to: number, cuts: Span[]): string {
  let s = '';
  let pos = from;
  for (const c of cuts) {
    if (c.end <= from || c.start >= to) continue;
    s += text.slice(pos, Math.max(pos, c.start));
    pos = Math.max(pos, c.end);
  }
  s += text.slice(pos, to);
  // An indicator is a phrase: beyond 120 characters the clause is prose (and patterns stay linear).
  if (s.length > 120) s = s.slice(s.length - 120);
  s = afterOpenQuote(s);
  return s
    .replace(/\s+/g, '')
    .replace(/^[、，；：]+/, '')
    .replace(/^(?:其中|同时|并且|并|使|以及|且|和|全年|当年|起|开始|全面|基本|总体|实现)+/, '')
    .replace(/(?:原则上|基本|总体上?|均|全部|要|将|需|应|分别|累计|预计|有望|再|继续|进一步|持续|稳步|逐步|努力|的|为|在)+$/, '')
    .replace(/[、，；：]+$/, '');
}

/** The text after a quotation mark left open: 为贯彻…“二氧化碳排放 → 二氧化碳排放. */
function afterOpenQuote(s: string): string {
  const open = Math.max(s.lastIndexOf('“'), s.lastIndexOf('‘'), s.lastIndexOf('"'));
  if (open < 0) return s;
  const rest = s.slice(open + 1);
  return /[”’"]/.test(rest) ? s : rest;
}

/** Splits an indicator list at 、 (or also at 和/与/及) outside brackets. */
function splitTopLevel(s: string, separators = '、'): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (/[（〔［《]/.test(ch)) depth++;
    else if (/[）〕］》]/.test(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.includes(ch)) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}

/** 公交车、出租汽车（含网约车）新能源汽车 with two values → 公交车新能源汽车, 出租汽车（含网约车）新能源汽车. */
export function distributeIndicator(indicator: string, count: number): string[] {
  let parts = splitTopLevel(indicator);
  // 能耗和二氧化碳排放分别下降14%和18%: the last item joined by 和/与/及, when that gives one per value.
  if (parts.length !== count) parts = splitTopLevel(indicator, '、和与及');
  if (parts.length !== count || count < 2 || parts.some((p) => p === '')) return new Array(count).fill(indicator);
  const last = parts[parts.length - 1];
  const headed = (p: string) => HEAD_NOUNS.some((h) => p.includes(h));
  const suffix = sharedSuffix(last);
  return parts.map((p, i) => {
    if (i === parts.length - 1 || headed(p)) return p;
    // 乘用车和商用车新车…排放强度: a word parallel to the last item's first (same length, same final
    // character) shares everything after it.
    const n = p.length;
    if (n <= 6 && last.length > n && last.charCodeAt(n - 1) === p.charCodeAt(n - 1)) return p + last.slice(n);
    return p + suffix;
  });
}

/** What the items of a 分别 list share, read off the last item: after its place word or before its head noun. */
function sharedSuffix(last: string): string {
  // 城市和县城生活垃圾无害化处理率: places in parallel share all that follows the last one.
  const place = PLACE.exec(last);
  if (place && place[0].length < last.length) return last.slice(place[0].length);
  const closing = Math.max(last.lastIndexOf('）'), -1);
  let cut = -1;
  for (const head of HEAD_NOUNS) {
    const at = last.indexOf(head, closing + 1);
    if (at > 0 && (cut < 0 || at < cut)) cut = at;
  }
  return cut <= 0 ? '' : last.slice(cut);
}

interface LineState {
  deadline: Deadline | null;
  sentenceStart: number;
  sentenceStrive: Strength | null;
  clauseStart: number;
  clauseStrive: Strength | null;
  clauseBaseline: number | null;
  respectively: boolean;
  /** Text the indicator must not reach back over: the previous measure in the clause. */
  floor: number;
  cuts: Span[];
  lastIndicator: string;
  /** The baseline of the target `lastIndicator` came from (比2020年下降14%，力争下降14.5%). */
  lastBaseline: number | null;
  /** Inside “…”: a quotation (of a higher plan, a speech) states no target of this plan. */
  quoted: boolean;
}

export function extractTargets(line: LineInfo, text: string, into: Target[]): void {
  const st: LineState = {
    deadline: null,
    sentenceStart: line.textStart,
    sentenceStrive: null,
    clauseStart: line.textStart,
    clauseStrive: null,
    clauseBaseline: null,
    respectively: false,
    floor: line.textStart,
    cuts: [],
    lastIndicator: '',
    lastBaseline: null,
    quoted: false,
  };
  if (line.node.label) st.sentenceStart = st.clauseStart = st.floor = line.node.label.end;
  const items = line.node.items;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.kind === 'measure') {
      if (!st.quoted) emitMeasure(it, items[i + 1], line, text, st, into);
      continue;
    }
    if (it.kind !== 'tok') continue;
    if (st.quoted && it.name !== 'Text') continue;
    switch (it.name) {
      case 'Text':
        scanText(it, st);
        break;
      case 'Baseline':
        // 较上年 names no year: a baseline all the same, cut from the indicator.
        st.clauseBaseline = /\d{4}/.test(it.image) ? Number(/\d{4}/.exec(it.image)![0]) : null;
        st.cuts.push(it);
        break;
      case 'Strive':
        st.clauseStrive = strengthOf(it.image);
        st.cuts.push(it);
        break;
      case 'Respectively':
        st.respectively = true;
        st.cuts.push(it);
        break;
      case 'QualitativeTarget':
        emitQualitative(it, text, st, into);
        break;
      case 'Multiple':
        emitMultiple(it, text, st, into);
        break;
      default:
        if (DEADLINE_TOKENS.has(it.name)) {
          const d = readDeadline(it, text);
          if (d) {
            st.deadline = d;
            // 力争到2025年，… : a strength opening the sentence, before its deadline, covers the sentence.
            if (st.clauseStrive && text.slice(st.sentenceStart, it.start).replace(/力争|争取|确保|力求|\s/g, '') === '') {
              st.sentenceStrive = st.clauseStrive;
            }
          }
          st.cuts.push(it);
        }
    }
  }
}

/** Characters that end a clause (1) or a sentence too (2), and quotation marks (3 “, 4 ”, 5 "). */
const MARK = new Uint8Array(0x10000);
for (const c of '，：') MARK[c.charCodeAt(0)] = 1;
for (const c of '；。！？') MARK[c.charCodeAt(0)] = 2;
MARK[0x201c] = 3;
MARK[0x201d] = 4;
MARK[0x22] = 5;

/**
 * Walks a text run once: clause and sentence breaks reset what a clause carries; quotation marks
 * open and close a citation (" closes as often as it opens).
 */
function scanText(tok: TokNode, st: LineState): void {
  const image = tok.image;
  for (let k = 0; k < image.length; k++) {
    const mark = MARK[image.charCodeAt(k)];
    if (mark === 0) continue;
    if (mark === 3) st.quoted = true;
    else if (mark === 4) st.quoted = false;
    else if (mark === 5) st.quoted = !st.quoted;
    else {
      const at = tok.start + k;
      st.clauseStart = st.floor = at + 1;
      st.clauseStrive = null;
      st.clauseBaseline = null;
      st.respectively = false;
      if (st.cuts.length > 0) st.cuts = st.cuts.filter((c) => c.end > at);
      if (mark === 2) {
        st.sentenceStrive = null;
        st.sentenceStart = at + 1;
        // A quotation left open (a stray ") ends with its sentence, not with the paragraph.
        st.quoted = false;
      }
    }
  }
}

/** A target with every field in one fixed order (objects of one shape stay fast to build and read). */
function makeTarget(
  st: LineState, text: string, span: Span, valueSpan: Span, indicator: string, value: number | null, valueTo: number | null,
  unit: string | null, comparator: string | null, qualifier: string | null,
): Target {
  return {
    text: text.slice(span.start, span.end).trim(),
    indicator,
    value,
    valueTo,
    unit,
    comparator,
    qualifier,
    year: st.deadline?.year ?? null,
    deadlineText: st.deadline?.text ?? null,
    baselineYear: st.clauseBaseline,
    strength: st.clauseStrive ?? st.sentenceStrive,
    taskId: null,
    sectionId: null,
    span,
    valueSpan,
    source: 'text',
  };
}

function indicatorBefore(text: string, at: number, st: LineState): string {
  const from = Math.max(st.clauseStart, st.floor);
  const ind = cleanIndicator(text, from, at, st.cuts);
  if (ind !== '') return completeIndicator(ind, st, from > st.clauseStart);
  // The clause continues the previous target: same indicator, and its baseline unless restated.
  st.clauseBaseline ??= st.lastBaseline;
  return st.lastIndicator;
}

/** 达到, 提高到约 (约 is a qualifier then), or 约 alone; null without a comparator. */
function comparatorOf(m: MeasureNode): { comparator: string | null; approximate: boolean } {
  let main = '';
  let all = '';
  for (const c of m.comparators) {
    all += c.image;
    if (c.image !== '约' && c.image !== '近') main += c.image;
  }
  if (main !== '') return { comparator: main, approximate: main !== all };
  return { comparator: all === '' ? null : all, approximate: false };
}

/** Units of the quantities; 20个、10个百分点 and 10、5个百分点 borrow the unit of the last. */
function unitsOf(quantities: QuantityNode[]): Array<string | null> {
  const units: Array<string | null> = new Array(quantities.length);
  for (let k = 0; k < quantities.length; k++) {
    const q = quantities[k];
    units[k] = q.unit !== null ? q.unit.image : q.toUnit !== null ? q.toUnit.image : null;
  }
  const last = units[units.length - 1];
  for (let k = 0; k < units.length - 1; k++) {
    if (units[k] === null || (units[k] === '个' && last === '个百分点')) units[k] = last;
  }
  return units;
}

function anyQualifier(quantities: QuantityNode[]): boolean {
  for (const q of quantities) if (q.post !== null) return true;
  return false;
}

function onlyYears(units: Array<string | null>): boolean {
  for (const u of units) if (u !== '年') return false;
  return true;
}

/** What a measure's indicator and comparator are, or null when the measure is not a target. */
function readMeasure(
  m: MeasureNode, next: Item | undefined, text: string, st: LineState, comparator: string | null, firstUnit: string | null,
): { indicator: string; comparator: string | null } | null {
  const lastEnd = m.quantities[m.quantities.length - 1].end;
  const followedByDe =
    text.charCodeAt(lastEnd) === 0x7684 /* 的 */ || (next !== undefined && next.kind === 'tok' && next.name === 'Text' && next.image.startsWith('的'));
  const before = text.slice(Math.max(st.clauseStart, st.floor), m.start).replace(/\s+/g, '');
  const hasComparison = comparator !== null || anyQualifier(m.quantities);
  const isCount = firstUnit !== null && CLASSIFIERS.test(firstUnit);
  const countAfterVerb = comparator === null && isCount && CREATION_VERB.test(before);
  if (countAfterVerb && (hasComparison || st.deadline !== null || st.clauseStrive !== null) && !followedByDe) {
    // 到2030年，争取创建30个…试点城市 / 力争引进10名以上人才: the indicator follows the number.
    return { indicator: clauseTextAfter(text, lastEnd), comparator: CREATION_VERB.exec(before)![0] };
  }
  if (followedByDe) {
    // 具备5%左右的尖峰负荷响应能力 is a target; 年综合能耗超过1万吨标准煤的数据中心 is not.
    // A measure inside a description stays part of the indicator that follows it.
    if (!POSSESSION_VERB.test(before) || comparator !== null) return null;
    return { indicator: clauseTextAfter(text, lastEnd + 1), comparator: before.length >= 2 ? before.slice(-2) : null };
  }
  // 制修订300项以上标准: a count of the noun that follows is a target, whatever comes after it.
  if (!isCount && modifiesFollowingNoun(m, comparator, text)) return null;
  if (hasComparison) return { indicator: indicatorBefore(text, m.start, st), comparator };
  return null;
}

function emitMeasure(m: MeasureNode, next: Item | undefined, line: LineInfo, text: string, st: LineState, into: Target[]): void {
  const quantities = m.quantities;
  if (quantities.length === 0) return;
  const { comparator, approximate } = comparatorOf(m);
  const units = unitsOf(quantities);
  // At most 200 characters of the sentence: a 20 MB line without a full stop must stay linear.
  if (isFundingRule(units[0], text, Math.max(st.sentenceStart, m.start - 200), m.start)) return;
  const read = readMeasure(m, next, text, st, comparator, units[0]);
  // A target names what it measures; a bare 70%以上 after 年底前 names nothing.
  if (read === null || read.indicator === '' || onlyYears(units)) return;
  const indicator = read.indicator;

  const indicators = st.respectively ? distributeIndicator(indicator, quantities.length) : null;
  const span = { start: Math.max(st.clauseStart, st.floor), end: m.end };
  for (let k = 0; k < quantities.length; k++) {
    const q = quantities[k];
    const qualifier = q.post !== null ? q.post.image : approximate ? '约' : null;
    into.push(makeTarget(
      st, text, span, { start: q.start, end: q.end }, indicators !== null ? indicators[k] : indicator, Number(q.value.image),
      q.to !== null ? Number(q.to.image) : null, units[k], read.comparator, qualifier,
    ));
  }
  st.lastIndicator = indicator;
  st.lastBaseline = st.clauseBaseline;
  st.floor = m.end;
  st.cuts = [];
}

/**
 * Plans shorten an indicator they have just named: 大宗固废年利用量…；到2030年年利用量…, or
 * 单位建筑面积能耗下降5%、碳排放下降7%. Completes the short form from the previous target.
 */
function completeIndicator(ind: string, st: LineState, sameClause: boolean): string {
  const last = st.lastIndicator;
  if (last === '' || ind.length >= last.length) return ind;
  if (last.endsWith(ind)) return last;
  if (sameClause && ind.length <= 4) {
    for (const head of HEAD_NOUNS) {
      if (last.endsWith(head) && last.length > head.length) return last.slice(0, last.length - head.length) + ind;
    }
  }
  return ind;
}

/** The rest of the clause after `from`: up to the next ，；。 */
function clauseTextAfter(text: string, from: number): string {
  const rest = text.slice(from, from + 80);
  const m = /[，；。：！？\r\n]/.exec(rest);
  return (m ? rest.slice(0, m.index) : rest).replace(/\s+/g, '').trim();
}

function emitQualitative(tok: TokNode, text: string, st: LineState, into: Target[]): void {
  // 打造一批达到国际先进水平的企业: a description, not a target.
  if (text.charAt(tok.end) === '的') return;
  const indicator = indicatorBefore(text, tok.start, st);
  if (indicator === '') return;
  const span = { start: Math.max(st.clauseStart, st.floor), end: tok.end };
  into.push(makeTarget(st, text, span, { start: tok.start, end: tok.end }, indicator, null, null, null, tok.image.slice(0, 2), tok.image.slice(2)));
  if (indicator !== '') st.lastIndicator = indicator;
  st.floor = tok.end;
}

function emitMultiple(tok: TokNode, text: string, st: LineState, into: Target[]): void {
  const indicator = indicatorBefore(text, tok.start, st);
  const span = { start: Math.max(st.clauseStart, st.floor), end: tok.end };
  const times = /两/.test(tok.image) ? 4 : /三/.test(tok.image) ? 8 : 2;
  into.push(makeTarget(st, text, span, { start: tok.start, end: tok.end }, indicator, times, null, '倍', tok.image, null));
  if (indicator !== '') st.lastIndicator = indicator;
  st.floor = tok.end;
}
