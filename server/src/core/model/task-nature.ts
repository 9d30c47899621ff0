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

/** Things that are built. */
const PHYSICAL = '(?:站|管网|管道|铁路|公路|机场|通道|港|枢纽|电站|电厂|电网|设施|中心|平台|园区|线路|项目|农田|实验室|集群|示范区)';

/** Markers of a deliverable, each with its weight; a sentence counts each kind at most once. */
const DELIVERABLES: Array<[number, RegExp]> = [
  // issue a document
  [2, /(?:制定|出台|修订|编制|发布|制订|清理|研究制定)[^，。；]{0,24}?(?:方案|路线图|清单|目录|标准|办法|细则|指南|法规|规划)/],
  // a pilot, a project, a base, a roadmap
  [2, /试点|示范(?:区|工程|项目|基地|城市|园区|企业|县|村|社区|应用)|工程|基地|重大专项|路线图/],
  // survey
  [2, /调查|普查|摸底/],
  // build something physical
  [1, new RegExp(`(?:建设|建成|新建|扩建|布局)[^，。；]{0,12}?${PHYSICAL}|${PHYSICAL}等?的?(?:建设|建成)`)],
  // renovate, restore
  [1, /改造|修复/],
  // eliminate (淘汰落后产能 is the standing policy, not a set to eliminate)
  [1, /淘汰(?!落后)|关停|取缔|拆除/],
  // a named programme: “三百”工程, “991”行动
  [1, /“[^”]{2,12}”(?:工程|行动|计划|项目)/],
  // complete something, or cover all of it
  [2, /(?:全面|基本)?(?:完成|建成)|全覆盖|全部(?:完成|纳入|实现|淘汰)/],
  // an action or campaign launched, a batch of things created
  [1, /(?:实施|开展|启动|组织)[^，。；]{0,16}?(?:行动|计划)|(?:建设|培育|打造|创建|遴选|推广)(?:一批|若干)|创建[^，。；]{0,12}?(?:城市|园区|社区|示范|区|县)/],
  // install, replace, remediate
  [1, /安装|更新|替换|更换|新增|整治|综合治理|清理|关闭|搬迁|划定/],
  // a register or system set up; something built (建设 as the verb of its clause)
  [1, /建立[^，。；]{0,12}?(?:数据库|台账|名录|系统|档案)|(?:^|[，；])(?:加快|推进|推动|积极|大力|全面|重点)?建设(?!性|用地|领域|工作|方面|过程|管理|全过程)[\u4e00-\u9fa5]{2,}/],
];

/** Headings that name a policy, a mechanism, a campaign or a norm rather than a piece of work. */
const STANDING_HEADING = /宣传|教育|培训|合作|交流|金融|财税|价格|政策|组织|领导|考核|监督|责任|协调|执法|衔接|人才|理念|意识|生活方式|消费|贸易|法规|标准|统计|核算|体制|改革|机制|制度|引导|倡导|氛围|能力建设|保障|双控|遏制|严控/;

/** Chapters of support measures: what they hold is standing by nature. */
const SUPPORT_CHAPTER = /保障|组织实施|实施保障|国际.{0,4}合作|交流合作/;

/** Evidence needed: a deliverable of weight 1 for a sector heading, more under a policy heading. */
const THRESHOLD = 1;
const THRESHOLD_STANDING = 3;

/** A sentence that states its own recurrence (每年, 定期) or standing nature (常态化监管). */
const RECURRING = /每年|年度|定期|每季度|每半年|每月|逐年/;
const ONGOING = /常态化[^，。；]{0,6}?(?:监管|监察|执法|整治|检查|开展)|长效(?:管理|机制)|长期坚持/;

export interface WorkReading {
  /** Weight of evidence of deliverables. */
  score: number;
  /** The same, counting only sentences with no recurrence or standing nature of their own. */
  scoreUncovered: number;
  /** Whether a sentence states a recurrence (每年, 定期) or a standing nature (常态化监管). */
  recurring: string | null;
  ongoing: string | null;
}

/** Sentences of a task's text (its body; the heading is one of them). */
function sentences(text: string): string[] {
  return text.split(/[。；！？\n]/);
}

export function readWork(text: string): WorkReading {
  let score = 0;
  let scoreUncovered = 0;
  let recurring: string | null = null;
  let ongoing: string | null = null;
  const counted = new Map<RegExp, number>();
  for (const s of sentences(text)) {
    if (s.length < 4) continue;
    const r = RECURRING.exec(s);
    const o = ONGOING.exec(s);
    if (r && recurring === null) recurring = r[0];
    if (o && ongoing === null) ongoing = o[0];
    for (const [w, re] of DELIVERABLES) {
      if (!re.test(s)) continue;
      // The same kind of deliverable counts twice at most: ten 改造 are one kind of work.
      const n = counted.get(re) ?? 0;
      if (n >= 2) continue;
      counted.set(re, n + 1);
      score += w;
      if (!r && !o) scoreUncovered += w;
    }
  }
  return { score, scoreUncovered, recurring, ongoing };
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
