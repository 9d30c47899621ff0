/**
 * The pages' text items → the plan text, one paragraph a line: lines (with sub- and superscripts
 * in them), page furniture and the table of contents dropped, tables read row by row, footnotes
 * set after the paragraph they interrupt, the rest reflowed into paragraphs.
 */
import type { PageItems } from './pdf-items';
import { pageLines, type Line } from './lines';
import { findFurniture } from './page-furniture';
import { measureGeometry } from './page-geometry';
import { reflow, type Block } from './paragraphs';
import { findTables } from './tables';
import { footnoteStart, noteTexts } from './footnotes';
import { findContents } from './contents';
import { linesBrokenAnywhere } from './overflow-lines';

export interface LayoutResult {
  paragraphs: string[];
  pageNumbers: number;
  runningLines: number;
  /** Table rows written as tab-separated lines. */
  tableRows: number;
  /** Glyphs without a character, dropped. */
  unmapped: number;
  /** Lines of a table of contents, left out. */
  contentsLines: number;
  /** Pages without a single character of text. */
  emptyPages: number[];
  /** The text of the first and last lines of each page before furniture was dropped (for the scorer). */
  edgeLines: string[][];
}

export function layoutPages(pages: PageItems[]): LayoutResult {
  const linesByPage = pages.map((p) => pageLines(p).filter((l) => l.y > 0 && l.y - l.size < p.height));
  const furniture = findFurniture(pages.map((p, i) => ({ height: p.height, lines: linesByPage[i] })));
  const kept = linesByPage.map((lines) => lines.filter((l) => !furniture.dropped.has(l)));
  const contents = findContents(kept);
  const body = kept.map((lines) => lines.filter((l) => !contents.has(l)));
  const geometry = measureGeometry(body);
  const blocks: Block[] = [];
  let tableRows = 0;
  body.forEach((lines, pi) => {
    const tables = findTables(lines, geometry);
    const inTable = (i: number) => tables.some((t) => i >= t.first && i <= t.last);
    const notesFrom = footnoteStart(lines, pages[pi].height, geometry, inTable);
    const end = notesFrom >= 0 ? notesFrom : lines.length;
    let t = 0;
    for (let i = 0; i < end; i++) {
      const table = tables[t];
      if (table && i === table.first) {
        for (const text of table.rows) blocks.push({ kind: 'fixed', text });
        tableRows += table.rows.length;
        i = table.last;
        t++;
        continue;
      }
      blocks.push({ kind: 'line', line: lines[i] });
    }
    if (notesFrom >= 0) for (const text of noteTexts(lines.slice(notesFrom))) blocks.push({ kind: 'note', text });
  });
  const paragraphs = reflow(blocks, geometry, { brokenAnywhere: linesBrokenAnywhere(body, geometry) });
  return {
    // Trimmed of spaces, not of tabs: a table row may begin with an empty cell.
    paragraphs: paragraphs.map((p) => p.replace(/^[ \u3000]+|[ \u3000]+$/g, '')).filter((p) => p.replace(/\t/g, '').trim()),
    pageNumbers: furniture.pageNumbers,
    runningLines: furniture.runningLines,
    tableRows,
    unmapped: pages.reduce((n, p) => n + p.unmapped, 0),
    contentsLines: contents.size,
    emptyPages: pages.filter((p, i) => linesByPage[i].length === 0).map((p) => p.page),
    edgeLines: linesByPage.map((ls) => [...new Set([...ls.slice(0, 3), ...ls.slice(-3)])].map((l) => l.text)),
  };
}

export type { Line };
