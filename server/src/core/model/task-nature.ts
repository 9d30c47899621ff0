/**
 * What kind of work a task is, as a reviewer reads it before asking "by when?":
 *
 * - concrete work, which can be finished and so needs a time: build (建设…充电站、管网、铁路),
 *   issue a document (制定…实施方案、路线图、清单), run a pilot or a project (开展…试点, 实施…工程),
 *   survey (碳汇本底调查), renovate (节能改造), eliminate (淘汰老旧柴油货车), reach a number;
 * - standing norms and institutional measures, which hold for as long as the plan does and have no
 *   deadline by nature: 建立健全…机制, 加强组织领导, 强化宣传, 严格执行…, 完善财税政策.
 *
 * Read as a weight of evidence over the task's sentences — markers of deliverables, each in the
 * shape a deliverable takes (建设 of a station or a pipeline network, not 体系建设, which names a
 * field) — with the heading as the tie-breaker: a heading that names a sector (推动建材行业碳达峰)
 * takes one marker, one that names a policy, a mechanism or a campaign (完善经济政策, 加强宣传教育)
 * asks for more. Chapters of support measures (保障措施, 组织实施) hold standing measures only. The
 * markers and weights were set on the dev plans of the alarms gold set (see README, Rules).
 */
import type { Span } from './types';

/** Kinds of deliverable; `Recurring` and `Ongoing` mark a sentence's own time instead. */
const enum Kind { Document, Pilot, Survey, Build, Renovate, Eliminate, Programme, Complete, Action, Remediate, Register, ClauseBuild, Recurring, Ongoing }
const DELIVERABLE_KINDS = 12;
const WEIGHT = [2, 2, 2, 1, 1, 1, 1, 2, 1, 1, 1, 1];

/** Things that are built. */
const PHYSICAL = ['站', '管网', '管道', '铁路', '公路', '机场', '通道', '港', '枢纽', '电站', '电厂', '电网', '设施', '中心', '平台', '园区', '线路', '项目', '农田', '实验室', '集群', '示范区'];
const PHYSICAL_RE = `(?:${PHYSICAL.join('|')})`;

interface Shape {
  kind: Kind;
  /** The words a match starts with: where the scanner tries the shape. */
  starts: string[];
  /** Sticky, tried where one of `starts` stands; null for a list of words (`starts` is the shape). */
  re: RegExp | null;
  /** An extra test of the match's context, given its start. */
  when?: (text: string, at: number) => boolean;
}

const CLAUSE_START = /[，；。！？\n]/;
/** 建设 as the verb opening its clause (加快建设…充电站), not the noun ending one (体系建设). */
function opensClause(text: string, at: number): boolean {
  const from = /^(?:加快|推进|推动|积极|大力|全面|重点)$/.test(text.slice(Math.max(0, at - 2), at)) ? at - 2 : at;
  return from <= 0 || CLAUSE_START.test(text[from - 1]);
}

function shape(kind: Kind, starts: string, re: string, when?: Shape['when']): Shape {
  return { kind, starts: starts.split(' '), re: new RegExp(re, 'y'), when };
}

/** A shape that is a list of words (no expression to run: the scanner compares the words). */
function words(kind: Kind, list: string): Shape {
  return { kind, starts: list.split(' '), re: null };
}

const SHAPES: Shape[] = [
  // issue a document
  shape(Kind.Document, '制定 出台 修订 编制 发布 制订 清理 研究', '(?:制定|出台|修订|编制|发布|制订|清理|研究制定)[^，。；]{0,24}?(?:方案|路线图|清单|目录|标准|办法|细则|指南|法规|规划)'),
  // a pilot, a project, a base, a roadmap
  words(Kind.Pilot, '试点 工程 基地 重大专项 路线图'),
  shape(Kind.Pilot, '示范', '示范(?:区|工程|项目|基地|城市|园区|企业|县|村|社区|应用)'),
  // survey
  words(Kind.Survey, '调查 普查 摸底'),
  // build something physical
  shape(Kind.Build, '建设 建成 新建 扩建 布局', `(?:建设|建成|新建|扩建|布局)[^，。；]{0,12}?${PHYSICAL_RE}`),
  shape(Kind.Build, PHYSICAL.join(' '), `${PHYSICAL_RE}等?的?(?:建设|建成)`),
  // renovate, restore
  words(Kind.Renovate, '改造 修复'),
  // eliminate (淘汰落后产能 is the standing policy, not a set to eliminate)
  words(Kind.Eliminate, '关停 取缔 拆除'),
  shape(Kind.Eliminate, '淘汰', '淘汰(?!落后)'),
  // a named programme: “三百”工程, “991”行动
  shape(Kind.Programme, '“', '“[^”]{2,12}”(?:工程|行动|计划|项目)'),
  // complete something (全面完成, 基本建成), or cover all of it
  words(Kind.Complete, '完成 建成 全覆盖 全部完成 全部纳入 全部实现 全部淘汰'),
  // an action launched, a batch of things created
  shape(Kind.Action, '实施 开展 启动 组织', '(?:实施|开展|启动|组织)[^，。；]{0,16}?(?:行动|计划)'),
  shape(Kind.Action, '建设 培育 打造 创建 遴选 推广', '(?:建设|培育|打造|创建|遴选|推广)(?:一批|若干)'),
  shape(Kind.Action, '创建', '创建[^，。；]{0,12}?(?:城市|园区|社区|示范|区|县)'),
  // install, replace, remediate
  words(Kind.Remediate, '安装 更新 替换 更换 新增 整治 综合治理 清理 关闭 搬迁 划定'),
  // a register or system set up; 建设 as the verb of its clause
  shape(Kind.Register, '建立', '建立[^，。；]{0,12}?(?:数据库|台账|名录|系统|档案)'),
  shape(Kind.ClauseBuild, '建设', '建设(?!性|用地|领域|工作|方面|过程|管理|全过程)[\\u4e00-\\u9fa5]{2}', opensClause),
  // a sentence's own recurrence (每年, 定期) or standing regime (常态化监管)
  words(Kind.Recurring, '每年 年度 定期 每季度 每半年 每月 逐年'),
  shape(Kind.Ongoing, '常态 长效 长期', '常态化[^，。；]{0,6}?(?:监管|监察|执法|整治|检查|开展)|长效(?:管理|机制)|长期坚持'),
];

/** A shape to try where one of its start words stands. */
interface Entry {
  shape: Shape;
  word: string;
}

/**
 * Where the scanner looks: the shapes to try at a position, by the character there (for words of
 * one character: 站, 港, “) or by the two characters there (for the others).
 */
const BY_CHAR = new Map<number, Entry[]>();
const BY_PAIR = new Map<number, Entry[]>();
const MAY_START = new Uint8Array(0x10000);
for (const shape of SHAPES) {
  for (const word of shape.starts) {
    const c = word.charCodeAt(0);
    MAY_START[c] |= word.length === 1 ? 2 : 1;
    const map = word.length === 1 ? BY_CHAR : BY_PAIR;
    const key = word.length === 1 ? c : c * 0x10000 + word.charCodeAt(1);
    const list = map.get(key) ?? [];
    // An expression is tried once per position, whichever of its start words stands there.
    if (shape.re === null || !list.some((e) => e.shape === shape)) list.push({ shape, word });
    map.set(key, list);
  }
}

/** Headings that name a policy, a mechanism, a campaign or a norm rather than a piece of work. */
const STANDING_HEADING = /宣传|教育|培训|合作|交流|金融|财税|价格|政策|组织|领导|考核|监督|责任|协调|执法|衔接|人才|理念|意识|生活方式|消费|贸易|法规|标准|统计|核算|体制|改革|机制|制度|引导|倡导|氛围|能力建设|保障|双控|遏制|严控/;

/** Chapters of support measures: what they hold is standing by nature. */
const SUPPORT_CHAPTER = /保障|组织实施|实施保障|国际.{0,4}合作|交流合作/;

/** Evidence needed: a deliverable of weight 1 for a sector heading, more under a policy heading. */
const THRESHOLD = 1;
const THRESHOLD_STANDING = 3;

export interface WorkReading {
  /** Weight of evidence of deliverables. */
  score: number;
  /** The same, counting only sentences with no recurrence or standing nature of their own. */
  scoreUncovered: number;
  /** Whether a sentence states a recurrence (每年, 定期) or a standing nature (常态化监管). */
  recurring: string | null;
  ongoing: string | null;
}

function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff1b || c === 0xff01 || c === 0xff1f || c === 10; // 。；！？ and a line break
}

/**
 * What each task's text shows of its work. `spans`: the tasks' spans, sorted and not overlapping.
 *
 * One pass over the document (a 5 MB plan has 5 000 tasks and 30 000 sentences: an expression per
 * kind over every task, or over the whole text, cost a fifth of an analysis): at each position
 * where a marker's first words stand, the shapes that start with them are tried there. What a
 * sentence shows is counted when it ends — for its task, each kind in two sentences at most (ten
 * 改造 are one kind of work), and apart, what a sentence with its own recurrence shows.
 */
export function readWorks(text: string, spans: readonly Span[]): WorkReading[] {
  const out: WorkReading[] = spans.map(() => ({ score: 0, scoreUncovered: 0, recurring: null, ongoing: null }));
  if (spans.length === 0) return out;
  const seen = new Uint8Array(spans.length * DELIVERABLE_KINDS);
  let task = 0;
  let found = 0; // bit per deliverable kind found in the current sentence
  let covered = false;
  /** Counts what the sentence just ended showed, for task `k`. */
  const endSentence = (k: number) => {
    for (let kind = 0; kind < DELIVERABLE_KINDS; kind++) {
      if ((found & (1 << kind)) === 0 || seen[k * DELIVERABLE_KINDS + kind] >= 2) continue;
      seen[k * DELIVERABLE_KINDS + kind]++;
      out[k].score += WEIGHT[kind];
      if (!covered) out[k].scoreUncovered += WEIGHT[kind];
    }
    found = 0;
    covered = false;
  };
  const tryShapes = (list: Entry[] | undefined, i: number) => {
    if (!list) return;
    for (const { shape: s, word } of list) {
      let to: number;
      if (s.re === null) {
        // The position's characters are the word's first: a longer word is compared in full.
        if (word.length > 2 && !text.startsWith(word, i)) continue;
        to = i + word.length;
      } else {
        s.re.lastIndex = i;
        if (!s.re.test(text) || (s.when && !s.when(text, i))) continue;
        to = s.re.lastIndex;
      }
      if (s.kind === Kind.Recurring) {
        covered = true;
        out[task].recurring ??= text.slice(i, to);
      } else if (s.kind === Kind.Ongoing) {
        covered = true;
        out[task].ongoing ??= text.slice(i, to);
      } else found |= 1 << s.kind;
    }
  };
  const end = spans[spans.length - 1].end;
  let taskStart = spans[0].start;
  let taskEnd = spans[0].end;
  for (let i = taskStart; i < end; i++) {
    if (taskEnd <= i) {
      // A task's last sentence may end without a stop.
      if (found !== 0 || covered) endSentence(task);
      while (spans[task].end <= i) task++;
      taskStart = spans[task].start;
      taskEnd = spans[task].end;
    }
    if (taskStart > i) continue;
    const c = text.charCodeAt(i);
    const may = MAY_START[c];
    if (may !== 0) {
      if ((may & 2) !== 0) tryShapes(BY_CHAR.get(c), i);
      if ((may & 1) !== 0) tryShapes(BY_PAIR.get(c * 0x10000 + text.charCodeAt(i + 1)), i);
    } else if (isSentenceEnd(c)) endSentence(task);
  }
  if (found !== 0) endSentence(task);
  return out;
}

/**
 * Whether a task is concrete work. `targets`: how many targets the task states (a number to reach
 * is a deliverable of weight 2); `chapterTitle`: the title of its chapter.
 */
export function isConcreteWork(score: number, title: string, chapterTitle: string, targets: number): boolean {
  if (SUPPORT_CHAPTER.test(chapterTitle)) return false;
  const total = score + (targets > 0 ? 2 : 0);
  return total >= (STANDING_HEADING.test(title) ? THRESHOLD_STANDING : THRESHOLD);
}
