/**
 * Elements of a page as plan text, one paragraph a line, the way a browser lays them out: blocks
 * (<p>, <div>, <li>, headings …) and <br> end a line, inline elements flow, white space collapses.
 * A data table becomes one line a row with tab-separated cells (a cell spanning rows repeats its
 * text on each, so that every row of a task-division table names its lead agency); a table used
 * for layout (one column, a table inside a cell, one cell holding most of the text) is read as the
 * blocks it holds.
 */
import { attr, children, isBlock, isElement, isHidden, isText, type Element, type Node } from './dom';

/** Line breaks in the source between two Chinese characters are not spaces (CSS Text 3 segment breaks). */
const CJK = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef]';
const CJK_SEGMENT_BREAK = new RegExp(`(${CJK})[ \\t\\r\\f]*\\n\\s*(?=${CJK})`, 'gu');

export function renderLines(roots: Element[], skip: (el: Element) => boolean = () => false): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const l = cleanLine(current);
    if (l !== '') lines.push(l);
    current = '';
  };
  const walk = (node: Node, pre: boolean) => {
    if (isText(node)) {
      if (pre) {
        const [first, ...rest] = node.value.split(/\r\n|\r|\n/);
        current += first;
        for (const r of rest) {
          flush();
          current = r;
        }
      } else {
        current += node.value.replace(CJK_SEGMENT_BREAK, '$1').replace(/[ \t\n\r\f]+/g, ' ');
      }
      return;
    }
    if (!isElement(node)) return;
    if (isHidden(node) || skip(node)) return;
    if (node.tagName === 'br') return flush();
    if (node.tagName === 'table' && isDataTable(node)) {
      flush();
      lines.push(...tableRows(node, skip));
      return;
    }
    const block = isBlock(node);
    if (block) flush();
    for (const c of children(node)) walk(c, pre || node.tagName === 'pre');
    if (block) flush();
  };
  for (const r of roots) walk(r, false);
  flush();
  return lines;
}

export function cleanLine(s: string): string {
  return s.replace(/[ \t\u00a0]+/g, ' ').replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const walk = (n: Node) => {
    for (const c of children(n)) {
      if (!isElement(c)) continue;
      if (c.tagName === 'tr') rows.push(c);
      else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') walk(c);
    }
  };
  walk(table);
  return rows;
}

const cellsOf = (tr: Element) => children(tr).filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'));

function spanOf(el: Element, name: string): number {
  const n = Number(attr(el, name) ?? 1);
  return Number.isInteger(n) && n >= 1 && n <= 64 ? n : 1;
}

/** A table of data, not of layout: more than one column, no table inside, no cell holding most of the text. */
function isDataTable(table: Element): boolean {
  const rows = rowsOf(table);
  if (!rows.some((r) => cellsOf(r).reduce((n, c) => n + spanOf(c, 'colspan'), 0) > 1)) return false;
  let total = 0;
  let largest = 0;
  for (const r of rows) {
    for (const c of cellsOf(r)) {
      if (hasDescendant(c, 'table')) return false;
      const n = visibleLength(c);
      total += n;
      largest = Math.max(largest, n);
    }
  }
  return !(largest > 300 && largest > total * 0.6);
}

function hasDescendant(el: Element, tag: string): boolean {
  return children(el).some((c) => isElement(c) && (c.tagName === tag || hasDescendant(c, tag)));
}

function visibleLength(n: Node): number {
  if (isText(n)) return n.value.replace(/\s+/g, '').length;
  if (isElement(n) && isHidden(n)) return 0;
  return children(n).reduce((s, c) => s + visibleLength(c), 0);
}

function tableRows(table: Element, skip: (el: Element) => boolean): string[] {
  const out: string[] = [];
  /** Cells spanning down: their text and how many more rows they cover, by column. */
  const down = new Map<number, { text: string; rows: number }>();
  for (const tr of rowsOf(table)) {
    const cells: string[] = [];
    let col = 0;
    const fillSpanned = () => {
      for (let d = down.get(col); d; d = down.get(col)) {
        cells.push(d.text);
        if (--d.rows === 0) down.delete(col);
        col++;
      }
    };
    for (const td of cellsOf(tr)) {
      fillSpanned();
      const text = renderLines([td], skip).join(' ').replace(/\t/g, ' ');
      const colspan = spanOf(td, 'colspan');
      const rowspan = spanOf(td, 'rowspan');
      for (let i = 0; i < colspan; i++) {
        cells.push(i === 0 ? text : '');
        if (rowspan > 1) down.set(col, { text: i === 0 ? text : '', rows: rowspan - 1 });
        col++;
      }
    }
    fillSpanned();
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    if (cells.some((c) => c !== '')) out.push(cells.join('\t'));
  }
  return out;
}
