/**
 * Page furniture: page numbers (— 2 —, - 2 -, 第2页, 2/15, a bare 2) and running headers and
 * footers (the same short text at the top or bottom of many pages: the issuer's name, the plan's
 * short title, a law database's banner). They are found among the lines nearest the top and the
 * bottom edge of each page and dropped; the plan's own text is never searched for them.
 */
import type { Line } from './lines';

/** Lines this near the top or bottom edge (share of the page height) can be furniture. */
const BAND = 0.14;
/** How many lines at each end of a page are looked at. */
const END_LINES = 3;

const PAGE_NUMBER: RegExp[] = [
  /^[-—–－―‒~～·•一]*\d{1,4}[-—–－―‒~～·•一]*$/, // 2, — 2 —, - 2 -, ―2―
  /^第\d{1,4}页(?:[,，/]?共\d{1,4}页)?$/, // 第2页, 第2页共15页
  /^共\d{1,4}页[,，]?第\d{1,4}页$/,
  /^\d{1,4}\/\d{1,4}$/, // 2/15
  /^[-—–－―‒]*[ivxlcIVXLC]{1,6}[-—–－―‒]*$/, // front matter: —II—
  /^page\d{1,4}(?:of\d{1,4})?$/i,
];

export function isPageNumber(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return t.length > 0 && t.length <= 16 && (PAGE_NUMBER.some((re) => re.test(t)) || ocrPageNumber(t));
}

/** Letters an OCR program reads for the digits of a page number (— 25 — as 一2S一, — 5 — as -s一). */
const OCR_DIGITS: Record<string, string> = { S: '5', s: '5', l: '1', I: '1', i: '1', O: '0', o: '0', B: '8', Z: '2' };

/** A page number as OCR wrote it: a dash on one side at least, and a look-alike letter for a digit. */
function ocrPageNumber(t: string): boolean {
  if (t.length > 8 || !/[SslIiOoBZ]/.test(t) || !/^[-—–一]|[-—–一]$/.test(t)) return false;
  return /^[-—–一]*\d{1,3}[-—–一]*$/.test(t.replace(/[SslIiOoBZ]/g, (c) => OCR_DIGITS[c]));
}

/** Never furniture however often it repeats: the start of an annex, a box, a table. */
const NEVER = /^(?:附\s*件|附\s*表|专\s*栏|表\s*\d|续表|[（(]?[一二三四五六七八九十]+[、）)])/;

function key(text: string): string {
  return text.replace(/\s+/g, '').replace(/\d+/g, '#');
}

export interface Furniture {
  dropped: Set<Line>;
  pageNumbers: number;
  runningLines: number;
}

export function findFurniture(pages: Array<{ height: number; lines: Line[] }>): Furniture {
  const dropped = new Set<Line>();
  let pageNumbers = 0;
  let runningLines = 0;
  const candidates: Array<{ line: Line; key: string; page: number }> = [];
  pages.forEach((p, pi) => {
    const n = p.lines.length;
    const ends = new Set<Line>([...p.lines.slice(0, END_LINES), ...p.lines.slice(Math.max(0, n - END_LINES))]);
    for (const line of ends) {
      const top = line.y - line.size < p.height * BAND;
      const bottom = line.y > p.height * (1 - BAND);
      if (!top && !bottom) continue;
      if (isPageNumber(line.text)) {
        dropped.add(line);
        pageNumbers++;
      } else if ([...line.text].length <= 60 && !NEVER.test(line.text)) {
        candidates.push({ line, key: `${top ? 'T' : 'B'}${key(line.text)}`, page: pi });
      }
    }
  });
  // Running text: the same key on several pages.
  const pagesOf = new Map<string, Set<number>>();
  for (const c of candidates) {
    const s = pagesOf.get(c.key) ?? new Set<number>();
    s.add(c.page);
    pagesOf.set(c.key, s);
  }
  const need = Math.max(3, Math.ceil(pages.length * 0.25));
  for (const c of candidates) {
    if ((pagesOf.get(c.key)?.size ?? 0) >= Math.min(need, Math.max(2, pages.length - 1))) {
      if (!dropped.has(c.line)) runningLines++;
      dropped.add(c.line);
    }
  }
  return { dropped, pageNumbers, runningLines };
}
