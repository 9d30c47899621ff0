/**
 * Targets without a number: an explicit, checkable end state — completion (基本完成超低排放改造),
 * elimination (基本消除城市黑臭水体, 全部淘汰, 动态清零, 零填埋), full coverage (全部使用新能源汽车,
 * 全面执行绿色建筑标准, 一律配备, 全覆盖, 应收尽收), a named level (达到国内先进水平, 达到Ⅱ类,
 * 超过全国平均水平), an assigned quota (完成国家下达的目标任务), a cap without a number (只减不增,
 * 负增长, 产能不增加), a peak (2030年前实现碳达峰, 率先达峰, 碳中和目标顺利实现). Vague development
 * states (初步形成, 基本建立…体系, 全面实现绿色转型, 显著提升) are not end states: nobody can check them.
 *
 * Each pattern is a form of plan prose, matched over a whole paragraph (an end state may run over a
 * deadline or a quotation: 完成国家下达的“十四五”节能减排目标任务). `strong` ones are targets wherever
 * the plan states them as its own; weak ones (消除…, 完成…改造, a peak) only where the sentence gives
 * them a time or a strength.
 */

export interface EndStateMatch {
  /** Offset and length of the match in the scanned string (quotation marks included). */
  index: number;
  length: number;
  /** The end-state words (全部使用, 基本消除, 零填埋, 应收尽收), quotation marks dropped. */
  text: string;
  /** The verb of the end state when its object follows it (使用 → 新能源汽车): the indicator reads on. */
  verb: string | null;
  /** Needs a time or strength in its sentence to count. */
  weak: boolean;
}

const VERBS_OF_COMPLETION = '使用|淘汰|实现|纳入|实施|达到|完成|关停|接入|退出|清零|采用|执行|建成|覆盖|取消|拆除|改造|达标|消除|普及|解决|配备|安装|落实|按照|应用';
/**
 * 全面实现/基本建成 need a concrete object: a state (电动化, 全覆盖, 分类处理) or a work (设施, 管网,
 * 平台) — not a vision (全面实现绿色转型, 基本建成…示范区, 现代化).
 */
const CONCRETE_STATE = '(?=[^，；。]{0,30}?(?:(?<!现代|一体|多元)化|覆盖|处理|收集|利用|回收|达标|替代|退出|清零|淘汰|改造|联网|监测|无害化|应用|超低排放|近零排放)(?:[，；。]|$))';
const CONCRETE_WORK = '(?=[^，；。]{0,30}?(?:设施|管网|网络|工程|项目|平台|系统|站|厂|基地|中心)(?:[，；。]|$))';
/** A peak is a result where the clause ends on it (…2030年前实现碳达峰。, 达峰后稳中有降), not in a compound (碳达峰评估, 碳达峰行动). */
const PEAK_END = '(?=[，；。）”]|$|后)';

/** Who assigns a quota: 国家下达的, 省政府分解的. */
const AUTHORITY = '(?:国家|中央|国务院|省委省政府|省委、省政府|省政府|省委|市委市政府|市政府|市委|自治区|自治区政府|省上|市上|省|市|区|州|上级|国家和省级?|省级)';

/**
 * `first`: what each pattern can start with, as one- or two-character prefixes separated by spaces —
 * the walk tries a pattern only where its prefix stands.
 */
const PATTERNS: Array<{ source: string; weak: boolean; verb?: boolean; first: string }> = [
  // quotas: 完成国家下达的“十四五”节能减排目标任务, 确保完成能耗双控目标任务
  { source: `(?:完成|达到|实现|落实)(?:好)?${AUTHORITY}(?:下达|确定|分解|规定|要求|核定|分配)的?[^，；。]{0,30}?(?:目标值|目标任务|约束性指标|指标任务|指标|目标|责任权重|任务)`, weak: false, first: '完成 达到 实现 落实' },
  // 达到国家要求, 完成省定目标
  { source: `(?:达到|完成)${AUTHORITY}(?:定|确定)?的?(?:目标要求|要求|目标|任务)(?=[，；。]|$)`, weak: false, first: '达到 完成' },
  // a named level: 达到国内先进水平, 超过全国平均水平, 稳定达到Ⅱ类
  { source: `(?:达到|处于|保持|居于?)(?:国际|国内|世界|全国|全省|全区|全市|行业|同行业|国内外|国内乃至国际|国际国内|西部|中部|东部)(?:先进|领先|一流|标杆|平均)水平`, weak: false, first: '达到 处于 保持 居' },
  { source: `(?:达到)(?:先进|领先|标杆)水平`, weak: false, first: '达到' },
  { source: `(?:保持|位居|稳居|居|处于)(?:全国|全省|全区|全市|国内|国际)(?:一流|领先|前列)(?=[，；。]|$)`, weak: false, first: '保持 位居 稳居 居 处于' },
  { source: `(?<=水平)(?:全国|全省|全区|国内|国际)领先(?=[，；。]|$)`, weak: false, first: '全国 全省 全区 国内 国际' },
  { source: `(?:稳定)?(?:达到|优于)国家[一二三]级标准`, weak: false, first: '稳定 达到 优于' },
  { source: `(?:超过|高于|优于)(?:全国|全省|全市|全区)平均水平`, weak: false, first: '超过 高于 优于' },
  { source: `(?:达到|优于|好于|保持)(?:或(?:优于|好于))?[ⅠⅡⅢⅣ]+类|保持为优`, weak: false, first: '达到 优于 好于 保持' },
  { source: `达到峰值|进入峰值平台期`, weak: false, first: '达到 进入' },
  // full coverage and completion: 全部使用新能源汽车, 全面执行绿色建筑标准, 基本消除城市黑臭水体, 一律配备
  { source: `(?:全部|全数)(?:${VERBS_OF_COMPLETION})`, weak: false, verb: true, first: '全部 全数' },
  { source: `全面(?:执行|完成|淘汰|关停|达标|覆盖|消除|清零|使用|采用|配备|安装|纳入|按照)`, weak: false, verb: true, first: '全面' },
  { source: `全面实现${CONCRETE_STATE}`, weak: false, verb: true, first: '全面' },
  { source: `全面建成${CONCRETE_WORK}`, weak: false, verb: true, first: '全面' },
  { source: `全面实施(?=[^，；。]{0,30}标准)`, weak: false, verb: true, first: '全面' },
  // 全面建立林长制, 在城区全面建立生活垃圾处理收费制度: an institution set up everywhere
  { source: `全面建立(?=[^，；。]{0,24}(?:制度|制)(?:[，；。]|$))`, weak: false, verb: true, first: '全面' },
  { source: `基本(?:消除|完成|淘汰|普及|覆盖|解决|清零|得到|退出|关停|达到(?![^，；。]{0,12}水平))`, weak: false, verb: true, first: '基本' },
  { source: `基本实现${CONCRETE_STATE}`, weak: false, verb: true, first: '基本' },
  { source: `基本建成${CONCRETE_WORK}`, weak: false, verb: true, first: '基本' },
  { source: `一律(?:使用|采用|配备|执行|按照|实行)`, weak: false, verb: true, first: '一律' },
  // 全部省直机关建成节水型单位: 全部 before the class, its verb after
  { source: `(?<![占的])全部(?=[\u4e00-\u9fa5]{1,12}?(?:建成|达到|使用|采用|实现|完成|执行|纳入|配备|安装|接入)[^，；。]{2,})`, weak: false, verb: true, first: '全部' },
  // 市外清洁能源通道基本建成并投入运行: a named work completed
  { source: `建成(?<=(?:设施|工程|项目|通道|管网|网络|平台|系统|站|厂|基地|中心|线路)[^，；。]{0,6})(?:并投入(?:运行|使用)|投运|投产)?(?=[，；。]|$)`, weak: true, first: '建成' },
  // 实现公交、出租车纯电动化 / 全覆盖: a named state reached
  { source: `实现[^，；。]{0,20}?(?:电动化|新能源化|清洁化|全覆盖|无害化处理|资源化利用)(?=[，；。]|$)`, weak: false, first: '实现' },
  { source: `全额(?:消纳|收购|保障)|全量(?:回收|收集|处理)`, weak: false, first: '全额 全量' },
  // 应收尽收, 应改尽改
  { source: `应([\\u4e00-\\u9fa5])尽\\1`, weak: false, first: '应' },
  // 实现…“零填埋”, 零排放, 零增长; 动态清零
  { source: `(?<![净近])[“"]?零(?:填埋|排放|增长|新增|事故|直排)[”"]?`, weak: false, first: '零 “零 "零' },
  { source: `(?:动态)?清零`, weak: false, first: '动态 清零' },
  // caps without a number: 只减不增, 负增长, 炼油能力不增加
  { source: `只减不增|负增长|(?<=(?:总量|规模|产能|能力|面积|数量|用量|消费量))(?:不增加|不减少|不降低|不突破)`, weak: false, first: '只减 负增 不增 不减 不降 不突' },
  { source: `(?<!健)全覆盖`, weak: false, first: '全覆' },
  // peaks: 率先达峰, 2030年前实现碳达峰, 碳排放在2030年前达峰, 碳中和目标顺利实现
  { source: `(?:率先|尽早|提前)(?:实现)?(?:碳)?达峰${PEAK_END}`, weak: false, first: '率先 尽早 提前' },
  { source: `(?:(?:如期|同步|确保|力争)?实现|确保|力争)(?:\\d{4}年前)?(?:碳)?达峰(?:目标)?${PEAK_END}`, weak: true, first: '如期 同步 确保 力争 实现' },
  { source: `(?:碳排放|二氧化碳排放)(?:总量)?[^，；。]{0,10}?达峰${PEAK_END}`, weak: true, first: '碳排 二氧' },
  { source: `(?:消费总量|消费量|排放总量|用量)[^，；。]{0,12}?达峰${PEAK_END}`, weak: true, first: '消费 排放 用量' },
  { source: `碳中和(?:目标)?(?:如期|顺利)?实现|实现[“"]?碳中和[”"]?(?!目标|的|愿景|行动)`, weak: true, first: '碳中 实现' },
  // weak: elimination, completion of named work
  { source: `(?<![基全])消除(?=[^，；。]{0,16}(?:黑臭|劣Ⅴ|劣V|重污染|散乱污|盲区|空白))`, weak: true, verb: true, first: '消除' },
  // 完成…改造 of named work, not of 各项任务 and not of a quantity (the number is the candidate then)
  { source: `(?<![基全])完成(?![^，；。]*\\d)(?!各项)(?=[^，；。]{2,24}(?:改造|治理|整治|工程|建设|搬迁|关停|淘汰|清理|核查|划定|工作|编制|分配|登记|履约|清缴|验收)(?:[，；。]|$))`, weak: true, verb: true, first: '完成' },
];

/**
 * Patterns by the characters they can start with: the paragraph is walked once and a pattern is
 * tried only where its first character stands (one alternation of thirty patterns tried at every
 * position cost more than lexing the whole plan).
 */
interface Candidate {
  /** The prefix's second character, or -1 for any. */
  second: number;
  re: RegExp;
  weak: boolean;
  verb: boolean;
}

/**
 * Patterns by first character, in a dense table (indexed by char code; a flag table says which
 * codes have any, and a hole in a sparse array would be read through the prototype chain). Also
 * flagged: which second characters any prefix of that first character allows, so most positions
 * are passed over after two table reads.
 */
const FIRST = new Uint8Array(0x10000);
const SECOND = new Uint8Array(0x10000);
const BY_FIRST: Candidate[][] = [];
for (const p of PATTERNS) {
  const re = new RegExp(p.source, 'y');
  for (const prefix of p.first.split(' ')) {
    const code = prefix.charCodeAt(0);
    const second = prefix.length > 1 ? prefix.charCodeAt(1) : -1;
    if (FIRST[code] === 0) {
      FIRST[code] = BY_FIRST.length + 1;
      BY_FIRST.push([]);
    }
    BY_FIRST[FIRST[code] - 1].push({ second, re, weak: p.weak, verb: p.verb === true });
  }
}
// A first character whose every prefix names its second character is skipped unless that character follows.
const ANY_SECOND = new Uint8Array(BY_FIRST.length);
BY_FIRST.forEach((list, k) => {
  for (const c of list) {
    if (c.second === -1) ANY_SECOND[k] = 1;
    else SECOND[c.second] = 1;
  }
});

/** Every end state in `s[from, to)`, in order, none overlapping; `index` is an offset into `s`. */
export function findEndStates(s: string, from = 0, to = s.length): EndStateMatch[] {
  let out: EndStateMatch[] | null = null;
  for (let i = from; i < to; i++) {
    const slot = FIRST[s.charCodeAt(i)];
    if (slot === 0) continue;
    const next = s.charCodeAt(i + 1);
    if (ANY_SECOND[slot - 1] === 0 && SECOND[next] === 0) continue;
    for (const p of BY_FIRST[slot - 1]) {
      if (p.second !== -1 && p.second !== next) continue;
      p.re.lastIndex = i;
      const m = p.re.exec(s);
      if (m === null || m[0] === '') continue;
      const text = m[0].replace(/[“”"]/g, '');
      (out ??= []).push({ index: i, length: m[0].length, text, verb: p.verb ? text.replace(/^(?:全部|全数|全面|基本|一律)/, '') : null, weak: p.weak });
      i += m[0].length - 1;
      break;
    }
  }
  return out ?? NONE;
}

const NONE: EndStateMatch[] = [];
