/**
 * pdf.js text runs → positioned text items, in the page's reading frame: origin at the top left,
 * y downwards, in points. Everything after this file works on these items only, so that the layout
 * rules can be tested without pdf.js.
 */
import type { PdfjsPage, PdfjsTextItem } from './pdfjs-types';

export interface TextItem {
  text: string;
  /** Left end of the run. */
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  /** Advance of the run. */
  width: number;
  /** Font size (the height of the em square). */
  size: number;
  font: string;
}

export interface PageItems {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  items: TextItem[];
  /** Glyphs the font maps to no character (pdf.js gives them as control characters): dropped. */
  unmapped: number;
}

/** Control characters: what pdf.js gives for a glyph its font maps to no text (a formula's symbols). */
const CONTROL = /[\u0000-\u001f\u007f]/g;

/**
 * The page's text, turned so that the text most of its characters are written in reads left to
 * right. A landscape table printed on a portrait page (no /Rotate, the text itself turned 90°)
 * reads like any other page; runs at another angle (stamps, watermarks, a rotated margin note) are
 * dropped, as they are never part of the plan's running text.
 */
export async function pageItems(page: PdfjsPage, pageNumber: number): Promise<PageItems> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent({ includeMarkedContent: false });
  const raw: Array<{ item: PdfjsTextItem; m: number[] }> = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    raw.push({ item, m: multiply(viewport.transform, item.transform) });
  }
  return itemsFromRuns(raw, pageNumber, viewport.width, viewport.height);
}

/** The quarter turn (0–3) a matrix writes its text in, on the page as shown (y downwards). */
function quarterTurn(m: number[]): number {
  const angle = Math.atan2(m[1], m[0]); // y downwards: a clockwise turn is positive
  return ((Math.round(angle / (Math.PI / 2)) % 4) + 4) % 4;
}

export function itemsFromRuns(
  raw: Array<{ item: PdfjsTextItem; m: number[] }>,
  pageNumber: number,
  width: number,
  height: number,
): PageItems {
  // The turn most characters are written in is the page's reading direction.
  const weight = [0, 0, 0, 0];
  for (const { item, m } of raw) weight[quarterTurn(m)] += item.str.trim().length;
  const turn = weight.indexOf(Math.max(...weight));
  const items: TextItem[] = [];
  let unmapped = 0;
  for (const { item, m } of raw) {
    if (!item.str || quarterTurn(m) !== turn) continue;
    // Text off the straight (a skewed stamp) is not running text.
    const angle = Math.atan2(m[1], m[0]) - (turn * Math.PI) / 2;
    const skew = Math.abs(Math.atan2(Math.sin(angle), Math.cos(angle)));
    if (skew > 0.05) continue;
    const size = Math.hypot(m[2], m[3]);
    if (!(size > 0.5) || !Number.isFinite(m[4]) || !Number.isFinite(m[5])) continue;
    const [x, y] = turnPoint(m[4], m[5], turn, width, height);
    const text = item.str.replace(CONTROL, () => {
      unmapped++;
      return '';
    });
    if (text) items.push({ text, x, y, width: Math.abs(item.width), size, font: item.fontName });
  }
  const turned = turn % 2 === 1;
  return { page: pageNumber, width: turned ? height : width, height: turned ? width : height, items, unmapped };
}

/** A point of the page as shown, in the frame where text written at `turn` quarter turns reads left to right. */
function turnPoint(x: number, y: number, turn: number, width: number, height: number): [number, number] {
  switch (turn) {
    case 1: // written downwards: the page turned a quarter anticlockwise
      return [y, width - x];
    case 2:
      return [width - x, height - y];
    case 3: // written upwards
      return [height - y, x];
    default:
      return [x, y];
  }
}

function multiply(a: number[], b: number[]): number[] {
  return [
    a[0] * b[0] + a[2] * b[1],
    a[1] * b[0] + a[3] * b[1],
    a[0] * b[2] + a[2] * b[3],
    a[1] * b[2] + a[3] * b[3],
    a[0] * b[4] + a[2] * b[5] + a[4],
    a[1] * b[4] + a[3] * b[5] + a[5],
  ];
}
