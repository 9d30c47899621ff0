/**
 * Tables → one row a line, cells separated by tabs (what the core's indicator-table and
 * task-division-table readers read).
 *
 * Without the ruling lines (a scanned table has them only in its image), a table is found from its
 * text alone:
 * - a region: consecutive lines of one size where at least two lines are cut into cells by wide
 *   gaps, with the narrow lines between and around them (the other lines of cells that wrap);
 * - columns: the x ranges that almost no line's text crosses are the gutters between them (a header
 *   cell that spans two columns crosses a gutter in one line only);
 * - cells: in each column, lines one text-pitch apart are one cell (wrapped text);
 * - rows: the column with the most cells (usually the first, 序号 or the indicator) gives one row
 *   per cell; every other cell joins the row it overlaps, or the nearest (cells set in the middle
 *   of a tall row sit between that row's wrapped lines).
 */
import type { TextItem } from './pdf-items';
import type { Line } from './lines';
import type { PageGeometry } from './page-geometry';
import { joinPieces, tidySpaces } from './text-join';
import { startsWithLabel } from './headings';

export interface TableRegion {
  /** Indexes into the page's lines, first and last (inclusive). */
  first: number;
  last: number;
  rows: string[];
}

function isMulti(l: Line): boolean {
  return l.segments.length >= 2;
}

function sameSize(a: Line, b: Line): boolean {
  return Math.abs(a.size - b.size) <= 0.15 * Math.max(a.size, b.size);
}

/** A table's caption (表2 …, 续表, 附表1): printed above the table, not a row of it. */
function isCaption(l: Line): boolean {
  return /^(?:续\s*表|附\s*表\s*[\d一二三四五六七八九十]*|表\s*[\d一二三四五六七八九十]+)(?![\d.．])/.test(l.text);
}

/** The tables of one page (lines in reading order). */
export function findTables(lines: Line[], geometry: (l: Line) => PageGeometry): TableRegion[] {
  const regions: TableRegion[] = [];
  const narrow = (l: Line) => l.x1 - l.x0 < 0.5 * geometry(l).textWidth;
  // A line joins the region next to it: of about the same size as its neighbour there (a header
  // may be set a little larger than the body of the table), close, and cut into cells, narrow, or
  // inside one column of the region's row with the most cells (a wrapped indicator, wider than narrow).
  const fits = (l: Line, near: Line, row: Line) =>
    !isCaption(l) &&
    sameSize(l, near) &&
    Math.abs(l.y - near.y) <= 3.2 * Math.max(l.size, near.size) &&
    (isMulti(l) || narrow(l) || insideOneCell(l, row));
  let i = 0;
  while (i < lines.length) {
    if (!isMulti(lines[i]) || isCaption(lines[i])) {
      i++;
      continue;
    }
    let first = i;
    let row = lines[i];
    while (first > 0 && fits(lines[first - 1], lines[first], row) && (isMulti(lines[first - 1]) || Math.abs(lines[first].y - lines[first - 1].y) <= 2.2 * lines[first].size)) {
      first--;
      if (lines[first].segments.length > row.segments.length) row = lines[first];
    }
    let last = i;
    row = lines[i];
    while (last + 1 < lines.length && fits(lines[last + 1], lines[last], row)) {
      last++;
      if (lines[last].segments.length > row.segments.length) row = lines[last];
    }
    // Narrow lines after the last row of cells belong to it only if close (a wrapped cell), not a short paragraph after the table.
    while (last > i && !isMulti(lines[last]) && lines[last].y - lines[last - 1].y > 1.8 * lines[last].size) last--;
    const region = lines.slice(first, last + 1);
    const multi = region.filter(isMulti).length;
    const rows = multi >= 2 ? readTable(region) : [];
    if (rows.length >= 2) {
      regions.push({ first, last, rows });
      i = last + 1;
    } else i++;
  }
  return regions;
}

/**
 * A line that lies between two gutters of a row of cells (crosses none of the gaps between its
 * segments) and within the row's width: a line of a wrapped cell of that row or the next.
 */
function insideOneCell(l: Line, row: Line): boolean {
  const segs = row.segments;
  if (l.x0 < segs[0].x0 - l.size || l.x1 > segs[segs.length - 1].x1 + l.size) return false;
  for (let k = 1; k < segs.length; k++) if (l.x0 < segs[k - 1].x1 && l.x1 > segs[k].x0) return false;
  return true;
}

/** Column spans: between the gutters that at most a few lines' text crosses. */
export function columns(lines: Line[]): Array<[number, number]> {
  const items = lines.flatMap((l) => l.items.filter((it) => it.text.trim()));
  const x0 = Math.min(...items.map((it) => it.x));
  const x1 = Math.max(...items.map((it) => it.x + it.width));
  const step = 0.5;
  const n = Math.max(1, Math.ceil((x1 - x0) / step));
  if (n > 20000) return [[x0, x1]];
  const cover = new Array<number>(n).fill(0);
  for (const l of lines) {
    const hit = new Uint8Array(n);
    for (const it of l.items) {
      if (!it.text.trim()) continue;
      for (let k = Math.floor((it.x - x0) / step); k < Math.ceil((it.x + it.width - x0) / step) && k < n; k++) if (k >= 0) hit[k] = 1;
    }
    for (let k = 0; k < n; k++) cover[k] += hit[k];
  }
  const allowed = Math.floor(lines.length * 0.15);
  const size = lines[0].size;
  // Runs of covered x, merged across gaps narrower than a gutter.
  const runs: Array<[number, number]> = [];
  for (let k = 0; k < n; k++) {
    // A column holds text on two lines at least (one line's text alone, such as a header
    // spanning two columns, makes no column of its own).
    if (cover[k] <= allowed || (lines.length >= 4 && cover[k] < 2)) continue;
    const last = runs[runs.length - 1];
    if (last && (k - last[1]) * step < 0.4 * size) last[1] = k + 1;
    else runs.push([k, k + 1]);
  }
  // A sliver where two lines' text happens to touch is not a column: a column is half an em wide at least.
  const spans = runs.map(([a, b]) => [x0 + a * step, x0 + b * step] as [number, number]).filter(([a, b]) => b - a >= 0.5 * size);
  return spans.length ? spans : [[x0, x1]];
}

function columnOf(spans: Array<[number, number]>, x: number): number {
  let best = 0;
  let bestD = Infinity;
  spans.forEach(([a, b], i) => {
    const d = x < a ? a - x : x > b ? x - b : 0;
    if (d < bestD) [best, bestD] = [i, d];
  });
  return best;
}

interface Cell {
  col: number;
  lines: Array<{ y: number; text: string }>;
  top: number;
  bottom: number;
}

/**
 * The rows of a table region. A line that is a heading alone (（一）绿色低碳发展 across the table,
 * grouping the rows under it) is a row of its own, without tabs, as the plan's outline reads it.
 */
export function readTable(lines: Line[]): string[] {
  const spans = columns(lines);
  if (spans.length < 2) return [];
  const rows: string[] = [];
  let group: Line[] = [];
  for (const line of lines) {
    if (line.segments.length === 1 && startsWithLabel(line.text) && !/^\d/.test(line.text)) {
      if (group.length) rows.push(...readRows(group, spans));
      rows.push(line.text);
      group = [];
    } else group.push(line);
  }
  if (group.length) rows.push(...readRows(group, spans));
  return rows;
}

function readRows(lines: Line[], spans: Array<[number, number]>): string[] {
  const size = Math.min(...lines.map((l) => l.size));
  // Each line's text per column.
  const perCol: Array<Array<{ y: number; text: string; width: number }>> = spans.map(() => []);
  for (const line of lines) {
    const parts = new Map<number, { text: string; start: number; end: number }>();
    for (const it of [...line.items].sort((a, b) => a.x - b.x)) {
      const text = tidySpaces(it.text);
      if (!text) continue;
      const col = columnOf(spans, it.x + it.width / 2);
      const cur = parts.get(col);
      if (cur) parts.set(col, { text: joinPieces(cur.text, text, it.x - cur.end, line.size), start: cur.start, end: it.x + it.width });
      else parts.set(col, { text, start: it.x, end: it.x + it.width });
    }
    for (const [col, p] of parts) perCol[col].push({ y: line.y, text: p.text, width: p.end - p.start });
  }
  // Cells: runs of lines one text-pitch apart in a column.
  const steps: number[] = [];
  for (const col of perCol) for (let k = 1; k < col.length; k++) steps.push(col[k].y - col[k - 1].y);
  // The pitch of wrapped text in a cell, if any cell wraps: the smallest steps, when they are
  // about one line of text apart. Rows of single lines are further apart (cell padding).
  // (Steps under an em are two cells of one column side by side in merged rows, never a line pitch.)
  const pitches = steps.filter((d) => d >= 1.1 * size).sort((a, b) => a - b);
  const minStep = pitches.length ? pitches[0] : Infinity;
  const join = minStep <= 1.6 * size ? 1.12 * minStep : 0;
  const columnCells = (col: (typeof perCol)[number], c: number): Cell[] => {
    const out: Cell[] = [];
    let cur: Cell | undefined;
    let prevWidth = 0;
    for (const l of col) {
      // Wrapped text does not get wider from line to line: a wider line one pitch below is the next row's cell.
      // A value (a number, a unit, a dash) over another is two rows' values, not one wrapped cell.
      const isValue = (t: string) => !/[\u4e00-\u9fff]/.test(t);
      const values = !!cur && isValue(cur.lines[cur.lines.length - 1].text) && isValue(l.text);
      if (cur && !values && l.y - cur.bottom <= join && l.width <= prevWidth + 0.5 * size) {
        cur.lines.push(l);
        cur.bottom = l.y;
      } else {
        cur = { col: c, lines: [l], top: l.y, bottom: l.y };
        out.push(cur);
      }
      prevWidth = l.width;
    }
    return out;
  };
  const cells: Cell[] = perCol.flatMap((col, c) => columnCells(col, c));
  // Rows from a column of serial numbers (序号: one to a row, never wrapped), else from the column
  // with the most cells (the leftmost of equals): a wrapped cell that gets wider from one line to
  // the next is two cells of one row, and would make two rows of a column of text.
  const count = spans.map((_, c) => cells.filter((x) => x.col === c).length);
  const serial = spans.findIndex((_, c) => {
    const cs = cells.filter((x) => x.col === c);
    return cs.length >= 2 && cs.filter((x) => x.lines.length === 1 && /^\d{1,3}[.．]?$/.test(x.lines[0].text)).length >= 0.8 * cs.length;
  });
  const anchorCol = serial >= 0 ? serial : count.indexOf(Math.max(...count));
  const anchors = cells.filter((x) => x.col === anchorCol).sort((a, b) => a.top - b.top);
  // A cell of another column that runs past the middle between two rows is two cells (the last
  // line of one row's wrapped cell one pitch above the first of the next row's).
  const bounds = anchors.slice(1).map((a, k) => (anchors[k].bottom + a.top) / 2);
  const split: Cell[] = [];
  const partsOf = new Map<Cell, Cell[]>();
  for (const cell of cells) {
    if (cell.col === anchorCol) continue;
    const parts: Cell[] = [];
    partsOf.set(cell, parts);
    let cur: Cell | undefined;
    let band = -1;
    for (const l of cell.lines) {
      const b = bounds.filter((y) => y < l.y).length;
      if (!cur || b !== band) {
        cur = { col: cell.col, lines: [], top: l.y, bottom: l.y };
        parts.push(cur);
        band = b;
      }
      cur.lines.push(l);
      cur.bottom = l.y;
    }
  }
  // A column with text on few rows holds cells merged over several rows (a category: 环境质量,
  // 主要污染物减排指标), set in the middle of them: such a cell is never cut between rows.
  const filled = spans.map((_, c) => [...partsOf].filter(([cell]) => cell.col === c).reduce((n, [, parts]) => n + parts.length, 0));
  for (const [cell, parts] of partsOf) split.push(...(filled[cell.col] <= 0.5 * anchors.length ? [cell] : parts));
  const rows: Cell[][] = anchors.map((a) => [a]);
  for (const cell of split) {
    let best = 0;
    let bestScore = -Infinity;
    anchors.forEach((a, r) => {
      const overlap = Math.min(a.bottom, cell.bottom) - Math.max(a.top, cell.top);
      const centre = Math.abs((a.top + a.bottom) / 2 - (cell.top + cell.bottom) / 2);
      const score = overlap >= 0 ? 1000 + overlap - centre / 1000 : -centre;
      if (score > bestScore) [best, bestScore] = [r, score];
    });
    rows[best].push(cell);
  }
  return rows
    .map((row) => {
      const texts = spans.map((_, c) =>
        row
          .filter((x) => x.col === c)
          .sort((a, b) => a.top - b.top)
          .flatMap((x) => x.lines.map((l) => l.text))
          .reduce((acc, t) => joinPieces(acc, t, size, size), ''),
      );
      while (texts.length && !texts[texts.length - 1]) texts.pop();
      return texts.join('\t');
    })
    .filter((r) => r.replace(/\t/g, '').trim());
}
