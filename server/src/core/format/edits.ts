/**
 * Formatting's result as edits over the original text. Every pass keeps the lines (it never adds or
 * removes a line break), so the edits are found line by line: one edit per changed line, the part
 * between the common prefix and suffix — few, small edits that an editor applies without moving the
 * cursor far, and that range formatting filters by line.
 */
import type { Span } from '../model/types';

export interface FormatEdit {
  span: Span;
  newText: string;
  /** The line (0-based) the edit is on. */
  line: number;
}

/** The plan's lines with where each begins and its line break ("\n", "\r\n", "\r" or ""). */
export interface SplitLine {
  start: number;
  text: string;
  eol: string;
}

export function splitLines(text: string): SplitLine[] {
  const out: SplitLine[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start, text: text.slice(start, m.index), eol: m[0] });
    start = m.index + m[0].length;
  }
  out.push({ start, text: text.slice(start), eol: '' });
  return out;
}

export function lineEdits(lines: readonly SplitLine[], formatted: readonly string[]): FormatEdit[] {
  const edits: FormatEdit[] = [];
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i].text;
    const b = formatted[i];
    if (a === b) continue;
    let p = 0;
    while (p < a.length && p < b.length && a.charCodeAt(p) === b.charCodeAt(p)) p++;
    let s = 0;
    while (s < a.length - p && s < b.length - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
    // Never split a surrogate pair.
    if (p > 0 && isHighSurrogate(a.charCodeAt(p - 1))) p--;
    if (s > 0 && isLowSurrogate(a.charCodeAt(a.length - s))) s--;
    const start = lines[i].start;
    edits.push({ span: { start: start + p, end: start + a.length - s }, newText: b.slice(p, b.length - s), line: i });
  }
  return edits;
}

function isHighSurrogate(u: number): boolean {
  return u >= 0xd800 && u <= 0xdbff;
}
function isLowSurrogate(u: number): boolean {
  return u >= 0xdc00 && u <= 0xdfff;
}

/** The text with the edits applied (edits must not overlap; any order). */
export function applyEdits(text: string, edits: readonly FormatEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    parts.push(text.slice(at, e.span.start), e.newText);
    at = e.span.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
