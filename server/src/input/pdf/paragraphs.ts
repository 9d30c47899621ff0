/**
 * Reflow: the lines of the running text joined into paragraphs where the layout broke them. A
 * line continues the one before it unless the geometry says a paragraph ended or began:
 * - the line before ended short of its block's usual right edge, by more than this line's first
 *   word could have needed (2025年, PM2.5 and 吨， cannot be split);
 * - this line starts indented from its block's usual left edge (a paragraph's first line);
 * - the font size changes, or a gap of several line pitches opens;
 * - either line is centred or set as a title: lines of one title (larger than the text, or centred,
 *   the first perhaps running the whole width) are joined, never across a finished sentence, a
 *   label, stacked issuers, a date, a document number or a bracketed note;
 * - the line before is an entry of a table of contents (leader dots, a page number).
 * Where the geometry is silent (a heading flush at the left margin after a full line), a line that
 * begins with a heading label after a finished sentence starts a paragraph; a line ending on a
 * comma never ends one. Across a page break the same rules apply, each line measured against its
 * own page's block. `breakReason` names the rule that ended a paragraph.
 */
import { makeLine, type Line } from './lines';
import type { PageGeometry } from './page-geometry';
import { endsSentence, startsWithLabel } from './headings';
import { isOverflow } from './overflow-lines';
import { joinLines } from './text-join';

export interface ReflowOptions {
  /** The document's lines break anywhere (a printed web page, overflow-lines.ts): a line's right end says nothing. */
  brokenAnywhere?: boolean;
}

/**
 * Something the reflow places in the output: a line of running text, a finished paragraph (a
 * table row), or a footnote, which waits for the paragraph open at its page's end to finish.
 */
export type Block = { kind: 'line'; line: Line } | { kind: 'fixed'; text: string } | { kind: 'note'; text: string };

export function reflow(blocks: Block[], geometry: (line: Line) => PageGeometry, options: ReflowOptions = {}): string[] {
  const out: string[] = [];
  let prev: Line | undefined;
  let issuers = 0;
  let notes: string[] = [];
  const flushNotes = () => {
    out.push(...notes);
    notes = [];
  };
  for (const b of blocks) {
    if (b.kind === 'note') {
      notes.push(b.text);
      continue;
    }
    if (b.kind === 'fixed') {
      flushNotes();
      out.push(b.text);
      prev = undefined;
      continue;
    }
    for (const line of splitAtHeadings(b.line)) {
      // Issuers stacked one a line above a joint notice: the title after them starts afresh.
      const afterStack = issuers >= 2 && prev !== undefined && ISSUER_END.test(prev.text);
      if (prev && !afterStack && breakReason(prev, line, geometry(prev), geometry(line), options) === null) {
        out[out.length - 1] = joinLines(out[out.length - 1], line.text);
      } else {
        flushNotes();
        out.push(line.text);
      }
      issuers = ISSUER_END.test(line.text) && [...line.text].length <= 20 ? issuers + 1 : 0;
      prev = line;
    }
  }
  flushNotes();
  return out;
}

/**
 * A line whose text is cut by a wide gap before a heading label, after a finished sentence (a
 * scanned page whose text layer put a heading on the line of the paragraph before it): two lines.
 */
function splitAtHeadings(line: Line): Line[] {
  if (line.segments.length < 2) return [line];
  const cuts: number[] = [];
  for (let k = 1; k < line.segments.length; k++) {
    if (startsWithLabel(line.segments[k].text) && endsSentence(line.segments[k - 1].text)) cuts.push(line.segments[k].x0);
  }
  if (!cuts.length) return [line];
  const bounds = [-Infinity, ...cuts, Infinity];
  const parts: Line[] = [];
  for (let k = 1; k < bounds.length; k++) {
    const items = line.items.filter((it) => it.x >= bounds[k - 1] - 0.01 && it.x < bounds[k] - 0.01);
    if (items.length) parts.push(makeLine(line.page, items));
  }
  return parts;
}

/** Set in the middle of the text block, well in from both edges (a paragraph's first line is in by two ems). */
export function isCentred(line: Line, g: PageGeometry): boolean {
  const inset = line.x0 - g.left;
  const outset = g.right - line.x1;
  return inset > 2.5 * line.size && outset > 2.5 * line.size && Math.abs(inset - outset) < 2.5 * line.size;
}

/** Set about the middle of the text block, whether inset or nearly full width. */
function symmetric(line: Line, g: PageGeometry): boolean {
  const inset = line.x0 - g.left;
  const outset = g.right - line.x1;
  return inset > -line.size && outset > -line.size && Math.abs(inset - outset) < 1.5 * line.size;
}

/** A line that is a bracketed note or number alone: （2021年9月22日）, （发改开放〔2022〕408号）, （此件公开发布）. */
function bracketed(text: string): boolean {
  return /^[（(〔［\[].*[）)〕］\]]$/.test(text);
}

/** An entry of a table of contents: leader dots, then a page number (第一章 总体要求……1, —I— pages aside). */
function tocEntry(text: string): boolean {
  return /(?:[.．·]{3,}|[…⋯]+)\s*[\dIVXivx]{1,4}$/.test(text);
}

/** A document number alone on its line: 国科发社〔2022〕157号, （发改开放〔2022〕408号）. */
function docNumber(text: string): boolean {
  return [...text].length <= 30 && /^[（(]?[\u4e00-\u9fff]{1,10}\s*[〔［\[(（]\s*\d{4}\s*[〕］\])）]\s*\d{1,4}\s*号[）)]?$/.test(text.replace(/\s+/g, ''));
}

/** A date line: 2021年11月16日, 二〇二二年三月. */
function dateLine(text: string): boolean {
  return /^[\d〇零一二三四五六七八九十]{2,4}年[\d〇零一二三四五六七八九十]{1,2}月(?:[\d〇零一二三四五六七八九十]{1,3}日)?$/.test(text.replace(/\s+/g, ''));
}

/** Ends with the name of an issuing body: stacked issuers (one a line above a joint notice) are not a wrapped title. */
const ISSUER_END = /(?:人民政府|办公厅|办公室|委员会|政府|[厅局部委院署会])$/;

/**
 * The width (in ems) of what the next line starts with that could not have been broken off: a
 * number or a Latin word (2025, PM2.5), or a character that a closing mark must stay with (吨，
 * cannot be split: the mark never starts a line). A line ends short by that much when the text
 * did not fit, not because the paragraph ended.
 */
function unbreakableStart(text: string): number {
  const latin = /^([（(“‘《〔]?)([0-9A-Za-z.%‰×\-+/~～]+)([）)”’》〕，。、；：]*)/.exec(text);
  if (latin) return 0.55 * latin[2].length + latin[1].length + latin[3].length;
  const held = /^[^\s，。、；：！？）」』”’》〕]([，。、；：！？）」』”’》〕]+)/.exec(text);
  if (held) return 1 + held[1].length;
  // An opening mark never ends a line: it went down with the character after it.
  if (/^[（(“‘《〔「『【]/.test(text)) return 2;
  return 0;
}

/** A line that begins with a closing mark continues the line before, wherever that ended. */
function opensMidSentence(text: string): boolean {
  return /^[，。、；：！？）」』”’》〕]/.test(text);
}

/** Why a paragraph ends between lines a and b, or null when b continues a. */
export function breakReason(a: Line, b: Line, ga: PageGeometry, gb: PageGeometry, options: ReflowOptions = {}): string | null {
  const size = Math.max(a.size, b.size);
  if (Math.abs(a.size - b.size) > 0.12 * size) return 'size';
  if (a.page === b.page) {
    const gap = b.y - a.y;
    // Lines of a centred title may be set wide apart.
    const most = isCentred(a, ga) && isCentred(b, gb) ? 6 * size : Math.max(3 * ga.pitch, 4 * size);
    if (gap < 0 || gap > most) return 'gap';
  }
  if (dateLine(b.text) || dateLine(a.text)) return 'date';
  if (docNumber(b.text) || docNumber(a.text)) return 'document number';
  if (tocEntry(a.text)) return 'contents';
  // Clearly larger than the running text (scanned text's sizes wander by a tenth from page to page).
  const title = a.size > ga.textSize * 1.2;
  const aCentred = isCentred(a, ga);
  const bCentred = isCentred(b, gb);
  if (title || aCentred || bCentred) {
    // A title wrapped over lines: set larger than the text, or centred lines of one heading
    // (the first may run the whole width). Never across a finished sentence or a label.
    if (endsSentence(a.text) || startsWithLabel(b.text) || bracketed(b.text)) return 'title: sentence, label or note';
    if (ISSUER_END.test(a.text) && ISSUER_END.test(b.text)) return 'title: stacked issuers';
    // The first line of a paragraph after a heading: indented and running to the right edge.
    if (b.size < gb.textSize * 1.2 && b.x0 > gb.left + 0.8 * b.size && b.x1 > gb.right - 1.5 * b.size) return 'title: then a paragraph';
    if (title) return a.page === b.page && b.y - a.y <= 3 * size ? null : 'title: far';
    if (!bCentred) return 'title: centred line then text';
    const wide = a.x1 - a.x0 >= 0.8 * gb.textWidth;
    return aCentred || symmetric(a, ga) || wide ? null : 'title: text then centred line';
  }
  // A paragraph never ends on a comma: whatever the geometry, the sentence goes on (a page
  // printed from a web browser breaks lines where it pleases).
  const midSentence = /[，、]$/.test(a.text) && !startsWithLabel(b.text);
  const indented = b.x0 > gb.left + 0.8 * b.size;
  if (options.brokenAnywhere) {
    // The rest of a line the browser wrapped, wherever it sits; and where lines break anywhere, a
    // sentence that has not ended goes on into a line flush at the left.
    if (isOverflow(a, b, ga, gb)) return null;
    if (!endsSentence(a.text) && !startsWithLabel(b.text) && !indented) return null;
  }
  // Short of the right edge by more than the next line's first word could have needed.
  const short = a.x1 < ga.right - 1.5 * a.size - unbreakableStart(b.text) * b.size;
  if (short && !opensMidSentence(b.text) && !midSentence) return 'short';
  // A line indented like the full line before it, which stopped in mid-word: the block is indented
  // as a whole (an item of a list hung under 附件：), and this is its next line.
  const hanging =
    a.x0 > ga.left + 0.8 * a.size &&
    a.x1 - a.x0 >= 0.5 * ga.textWidth &&
    b.x0 >= a.x0 - 0.5 * b.size &&
    b.x0 <= a.x0 + 1.5 * b.size &&
    !short &&
    !/[。；;！!？?：:）)」』”’]$/.test(a.text);
  if (indented && !midSentence && !hanging) return 'indent';
  if (startsWithLabel(b.text) && endsSentence(a.text)) return 'label';
  return null;
}
