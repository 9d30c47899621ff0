/**
 * The text block of each page: its usual left edge (where continuation lines start), its usual
 * right edge (where full lines end) and the line pitch. Measured per page — odd and even pages of a
 * printed plan are often shifted, and a scanned page is never where the last one was — and taken
 * from the whole document where a page has too few lines to say.
 */
import { median, type Line } from './lines';

export interface PageGeometry {
  left: number;
  right: number;
  /** Baseline to baseline distance of consecutive lines of a paragraph. */
  pitch: number;
  /** Font size of the running text. */
  size: number;
}

/** The most common font size of the document's text, by characters. */
export function bodySize(lines: Line[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) {
    const k = Math.round(l.size * 2) / 2;
    weight.set(k, (weight.get(k) ?? 0) + [...l.text].length);
  }
  let best = 12;
  let bestW = -1;
  for (const [k, w] of weight) if (w > bestW) [best, bestW] = [k, w];
  return best;
}

/**
 * The edge most lines share: the leftmost (or rightmost) value that at least `share` of the lines
 * come within a third of an em of. A few lines further out (a table wider than the text) do not
 * move it.
 */
function sharedEdge(values: number[], tol: number, share: number, side: 'left' | 'right'): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => (side === 'left' ? a - b : b - a));
  const need = Math.max(2, Math.ceil(values.length * share));
  for (const v of sorted) {
    const near = values.filter((x) => Math.abs(x - v) <= tol);
    if (near.length >= need) return median(near);
  }
  return undefined;
}

export function measurePages(pages: Line[][], size: number): PageGeometry[] {
  const isBody = (l: Line) => Math.abs(l.size - size) <= 0.15 * size && l.segments.length === 1;
  const perPage = pages.map((lines) => {
    const body = lines.filter(isBody);
    const left = sharedEdge(body.map((l) => l.x0), size / 3, 0.2, 'left');
    const right = sharedEdge(body.map((l) => l.x1), size / 2, 0.2, 'right');
    const steps: number[] = [];
    for (let i = 1; i < body.length; i++) {
      const d = body[i].y - body[i - 1].y;
      if (d > 0.8 * size && d < 3 * size) steps.push(d);
    }
    return { left, right, steps, count: body.length };
  });
  const all = <T>(f: (p: (typeof perPage)[number]) => T | undefined) => perPage.map(f).filter((v): v is T => v !== undefined);
  const docLeft = median(all((p) => (p.count >= 5 ? p.left : undefined))) || median(all((p) => p.left)) || 0;
  const docRight = median(all((p) => (p.count >= 5 ? p.right : undefined))) || median(all((p) => p.right)) || 0;
  const docPitch = median(perPage.flatMap((p) => p.steps)) || 1.5 * size;
  return perPage.map((p) => {
    const trust = p.count >= 5 && p.left !== undefined && p.right !== undefined && p.right - p.left > 10 * size;
    return {
      left: trust ? p.left! : docLeft,
      right: trust ? p.right! : docRight,
      pitch: p.steps.length >= 3 ? median(p.steps) : docPitch,
      size,
    };
  });
}
