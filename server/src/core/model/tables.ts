/**
 * Indicator tables, one row a line with tab-separated cells:
 *
 *   指标                              2025年    指标性质
 *   万元工业增加值能耗降低率             ≥12%      约束性
 *   累计创建国家级绿色工厂（家）          150       预期性
 *
 * The header gives the year of each value column (an earlier year column, or one of the current
 * state, 现状值, is the baseline), which column names the indicator (指标名称, 指标; after 序号;
 * else the first: a category column such as 项目 or 类别, often merged over several rows, is not
 * the indicator), which holds the unit (单位) and which says 约束性/预期性; a unit may also sit in
 * the indicator's brackets.
 */
import type { Strength, Target } from './types';
import { relationOf } from './relation';
import type { LineInfo } from './line-info';

export interface Cell {
  text: string;
  start: number;
  end: number;
}

/** A table row's cells, trimmed, with their offsets in the document. */
export function cells(line: LineInfo): Cell[] {
  const out: Cell[] = [];
  let pos = line.textStart;
  for (const raw of line.text.split('\t')) {
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    out.push({ text: t, start: pos + lead, end: pos + lead + t.length });
    pos += raw.length + 1;
  }
  return out;
}

// The unit never swallows the qualifier: 22左右 is 22 about, not 22 in units of 左右.
const VALUE = /^(≥|≤|>|<|不低于|不高于|不少于|不超过|约)?\s*(\d+(?:\.\d+)?)\s*([%‰]|个百分点|(?!(?:左右|以上|以下|以内)$)[\u4e00-\u9fa5]{1,6}?)?\s*(左右|以上|以下|以内)?$/;
const COMPARATOR_WORDS: Record<string, string> = { '≥': '不低于', '≤': '不高于', '>': '高于', '<': '低于' };

/**
 * A table row: a line with tab-separated cells. A label opening its first cell, followed by
 * text in that cell (一、全省电力总装机 | 9528.5 | …), is the row's own numbering, not a
 * heading; a label alone before the first tab (一、⇥总体要求, Word's numbering) still is one.
 */
export function isTableRow(line: LineInfo): boolean {
  if (!line.hasTabs || !line.text.includes('\t')) return false;
  const label = line.node.label;
  if (label === null) return true;
  const first = line.text.split('\t', 1)[0];
  const afterLabel = first.slice(Math.max(0, label.end - line.textStart)).trim();
  return afterLabel !== '' && cells(line).slice(1).some((c) => c.text !== '');
}

/** What a table's header row says about its columns. */
interface TableHeader {
  cells: Cell[];
  /** The year each column's header names (2025年, 2025年目标值), if any. */
  yearCols: Array<number | null>;
  indicatorCol: number;
  targetCol: number;
  baselineCol: number;
  strengthCol: number;
  unitCol: number;
}

/** The current state or a base year (2020年现状值, 基期值): a baseline column, never the target's. */
const STATE_COL = /现状|基期|基准|实际|完成/;
/** The column naming the indicator: 指标名称, 指标, 主要指标 (not 指标属性, 指标分类). */
const NAME_COL = /名称/;
const INDICATOR_COL = /^(?:主要)?指标(?:\s*[（(][^）)]*[）)])?$/;
/** 序号 before the indicator: a column of serial numbers. */
const SERIAL_COL = /^(?:序\s*号|编\s*号|No\.?)$/i;
const UNIT_COL = /^(?:计量)?单\s*位$/;
/** A cell that states nothing for its year: a dash, a slash or nothing. */
const NO_VALUE = /^(?:[—–\-－/／]+|)$/;

function readHeader(row: LineInfo): TableHeader | null {
  const header = cells(row);
  const yearCols = header.map((c) => /((?:19|20)\d{2})年?/.exec(c.text)).map((m) => (m ? Number(m[1]) : null));
  const isHeader = yearCols.some((y) => y !== null) || header.some((c) => /指标|项目|类别/.test(c.text));
  if (!isHeader) return null;
  const name = header.findIndex((c) => NAME_COL.test(c.text));
  const plain = header.findIndex((c) => INDICATOR_COL.test(c.text));
  // The indicator is named by the header; else it follows a serial number; else it comes first.
  const indicatorCol = name >= 0 ? name : plain >= 0 ? plain : SERIAL_COL.test(header[0]?.text ?? '') ? 1 : 0;
  const unitCol = header.findIndex((c) => UNIT_COL.test(c.text));
  const valueCols = yearCols.map((y, i) => (y !== null ? i : -1)).filter((i) => i >= 0);
  const targets = valueCols.filter((i) => !STATE_COL.test(header[i].text));
  const goal = header.findIndex((c, i) => i > indicatorCol && /目标/.test(c.text) && !STATE_COL.test(c.text));
  let next = indicatorCol + 1;
  while (next === unitCol) next++;
  const targetCol = targets.length > 0 ? targets[targets.length - 1] : goal >= 0 ? goal : valueCols.length > 0 ? valueCols[valueCols.length - 1] : next;
  const before = valueCols.filter((i) => i !== targetCol && (yearCols[i] ?? 0) <= (yearCols[targetCol] ?? Infinity));
  return {
    cells: header,
    yearCols,
    indicatorCol,
    targetCol,
    baselineCol: before.length > 0 ? before[0] : -1,
    strengthCol: header.findIndex((c) => /性质|属性|类型/.test(c.text)),
    unitCol,
  };
}

/**
 * Reads the plan's indicator tables into targets, one run of consecutive table rows at a time.
 * A run without a header of its own right after a table (two lines or so: a group heading such
 * as （二）优美生态环境 set between its rows), its first row no wider than that table's header and
 * reaching its target column (empty cells at a row's end are left off), goes on under that header.
 */
export class TableTargetReader {
  private last: { header: TableHeader; endLine: number } | null = null;

  read(rows: LineInfo[], into: Target[]): void {
    if (rows.length === 0) return;
    let header = readHeader(rows[0]);
    let body = rows.slice(1);
    if (header === null) {
      const width = cells(rows[0]).length;
      if (this.last === null || rows[0].line - this.last.endLine > 3 || width > this.last.header.cells.length || width <= this.last.header.targetCol) return;
      header = this.last.header;
      body = rows;
    } else if (body.length === 0) {
      this.last = { header, endLine: rows[0].line };
      return;
    }
    for (const row of body) readRow(row, header, into);
    this.last = { header, endLine: rows[rows.length - 1].line };
  }
}

function readRow(row: LineInfo, header: TableHeader, into: Target[]): void {
  const { yearCols, indicatorCol, targetCol, baselineCol, strengthCol, unitCol } = header;
  const cs = cells(row);
  if (cs.length <= targetCol || cs.length <= indicatorCol) return;
  // The header again, where the table goes on over a page.
  if (cs.length === header.cells.length && cs.every((c, i) => c.text === header.cells[i].text)) return;
  // A row's own numbering (一、, 1.) is not part of its indicator.
  let indicator = cs[indicatorCol].text.replace(/^(?:[一二三四五六七八九十]+、|\d{1,2}[.．、](?!\d)|[（(][一二三四五六七八九十\d]+[）)])\s*/, '');
  const cell = cs[targetCol];
  if (NO_VALUE.test(cell.text)) return;
  let unit: string | null = null;
  const unitInName = /（([^（）]{1,10})）[*★△※]*$/.exec(indicator);
  if (unitInName) {
    unit = unitInName[1];
    indicator = indicator.slice(0, unitInName.index);
  }
  // A cell of digits alone (a serial number where the header said 指标), or of brackets alone once
  // its unit is read (一、（以下简称《方案》）: found by the fuzzer), names nothing.
  if (!/[\u4e00-\u9fa5A-Za-z]/.test(indicator)) return;
  const unitCell = unitCol >= 0 ? (cs[unitCol]?.text ?? '') : '';
  if (unit === null && !NO_VALUE.test(unitCell)) unit = unitCell;
  const m = VALUE.exec(cell.text.replace(/\s+/g, ''));
  const strengthText = strengthCol >= 0 ? cs[strengthCol]?.text : cs.map((c) => c.text).find((t) => /约束性|预期性/.test(t));
  const strength = strengthText && /约束性|预期性/.test(strengthText) ? (strengthText.match(/约束性|预期性/)![0] as Strength) : null;
  const baselineYear = baselineCol >= 0 ? yearCols[baselineCol] : null;
  const comparator = m ? (m[1] ? (COMPARATOR_WORDS[m[1]] ?? m[1]) : null) : cell.text.slice(0, 2) || null;
  const qualifier = m?.[4] ?? (m ? null : cell.text.slice(2) || null);
  let relation = relationOf(comparator, qualifier);
  // 万元工业增加值能耗降低率 ≥12%: a rate of reduction bounds the reduction.
  if (/(?:降低|下降|减少|削减)(?:率|幅度|比例)?$/.test(indicator) && !relation.startsWith('down')) relation = relation === '=' ? 'down' : (`down${relation}` as typeof relation);
  into.push({
    text: row.text.replace(/\t+/g, ' ').trim(),
    indicator,
    value: m ? Number(m[2]) : null,
    valueTo: null,
    unit: m?.[3] ?? unit,
    comparator,
    qualifier,
    year: yearCols[targetCol],
    deadlineText: header.cells[targetCol]?.text ?? null,
    baselineYear,
    strength,
    taskId: null,
    sectionId: null,
    span: { start: row.textStart, end: row.textStart + row.text.length },
    valueSpan: { start: cell.start, end: cell.end },
    source: 'table',
    form: 'table',
    relation: m ? relation : null,
    yearSource: yearCols[targetCol] !== null ? 'table' : null,
    endState: m ? null : cell.text,
  });
}
