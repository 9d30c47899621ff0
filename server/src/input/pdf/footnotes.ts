/**
 * Footnotes: notes set small at the foot of a page ([3]两高一资：…, ¹以2025年…, ①…, 注：…), below
 * the page's last line of text, which often runs on to the next page. Read in place they would
 * cut that paragraph in two; they are taken out of the flow and placed after the paragraph that
 * is open at the page's end, each note a paragraph of its own.
 */
import type { Line } from './lines';
import type { PageGeometry } from './page-geometry';
import { joinLines } from './text-join';

/** A note's own mark: [3], ［3］, ①, *, 注：. (A bare number counts only when it is set as a superscript.) */
const MARK = /^(?:[[［]\d{1,3}[\]］]|[①-⑳]|[*＊※]|注\s*[：:])/;

/** At most this share of the running text's size. */
const NOTE_SIZE = 0.8;

/** The small superscript digits a note begins with, when its first run is one (¹以2025年…). */
function superscriptMark(line: Line): string | null {
  const first = line.items[0];
  if (!first || !/^\d{1,2}$/.test(first.text.trim())) return null;
  const rest = line.items.slice(1);
  if (!rest.length || first.size > 0.85 * Math.max(...rest.map((it) => it.size))) return null;
  return first.text.trim();
}

function startsNote(line: Line): boolean {
  return MARK.test(line.text) || superscriptMark(line) !== null;
}

/**
 * The index of the first line of the page's footnotes (lines are the page's body in reading
 * order, tables already taken out: `skip` says which), or -1: the trailing lines set smaller than
 * the running text, in the lower part of the page, apart from the text above, the first of them
 * beginning with a note's mark.
 */
export function footnoteStart(lines: Line[], pageHeight: number, geometry: (line: Line) => PageGeometry, skip: (i: number) => boolean): number {
  let k = lines.length;
  while (k > 0 && !skip(k - 1) && lines[k - 1].size <= NOTE_SIZE * geometry(lines[k - 1]).textSize) k--;
  // The block's first line is the first note's; lines above it with no mark are not notes.
  while (k < lines.length && !startsNote(lines[k])) k++;
  if (k >= lines.length || k === 0) return -1;
  const above = lines[k - 1];
  if (lines[k].y < 0.6 * pageHeight || lines[k].y - above.y < Math.max(1.2 * geometry(above).pitch, 2 * lines[k].size)) return -1;
  return k;
}

/** The notes of a footnote block: one a paragraph, a superscript mark set apart from its text. */
export function noteTexts(lines: Line[]): string[] {
  const notes: string[] = [];
  for (const line of lines) {
    const mark = superscriptMark(line);
    const text = mark !== null ? `${mark} ${line.text.slice(mark.length).trimStart()}` : line.text;
    if (startsNote(line) || notes.length === 0) notes.push(text);
    else notes[notes.length - 1] = joinLines(notes[notes.length - 1], text);
  }
  return notes;
}
