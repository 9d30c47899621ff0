/**
 * Targets read from sentences, by judging every quantity of the text.
 *
 * The parser groups every number with its unit, range, qualifier and any comparator before it (a
 * "measure"). Each quantity is a candidate; this module walks a paragraph once, keeping what a
 * reader keeps in mind — the deadline in force (of the clause, an earlier sentence, the section's
 * lead-in), strength (力争/确保/约束性), baseline (比2020年), a 分别 list, whether the sentence
 * reports the past — and gives each candidate a verdict with its reason: a target of the plan, or
 * a threshold, a funding rule, history, a standard, a norm, a citation, a name … Recall is then
 * bounded by the verdicts rather than by a list of surface patterns. End states without a number
 * (基本消除黑臭水体) are candidates too (end-states.ts).
 */
import type { BookNode, BracketNode, Item, MeasureNode, QuantityNode, TokNode } from '../grammar/syntax';
import type { Deadline, Quantity, QuantityVerdict, Section, Span, Strength, Target, TargetForm, YearSource } from './types';
import type { LineInfo } from './line-info';
import { DEADLINE_TOKENS, readDeadline } from './deadlines';
import { findEndStates, type EndStateMatch } from './end-states';
import {
  clauseTextAfter, cleanIndicator, completeIndicator, distributeIndicator, dropEnumeration, isAnaphora, isBareVerb, MEASURE_END, nounAfter, parallelItems, tidy,
} from './indicators';
import { HISTORY_WORDS, isFundingRule, isNorm, isPerItemLimit, isProhibition, isStandardLevel, modifiesFollowingNoun, ordinalOrCitation } from './not-targets';
import { parseChineseNumber } from './numerals';
import type { PlanPeriod } from './plan-period';
import { relationOf } from './relation';
import { withNegation } from './negated-comparator';

const CLASSIFIERS = /^(?:[万亿]?个|万?家|座|项|所|处|万?套|万?台|条|万?户|批|名|[万亿]?辆|艘|架|[万亿]?人|株|根|种|类|支|片|宗|张|间|栋|幢|次|人次|场|期|块|只|头|口|眼|段|位|批次|项次|个次|家次|台套)$/;
const CREATION_VERB = /(?:创建|建成|建设|培育|打造|新增|新建|推广|建立|实施|形成|培养|引进|认定|遴选|开展|创成|布局|累计|完成|发展|推出|改造|示范|争创|支持|组织|达到|培训|制定|制修订|修订|出台|发布|推动|引导|带动|扶持|评选|命名|创评|树立|选树|筛选|储备|谋划|选择|选取|确定|推进|举办|召开|安排|安装|更新|应用|配备|改建|新改扩建|发放|提供|申报|入库|布设|建立健全|招引|落地|投运|投产|建|建好|争取|新改建|改扩建|提升|整治|治理|创新|认证|认定为|实现|纳入|新开工|开工|启动|部署|设立|搭建|攻克|突破|研发|研制|攻关|孵化|集聚|吸引|聚集|培植|构建|组建)$/;
/** The verb that governs a count: right before it, or at the head of an enumeration summed by 等N个, or of a list (…和5个…). */
function countVerb(before: string, listVerb: string | null): string | null {
  const direct = CREATION_VERB.exec(before)?.[0];
  if (direct) return direct;
  if ((before === '' || /[、和及]$/.test(before)) && listVerb) return listVerb;
  if (/等$/.test(before)) return CREATION_VERB_ANYWHERE.exec(before)?.[0] ?? null;
  return null;
}

/**
 * 形成2个千亿、5个百亿、若干个十亿级产业集群: a short noun of a coordinated count shares what the last
 * item's noun adds after its own first word (千亿 + 级产业集群).
 */
function sharedTail(noun: string, text: string, from: number): string {
  // A short word (千亿, 国家级) or a measure used as a modifier (500千伏): the head noun is the last item's.
  if (noun.length === 0 || noun.length > (/^\d/.test(noun) ? 8 : 4)) return noun;
  const rest = clauseTextAfter(text, from);
  const items = rest.split(/[、和及](?=\d|若干|[一二两三四五六七八九十]+[个家座项])/);
  if (items.length < 2) return noun;
  const last = items[items.length - 1].replace(/^(?:\d+(?:\.\d+)?|若干|[一二两三四五六七八九十]+)[个家座项所处条]?/, '');
  if (last.length <= noun.length + 1 && !/^\d/.test(noun)) return noun;
  // The last item's own modifier ends where the noun's last character (级, 亿, 伏) first stands in it.
  const end = noun[noun.length - 1];
  const at = last.indexOf(end);
  if (at >= 0 && at < last.length - 1) return noun + last.slice(at + 1);
  return last.length > noun.length + 1 ? noun + last.slice(noun.length) : noun;
}

/** Units of capacity and extent (not of rank or class: 千伏, 级): what a plan builds a quantity of. */
const CAPACITY_UNIT = /^(?:万|亿)?(?:千瓦|千瓦时|立方米|吨|平方米|平方公里|公里|亩|公顷|吨标准煤)(?:\/.+)?$/;

/** Verbs of work before a quantity after its noun: 新建改造城市供热管网1200公里, 恢复黄河湿地2000亩. */
const ACTION_VERB = /实现|达到|突破|攻克|研发|研制|制修订|制定|提高|提升|新建|新增|建成|建设|改造|实施|完成|累计|推广|培育|打造|恢复|修复|营造|造林|种植|种草|治理|整治|抚育|发展|形成|削减|替代|压减|淘汰|关停|退出|更新|改建|扩建|开发|认定|创建|引进|增加|开展|规划建设|布局|安装|铺设|建好/;
const CREATION_VERB_ANYWHERE = new RegExp(CREATION_VERB.source.replace(/\$$/, ''));
const POSSESSION_VERB = /(?:具备|具有|形成|拥有|保持|实现|达到|建成)$/;
/** Verbs after a share: 70%以上乡镇建成污水处理设施, 100%执行绿色建筑标准. */
const SHARE_VERB = /^[\u4e00-\u9fa5（）、]{0,20}?(?:达到|建成|实现|完成|具备|开展|使用|采用|执行|纳入|接入|覆盖|创建|落实|安装|配备|应用|建立|通过|获得|符合|满足|推行|实施)/;

const HISTORY_VERDICT_REASON = '历史数据：叙述已经发生的情况（“十三五”期间、截至某年、已…），不是本方案的目标。';
const REASONS: Record<Exclude<QuantityVerdict, 'target'>, string> = {
  threshold: '门槛：描述一类对象（如“…以上的企业”“…以下锅炉”），不是目标。',
  description: '修饰语：数量描述后面的名词（“…的…”），不是目标。',
  funding: '资金标准：补助、奖励或单项上限，不是目标。',
  history: HISTORY_VERDICT_REASON,
  standard: '标准水平：作为标准或比例的修饰（执行…%节能标准、按不低于…的比例），不是目标。',
  parameter: '规范或参数：带“宜/应/原则上”的设计要求或技术参数，没有时限或“力争/确保”，不是本方案的目标。',
  citation: '引用：文号或书名号内的数字。',
  ordinal: '序数：第几批、第几条。',
  duration: '时长，不是目标。',
  quoted: '引号内的名称或引文，不是本方案的目标。',
  background: '指导思想、原则或形势部分的表述，不是本方案的目标。',
  purpose: '目的状语（为…、按照…要求），不是本方案的目标。',
  'no-indicator': '找不到它衡量的指标（没有名词短语），不作为目标。',
  conditional: '只对“有条件的”地区或单位提出，无法核查，不作为目标。',
};

const TARGET_REASONS: Record<TargetForm, string> = {
  comparator: '目标：比较词（达到、下降、不低于…）后的数量。',
  count: '目标：建设、培育等动词与名词之间的数量。',
  quantity: '目标：名词之后、没有比较词的数量，有时限或建设动词。',
  share: '目标：名词之前的比例（…以上的…达到…）。',
  frame: '目标：实现、具备等句式中的数量。',
  state: '目标：没有数字、可以核查的目标状态。',
  table: '目标：指标表中的一行。',
};

function strengthOf(word: string): Strength {
  return word === '确保' ? '确保' : '力争';
}

/** What the reader knows about the plan before reading its paragraphs. */
export interface TargetContext {
  period: Pick<PlanPeriod, 'baseYear'>;
  /** A notice, guide or method rather than a plan: its numbers are parameters unless given a time. */
  nonPlanDocument: boolean;
  /** The end of the period its title names (“十四五” → 2025): a time for every goal of the plan. */
  periodEnd: number | null;
}

interface LineState {
  deadline: Deadline | null;
  /** Where the deadline in force was stated: in this sentence, or an earlier one of the paragraph. */
  deadlineSentence: number;
  /** The clause it was stated in (a norm in that clause is a goal after all). */
  deadlineClause: number;
  /** Whether it opened its sentence (到2025年，…): only then does it carry to the next sentences. */
  deadlineOpens: boolean;
  sentenceStart: number;
  sentenceStrive: Strength | null;
  /** The sentence reports the past (“十三五”期间, 截至2020年底, 目前): its numbers are history. */
  sentenceHistory: boolean;
  clauseStart: number;
  clauseStrive: Strength | null;
  clauseBinding: Strength | null;
  clauseBaseline: number | null;
  respectively: boolean;
  /** Text the indicator must not reach back over: the previous measure in the clause. */
  floor: number;
  cuts: Span[];
  lastIndicator: string;
  /** The baseline of the target `lastIndicator` came from (比2020年下降14%，力争下降14.5%). */
  lastBaseline: number | null;
  /** Inside “…”: a quotation or a name. */
  quoted: boolean;
  /** The creation verb of a list of counts (建成1个…园区、3个…机关): later counts share it. */
  listVerb: string | null;
  /** Inside a book title. */
  book: boolean;
  /** Inside a bracket that is read as a clause of its own. */
  inBracket: boolean;
  /** Deadlines listed in the clause (2022年、2023年…分别达到80%、90%…): one per value. */
  clauseYears: Deadline[];
}

/** Characters that end a clause (1) or a sentence too (2), and quotation marks (3 “, 4 ”, 5 "). */
const MARK = new Uint8Array(0x10000);
for (const c of '，：') MARK[c.charCodeAt(0)] = 1;
for (const c of '；。！？') MARK[c.charCodeAt(0)] = 2;
MARK[0x201c] = 3;
MARK[0x201d] = 4;
MARK[0x22] = 5;

/**
 * How far back a clause is read (characters): real clauses are far shorter, and a 20 MB line without
 * a full stop must stay linear.
 */
const WINDOW = 120;

/** The verb and authority of a quota: 完成国家下达的 (what is left names the quota). */
const QUOTA_VERB = /^(?:确保)?(?:完成|达到|实现|落实)(?:好)?(?:国家|中央|国务院|省委省政府|省政府|省委|市政府|市委|省|市|上级|国家和省级?|省级)?(?:下达|确定|分解|规定|要求|核定|分配)?的?/;

const CN_COUNT = /([两三四五六七八九十百千]+|[一二三四五六七八九十]{2,})(个|家|座|项|所|处|条|艘|架|支|片|种|类)/g;

/** What the reader took a quantity for: no target (and why), or a target with its indicator and form. */
type Judgement = { verdict: Exclude<QuantityVerdict, 'target'>; reason: string };
type TargetJudgement = { verdict: 'target'; indicator: string; relationWord: string | null; form: TargetForm; comparator: string | null };

export class TargetReader {
  readonly targets: Target[] = [];
  readonly quantities: Quantity[] = [];
  /** Deadlines that govern a section's paragraphs: stated in its heading or a lead-in ending in ：. */
  private readonly leadIns = new Map<Section, Deadline>();
  private text = '';
  private st!: LineState;
  private section: Section | undefined;
  private sectionDeadline: Deadline | null = null;
  private background = false;
  /** End states of the paragraph not yet reached by the walk (absolute offsets). */
  private states: EndStateMatch[] = [];
  /** Whether the paragraph holds a count in Chinese numerals at all (most do not). */
  private cnCountsInLine = false;
  private magnitudesInLine = false;
  private readonly backgroundOf = new Map<Section, boolean>();
  private nextState = 0;

  constructor(private readonly ctx: TargetContext) {}

  /** Reads one paragraph (a non-table line of the body). */
  readLine(line: LineInfo, text: string, section: Section | undefined): void {
    this.text = text;
    this.section = section;
    this.sectionDeadline = this.leadInOf(section);
    let background = section ? this.backgroundOf.get(section) : false;
    if (background === undefined) this.backgroundOf.set(section!, (background = isBackground(section)));
    this.background = background;
    const start = line.node.label ? line.node.label.end : line.textStart;
    const end = line.textStart + line.text.length;
    this.st = freshState(start);
    // An end state is judged where it ends, once the walk has read what it holds (碳排放2030年前达峰).
    this.states = findEndStates(text, start, end);
    this.nextState = 0;
    this.cnCountsInLine = CN_COUNT_QUICK.test(line.text);
    this.magnitudesInLine = MAGNITUDE_QUICK.test(line.text);
    this.walk(line.node.items);
    this.fireStates(Number.MAX_SAFE_INTEGER);
    // A heading's deadline, or one of a lead-in paragraph (到2025年，…：), governs what follows in the section.
    const own = this.st.deadline;
    if (section && own && (section.line === line.line || /：$/.test(line.text))) this.leadIns.set(section, own);
  }

  private leadInOf(section: Section | undefined): Deadline | null {
    for (let s = section; s; s = s.parent) {
      const d = this.leadIns.get(s);
      if (d) return d;
    }
    return null;
  }

  private walk(items: Item[]): void {
    const st = this.st;
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      this.fireStates(it.start);
      if (it.kind === 'measure') {
        const parts = splitMixedCounts(it);
        for (let k = 0; k < parts.length; k++) this.measure(parts[k], k === parts.length - 1 ? items[i + 1] : undefined);
        continue;
      }
      if (it.kind === 'bracket') {
        this.bracket(it);
        continue;
      }
      if (it.kind === 'book') {
        this.book(it);
        continue;
      }
      if (st.quoted && it.name !== 'Text') continue;
      switch (it.name) {
        case 'Text':
          this.scanText(it);
          break;
        // Inside brackets the separators are tokens of their own: they end clauses there too.
        case 'Comma':
        case 'Colon':
          this.breakAt(it.start, false);
          break;
        case 'Semi':
        case 'Period':
          this.breakAt(it.start, true);
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
        case 'Binding':
          st.clauseBinding = it.image as Strength;
          st.cuts.push(it);
          break;
        case 'Respectively':
          st.respectively = true;
          st.cuts.push(it);
          break;
        case 'Multiple':
          this.multiple(it);
          break;
        default:
          if (DEADLINE_TOKENS.has(it.name)) this.deadlineToken(it);
      }
    }
  }

  private deadlineToken(it: TokNode): void {
    const st = this.st;
    const text = this.text;
    st.cuts.push(it);
    const before = text.slice(Math.max(st.clauseStart, it.start - 3), it.start);
    // 比“十三五”末下降10%: a baseline, not a time.
    if (/(?:比|较|相比|与)[“"]?$/.test(before)) return;
    const d = readDeadline(it, text);
    const after = text.slice(it.end, it.end + 2);
    if (/^以来/.test(after)) {
      st.sentenceHistory = true;
      return;
    }
    const base = this.ctx.period.baseYear;
    // 于2019年4月全部建成: a date before the plan's own time reports the past, marked or not.
    const written = /(?:19|20)\d{2}/.exec(it.image);
    if (d === null && written && base !== null && Number(written[0]) < base && it.name === 'Deadline') {
      st.sentenceHistory = true;
      return;
    }
    const year = d?.year ?? (/^起/.test(after) ? Number(/\d{4}/.exec(it.image)?.[0] ?? NaN) : null);
    if (d === null && !(year !== null && !Number.isNaN(year))) return;
    // A year before the one the plan speaks from (“十三五”期间, 2020年，…) reports the past.
    if (year !== null && base !== null && year < base) {
      st.sentenceHistory = true;
      return;
    }
    st.deadline = d ?? { text: it.image, year, span: { start: it.start, end: it.end } };
    // 2022至2025年…分别达到80%、90%、95%、100%: a span of years, one per value of a list to come.
    const from = /((?:19|20)\d{2})年?\s*[至到—\-~]?\s*[至到—\-~]?$/.exec(text.slice(Math.max(0, it.start - 8), it.start + (/^[至到]/.test(it.image) ? 1 : 0)));
    if (from && year !== null && year > Number(from[1]) && year - Number(from[1]) <= 10) {
      // The span's first year is part of the time, not of the indicator.
      st.cuts.push({ start: it.start - (from[0].length - (/^[至到]/.test(it.image) ? 1 : 0)), end: it.start });
      for (let y = Number(from[1]); y < year; y++) st.clauseYears.push({ text: `${y}年`, year: y, span: st.deadline.span });
    }
    // “十四五”、“十五五”期间: the first period of the list ends five years before the second.
    const earlier = /[“"]?十([一二三四五六七八九])五[”"]?[、和及]$/.exec(text.slice(Math.max(st.clauseStart, it.start - 8), it.start));
    if (earlier && year !== null) {
      const end = 1955 + 5 * (10 + '一二三四五六七八九'.indexOf(earlier[1]) + 1);
      if (end < year) st.clauseYears.push({ text: earlier[0].slice(0, -1), year: end, span: { start: it.start - earlier[0].length, end: it.start - 1 } });
    }
    st.clauseYears.push(st.deadline);
    st.deadlineSentence = st.sentenceStart;
    st.deadlineClause = st.clauseStart;
    st.deadlineOpens = it.start - st.sentenceStart <= 8 && /^(?:[力争取确保努力]|\s)*$/.test(text.slice(st.sentenceStart, it.start));
    st.sentenceHistory = false;
    // 力争到2025年，… : a strength opening the sentence, before its deadline, covers the sentence.
    if (st.clauseStrive && it.start - st.sentenceStart <= 8 && text.slice(st.sentenceStart, it.start).replace(/力争|争取|确保|力求|\s/g, '') === '') {
      st.sentenceStrive = st.clauseStrive;
    }
  }

  /** Walks a text run: clause and sentence breaks, quotation marks, end states and counts in words. */
  private scanText(tok: TokNode): void {
    const st = this.st;
    const image = tok.image;
    const counts = st.book || !this.cnCountsInLine ? NO_COUNTS : cnCounts(image);
    const scales = st.book || !this.magnitudesInLine ? NO_SCALES : magnitudesIn(image);
    let si = 0;
    let nextScale = scales.length > 0 ? scales[0].index : Infinity;
    let ci = 0;
    // The next end state or count to judge, as an offset into the token: most text runs hold none.
    let nextState = this.nextState < this.states.length ? lastOf(this.states[this.nextState]) - tok.start : Infinity;
    let nextCount = counts.length > 0 ? counts[0].index : Infinity;
    for (let k = 0; k < image.length; k++) {
      if (nextState <= k) {
        this.fireStates(tok.start + k + 1);
        nextState = this.nextState < this.states.length ? lastOf(this.states[this.nextState]) - tok.start : Infinity;
      }
      while (nextScale === k) {
        this.magnitude(tok, scales[si++]);
        nextScale = si < scales.length ? scales[si].index : Infinity;
      }
      while (nextCount === k) {
        const c = counts[ci++];
        if (!st.quoted) this.cnCount(tok.start + k, c.text, c.value, c.unit);
        nextCount = ci < counts.length ? counts[ci].index : Infinity;
      }
      const mark = MARK[image.charCodeAt(k)];
      if (mark === 0) continue;
      if (mark === 3) st.quoted = true;
      else if (mark === 4) st.quoted = false;
      else if (mark === 5) st.quoted = !st.quoted;
      // A comma inside a quotation (“率先实现碳达峰碳中和，推动…”) is the quotation's, not a clause's end.
      else if (mark === 2 || !st.quoted) this.breakAt(tok.start + k, mark === 2);
    }
  }

  /** Judges the paragraph's end states that end before `before`, in the state the walk has reached. */
  private fireStates(before: number): void {
    while (this.nextState < this.states.length && lastOf(this.states[this.nextState]) < before) {
      const s = this.states[this.nextState++];
      // A quotation the end state holds (实现“碳中和”, “零填埋”) is part of it, not a quotation around it.
      const holdsQuote = s.length !== s.text.length;
      if (!this.st.quoted || holdsQuote) this.endState(s.index, s.index + s.length, s.text, s.verb, s.weak);
    }
  }

  private breakAt(at: number, sentence: boolean): void {
    const st = this.st;
    st.clauseStart = st.floor = at + 1;
    st.clauseStrive = null;
    st.clauseBinding = null;
    st.clauseBaseline = null;
    st.respectively = false;
    // 培育10家…中心，5家…平台: a list of counts may go on past a comma; a sentence ends it.
    if (sentence) st.listVerb = null;
    if (st.clauseYears.length > 0) st.clauseYears = [];
    if (st.cuts.length > 0) st.cuts = st.cuts.filter((c) => c.end > at);
    if (sentence) {
      // A time stated inside a sentence (…，“十五五”时期逐步减少) holds for that sentence only.
      if (st.deadline !== null && !st.deadlineOpens) st.deadline = null;
      st.sentenceStrive = null;
      // 截止2020年底，林地面积…；草原面积…: a semicolon goes on listing the same facts.
      if (this.text.charCodeAt(at) !== 0xff1b /* ； */) st.sentenceHistory = false;
      st.sentenceStart = at + 1;
      // A quotation left open (a stray ") ends with its sentence, not with the paragraph.
      st.quoted = false;
    }
  }

  /**
   * A bracket that is not an agency clause (those never reach here with numbers that matter) is
   * read as a clause of its own: （其中光伏3000万千瓦）, （2020年为15.3%）.
   */
  private bracket(b: BracketNode): void {
    const st = this.st;
    const saved = { clauseStart: st.clauseStart, floor: st.floor, cuts: st.cuts, clauseStrive: st.clauseStrive, clauseBaseline: st.clauseBaseline, respectively: st.respectively, history: st.sentenceHistory, listVerb: st.listVerb };
    st.clauseStart = st.floor = b.open.end;
    st.cuts = [];
    const wasInBracket = st.inBracket;
    st.inBracket = true;
    st.respectively = false;
    st.listVerb = null;
    const emitted = this.targets.length;
    this.walk(b.items);
    st.inBracket = wasInBracket;
    // A bracket that held a target closes it off; an aside (（含网约车）) stays part of the indicator.
    Object.assign(st, { clauseStart: saved.clauseStart, floor: this.targets.length > emitted ? b.end : saved.floor, cuts: saved.cuts, clauseStrive: saved.clauseStrive, clauseBaseline: saved.clauseBaseline, respectively: saved.respectively, sentenceHistory: saved.history, listVerb: saved.listVerb });
  }

  private book(b: BookNode): void {
    const st = this.st;
    const was = st.book;
    st.book = true;
    const savedDeadline = { deadline: st.deadline, sentence: st.deadlineSentence, history: st.sentenceHistory };
    this.walk(b.items);
    // Years in a book title (《2030年前碳达峰行动方案》) are part of its name.
    Object.assign(st, { deadline: savedDeadline.deadline, deadlineSentence: savedDeadline.sentence, sentenceHistory: savedDeadline.history });
    st.book = was;
  }

  // ---------------------------------------------------------------------------------------------
  // Numbers

  private measure(m: MeasureNode, next: Item | undefined): void {
    const quantities = m.quantities;
    if (quantities.length === 0) return;
    const st = this.st;
    const text = this.text;
    const read = comparatorOf(m);
    const comparator = withNegation(read.comparator, m, text);
    const approximate = read.approximate;
    const units = unitsOf(quantities);
    const lastEnd = quantities[quantities.length - 1].end;
    const from = Math.max(st.clauseStart, st.floor);
    const clauseBefore = compact(text.slice(Math.max(st.clauseStart, m.start - WINDOW), m.start));
    const before = from <= st.clauseStart ? clauseBefore : compact(text.slice(Math.max(from, m.start - WINDOW), m.start));
    const after = text.slice(lastEnd, lastEnd + 24).trimStart();
    // 2022至2025年…分别达到80%、90%、95%、100%: a span of years, one per value of the list that follows.
    if (onlyYears(units) && quantities.length === 1 && quantities[0].to !== null && /^(?:19|20)\d{2}$/.test(quantities[0].value.image)) {
      const from = Number(quantities[0].value.image);
      const to = Number(quantities[0].to.image);
      if (to > from && to - from <= 10) {
        for (let y = from; y <= to; y++) st.clauseYears.push({ text: `${y}年`, year: y, span: { start: m.start, end: m.end } });
        if (st.deadline === null) {
          st.deadline = { text: text.slice(m.start, m.end), year: to, span: { start: m.start, end: m.end } };
          st.deadlineSentence = st.sentenceStart;
          st.deadlineClause = st.clauseStart;
          st.deadlineOpens = false;
        }
      }
    }
    const judged = this.judgeNumber(m, next, comparator, units, before, clauseBefore, after);
    if (judged.verdict !== 'target') {
      for (const q of quantities) this.note(q, judged.verdict, judged.reason);
      return;
    }
    const { indicator, relationWord, form } = judged;
    // A count's word before it is its verb (建成), not a comparator: the relation comes from a real one.
    const relationComparator = form === 'count' ? judged.comparator : relationWord;
    let indicators: string[] | null = null;
    if (st.respectively) indicators = distributeIndicator(indicator, quantities.length);
    const span = { start: from, end: m.end };
    // X、Y均达到43%: one target per item.
    const together = /[均都](?:达到|不低于|不超过|超过|控制在|提高到|保持在)?$/.test(clauseBefore);
    const items = quantities.length === 1 && !st.respectively ? parallelItems(indicator, !together) : null;
    // 分别在7%、2%以下, 分别控制在…以内: 在…以下 frames the whole list, so its bound holds for every
    // value (but in 分别下降8%、10%以上 the 以上 is the last value's own).
    const framed = st.respectively && quantities.length > 1 && /在$/.test(clauseBefore);
    for (let k = 0; k < quantities.length; k++) {
      const q = quantities[k];
      const listPost = q.post ?? (framed ? quantities[quantities.length - 1].post : null);
      const qualifier = listPost !== null ? listPost.image : approximate ? '约' : null;
      const names = items ?? [indicators !== null ? indicators[k] : dropEnumeration(indicator)];
      // 2022年、2023年分别达到80%、90%: each value takes its own year.
      const year = st.respectively && st.clauseYears.length === quantities.length && quantities.length > 1 ? st.clauseYears[k] : null;
      // “十四五”、“十五五”期间分别新增…4000万千瓦左右: one value for each of the listed times.
      const years = st.respectively && quantities.length === 1 && st.clauseYears.length > 1 ? st.clauseYears : [year];
      for (const y of years) {
        for (const name of names) {
          this.emit(span, { start: q.start, end: q.end }, name, Number(q.value.image), q.to !== null ? Number(q.to.image) : null, units[k], relationWord, qualifier, form, null, y, relationComparator);
        }
      }
    }
    st.lastIndicator = indicator;
    st.lastBaseline = st.clauseBaseline;
    st.floor = m.end;
    st.cuts = [];
  }

  /** The verdict on a measure's numbers, and for a target its indicator and form. */
  private judgeNumber(
    m: MeasureNode, next: Item | undefined, comparator: string | null, units: Array<string | null>, before: string, clauseBefore: string, after: string,
  ): Judgement | TargetJudgement {
    const st = this.st;
    const text = this.text;
    const unit = units[0];
    const hasBound = anyQualifier(m.quantities);
    const lastEnd = m.quantities[m.quantities.length - 1].end;
    const no = (verdict: Exclude<QuantityVerdict, 'target'>): Judgement => ({ verdict, reason: REASONS[verdict] });

    if (st.book) return no('citation');
    const cited = ordinalOrCitation(clauseBefore, after);
    if (cited) return no(cited);
    if (st.quoted) return no('quoted');
    if (onlyYears(units) || (unit === '年' && comparator === null) || ((unit === '天' || unit === '小时') && comparator === null && !hasBound)) return no('duration');
    if (this.background) return no('background');
    if (isFundingRule(unit, text, Math.max(st.sentenceStart, m.start - 200), m.start, after)) return no('funding');
    // History words count from the time in force on: 截至2020年…已建成…，到2025年达到… is a goal again.
    const since = st.deadline !== null && st.deadlineSentence === st.sentenceStart ? Math.max(st.sentenceStart, st.deadline.span.end) : st.sentenceStart;
    if (st.sentenceHistory || HISTORY_WORDS.test(text.slice(Math.max(since, m.start - WINDOW), m.start))) return no('history');
    if (isStandardLevel(clauseBefore, after)) return no('standard');
    // 6个500千伏…项目: a measure right after a count is what the counted things are, not a target.
    if (/(?:\d|[一二两三四五六七八九十])(?:个|座|项|处|条|台|家)$/.test(text.slice(Math.max(0, m.start - 3), m.start))) return no('description');
    // 4A级景区, 5G基站, 1:1, PM2.5, CH4: a number inside a name or a ratio.
    if ((/^[A-Za-z：:]/.test(after) && unit === null) || /[A-Za-z]$/.test(text.slice(m.start - 1, m.start))) return no('description');
    // 节能设计标准至72%: the level of a standard.
    if (/标准(?:至|到|为|提高到|提升至)?$/.test(clauseBefore + (comparator ?? ''))) return no('standard');
    if (unit === '级') return no('standard');
    // 为有效推动…比例达到50%: the purpose of the plan, stated before its own goals.
    if (/^(?:为了?(?!主|重点|核心|抓手|引领|导向)|助力|支撑|服务于)/.test(clauseBefore)) return no('purpose');
    const goal = st.deadline !== null || this.sectionDeadline !== null || this.ctx.periodEnd !== null || st.clauseStrive !== null || st.sentenceStrive !== null || st.clauseBinding !== null;
    const clauseGoal = st.deadlineClause === st.clauseStart || st.clauseStrive !== null || st.clauseBinding !== null;
    // 宜控制在0.6至0.8, 应大于8公里: a norm, unless its own clause gives it a time or strength.
    if (isNorm(clauseBefore) && !clauseGoal) return no('parameter');
    if (this.ctx.nonPlanDocument && !goal) return no('parameter');
    if (isPerItemLimit(clauseBefore) && !clauseGoal) return no('parameter');
    // 禁止新建35蒸吨以下、10蒸吨以下燃煤锅炉 — but 关停退出煤电机组200万千瓦以上 (the clause ends) is an amount to close.
    if (hasBound && comparator === null && isProhibition(clauseBefore) && !/^(?:[，；。）]|$)/.test(after)) return no('threshold');
    // （年综合能耗1万吨标煤以上）: a bracket that only bounds a quantity defines a scope.
    if (st.inBracket && comparator === null && hasBound && /^[）)]/.test(after)) return no('threshold');

    const isCount = unit !== null && CLASSIFIERS.test(unit);
    const isShare = unit === '%' || unit === '‰';
    const followedByDe = text.charCodeAt(lastEnd) === 0x7684 /* 的 */ || (next !== undefined && next.kind === 'tok' && next.name === 'Text' && next.image.startsWith('的'));
    const target = (indicator: string, relationWord: string | null, form: TargetForm): Judgement | TargetJudgement => {
      const name = tidy(indicator);
      if (name === '' || name.length < 2 || isBareVerb(name)) return no('no-indicator');
      return { verdict: 'target', indicator: name, relationWord, form, comparator };
    };

    // 开展20个…示范村建设, 培育5家链主企业: a count between its verb and its noun; the verb of a
    // list of counts carries on (建成1个…园区、3个…机关).
    // 实施超过150个合同能源管理项目: a comparator may stand between the verb and the count.
    if (isCount && !followedByDe && (comparator === null || /^[\u4e00-\u9fa5]/.test(after.replace(/^(?:以上|左右|及以上)/, '')))) {
      const verb = countVerb(before, st.listVerb);
      if (verb) {
        st.listVerb = verb;
        const noun = sharedTail(nounAfter(text, lastEnd), text, lastEnd);
        if (noun !== '') return target(noun, comparator ?? verb, 'count');
      }
    }
    // 形成20亿立方米年天然气产能, 新增1000万千瓦光伏装机: a capacity of the noun that follows.
    if ((comparator === null || comparator === '约' || comparator === '近') && !hasBound && unit !== null && CAPACITY_UNIT.test(unit) && /^[\u4e00-\u9fa5]/.test(after) && !followedByDe) {
      const verb = /(?:形成|新增|建成|建设|具备|达到|新建|投产|投运|完成|实施|推广)$/.exec(before)?.[0];
      const noun = verb ? nounAfter(text, lastEnd) : '';
      // 完成5.3亿吨钢铁产能超低排放改造: the amount of a work, as of a capacity.
      if (verb && noun !== '' && (MEASURE_END.test(noun) || /(?:改造|治理|替代|建设|产能|修复|造林)$/.test(noun))) return target(noun, verb, 'count');
    }
    // 实现到2030年新增森林面积100万亩的目标: the target named as such.
    if (followedByDe && /^的(?:目标|任务)/.test(text.slice(lastEnd, lastEnd + 3)) && comparator === null) {
      return target(this.indicatorBefore(m.start), null, 'quantity');
    }
    if (followedByDe) {
      // 具备5%左右的尖峰负荷响应能力 is a target; 年综合能耗超过1万吨标准煤的数据中心 is not.
      if (POSSESSION_VERB.test(before) && comparator === null) return target(clauseTextAfter(text, lastEnd + 1), before.slice(-2), 'frame');
      // 95%的省级、90%的市级和70%的县级党政机关达到创建标准: shares of parallel classes sharing the rest.
      const listed = isShare && comparator === null ? shareOfList(text, lastEnd + 1) : null;
      if (listed) return target(listed, null, 'share');
      // 50%以上的医院达到节约型标准: a share of the class that follows.
      if (isShare && comparator === null && SHARE_VERB.test(text.slice(lastEnd + 1, lastEnd + 30))) {
        return target(shareIndicator(before, clauseTextAfter(text, lastEnd + 1)), null, 'share');
      }
      return no(hasBound || comparator !== null ? 'threshold' : 'description');
    }
    if (modifiesFollowingNoun(m, comparator, text)) {
      // 制修订300项以上标准: a count of the noun that follows.
      if (isCount) return target(nounAfter(text, lastEnd), CREATION_VERB.exec(before)?.[0] ?? null, 'count');
      // 70%以上乡镇建成污水处理设施: a share of the class that follows.
      if (isShare && SHARE_VERB.test(text.slice(lastEnd, lastEnd + 30))) return target(shareIndicator(before, clauseTextAfter(text, lastEnd)), null, 'share');
      return no('threshold');
    }
    // 100%执行绿色建筑标准, 城镇新建建筑100%执行…: a share followed by what it does.
    if (isShare && comparator === null && !hasBound && /^[\u4e00-\u9fa5]/.test(after) && SHARE_VERB.test(after)) {
      return target(shareIndicator(before, clauseTextAfter(text, lastEnd)), null, before === '' ? 'share' : 'frame');
    }
    if (comparator !== null || hasBound) {
      const indicator = this.indicatorBefore(m.start);
      return target(indicator, comparator, 'comparator');
    }
    // 新建改造城市供热管网1200公里, 节能示范项目8个: a quantity after its noun, ending its clause or list.
    const ends = /^(?:[，；。、）（]|和|及|$)/.test(after) || /^(?:以上|左右)/.test(after);
    if (ends && (goal || ACTION_VERB.test(before))) {
      const indicator = this.indicatorBefore(m.start);
      return target(indicator, null, /^(?:实现|达到)/.test(before) ? 'frame' : 'quantity');
    }
    return no('no-indicator');
  }

  private indicatorBefore(at: number): string {
    const st = this.st;
    const from = Math.max(st.clauseStart, st.floor);
    const ind = cleanIndicator(this.text, from, at, st.cuts);
    if (isAnaphora(ind) && st.lastIndicator !== '') return st.lastIndicator;
    if (ind !== '') return completeIndicator(ind, st.lastIndicator, from > st.clauseStart);
    // The clause continues the previous target: same indicator, and its baseline unless restated.
    st.clauseBaseline ??= st.lastBaseline;
    return st.lastIndicator;
  }

  private multiple(tok: TokNode): void {
    const st = this.st;
    const span = { start: Math.max(st.clauseStart, st.floor), end: tok.end };
    const judged = this.judgeState();
    if (judged) return this.noteSpan(tok, tok.image, judged.verdict, judged.reason);
    const indicator = this.indicatorBefore(tok.start);
    if (tidy(indicator) === '') return this.noteSpan(tok, tok.image, 'no-indicator', REASONS['no-indicator']);
    const times = /两/.test(tok.image) ? 4 : /三/.test(tok.image) ? 8 : 2;
    this.emit(span, { start: tok.start, end: tok.end }, indicator, times, null, '倍', tok.image, null, 'comparator', null);
    st.lastIndicator = indicator;
    st.floor = tok.end;
  }

  /**
   * 产业规模过万亿, 营业收入突破千亿元: an order of magnitude in words after 过/突破/超/迈上 is a
   * floor (≥ 1 万亿) for the indicator before it, as plans write their scale goals.
   */
  private magnitude(tok: TokNode, m: RegExpExecArray): void {
    const st = this.st;
    const at = tok.start + m.index + m[1].length;
    const end = tok.start + m.index + m[0].length;
    if (this.judgeState() !== null || st.quoted) return;
    // 已突破万亿: a scale reached is history.
    const was = this.text.slice(Math.max(st.sentenceStart, at - WINDOW), at);
    if (st.sentenceHistory || HISTORY_WORDS.test(was) || /已(?:经)?[\u4e00-\u9fa5]{1,2}$/.test(was)) {
      return this.noteSpan({ start: at, end }, m[0].slice(m[1].length), 'history', REASONS.history);
    }
    // 千亿级产业集群, 过万亿的城市: a class of things, not this plan's scale.
    if (/^[级的]/.test(this.text.slice(end, end + 1))) return;
    const indicator = this.indicatorBefore(tok.start + m.index);
    const span = { start: Math.max(st.clauseStart, st.floor), end };
    // 电子信息、装备制造产业规模过万亿: one target per industry.
    for (const name of parallelItems(indicator) ?? [indicator]) {
      this.emit(span, { start: at, end }, tidy(name), 1, null, m[2] + (m[3] ?? ''), m[1], null, 'comparator', null);
    }
    st.lastIndicator = indicator;
    st.floor = end;
  }

  /** 建成两个示范区: a count in Chinese numerals after its verb. */
  private cnCount(at: number, image: string, value: number, unit: string): void {
    const st = this.st;
    const before = this.text.slice(Math.max(st.clauseStart, st.floor, at - WINDOW), at).replace(/\s+/g, '');
    const verb = CREATION_VERB.exec(before)?.[0];
    if (!verb || this.judgeState() !== null) return;
    const end = at + image.length;
    const noun = nounAfter(this.text, end);
    if (noun === '' || isBareVerb(noun)) return;
    this.emit({ start: Math.max(st.clauseStart, st.floor), end }, { start: at, end }, noun, value, null, unit, verb, null, 'count', null, null, null);
  }

  // ---------------------------------------------------------------------------------------------
  // End states

  /** Why a number-less statement here is no target, or null when it may be one. */
  private judgeState(): Judgement | null {
    const st = this.st;
    if (st.book) return { verdict: 'citation', reason: REASONS.citation };
    if (this.background) return { verdict: 'background', reason: REASONS.background };
    if (st.sentenceHistory) return { verdict: 'history', reason: REASONS.history };
    return null;
  }

  private endState(start: number, end: number, image: string, verb: string | null, weak: boolean): void {
    const st = this.st;
    const text = this.text;
    const state = image.replace(/[“”"]/g, '');
    // Judged or not, the next statement's subject starts after this one (…率先达峰和煤炭消费尽早达峰).
    const fail = (verdict: Exclude<QuantityVerdict, 'target'>) => {
      st.floor = Math.max(st.floor, end);
      this.noteSpan({ start, end }, state, verdict, REASONS[verdict]);
    };
    const judged = this.judgeState();
    // A guidance chapter's commitments to a quota (确保完成国家下达的目标任务) are the plan's own; its peaks are the nation's.
    if (judged && !(judged.verdict === 'background' && !weak)) return this.noteSpan({ start, end }, state, judged.verdict, judged.reason);
    const clauseBefore = text.slice(Math.max(st.clauseStart, start - WINDOW), start).replace(/\s+/g, '');
    const sentenceBefore = text.slice(Math.max(st.sentenceStart, start - WINDOW), start);
    if (HISTORY_WORDS.test(sentenceBefore.slice(-40))) return fail('history');
    // 打造一批达到国际先进水平的企业: a description, not a target.
    const tail = text.slice(end, end + 12);
    if (/^的/.test(tail) || (verb !== null && /^[^，；。]{0,10}的[^，；。]{0,4}(?:企业|项目|单位|园区|产品|城市)/.test(tail))) return fail('description');
    // 支持有条件的地区率先达峰: a target for some, where conditions allow, cannot be checked.
    if (/(?:支持|鼓励|引导|推动)[^，；。]{0,24}(?:有条件|条件成熟)的/.test(clauseBefore) || (/达峰/.test(state) && /鼓励|支持|引导/.test(clauseBefore))) return fail('conditional');
    // 将碳达峰要求全面纳入…: a step of policy (the 将 construction), not an end state.
    if (/将[^，；。]*(?:要求|理念|目标|内容|工作|任务|原则)$/.test(clauseBefore) && verb !== null && /纳入|按照|落实/.test(state)) return fail('no-indicator');
    // 研究提出…实现碳达峰的目标: the object of planning, not a result.
    if (/(?:研究|提出|制定|明确|编制|确定|谋划)/.test(clauseBefore) && /达峰|碳中和|目标/.test(state)) return fail('purpose');
    // A peak in the preamble (2030年前实现碳达峰、2060年前实现碳中和) is the national frame, not this plan's.
    if (weak && this.section === undefined) return fail('background');
    // 为实现碳达峰目标, 按照…达到峰值…的总体要求: a purpose, not a result.
    // (When the state itself is 达到/按照 a 要求, the 要求 is its object, not a purpose.)
    const objectIsRequirement = verb !== null && /达到|按照|符合|满足/.test(state);
    if (/^(?:为了?|助力|支撑|服务于?|围绕|按照|根据|对标|以)/.test(clauseBefore) || /(?:助力|支撑|服务于?|考虑|结合|对照)/.test(clauseBefore) || /(?:为|确保如期)$/.test(clauseBefore) || (!objectIsRequirement && /^(?:等|[^，；。]{0,12}(?:目标|要求|奠定|基础|因素|需要))/.test(tail.replace(/^的/, '')))) {
      return fail('purpose');
    }
    // 新上项目必须…达到行业先进水平: a condition of approval, not a result.
    if (/(?:必须|应当|须|不得)/.test(clauseBefore)) return fail('parameter');
    // A weak end state needs a time (of its sentence, or one the paragraph opened with) or a strength.
    const timed = st.deadline !== null;
    const goal = timed || st.clauseStrive !== null || st.sentenceStrive !== null;
    if (weak && !goal) return fail('no-indicator');
    if (this.ctx.nonPlanDocument && !goal) return fail('parameter');
    let subject = tidy(cleanIndicator(text, Math.max(st.clauseStart, st.floor, start - WINDOW), start, st.cuts).replace(/(?:保持|实现|稳定|持续|达到|均|做到|坚持|努力)+$/, ''));
    // 有条件的地区实现公共机构碳达峰、全省公共机构碳排放总量…: an earlier item with its own verb is not the subject.
    const lastItem = subject.lastIndexOf('、');
    if (lastItem > 0 && /实现|完成|达到|建成|下降|提高/.test(subject.slice(0, lastItem))) subject = subject.slice(lastItem + 1);
    // 推动一批重点企业达到国际领先水平: a level reached by some, unnamed, cannot be checked.
    if (/一批|部分|若干|一些/.test(subject)) return fail('conditional');
    // 新建机组煤耗标准达到国际先进水平: a condition on what is built anew, not a result.
    if (/^(?:新建|新上|新增)/.test(subject) && /水平$/.test(state)) return fail('parameter');
    const object = verb !== null ? tidy(clauseTextAfter(text, end)) : '';
    let indicator: string;
    if (/达峰|碳中和|峰值/.test(state)) indicator = peakIndicator(subject, state);
    else if (verb !== null && object !== '') indicator = subject !== '' ? subject + verb.replace(/^(?:全部|全数|全面|基本|一律)/, '') + object : object;
    else indicator = subject !== '' ? subject : object;
    // 实现公交、出租车纯电动化: what reaches the state is inside it.
    if (indicator === '' && /^实现.{3,}/.test(state)) indicator = tidy(state.replace(/^实现/, '').replace(/全覆盖$/, ''));
    // 完成“十四五”节能减排目标任务: the quota names itself.
    let quotaItems: string[] | null = null;
    if (indicator === '' && /目标|指标|任务|权重|要求/.test(state)) {
      indicator = tidy(state.replace(QUOTA_VERB, ''));
      // 能耗控制和碳排放目标任务: two quotas sharing their last word.
      const tail = /(?:目标任务|指标任务|约束性指标|目标|指标|任务)$/.exec(indicator)?.[0];
      const parts = tail ? indicator.slice(0, -tail.length).split(/和|、|及/) : [];
      if (tail && parts.length > 1 && parts.every((p) => p.length >= 2)) quotaItems = parts.map((p) => p + tail);
    }
    if (indicator === '' && st.lastIndicator !== '') indicator = st.lastIndicator;
    if (indicator === '' || isBareVerb(indicator)) return fail('no-indicator');
    // 能耗和碳排放确保完成国家下达指标, 全面实施汽车国六排放标准和…国四排放标准: one target per whole indicator listed.
    let names = quotaItems ?? [indicator];
    if (quotaItems === null && /、|和/.test(subject) && /完成|达到|执行|实施/.test(state)) {
      // With 均/都 (X、Y均达到…要求) any list is one target per item; without, only a list of whole indicators.
      const together = /[均都]$/.test(clauseBefore);
      names = parallelItems(subject, !together)?.map((n) => (indicator === subject ? n : n + indicator.slice(subject.length))) ?? names;
    }
    else if (subject === '' && verb !== null && /、|和/.test(object)) names = parallelItems(object, true) ?? names;
    // 确保完成国家下达的2021年…下降目标: a year inside the end state is its year.
    const own = /((?:19|20)\d{2})年/.exec(state);
    const stated = own ? { text: own[0], year: Number(own[1]), span: { start, end } } : null;
    for (const name of names) {
      this.emit({ start: Math.max(st.clauseStart, st.floor), end }, { start, end }, name, null, null, null, state.slice(0, 2), state.slice(2) || null, 'state', state, stated);
    }
    st.lastIndicator = indicator;
    st.floor = end;
  }

  // ---------------------------------------------------------------------------------------------
  // Output

  private emit(
    span: Span, valueSpan: Span, indicator: string, value: number | null, valueTo: number | null, unit: string | null,
    comparator: string | null, qualifier: string | null, form: TargetForm, endState: string | null,
    listedYear: Deadline | null = null, relationComparator: string | null = comparator,
  ): void {
    const st = this.st;
    // A target's text never starts after its value: a state judged once its bracket has closed
    // (｛…达到国家确定的目标值］, found by the fuzzer) may find the floor past it.
    if (span.start > valueSpan.start) span = { start: valueSpan.start, end: Math.max(span.end, valueSpan.end) };
    // An indicator is a noun phrase: one character or a bare verb names nothing.
    if (indicator.replace(/\s/g, '').length < 2 || isBareVerb(indicator) || /^[或和及与、].{0,2}$/.test(indicator)) {
      this.noteSpan(valueSpan, this.text.slice(valueSpan.start, valueSpan.end), 'no-indicator', REASONS['no-indicator']);
      return;
    }
    let year: number | null = null;
    let yearSource: YearSource | null = null;
    let deadlineText: string | null = null;
    if (listedYear) {
      year = listedYear.year;
      deadlineText = listedYear.text;
      yearSource = 'sentence';
    } else if (st.deadline) {
      year = st.deadline.year;
      deadlineText = st.deadline.text;
      yearSource = st.deadlineSentence === st.sentenceStart ? 'sentence' : 'paragraph';
    } else if (this.sectionDeadline) {
      year = this.sectionDeadline.year;
      deadlineText = this.sectionDeadline.text;
      yearSource = 'section';
    }
    if (year === null) yearSource = null;
    const target: Target = {
      text: this.text.slice(span.start, span.end).trim(),
      indicator,
      value,
      valueTo,
      unit,
      comparator,
      qualifier,
      year,
      deadlineText,
      baselineYear: st.clauseBaseline,
      strength: st.clauseBinding ?? st.clauseStrive ?? st.sentenceStrive,
      taskId: null,
      sectionId: null,
      span,
      valueSpan,
      source: 'text',
      form,
      relation: endState !== null ? null : relationOf(relationComparator, qualifier),
      yearSource,
      endState,
    };
    this.quantities.push({ text: this.text.slice(valueSpan.start, valueSpan.end), span: valueSpan, verdict: 'target', reason: TARGET_REASONS[form], targetIndex: this.targets.length });
    this.targets.push(target);
  }

  private note(q: QuantityNode, verdict: QuantityVerdict, reason: string): void {
    this.noteSpan(q, this.text.slice(q.start, q.end), verdict, reason);
  }

  private noteSpan(span: Span, text: string, verdict: QuantityVerdict, reason: string): void {
    this.quantities.push({ text, span: { start: span.start, end: span.end }, verdict, reason, targetIndex: null });
  }
}

/**
 * What reaches its peak: the emissions named (工业领域二氧化碳排放…达峰), a subject that is a quantity
 * (煤炭消费尽早达峰), a sector or place (重点行业率先达峰 → 重点行业碳达峰), else 碳达峰 / 碳中和 itself.
 */
function peakIndicator(subject: string, state: string): string {
  if (/碳中和/.test(state)) return '碳中和';
  const emission = /(?:二氧化碳排放|碳排放)(?:总量)?/.exec(state)?.[0] ?? /^(?:消费总量|消费量|排放总量|用量)/.exec(state)?.[0];
  if (emission) return subject + emission;
  if (/(?:排放|消费|总量|消费量|排放量)$/.test(subject)) return subject;
  if (/(?:行业|领域|地区|机构|园区|城市|企业)$/.test(subject)) return subject + '碳达峰';
  return '碳达峰';
}

/** Text without white space; most clauses have none, and then nothing is copied. */
function compact(s: string): string {
  return /\s/.test(s) ? s.replace(/\s+/g, '') : s;
}

/**
 * In 95%的省级、90%的市级和70%的县级党政机关达到创建标准, the class of a share that is not the last of
 * its list: its own word (省级) and what the last item adds after its word (党政机关达到创建标准).
 */
function shareOfList(text: string, from: number): string | null {
  const rest = clauseTextAfter(text, from);
  const first = /^([\u4e00-\u9fa5]{1,6})[、和及](?=\d)/.exec(rest);
  if (!first) return null;
  const items = rest.split(/[、和及](?=\d+(?:\.\d+)?%)/);
  const last = items[items.length - 1].replace(/^\d+(?:\.\d+)?%(?:以上|及以上)?的?/, '');
  const word = first[1];
  if (items.length < 2 || last.length <= word.length + 2 || !SHARE_VERB.test(last)) return null;
  return word + last.slice(word.length);
}

/** 70%以上乡镇机关建成节约型机关 → 乡镇机关建成节约型机关; a subject before the share leads it. */
function shareIndicator(before: string, after: string): string {
  const subject = tidy(before.replace(/(?:力争|争取|确保|实现|推动|全市|全省|全区)+$/, ''));
  return subject + after.replace(/^(?:以上|及以上|的)+/, '');
}

const NO_COUNTS: Array<{ index: number; text: string; value: number; unit: string }> = [];
const MAGNITUDE = /(过|超过?|突破|迈上|跨上|跃上)((?:十|百|千|万)亿|千万|百万)(元|千瓦|吨|人次|辆)?/g;
const NO_SCALES: RegExpExecArray[] = [];
function magnitudesIn(image: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  MAGNITUDE.lastIndex = 0;
  for (let m = MAGNITUDE.exec(image); m !== null; m = MAGNITUDE.exec(image)) out.push(m);
  return out;
}
const MAGNITUDE_QUICK = /(?:过|超|突破|迈上|跨上|跃上)(?:十|百|千|万)[亿万]/;
const CN_COUNT_QUICK = /[两三四五六七八九十百千][个家座项所处条艘架支片种类]/;

/** Where an end state's last character stands: it is judged there. */
function lastOf(s: EndStateMatch): number {
  return s.index + s.length - 1;
}

/** A paragraph's state at its first character (one object shape for every paragraph). */
function freshState(start: number): LineState {
  return {
    deadline: null,
    deadlineSentence: -1,
    deadlineClause: -1,
    deadlineOpens: false,
    sentenceStart: start,
    sentenceStrive: null,
    sentenceHistory: false,
    clauseStart: start,
    clauseStrive: null,
    clauseBinding: null,
    clauseBaseline: null,
    respectively: false,
    floor: start,
    cuts: [],
    lastIndicator: '',
    lastBaseline: null,
    quoted: false,
    listVerb: null,
    book: false,
    inBracket: false,
    clauseYears: [],
  };
}

function cnCounts(image: string): Array<{ index: number; text: string; value: number; unit: string }> {
  if (!CN_COUNT_QUICK.test(image)) return NO_COUNTS;
  const out: Array<{ index: number; text: string; value: number; unit: string }> = [];
  CN_COUNT.lastIndex = 0;
  for (let m = CN_COUNT.exec(image); m !== null; m = CN_COUNT.exec(image)) {
    // 第三批, 三个一批 and 十四五 are not counts.
    if (image[m.index - 1] === '第' || image[m.index - 1] === '十') continue;
    const value = parseChineseNumber(m[1]);
    // 千项, 百个 alone are slogans (万企千项百个), not counts.
    if (value !== null && value > 1 && /[两二三四五六七八九]/.test(m[1])) out.push({ index: m.index, text: m[0], value, unit: m[2] });
  }
  return out;
}

/** Chapters of guidance and background: what they say of goals is the plan's frame, not its targets. */
function isBackground(section: Section | undefined): boolean {
  for (let s = section; s; s = s.parent) {
    if (/目标|任务|行动|工程|措施/.test(s.title)) return false;
    if (/^(?:指导思想|基本原则|工作原则|总体思路|重要意义|发展基础|发展现状|现状|形势|背景|工作基础|基础与形势|面临的形势|发展环境|取得的成效|主要成效|基本情况|总体情况|工作成效|主要进展|发展成就)/.test(s.title)) return true;
  }
  return false;
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

/**
 * 6个500千伏、25个220千伏输变电项目: the grammar joins 500千伏、25个 as one list of quantities, but a
 * count and a measure are two things — each read on its own (a list of one kind stays a list).
 */
function splitMixedCounts(m: MeasureNode): MeasureNode[] {
  const qs = m.quantities;
  if (qs.length < 2) return [m];
  const units = unitsOf(qs);
  const counts = units.filter((u) => u !== null && CLASSIFIERS.test(u)).length;
  if (counts === 0 || counts === qs.length || units.some((u) => u === null)) return [m];
  return qs.map((q, k) => ({ ...m, comparators: k === 0 ? m.comparators : [], quantities: [q], start: k === 0 ? m.start : q.start, end: q.end }));
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
