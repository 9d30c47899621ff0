/**
 * Reflow: the lines of the running text joined into paragraphs where the layout broke them. A
 * line continues the one before it unless the geometry says a paragraph ended or began:
 * - the line before ended short of the page's usual right edge;
 * - this line starts indented from the page's usual left edge (a paragraph's first line);
 * - the font size changes, or the gap above is wider than the page's line pitch;
 * - either line is centred (a title, a heading set in the middle), except a centred title that
 *   wraps: the lines of one title (same size, one pitch apart, centred) are joined;
 * and, where the geometry is silent (a heading flush at the left margin after a full line), a
 * line that begins with a heading label after a finished sentence starts a paragraph.
 * Across a page break the same rules apply, each line measured against its own page.
 */
import type { Line } from './lines';
import type { PageGeometry } from './page-geometry';
import { endsSentence, startsWithLabel } from './headings';

/** Something the reflow places in the output: a line of running text, or a finished paragraph (a table row). */
export type Block = { kind: 'line'; line: Line } | { kind: 'fixed'; text: string };

export function reflow(blocks: Block[], geometry: (page: number) => PageGeometry): string[] {
  const out: string[] = [];
  let prev: Line | undefined;
  for (const b of blocks) {
    if (b.kind === 'fixed') {
      out.push(b.text);
      prev = undefined;
      continue;
    }
    const line = b.line;
    if (prev && continues(prev, line, geometry(prev.page), geometry(line.page))) {
      out[out.length - 1] = joinLines(out[out.length - 1], line.text);
    } else {
      out.push(line.text);
    }
    prev = line;
  }
  return out;
}

function joinLines(a: string, b: string): string {
  // Latin words broken across lines keep a space; Chinese and numbers join directly.
  return /[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b;
}

export function isCentred(line: Line, g: PageGeometry): boolean {
  const inset = line.x0 - g.left;
  const outset = g.right - line.x1;
  return inset > 1.5 * line.size && outset > 1.5 * line.size && Math.abs(inset - outset) < 1.5 * line.size;
}

function continues(a: Line, b: Line, ga: PageGeometry, gb: PageGeometry): boolean {
  const size = Math.max(a.size, b.size);
  if (Math.abs(a.size - b.size) > 0.12 * size) return false;
  if (a.page === b.page) {
    const gap = b.y - a.y;
    if (gap > 1.6 * Math.max(ga.pitch, 1.1 * size) || gap < 0) return false;
  }
  const aCentred = isCentred(a, ga);
  const bCentred = isCentred(b, gb);
  if (aCentred || bCentred) {
    // A title wrapped over centred lines: the first line wide, or a title set larger than the text.
    if (!bCentred) return false;
    if (endsSentence(a.text)) return false;
    const wide = a.x1 - a.x0 > 0.6 * (ga.right - ga.left);
    return wide || a.size > ga.size * 1.1;
  }
  // A line that runs across the text block and the next one flush left: a wrapped title too.
  const short = a.x1 < ga.right - 1.5 * a.size;
  if (short) return false;
  const indented = b.x0 > gb.left + 0.8 * b.size;
  if (indented) return false;
  if (startsWithLabel(b.text) && endsSentence(a.text)) return false;
  return true;
}
