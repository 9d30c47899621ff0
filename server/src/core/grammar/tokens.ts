/**
 * The tokens of a policy plan.
 *
 * The lexer runs over normalised text (see text/normalize.ts): full-width brackets, commas,
 * colons and semicolons, ASCII digits, `.` for both dots, `%` for both percent signs.
 *
 * Tokens are deliberately coarse: a run of ordinary Chinese text is one `Text` token, and only
 * the words the grammar needs (comparators, deadlines, agency roles, …) split it. Every pattern
 * keeps chevrotain's first-character optimisation: regular expressions use explicit character
 * ranges, and custom matchers carry `start_chars_hint` (the lexer is built with
 * `ensureOptimizations: true`, so a regression fails at start-up).
 */
import { createToken, Lexer, type IToken, type TokenType } from 'chevrotain';
import { bodyTextMatcher, innerTextMatcher, registerStopPattern } from './text-run';

const CN_DIGITS = '一二三四五六七八九十百零〇两';
const DIGITS = '0123456789';

type Guard = (text: string, offset: number, tokens: IToken[]) => boolean;

/** A custom matcher from a sticky regular expression, optionally guarded by context. */
function sticky(source: string, guard?: Guard) {
  const re = new RegExp(source, 'y');
  return (text: string, offset: number, tokens: IToken[]): RegExpExecArray | null => {
    if (guard && !guard(text, offset, tokens)) return null;
    re.lastIndex = offset;
    return re.exec(text);
  };
}

/** True when only spaces separate `offset` from the start of its line. */
const atLineStart: Guard = (text, offset) => {
  let i = offset - 1;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
    i--;
  }
  return true;
};

function lastTokenIs(...types: TokenType[]): Guard {
  return (_text, _offset, tokens) => {
    const last = tokens[tokens.length - 1];
    return last !== undefined && types.includes(last.tokenType);
  };
}

function chars(s: string): string[] {
  return [...s];
}

// ---------------------------------------------------------------------------------------------
// Categories: the parser consumes whole families of tokens through these.

/** A numbering label at the start of a line. */
export const Label = createToken({ name: 'Label', pattern: Lexer.NA });
/** Anything that can stand inside a bracket or a book title as an ordinary item. */
export const Plain = createToken({ name: 'Plain', pattern: Lexer.NA });
/** Closing brackets; outside a bracket they are stray. */
export const Closer = createToken({ name: 'Closer', pattern: Lexer.NA });
/** Words that mark a deadline. */
export const DeadlineMark = createToken({ name: 'DeadlineMark', pattern: Lexer.NA, categories: [Plain] });

// ---------------------------------------------------------------------------------------------
// Layout

export const Newline = createToken({ name: 'Newline', pattern: /\r\n|\r|\n/, line_breaks: true });
export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t]+/, group: Lexer.SKIPPED });

// ---------------------------------------------------------------------------------------------
// Numbering labels, recognised only at the start of a line.

function labelToken(name: string, source: string, first: string[]): TokenType {
  return createToken({
    name,
    pattern: { exec: sticky(source, atLineStart) },
    start_chars_hint: first,
    line_breaks: false,
    categories: [Label],
  });
}

const CN = `[${CN_DIGITS}]`;
export const ChapterLabel = labelToken('ChapterLabel', `第(?:${CN}{1,4}|\\d{1,3})(?:章|篇|部分)`, ['第']);
export const PartLabel = labelToken('PartLabel', `第(?:${CN}{1,4}|\\d{1,3})节`, ['第']);
// Stray spaces inside a label (一 、, （ 一 ）) are typing noise, not another kind of line.
export const CnLabel = labelToken('CnLabel', `${CN}{1,4}[ \\t]*[、.]`, chars(CN_DIGITS));
export const ParenCnLabel = labelToken('ParenCnLabel', `（[ \\t]*${CN}{1,4}[ \\t]*）`, ['（']);
export const ParenArabicLabel = labelToken('ParenArabicLabel', `（[ \\t]*\\d{1,3}[ \\t]*）`, ['（']);
/** 1） with only its closing bracket: some plans use it for 1., others for （1）. */
export const HalfParenArabicLabel = labelToken('HalfParenArabicLabel', `\\d{1,3}[ \\t]*）`, chars(DIGITS));
export const ArabicLabel = labelToken('ArabicLabel', `\\d{1,3}[ \\t]*[.、](?![0-9])`, chars(DIGITS));
export const CircledLabel = labelToken('CircledLabel', `[\\u2460-\\u2473]`, chars('①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'));
export const BoxLabel = labelToken('BoxLabel', `专栏[ \\t]*(?:\\d{1,3}|${CN}{1,3})?`, ['专']);
export const AnnexLabel = labelToken('AnnexLabel', `附(?:件|表|录)[ \\t]*(?:\\d{1,2}|${CN}{1,3})?[ \\t]*：?`, ['附']);
export const DashLead = labelToken('DashLead', `(?:——|—|--)(?=[^—\\-])`, ['—', '-']);

// ---------------------------------------------------------------------------------------------
// Deadlines, dates and baselines (they begin with digits or with a handful of words).

const YEAR = '(?:19|20)\\d{2}年';

/** Keyword tokens split text runs: each registers where a run must stop. */
function keyword(name: string, source: string, first: string, categories: TokenType[] = [Plain]): TokenType {
  registerStopPattern(first, source);
  return createToken({
    name,
    pattern: { exec: sticky(source) },
    start_chars_hint: chars(first),
    line_breaks: false,
    categories,
  });
}

export const DateTok = createToken({
  name: 'Date',
  pattern: new RegExp(`${YEAR}\\d{1,2}月\\d{1,2}日`),
  categories: [Plain],
});
export const Deadline = keyword(
  'Deadline',
  `(?:到|至|截至|截止到?|在|于)?[ \\t]*${YEAR}(?:底|末|年底|年末)?(?:\\d{1,2}月(?:底|末)?)?(?:前|之前|以前)?`,
  '到至截在于' + DIGITS,
  [DeadlineMark],
);
export const MonthDeadline = createToken({
  name: 'MonthDeadline',
  pattern: /\d{1,2}月(?:底|末|中旬|上旬|下旬)?(?:之前|以前|前)/,
  categories: [DeadlineMark],
});
export const RelativeDeadline = keyword('RelativeDeadline', '(?:今年|当年|年)(?:底前|内|底)', '今当年', [DeadlineMark]);
export const PlanPeriod = keyword(
  'PlanPeriod',
  `["“”'‘]?十[一二三四五六七八九]五["“”'’]?(?:规划)?(?:期间|时期|末|前|初|中期)?`,
  '"“”\'‘十',
  [DeadlineMark],
);
export const Baseline = keyword(
  'Baseline',
  `(?:(?:比|较|相比|相较于?|与|同)[ \\t]*${YEAR}(?:底|末)?(?:水平)?(?:相比|比)?|在[ \\t]*${YEAR}(?:的)?(?:水平)?基础上|以[ \\t]*${YEAR}为基(?:准|期|数)年?|(?:比|较)上一?年(?:同期)?)`,
  '比较相与同在以',
);

// ---------------------------------------------------------------------------------------------
// Quantities. Units, ranges and trailing qualifiers only follow a number.

export const NumberTok = createToken({ name: 'Number', pattern: /\d+(?:\.\d+)?/ });

const UNITS: string[] = [
  '个百分点', '百分点', '%', '‰',
  '万千瓦时', '亿千瓦时', '千瓦时', '万千瓦', '亿千瓦', '千瓦', '兆瓦', '吉瓦', '万kW', 'kWh', 'GW', 'MW', 'kW',
  '万吨标准煤', '亿吨标准煤', '吨标准煤', '万吨标煤', '吨标煤', '万吨二氧化碳当量', '亿吨二氧化碳当量', '万吨二氧化碳', '亿吨二氧化碳', '万吨', '亿吨', '吨',
  '千克', '公斤', '克',
  '万亩', '亩', '万公顷', '公顷', '平方公里', '亿平方米', '万平方米', '平方米', '亿立方米', '万立方米', '立方米', '公里', '千米', '米',
  '万辆', '辆', '万台', '台', '万套', '套', '万个', '个', '家', '座', '项', '所', '处', '条', '户', '批', '艘', '架', '根', '株', '种', '类', '次', '轮',
  '万人', '人次', '人', '名', '倍', '亿元', '万元', '元', '小时', '天', '年', '摄氏度', '℃', '度', '万', '亿',
  '张', '间', '栋', '幢', '支', '片', '宗', '场', '期', '块', '只', '头', '口', '眼', '段', '位', '批次', '项次', '个次', '家次', '台套', '所学校',
  '蒸吨', '层', '级', '千伏', '万千伏安', '千伏安', '万户', '万家', '家次', '万亿元', '万亿', '克标准煤', '千克标准煤', '克标煤', '千克标煤',
  '万吨标准煤当量', '吨标准煤当量', '毫克', '微克', '立方米', '万立方米', '公顷', '千公顷', '万公顷', 'm²', 'm³', 'MWh', 'GWh', 'kgce', 'tce',
];
/** What a compound unit divides by: 万吨/日, 千克/人, 蒸吨/小时, 吨标准煤/万元, 亿元/平方公里. */
const PER = ['日', '天', '年', '月', '人', '小时', '户', '亩', '平方公里', '平方米', '万平方米', '万元', '元', '千瓦时', '公里', '吨', '辆', '台', '人·年', 'kWh'];
/** Units that take a scale before them: 8万公里, 1.2亿平方米, 3万吨标准煤. */
const SCALABLE = ['公里', '千米', '米', '平方米', '平方公里', '立方米', '吨', '千瓦', '千瓦时', '亩', '公顷', '元', '人', '人次', '辆', '台', '套', '个', '户', '家', '吨标准煤', '标准煤', '千伏安'];
for (const base of SCALABLE) for (const scale of ['万', '亿', '万亿']) if (!UNITS.includes(scale + base)) UNITS.push(scale + base);
const UNIT_SOURCE = UNITS.slice()
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace(/[%‰]/g, (c) => '\\' + c))
  .join('|');
const PER_SOURCE = PER.slice().sort((a, b) => b.length - a.length).join('|');

export const Unit = createToken({
  name: 'Unit',
  pattern: { exec: sticky(`(?:${UNIT_SOURCE})(?:[/／](?:${PER_SOURCE}))?`, lastTokenIs(NumberTok)) },
  start_chars_hint: [...new Set(UNITS.map((u) => u[0]))],
  line_breaks: false,
  categories: [Plain],
});
export const PostComparator = createToken({
  name: 'PostComparator',
  pattern: { exec: sticky('(?:及以上|及以下|以上|以下|以内|之内|左右|上下)', lastTokenIs(NumberTok, Unit)) },
  start_chars_hint: chars('及以之左上'),
  line_breaks: false,
  categories: [Plain],
});
export const RangeSep = createToken({
  name: 'RangeSep',
  pattern: { exec: sticky('(?:—{1,2}|-|~|至|到)(?=[ \\t]*\\d)', lastTokenIs(NumberTok, Unit)) },
  start_chars_hint: chars('—-~至到'),
  line_breaks: false,
  categories: [Plain],
});
export const And = createToken({
  name: 'And',
  pattern: { exec: sticky('[和及与、](?=[ \\t]*\\d)', lastTokenIs(NumberTok, Unit, PostComparator)) },
  start_chars_hint: chars('和及与、'),
  line_breaks: false,
  categories: [Plain],
});

const COMPARATORS = [
  '不低于', '不少于', '不小于', '不高于', '不超过', '不大于', '不多于', '不足',
  '达到', '达', '超过', '高于', '低于', '大于', '小于', '多于', '少于', '突破',
  '控制在', '保持在', '稳定在', '维持在', '提高到', '提高至', '提升到', '提升至', '增加到', '增加至',
  '增长到', '增长至', '上升到', '上升至', '下降到', '下降至', '降低到', '降低至', '降到', '降至',
  '减少到', '减少至', '压减至', '压减到', '减至', '扩大到', '扩大至', '提至', '增至', '升至', '降为', '提高为', '缩小到', '缩小至',
  '年均增长', '年均下降', '年均提高', '年均降低', '年均减少', '累计下降', '累计降低', '累计提高', '累计减少',
  '下降', '降低', '减少', '提高', '提升', '增长', '增加', '上升', '压减', '削减', '压降', '扩大', '节约', '节省',
  '≥', '≤', '≧', '≦', '>', '<', '为', '约', '近', '超',
];
const COMPARATOR_SOURCE =
  '(?:' + COMPARATORS.slice().sort((a, b) => b.length - a.length).join('|') + ')(?=[ \\t]*(?:约|近)?[ \\t]*\\d)';
export const Comparator = keyword('Comparator', COMPARATOR_SOURCE, [...new Set(COMPARATORS.map((c) => c[0]))].join(''), []);
export const Multiple = keyword('Multiple', '翻(?:一番|两番|三番|番|一倍)', '翻');
/** Targets stated without a number: 达到国家确定的目标值, 完成国家下达指标. */
export const QualitativeTarget = keyword(
  'QualitativeTarget',
  '(?:(?:完成|达到)(?:国家|国际|国内|全国|全省|全市|省|市|本市|本省|上级|行业)(?:下达|确定|分解|规定|要求|先进|领先|平均)?的?[\\u4e00-\\u9fa5]{0,10}?(?:目标值|目标任务|目标|指标任务|指标|水平|要求)|达到峰值)',
  '完达',
);
export const Strive = keyword('Strive', '(?:力争|争取|确保|力求)', '力争确');
export const Respectively = keyword('Respectively', '分别', '分');
export const Binding = keyword('Binding', '(?:约束性|预期性)', '约预');

// ---------------------------------------------------------------------------------------------
// Agency clauses.

export const Role = keyword(
  'Role',
  '(?:牵头|责任|配合|参与|协办|主办|承办|协同|协助|主责|督办|实施|支持|联系|推进)(?:单位|部门|处室|机构|主体)',
  '牵责配参协主承督实支联推',
);
/** 牵头 / 配合 / 参与 used as verbs after names: 省发展改革委牵头，省能源局配合. */
export const RoleVerb = keyword('RoleVerb', '(?:牵头|配合|参与|协助)', '牵配参协');
export const Duty = keyword('Duty', '(?:(?:按照?|根据|依据)(?:各自)?(?:职责|职能)(?:分工)?|分工(?=负责|落实))', '按根依分');
/** The verb that completes a duty phrase; 负责 alone is a verb anywhere. */
export const DutyVerb = createToken({
  name: 'DutyVerb',
  pattern: {
    exec: (() => {
      const afterDuty = new RegExp('(?:抓好落实|负责落实|负责|落实|推进|实施|办理|承担)', 'y');
      const alone = new RegExp('负责(?:落实)?', 'y');
      return (text: string, offset: number, tokens: IToken[]) => {
        const last = tokens[tokens.length - 1];
        const re = last !== undefined && last.tokenType === Duty ? afterDuty : alone;
        re.lastIndex = offset;
        return re.exec(text);
      };
    })(),
  },
  start_chars_hint: chars('抓负落推实办承'),
  line_breaks: false,
  categories: [Plain],
});
registerStopPattern('负', '负责');
export const DeadlineRole = keyword('DeadlineRole', '完成(?:期限|时限|时间)', '完');
export const NoLongerListed = keyword('NoLongerListed', '不再(?:一一)?(?:列出|列举|单独列出)', '不');

// ---------------------------------------------------------------------------------------------
// Brackets and punctuation. An opening bracket switches the lexer to "inner" mode, where agency
// lists are read: there the separators are tokens of their own; a closing bracket or the end of
// the line switches back.

export const LParen = createToken({ name: 'LParen', pattern: /[（〔［｛〈「『]/, push_mode: 'inner' });
export const RParen = createToken({ name: 'RParen', pattern: /[）〕］｝〉」』]/, categories: [Closer], pop_mode: true });
/** A closing bracket in the body, where nothing is open. */
export const StrayRParen = createToken({ name: 'StrayRParen', pattern: /[）〕］｝〉」』]/, categories: [Closer] });
export const InnerNewline = createToken({ name: 'InnerNewline', pattern: /\r\n|\r|\n/, line_breaks: true, pop_mode: true, categories: [Newline] });
export const LBook = createToken({ name: 'LBook', pattern: /《/ });
export const RBook = createToken({ name: 'RBook', pattern: /》/, categories: [Closer] });
export const Period = createToken({ name: 'Period', pattern: /[。！？]/, categories: [Plain] });
export const Comma = createToken({ name: 'Comma', pattern: /，/, categories: [Plain] });
export const Enum = createToken({ name: 'Enum', pattern: /、/, categories: [Plain] });
export const Semi = createToken({ name: 'Semi', pattern: /；/, categories: [Plain] });
export const Colon = createToken({ name: 'Colon', pattern: /：/, categories: [Plain] });

/** A run of ordinary text: up to the next digit, bracket or keyword (see text-run.ts). */
export const Text = createToken({
  name: 'Text',
  pattern: { exec: bodyTextMatcher },
  start_chars_hint: textStartChars(),
  line_breaks: false,
  categories: [Plain],
});
/** The same inside brackets, where it also ends at 、，；：。 */
export const InnerText = createToken({
  name: 'InnerText',
  pattern: { exec: innerTextMatcher },
  start_chars_hint: textStartChars(),
  line_breaks: false,
  categories: [Plain],
});

/** Any single character nothing else takes, so that lexing never fails. */
export const Other = createToken({
  name: 'Other',
  pattern: { exec: sticky('[^\\r\\n]') },
  start_chars_hint: allCharCodes(),
  line_breaks: false,
  categories: [Plain],
});

/**
 * Start-character hints for patterns that may start with almost any character. Chevrotain files
 * character codes above 255 into buckets of 255 (charCodeToOptimizedIndex), so one code per bucket
 * says as much as every code — and keeps building the lexer from walking 65 536 codes per token.
 */
function hintRange(from: number, to: number, exclude: (c: number) => boolean = () => false): number[] {
  const codes: number[] = [];
  for (let c = from; c <= Math.min(to, 255); c++) if (!exclude(c)) codes.push(c);
  for (let bucket = Math.floor(Math.max(from, 256) / 255); bucket * 255 <= to; bucket++) {
    const c = Math.max(bucket * 255, from, 256);
    if (c <= to) codes.push(c);
  }
  return codes;
}

function textStartChars(): number[] {
  return hintRange(0x21, 0xffff, (c) => c >= 0x30 && c <= 0x39);
}

function allCharCodes(): number[] {
  return hintRange(0, 0xffff, (c) => c === 10 || c === 13);
}

const categories = [Label, Plain, Closer, DeadlineMark];
const labels = [ChapterLabel, PartLabel, ParenCnLabel, ParenArabicLabel, HalfParenArabicLabel, CnLabel, ArabicLabel, CircledLabel, BoxLabel, AnnexLabel, DashLead];
/** What may only follow a number or a duty phrase: tried before text, their guards are cheap. */
const afterNumber = [Unit, PostComparator, RangeSep, And, DutyVerb];
/** Dates, deadlines and numbers (digits), then the words that split text runs. */
const words = [
  DateTok, Baseline, Deadline, MonthDeadline, RelativeDeadline, PlanPeriod, NumberTok,
  QualitativeTarget, Comparator, Multiple, Strive, Respectively, Binding,
  Role, RoleVerb, Duty, DeadlineRole, NoLongerListed,
];

/**
 * The two lexer modes, each in matching order: the first pattern that matches wins. Text runs
 * come before the keywords because they refuse to start where a keyword matches (text-run.ts):
 * most positions are then settled by the first attempt.
 */
export const lexerDefinition = {
  defaultMode: 'body',
  modes: {
    body: [Newline, WhiteSpace, ...labels, ...afterNumber, Text, ...words, LParen, StrayRParen, LBook, RBook, Other],
    inner: [InnerNewline, WhiteSpace, ...labels, ...afterNumber, Period, Comma, Enum, Semi, Colon, InnerText, ...words, LParen, RParen, LBook, RBook, Other],
  },
};

/** Every token type, for the parser. */
export const allTokens: TokenType[] = [
  ...categories, Newline, InnerNewline, WhiteSpace, ...labels, ...afterNumber, ...words,
  LParen, RParen, StrayRParen, LBook, RBook, Period, Comma, Enum, Semi, Colon, Text, InnerText, Other,
];
