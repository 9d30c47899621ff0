/**
 * Positioned text items → lines with their geometry. Items are grouped by baseline; a run drawn
 * twice a hair apart (the "bold" of office suites without a bold font) is kept once; sub- and
 * superscripts join the line they belong to (scripts.ts); a line is cut into segments where the
 * gap between runs is wide enough to be a table's column gap.
 */
import type { PageItems, TextItem } from './pdf-items';
import { attachScripts } from './scripts';
import { joinPieces, tidySpaces } from './text-join';

export interface Segment {
  x0: number;
  x1: number;
  text: string;
}

export interface Line {
  page: number;
  /** Runs of the line, left to right. */
  items: TextItem[];
  segments: Segment[];
  x0: number;
  x1: number;
  /** Baseline of the line's main runs, from the top of the page. */
  y: number;
  /** Font size of most of the line's characters. */
  size: number;
  text: string;
}

/** Gap between two runs, in ems of the line, from which they are separate cells. */
export const CELL_GAP_EMS = 1.8;

export function pageLines(page: PageItems): Line[] {
  const items = dropOverprints(page.items.filter((it) => it.text.trim() !== ''));
  items.sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: TextItem[][] = [];
  const open: Array<{ y: number; size: number; row: TextItem[] }> = [];
  for (const it of items) {
    // The nearest open row within a third of an em of the item's baseline.
    let best: (typeof open)[number] | undefined;
    let bestD = Infinity;
    for (const r of open) {
      const d = Math.abs(r.y - it.y);
      if (d <= 0.35 * Math.max(r.size, it.size) && d < bestD && !overlapsRow(r.row, it)) {
        best = r;
        bestD = d;
      }
    }
    if (best) {
      best.row.push(it);
      // The baseline follows the larger runs: a subscript does not drag the line down.
      if (it.size > best.size * 1.1) {
        best.y = it.y;
        best.size = it.size;
      }
    } else {
      const r = { y: it.y, size: it.size, row: [it] };
      open.push(r);
      rows.push(r.row);
    }
    // Rows well above the current item can take no more runs.
    for (let i = open.length - 1; i >= 0; i--) if (it.y - open[i].y > 2 * Math.max(open[i].size, it.size)) open.splice(i, 1);
  }
  const lines = rows.map((row) => makeLine(page.page, row));
  return attachScripts(lines).sort((a, b) => a.y - b.y || a.x0 - b.x0);
}

/** An item that overlaps a run of the row by most of its width is a second copy or another layer, not the same line's text. */
function overlapsRow(row: TextItem[], it: TextItem): boolean {
  for (const r of row) {
    const overlap = Math.min(r.x + r.width, it.x + it.width) - Math.max(r.x, it.x);
    // Long runs drawn over each other; scanned text's estimated widths overlap by a character at most.
    if (overlap > 0.8 * Math.min(r.width, it.width) && r.text !== it.text && Math.min(r.width, it.width) > 2 * it.size) return true;
  }
  return false;
}

/** A run drawn again within a fraction of an em of itself (simulated bold, a shadow): kept once. */
function dropOverprints(items: TextItem[]): TextItem[] {
  const out: TextItem[] = [];
  const seen = new Map<string, TextItem[]>();
  for (const it of items) {
    const same = seen.get(it.text);
    if (same?.some((s) => Math.abs(s.x - it.x) < 0.3 * it.size && Math.abs(s.y - it.y) < 0.3 * it.size)) continue;
    if (same) same.push(it);
    else seen.set(it.text, [it]);
    out.push(it);
  }
  return out;
}

/** The size most of a row's characters have. */
export function dominantSize(items: TextItem[]): number {
  const weight = new Map<number, number>();
  for (const it of items) {
    const k = Math.round(it.size * 2) / 2;
    weight.set(k, (weight.get(k) ?? 0) + it.text.trim().length);
  }
  let best = items[0]?.size ?? 0;
  let bestW = -1;
  for (const [k, w] of weight) if (w > bestW || (w === bestW && k > best)) [best, bestW] = [k, w];
  return best;
}

export function makeLine(page: number, row: TextItem[]): Line {
  const items = [...row].sort((a, b) => a.x - b.x);
  const size = dominantSize(items);
  const main = items.filter((it) => it.size >= size * 0.85);
  const y = median((main.length ? main : items).map((it) => it.y));
  const segments: Segment[] = [];
  let cur: Segment | undefined;
  let curEnd = -Infinity;
  for (const it of items) {
    const text = tidySpaces(it.text);
    if (!text) continue;
    const gap = it.x - curEnd;
    if (!cur || gap > CELL_GAP_EMS * size) {
      cur = { x0: it.x, x1: it.x + it.width, text };
      segments.push(cur);
    } else {
      cur.text = joinPieces(cur.text, text, gap, size);
      cur.x1 = Math.max(cur.x1, it.x + it.width);
    }
    curEnd = Math.max(curEnd, it.x + it.width);
  }
  const merged = letterSpaced(segments, size) ? [joinSegments(segments)] : segments;
  return {
    page,
    items,
    segments: merged,
    x0: items[0]?.x ?? 0,
    x1: Math.max(...items.map((it) => it.x + it.width)),
    y,
    size,
    // Pieces of one line set far apart (a signature's two names, a label and its value) keep a space.
    text: merged.map((s) => s.text).join(' '),
  };
}

/**
 * A line set with wide letter-spacing (附  件, 目  录, a spaced-out title): every segment one or two
 * characters and the gaps alike. Read as one piece of text, not as cells.
 */
function letterSpaced(segments: Segment[], size: number): boolean {
  if (segments.length < 2) return false;
  if (!segments.every((s) => [...s.text].length <= 2)) return false;
  const gaps = segments.slice(1).map((s, i) => s.x0 - segments[i].x1);
  return Math.max(...gaps) - Math.min(...gaps) < 1.5 * size && Math.max(...gaps) < 6 * size;
}

function joinSegments(segments: Segment[]): Segment {
  return { x0: segments[0].x0, x1: segments[segments.length - 1].x1, text: segments.map((s) => s.text).join('') };
}

export function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
