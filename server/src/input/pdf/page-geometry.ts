/**
 * The text block a line belongs to: its usual left edge (where continuation lines start), its usual
 * right edge (where full lines end) and the line pitch. Measured per page and per font size — odd
 * and even pages of a printed plan are often shifted, a scanned page is never where the last one
 * was, and a box (专栏) or a note set smaller than the text has edges of its own — and taken from
 * the whole document where a page has too few lines of that size to say.
 */
import { median, type Line } from './lines';

export interface PageGeometry {
  left: number;
  right: number;
  /** Baseline to baseline distance of consecutive lines of a paragraph. */
  pitch: number;
  /** Font size of the lines measured. */
  size: number;
  /** Font size of most of the page's text: a line larger than it is set as a title. */
  textSize: number;
  /** Width of the page's text block (of its main text size). */
  textWidth: number;
}

/** Sizes within this ratio are one size (scanned text's sizes scatter a little). */
const SAME_SIZE = 1.08;

/** Font sizes weighted by characters, grouped: each line's size → the size of its group (the most common in it). */
export function sizeClasses(lines: Line[]): (size: number) => number {
  const weight = new Map<number, number>();
  for (const l of lines) {
    const k = Math.round(l.size * 10) / 10;
    weight.set(k, (weight.get(k) ?? 0) + [...l.text].length);
  }
  const sizes = [...weight.keys()].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const s of sizes) {
    const g = groups[groups.length - 1];
    if (g && s <= g[g.length - 1] * SAME_SIZE) g.push(s);
    else groups.push([s]);
  }
  const rep = new Map<number, number>();
  for (const g of groups) {
    let best = g[0];
    for (const s of g) if ((weight.get(s) ?? 0) > (weight.get(best) ?? 0)) best = s;
    for (const s of g) rep.set(s, best);
  }
  return (size: number) => rep.get(Math.round(size * 10) / 10) ?? size;
}

/**
 * The size of the running text: the largest size that holds a good share (15%) of the characters.
 * Not simply the most common: a plan's boxes (专栏) and notes, set smaller, can outweigh its text;
 * titles, set larger, never do.
 */
function dominant(lines: Line[], cls: (s: number) => number): number | undefined {
  const weight = new Map<number, number>();
  let total = 0;
  for (const l of lines) {
    const n = [...l.text].length;
    weight.set(cls(l.size), (weight.get(cls(l.size)) ?? 0) + n);
    total += n;
  }
  let best: number | undefined;
  for (const [k, w] of weight) if (w >= 0.15 * total && (best === undefined || k > best)) best = k;
  return best;
}

/**
 * The edge most lines share: the leftmost value that at least `share` of the lines come within
 * `tol` of. A few lines further out (a table wider than the text) do not move it.
 */
function sharedLeft(values: number[], tol: number, share: number): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const need = Math.max(2, Math.ceil(values.length * share));
  for (const v of sorted) {
    const near = values.filter((x) => Math.abs(x - v) <= tol);
    if (near.length >= need) return median(near);
  }
  return undefined;
}

/**
 * Where most lines end: full lines of justified text end at the same point, give or take a
 * squeezed punctuation mark that sticks out; ragged text ends within an em of it. The centre of the
 * window (one em wide) that holds the most line ends.
 */
function densestEdge(values: number[], tol: number): { edge: number; count: number } | undefined {
  if (values.length < 2) return undefined;
  let best: number[] = [];
  for (const v of values) {
    const near = values.filter((x) => x >= v - tol && x <= v + tol);
    if (near.length > best.length || (near.length === best.length && v > median(best))) best = near;
  }
  return best.length >= 2 ? { edge: median(best), count: best.length } : undefined;
}

/**
 * The distance between the lines of one paragraph: most steps from line to line are that, the
 * others larger (space between paragraphs, around headings). The lower quartile, so that a page of
 * short paragraphs does not read its paragraph spacing as its line pitch.
 */
function linePitch(steps: number[]): number {
  if (!steps.length) return 0;
  const s = [...steps].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 4)];
}

interface Measured {
  left?: number;
  right?: number;
  /** Lines ending at the right edge. */
  atRight: number;
  /** Lines more than half as wide as the block. */
  long: number;
  steps: number[];
  count: number;
}

function measure(lines: Line[], size: number): Measured {
  const single = lines.filter((l) => l.segments.length === 1);
  const steps: number[] = [];
  for (let i = 1; i < single.length; i++) {
    const d = single[i].y - single[i - 1].y;
    if (d > 0.8 * size && d < 5 * size) steps.push(d);
  }
  const right = densestEdge(single.map((l) => l.x1), size / 2);
  const left = sharedLeft(single.map((l) => l.x0), size / 3, 0.2);
  const half = left !== undefined && right ? (right.edge - left) / 2 : Infinity;
  return {
    left,
    right: right?.edge,
    atRight: right?.count ?? 0,
    long: single.filter((l) => l.x1 - l.x0 > half).length,
    steps,
    count: single.length,
  };
}

/**
 * Enough lines to say where the block's edges are: five or more, ten ems or more apart, and most
 * of the long lines ending at the same right edge (a list of short lines has no right edge; a
 * cover letter's short lines of signatures do not hide the edge of its paragraph).
 */
function trustworthy(m: Measured, size: number): boolean {
  return m.count >= 5 && m.left !== undefined && m.right !== undefined && m.right - m.left > 10 * size && m.atRight >= Math.max(3, 0.5 * m.long);
}

/** A function giving each line the geometry of its text block. */
export function measureGeometry(pages: Line[][]): (line: Line) => PageGeometry {
  const all = pages.flat();
  const cls = sizeClasses(all);
  const docText = dominant(all, cls) ?? 12;
  const pageIndex = new Map<number, number>();
  pages.forEach((lines, i) => lines.forEach((l) => pageIndex.set(l.page, i)));
  // Per size: every page measured, then the document's medians as a fallback.
  const bySize = new Map<number, { pages: Map<number, Measured>; doc: Measured }>();
  const forSize = (size: number) => {
    let entry = bySize.get(size);
    if (entry) return entry;
    const perPage = new Map<number, Measured>();
    pages.forEach((lines, i) => perPage.set(i, measure(lines.filter((l) => cls(l.size) === size), size)));
    const ms = [...perPage.values()];
    const trusted = ms.filter((m) => trustworthy(m, size));
    const pick = (f: (m: Measured) => number | undefined) => median(trusted.map(f).filter((v): v is number => v !== undefined));
    const doc: Measured = { left: pick((m) => m.left) || undefined, right: pick((m) => m.right) || undefined, atRight: 0, long: 0, steps: ms.flatMap((m) => m.steps), count: trusted.length };
    entry = { pages: perPage, doc };
    bySize.set(size, entry);
    return entry;
  };
  const sizes = [...new Set(all.map((l) => cls(l.size)))];
  /** The text block of a page: its best measured size (most lines), else the document's running text. */
  const pageBlock = new Map<number, { left: number; right: number }>();
  const blockOf = (pi: number) => {
    const hit = pageBlock.get(pi);
    if (hit) return hit;
    let best: Measured | undefined;
    for (const size of sizes) {
      const m = forSize(size).pages.get(pi)!;
      if (trustworthy(m, size) && (!best || m.count > best.count)) best = m;
    }
    const doc = forSize(docText).doc;
    const block = best
      ? { left: best.left!, right: best.right! }
      : doc.count
        ? { left: doc.left!, right: doc.right! }
        : { left: Math.min(...all.map((l) => l.x0)), right: Math.max(...all.map((l) => l.x1)) };
    pageBlock.set(pi, block);
    return block;
  };
  const cache = new Map<string, PageGeometry>();
  return (line: Line) => {
    const size = cls(line.size);
    const pi = pageIndex.get(line.page) ?? 0;
    const key = `${pi}|${size}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const { pages: perPage, doc } = forSize(size);
    const m = perPage.get(pi)!;
    // Too few lines of this size on the page: the document's edges for it, else the page's text block.
    const block = blockOf(pi);
    const [left, right] = trustworthy(m, size) ? [m.left!, m.right!] : doc.count ? [doc.left!, doc.right!] : [block.left, block.right];
    const pitch = m.steps.length >= 4 ? linePitch(m.steps) : linePitch(doc.steps) || 1.5 * size;
    const g: PageGeometry = { left, right, pitch, size, textSize: docText, textWidth: Math.max(block.right - block.left, 1) };
    cache.set(key, g);
    return g;
  };
}
