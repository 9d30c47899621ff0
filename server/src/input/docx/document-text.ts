/**
 * The body of a Word document as plan text, one paragraph a line, in document order:
 *
 * - a numbered paragraph starts with its number as Word shows it (numbering.ts);
 * - a table becomes one line a row, cells separated by tabs (what the core's indicator-table and
 *   task-division readers read); a merged cell's text is repeated on each row it spans, so every
 *   row names its lead agency; a one-column table (a box around a 专栏, a frame) is read as the
 *   paragraphs it holds;
 * - a text box's paragraphs follow the paragraph it is anchored in; footnotes and endnotes are
 *   marked [1], [i] where they are referenced and listed after the body;
 * - tracked changes are taken as accepted: insertions kept, deletions dropped, a deleted paragraph
 *   mark joins its paragraph to the next;
 * - hidden text, field codes, a table of contents (it would repeat every heading), comments and
 *   headers and footers (running heads, page numbers) are left out;
 * - a centred paragraph broken over lines (a title with manual line breaks) stays one line; other
 *   line and page breaks end a line.
 *
 * Tabs and runs of spaces inside a paragraph are layout, not cells: they become one space.
 */
import { formatNumber } from './number-format';
import type { Label, Numbering } from './numbering';
import { justification, numberingOf, type Styles } from './styles';
import { child, childrenNamed, elements, isOn, val, type XmlElement, type XmlNode } from './xml-tree';

export interface NoteBodies {
  footnotes: Map<string, XmlElement>;
  endnotes: Map<string, XmlElement>;
}

export interface DocumentText {
  lines: string[];
  trackedChanges: boolean;
  tableOfContents: boolean;
}

/** Never content: properties, deleted text, field codes, marks inside notes, ruby annotations. */
const SKIPPED = new Set([
  'w:pPr', 'w:rPr', 'w:tblPr', 'w:trPr', 'w:tcPr', 'w:sectPr', 'w:tblGrid', 'w:sdtPr', 'w:sdtEndPr',
  'w:del', 'w:moveFrom', 'w:delText', 'w:instrText', 'w:delInstrText', 'w:fldData',
  'w:footnoteRef', 'w:endnoteRef', 'w:annotationRef', 'w:commentReference', 'w:rt', 'w:rubyPr',
  'm:rPr', 'm:ctrlPr', 'w:bookmarkStart', 'w:bookmarkEnd', 'w:proofErr', 'w:lastRenderedPageBreak',
]);
const TRACKED = new Set(['w:ins', 'w:del', 'w:moveFrom', 'w:moveTo']);
/** Symbol-font characters (Wingdings bullets and the like) live in this private-use block. */
const SYMBOL_FONT = /^[fF]0[0-9a-fA-F]{2}$/;

interface Field {
  code: string;
  separated: boolean;
}

export class DocumentWalker {
  private trackedChanges = false;
  private tableOfContents = false;
  private readonly fields: Field[] = [];
  private readonly noteNumbers = new Map<string, string>();
  private readonly noteLines: string[] = [];
  private footnoteCount = 0;
  private endnoteCount = 0;

  constructor(
    private readonly styles: Styles,
    private readonly numbering: Numbering,
    private readonly notes: NoteBodies,
  ) {}

  read(body: XmlElement): DocumentText {
    const lines: string[] = [];
    this.blocks(body.children, lines);
    return { lines: [...lines, ...this.noteLines], trackedChanges: this.trackedChanges, tableOfContents: this.tableOfContents };
  }

  /** Block content (a body, a cell, a text box, a note): paragraphs and tables, in order. */
  private blocks(children: XmlNode[], into: string[]): void {
    // Text of paragraphs whose mark was deleted (tracked): it joins the next paragraph.
    let carried = '';
    const visit = (nodes: XmlNode[]) => {
      for (const node of nodes) {
        if (typeof node === 'string') continue;
        switch (node.name) {
          case 'w:p': {
            const p = this.paragraph(node);
            if (p.markDeleted) {
              carried += p.lines.join('');
              into.push(...p.after);
              continue;
            }
            if (carried !== '') {
              const [first = '', ...rest] = p.lines;
              p.lines = [joinLabel(p.label, carried + first), ...rest];
              carried = '';
            } else if (p.lines.length > 0) {
              p.lines[0] = joinLabel(p.label, p.lines[0]);
            }
            for (const l of p.lines) pushLine(into, l);
            into.push(...p.after);
            break;
          }
          case 'w:tbl':
            this.table(node, into);
            break;
          case 'w:sdt':
            if (isTableOfContents(node)) {
              this.tableOfContents = true;
              break;
            }
            visit(child(node, 'w:sdtContent')?.children ?? []);
            break;
          case 'mc:AlternateContent':
            visit(alternative(node)?.children ?? []);
            break;
          default:
            if (TRACKED.has(node.name)) this.trackedChanges = true;
            if (!SKIPPED.has(node.name)) visit(node.children);
        }
      }
    };
    visit(children);
    if (carried !== '') pushLine(into, carried);
  }

  private paragraph(p: XmlElement): { lines: string[]; after: string[]; label: Label | null; markDeleted: boolean } {
    const pPr = child(p, 'w:pPr');
    const styleId = this.styles.paragraphStyle(val(pPr, 'w:pStyle'));
    const markProps = child(pPr, 'w:rPr');
    const markDeleted = child(markProps, 'w:del') !== undefined || child(markProps, 'w:moveFrom') !== undefined;
    if (markDeleted || child(markProps, 'w:ins')) this.trackedChanges = true;
    const centred = justification(pPr) ?? this.styles.centred(styleId);
    // Counted before the runs are read: a text box anchored here holds paragraphs that come after it.
    const label = markDeleted ? null : this.numbering.next(numberingOf(pPr), styleId);
    // A field code never runs past its paragraph in practice; one left open by a damaged file must
    // not swallow the rest of the document.
    while (this.fields.length && !this.fields[this.fields.length - 1].separated) this.fields.pop();
    const after: string[] = [];
    let text = '';
    const inline = (nodes: XmlNode[]) => {
      for (const node of nodes) {
        if (typeof node === 'string') {
          if (!this.inFieldCode() && !this.inTableOfContents()) text += node;
          continue;
        }
        switch (node.name) {
          case 'w:r':
            if (isOn(child(node, 'w:rPr'), 'w:vanish') || this.styles.hidden(val(child(node, 'w:rPr'), 'w:rStyle'))) continue;
            inline(node.children);
            break;
          case 'w:tab':
          case 'w:ptab':
            text += '\t';
            break;
          case 'w:br':
          case 'w:cr': {
            const type = node.attrs['w:type'];
            // A title centred over two lines is one title; any other break ends a line.
            text += centred && (type === undefined || type === 'textWrapping') ? '' : '\n';
            break;
          }
          case 'w:noBreakHyphen':
            text += '-';
            break;
          case 'w:softHyphen':
            break;
          case 'w:sym': {
            const code = node.attrs['w:char'] ?? '';
            if (/^[0-9a-fA-F]{1,6}$/.test(code) && !SYMBOL_FONT.test(code)) text += String.fromCodePoint(parseInt(code, 16));
            break;
          }
          case 'w:fldChar':
            this.fieldChar(node.attrs['w:fldCharType']);
            break;
          case 'w:fldSimple':
            if (/^\s*TOC\b/i.test(node.attrs['w:instr'] ?? '')) this.tableOfContents = true;
            else inline(node.children);
            break;
          case 'w:instrText':
            if (this.fields.length) this.fields[this.fields.length - 1].code += textOfStrings(node);
            break;
          case 'w:footnoteReference':
          case 'w:endnoteReference':
            text += this.noteReference(node.name === 'w:footnoteReference' ? 'footnote' : 'endnote', node.attrs['w:id'] ?? '');
            break;
          case 'w:txbxContent':
            this.blocks(node.children, after);
            break;
          case 'mc:AlternateContent':
            inline(alternative(node)?.children ?? []);
            break;
          case 'w:sdt':
            inline(child(node, 'w:sdtContent')?.children ?? []);
            break;
          default:
            if (TRACKED.has(node.name)) this.trackedChanges = true;
            if (!SKIPPED.has(node.name)) inline(node.children);
        }
      }
    };
    inline(p.children);
    const lines = text.split('\n').map(cleanLine);
    // Empty lines go, but a numbered paragraph keeps its first line for its label.
    return { lines: lines.filter((l, i) => l !== '' || (i === 0 && label !== null && label.text !== '')), after, label, markDeleted };
  }

  /** Complex fields: the code (between begin and separate) is never text; the result is, except a table of contents. */
  private fieldChar(type: string | undefined): void {
    if (type === 'begin') this.fields.push({ code: '', separated: false });
    else if (type === 'separate' && this.fields.length) this.fields[this.fields.length - 1].separated = true;
    else if (type === 'end') this.fields.pop();
  }

  private inFieldCode(): boolean {
    return this.fields.length > 0 && !this.fields[this.fields.length - 1].separated;
  }

  private inTableOfContents(): boolean {
    const toc = this.fields.some((f) => /^\s*TOC\b/i.test(f.code));
    if (toc) this.tableOfContents = true;
    return toc;
  }

  private noteReference(kind: 'footnote' | 'endnote', id: string): string {
    const key = `${kind}:${id}`;
    let mark = this.noteNumbers.get(key);
    if (mark !== undefined) return mark;
    const body = (kind === 'footnote' ? this.notes.footnotes : this.notes.endnotes).get(id);
    if (!body) return '';
    mark = kind === 'footnote' ? `[${++this.footnoteCount}]` : `[${formatNumber(++this.endnoteCount, 'lowerRoman')}]`;
    this.noteNumbers.set(key, mark);
    const lines: string[] = [];
    this.blocks(body.children, lines);
    this.noteLines.push(`${mark} ${lines.join(' ')}`.trim());
    return mark;
  }

  private table(tbl: XmlElement, into: string[]): void {
    const rows = rowsOf(tbl);
    const oneColumn = rows.every((r) => cellsOf(r).reduce((n, c) => n + span(c), 0) <= 1);
    if (oneColumn) {
      for (const r of rows) for (const c of cellsOf(r)) this.blocks(c.children, into);
      return;
    }
    /** The text of a vertically merged cell, by grid column, for the rows it spans. */
    const merged = new Map<number, string>();
    for (const r of rows) {
      const trPr = child(r, 'w:trPr');
      if (child(trPr, 'w:del')) {
        this.trackedChanges = true;
        continue;
      }
      let col = Number(val(trPr, 'w:gridBefore') ?? 0) || 0;
      const cells: string[] = Array<string>(col).fill('');
      for (const c of cellsOf(r)) {
        const lines: string[] = [];
        this.blocks(c.children, lines);
        let text = lines.join(' ').replace(/\t/g, ' ');
        const vMerge = child(child(c, 'w:tcPr'), 'w:vMerge');
        if (vMerge && vMerge.attrs['w:val'] !== 'restart') text = merged.get(col) ?? text;
        else if (vMerge) merged.set(col, text);
        else merged.delete(col);
        const n = span(c);
        cells.push(text, ...Array<string>(n - 1).fill(''));
        col += n;
      }
      while (cells.length && cells[cells.length - 1] === '') cells.pop();
      if (cells.length) into.push(cells.join('\t'));
    }
  }
}

/** Rows, also those wrapped in content controls or custom XML. */
function rowsOf(tbl: XmlElement): XmlElement[] {
  return unwrap(tbl, 'w:tr');
}

function cellsOf(tr: XmlElement): XmlElement[] {
  return unwrap(tr, 'w:tc');
}

function unwrap(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of elements(el)) {
    if (c.name === name) out.push(c);
    else if (c.name === 'w:sdt') out.push(...unwrap(child(c, 'w:sdtContent') ?? c, name));
    else if (c.name === 'w:customXml' || c.name === 'w:ins' || c.name === 'w:moveTo') out.push(...unwrap(c, name));
  }
  return out;
}

function span(tc: XmlElement): number {
  const n = Number(val(child(tc, 'w:tcPr'), 'w:gridSpan') ?? 1);
  return Number.isInteger(n) && n >= 1 && n <= 64 ? n : 1;
}

/**
 * Of mc:AlternateContent, the fallback: what every consumer understands (a VML text box, a standard
 * number format), so that the content is read once, not once per alternative.
 */
function alternative(ac: XmlElement): XmlElement | undefined {
  return child(ac, 'mc:Fallback') ?? childrenNamed(ac, 'mc:Choice')[0];
}

function isTableOfContents(sdt: XmlElement): boolean {
  const gallery = child(child(child(sdt, 'w:sdtPr'), 'w:docPartObj'), 'w:docPartGallery');
  return /table of contents/i.test(gallery?.attrs['w:val'] ?? '');
}

function textOfStrings(el: XmlElement): string {
  return el.children.filter((c): c is string => typeof c === 'string').join('');
}

/** The label before the paragraph's text: "一、" + "总体要求"; a label without punctuation of its own gets a space. */
function joinLabel(label: Label | null, text: string): string {
  if (!label || label.text === '') return text;
  const separator = label.suffix === 'nothing' || /[\p{P}\p{S}]$/u.test(label.text) ? '' : ' ';
  return label.text + separator + text;
}

function cleanLine(s: string): string {
  return s.replace(/[\t \u00a0]+/g, ' ').replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

function pushLine(into: string[], line: string): void {
  const l = cleanLine(line);
  if (l !== '') into.push(l);
}
