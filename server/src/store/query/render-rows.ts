/**
 * A query's rows as text for people (aligned columns, Chinese counted as two cells wide), CSV
 * for spreadsheets (RFC 4180, with a BOM so that Excel reads UTF-8) or JSON for tools (an array
 * of objects keyed by column).
 */
import type { Cell, RowSet } from './row-set';

export type RowFormat = 'text' | 'csv' | 'json';

export function renderRows(set: RowSet, format: RowFormat): string {
  switch (format) {
    case 'csv':
      return '\uFEFF' + [set.columns, ...set.rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
    case 'json':
      return JSON.stringify(set.rows.map((r) => Object.fromEntries(set.columns.map((c, i) => [c, r[i]]))), null, 2) + '\n';
    default:
      return textTable(set);
  }
}

const MAX_CELL = 40;

function textTable(set: RowSet): string {
  // A path keeps its end (the file's name), other cells their start.
  const shown = [set.columns, ...set.rows.map((r) => r.map((v, i) => textCell(v, set.columns[i] === 'path')))];
  const widths = set.columns.map((_, i) => Math.max(...shown.map((r) => width(String(r[i])))));
  const line = (r: Cell[]) => r.map((v, i) => pad(String(v), widths[i], typeof set.rows[0]?.[i] === 'number')).join('  ').trimEnd();
  const body = shown.map(line);
  body.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return `${body.join('\n')}\n（${set.rows.length} 行 / rows）\n`;
}

function textCell(v: Cell, keepEnd: boolean): string {
  if (v === null) return '';
  const chars = [...(typeof v === 'number' ? String(Math.round(v * 1000) / 1000) : v.replace(/\s+/g, ' '))];
  if (chars.length <= MAX_CELL) return chars.join('');
  return keepEnd ? '…' + chars.slice(-(MAX_CELL - 1)).join('') : chars.slice(0, MAX_CELL - 1).join('') + '…';
}

/** Display width: East Asian wide and full-width characters take two cells. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, w: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return right ? fill + s : s + fill;
}

function csvCell(v: Cell): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
