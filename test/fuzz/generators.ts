/**
 * fast-check generators of plan text: synthetic plans that mix every numbering, bracket, agency
 * clause and target variant, and mutations of the real corpus plans.
 */
import fc from 'fast-check';

const LABELS = ['一、', '二、', '十二、', '（一）', '(二)', '（十）', '1.', '2．', '3、', '12.', '（1）', '(2)', '1）', '2)', '一 、', '（ 三 ）', '①', '第一章', '第二节', '专栏1', '专栏 ', '——', '--', '附件2', '附表1', ''];
const CLAUSES = [
  '（省发展改革委、省能源局等按职责分工负责）', '(省能源局等按职责分工)', '（责任单位：市发改委、市经信局）', '（责任单位：）',
  '（牵头单位：市发改委；责任单位：市统计局）', '（牵头单位：省工业和信息化厅，配合单位：省发展改革委）', '〔责任单位：市经信局，各区政府〕',
  '［责任单位：市经信局，各区（市）县政府（管委会）；逗号前为牵头单位，下同］', '（责任单位：重庆市能源局、市经济信息委；四川省能源局；两省市列首位的为牵头单位，下同）',
  '（国家发展改革委等按职责分工负责，地方各级人民政府负责落实。以下均需地方各级人民政府落实，不再列出）', '（责任部门：气候处，完成期限：2022年底前）',
  '（市发改委牵头，市能源局配合）', '（按职责分工负责）', '（省林业局等按照职责分工负责）', '（省金融局按职责分工落实）', '（含网约车）', '（以下简称《方案》）',
];
const TARGETS = [
  '到2025年，非化石能源消费比重达到18.3%', '2030年前，单位GDP二氧化碳排放比2005年下降65%以上', '“十四五”期间煤炭消费总量下降5%左右',
  '力争到2030年，风电装机达到1.2亿千瓦左右', '分别比2020年下降25%和20%以上', '营运车辆、船舶碳排放强度分别下降10%、5%', '森林覆盖率达到15%—25%',
  '控制在277万吨以内', 'PUE值达到1.25以下', '不低于20％', '降低20个、10个百分点', '国内生产总值翻一番', '达到国家确定的目标值', '年底前',
  '4月底前', '≥95％', '建成5个示范区', '超过1万吨标准煤的数据中心', '比重 达到 20 %',
];
const TEXT = ['推进能源绿色低碳转型', '加快构建清洁低碳安全高效的能源体系', '。', '，', '、', '；', '：', '《江西省碳达峰实施方案》', '“十四五”', '“光伏+”', '(BIPV)'];
const FURNITURE = ['国务院关于印发2030年前碳达峰行动方案的通知', '（国发〔2021〕23号）', '各省、自治区、直辖市人民政府：', '现将《方案》印发给你们，请认真贯彻执行。', '国务院', '2021年10月24日', '（此件公开发布）', '发布部门：国务院', '（新华社北京2021年10月24日电）', '某省碳达峰实施方案', '（试行）'];
const NOISE = ['\u0000', '\u0007', '\ufeff', '\u200b', '\u3000', '\t', '\r', '\r\n', '\ud800', '\udc00', '😀', '（', '）', '《', '》', '〔', '］', '"', '“', '”', ' '];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TEXT) },
  { weight: 2, arbitrary: fc.constantFrom(...CLAUSES) },
  { weight: 2, arbitrary: fc.constantFrom(...TARGETS) },
  { weight: 1, arbitrary: fc.constantFrom(...NOISE) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);

/** Lines that are clauses or table rows of their own: bare clauses, a task-division table. */
const OWN_LINES = [
  '责任单位：市发改委、市能源局', '牵头单位：市发改委；配合单位：各区政府', '责任单位：市发展改革委（牵头）、市财政局', '责任单位：',
  '序号\t重点任务\t牵头单位\t配合单位\t完成时限', '1\t推进能源绿色低碳转型\t市发改委\t市能源局、市住建局\t2025年底前',
  '2\t\t市能源局\t\t', '指标\t2020年\t2025年\t指标性质', '非化石能源消费比重（%）\t10\t≥20\t约束性', '附件', '重点任务分工表',
];

const line = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.constantFrom(...LABELS), fc.array(piece, { maxLength: 12 })).map(([l, ps]) => l + ps.join('')) },
  { weight: 1, arbitrary: fc.constantFrom(...FURNITURE) },
  { weight: 1, arbitrary: fc.constantFrom(...OWN_LINES) },
);

const newline = fc.constantFrom('\n', '\r\n', '\r', '\n\n');

/** A synthetic plan of up to ~60 lines. */
export const syntheticPlan: fc.Arbitrary<string> = fc
  .tuple(fc.array(line, { minLength: 0, maxLength: 60 }), newline)
  .map(([lines, nl]) => lines.join(nl));

export type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'cut'; at: number }
  | { kind: 'unbalance'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom(...NOISE)) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('unbalance' as const), at: fc.nat() }),
);

/** Applies mutations to a text: line operations, then character operations. */
export function mutate(text: string, mutations: Mutation[]): string {
  let lines = text.split('\n');
  let s = text;
  for (const m of mutations) {
    lines = s.split('\n');
    const n = Math.max(1, lines.length);
    switch (m.kind) {
      case 'delete':
        lines.splice(m.at % n, 1);
        s = lines.join('\n');
        break;
      case 'duplicate':
        lines.splice(m.at % n, 0, lines[m.at % n] ?? '');
        s = lines.join('\n');
        break;
      case 'swap': {
        const a = m.a % n;
        const b = m.b % n;
        [lines[a], lines[b]] = [lines[b], lines[a]];
        s = lines.join('\n');
        break;
      }
      case 'insert': {
        const at = m.at % (s.length + 1);
        s = s.slice(0, at) + m.text + s.slice(at);
        break;
      }
      case 'cut':
        s = s.slice(0, m.at % (s.length + 1));
        break;
      case 'unbalance': {
        const at = m.at % (s.length + 1);
        const brackets = /[（）()《》〔〕［］]/g;
        brackets.lastIndex = at;
        const found = brackets.exec(s) ?? brackets.exec(s.slice(0, at));
        s = found ? s.slice(0, found.index) + s.slice(found.index + 1) : s + '（';
        break;
      }
    }
  }
  return s;
}

export const mutations = fc.array(mutation, { minLength: 1, maxLength: 8 });

/** An edit as a client sends it: a span of the current text (as fractions of it) and new text. */
export interface TextEdit {
  from: number;
  to: number;
  text: string;
}

const insertion = fc.oneof(
  { weight: 3, arbitrary: piece },
  { weight: 1, arbitrary: line.map((l) => `\n${l}`) },
  { weight: 1, arbitrary: fc.constantFrom('', '\n', '\r\n', '\r') },
);

/** Typing, deleting and pasting anywhere, including between the halves of a surrogate pair. */
export const textEdits: fc.Arbitrary<TextEdit[]> = fc.array(
  fc.record({ from: fc.double({ min: 0, max: 1, noNaN: true }), to: fc.double({ min: 0, max: 1, noNaN: true }), text: insertion }),
  { minLength: 1, maxLength: 12 },
);
