/**
 * Indicator tables, one row a line with tab-separated cells:
 *
 *   指标                              2025年    指标性质
 *   万元工业增加值能耗降低率             ≥12%      约束性
 *   累计创建国家级绿色工厂（家）          150       预期性
 *
 * The header gives the year of each value column (an earlier year column is the baseline) and
 * which column says 约束性/预期性; a unit may sit in the indicator's brackets.
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

const VALUE = /^(≥|≤|>|<|不低于|不高于|不少于|不超过|约)?\s*(\d+(?:\.\d+)?)\s*([%‰]|个百分点|[\u4e00-\u9fa5]{1,6})?\s*(左右|以上|以下|以内)?$/;
const COMPARATOR_WORDS: Record<string, string> = { '≥': '不低于', '≤': '不高于', '>': '高于', '<': '低于' };

export function isTableRow(line: LineInfo): boolean {
  return line.hasTabs && line.text.includes('\t') && line.node.label === null;
}

/** Reads consecutive table rows (all `isTableRow`) into targets. */
export function extractTableTargets(rows: LineInfo[], into: Target[]): void {
  if (rows.length < 2) return;
  const header = cells(rows[0]);
  const yearCols = header.map((c) => /((?:19|20)\d{2})年?/.exec(c.text)).map((m) => (m ? Number(m[1]) : null));
  const isHeader = yearCols.some((y) => y !== null) || header.some((c) => /指标|项目|类别/.test(c.text));
  if (!isHeader) return;
  const valueCols = yearCols.map((y, i) => (y !== null ? i : -1)).filter((i) => i >= 0);
  const targetCol = valueCols.length > 0 ? valueCols[valueCols.length - 1] : 1;
  const baselineCol = valueCols.length > 1 ? valueCols[0] : -1;
  const strengthCol = header.findIndex((c) => /性质|属性|类型/.test(c.text));

  for (const row of rows.slice(1)) {
    const cs = cells(row);
    if (cs.length <= targetCol || cs[0].text === '') continue;
    let indicator = cs[0].text;
    let unit: string | null = null;
    const unitInName = /（([^（）]{1,10})）$/.exec(indicator);
    if (unitInName) {
      unit = unitInName[1];
      indicator = indicator.slice(0, unitInName.index);
    }
    const cell = cs[targetCol];
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
      text: row.text.replace(/\t+/g, ' '),
      indicator,
      value: m ? Number(m[2]) : null,
      valueTo: null,
      unit: m?.[3] ?? unit,
      comparator,
      qualifier,
      year: yearCols[targetCol],
      deadlineText: header[targetCol]?.text ?? null,
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
}
