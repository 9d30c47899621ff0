/**
 * A web page printed to PDF: the page's text had line breaks of its own (copied from another
 * document), and the browser, given a narrower box, wrapped each of those lines again, leaving one
 * or two characters of it alone on the next line (…理念引领不断增 | 强， | 交流机制不断完善…). There
 * the right end of a line says nothing about where a paragraph ends: a line ends where the copied
 * text happened to break, short or full.
 *
 * Such a document is told by its overflows: tiny lines (a few characters, near the left edge,
 * often under the hanging indent of a heading's label) right after a full line that ends in
 * mid-sentence. A few of them in a plan happen; many, across the document, are this layout.
 */
import type { Line } from './lines';
import type { PageGeometry } from './page-geometry';
import { endsSentence, startsWithLabel } from './headings';

/** At most this many characters: the rest of a copied line that did not fit. */
const OVERFLOW_CHARS = 2;

/** Line b holds only the last characters of line a, which filled its line in mid-sentence. */
export function isOverflow(a: Line, b: Line, ga: PageGeometry, gb: PageGeometry): boolean {
  const chars = [...b.text.replace(/[，、]$/, '')].length;
  return (
    a.page === b.page &&
    chars >= 1 &&
    chars <= OVERFLOW_CHARS &&
    a.x1 >= ga.right - 1.5 * a.size &&
    !endsSentence(a.text) &&
    !/[，、]$/.test(a.text) &&
    b.x0 <= gb.left + 4 * b.size &&
    !startsWithLabel(b.text) &&
    // The last characters of a paragraph (…保障生态安 | 全。) are where any layout could put them.
    !endsSentence(b.text) &&
    !/[）)]$/.test(b.text) &&
    Math.abs(a.size - b.size) <= 0.12 * a.size &&
    b.y - a.y < 2.5 * Math.max(ga.pitch, a.size)
  );
}

/**
 * Whether the document's lines are broken anywhere (a printed web page): overflows on at least
 * three lines in a hundred, and five at least.
 */
export function linesBrokenAnywhere(pages: Line[][], geometry: (line: Line) => PageGeometry): boolean {
  let overflows = 0;
  let lines = 0;
  for (const page of pages) {
    lines += page.length;
    for (let i = 1; i < page.length; i++) if (isOverflow(page[i - 1], page[i], geometry(page[i - 1]), geometry(page[i]))) overflows++;
  }
  return overflows >= 5 && overflows >= 0.03 * lines;
}
