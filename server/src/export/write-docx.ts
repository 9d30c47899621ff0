/**
 * The blocks of a plan (plan-blocks.ts) as a .docx in the GB/T 9704-2012 layout, written with the
 * `docx` library (pure JavaScript, maintained, Node ≥ 16). Numbers stay text — no Word numbering — so
 * the file reads back as the same lines; headings use Word's heading styles (the navigation pane
 * shows the outline); tables are Word tables; page numbers are "— 1 —", odd pages right, even left.
 *
 * docx is loaded when a file is written, from its own bundle beside dist/planlens.js (as exceljs
 * is: inside the main bundle it would add ~1 MB to what every command and the server parse).
 */
import * as path from 'node:path';
import type * as Docx from 'docx';
import type { Block, TextBlock } from './plan-blocks';
import { FONT, INDENT, LINE, PAGE, PAGE_NUMBER_INDENT, SIZE } from './official-layout';

export interface DocxOptions {
  /** The title's font; 方正小标宋简体 unless a fallback is named. */
  titleFont?: string;
  /** Document properties: the plan's title. */
  title?: string | null;
}

function loadDocx(): typeof Docx {
  const bundled = path.basename(__filename) === 'planlens.js';
  return (bundled ? require(path.join(__dirname, 'docx.js')) : require('docx')) as typeof Docx;
}

/** The style ids, for the tests that read them back. */
export const STYLE = { title: 'PlanTitle', subtitle: 'PlanSubtitle', heading: (n: number) => `Heading${n}`, box: 'PlanBox', annexLabel: 'PlanAnnexLabel', flush: 'PlanFlush', signature: 'PlanSignature' } as const;

export async function writeDocx(blocks: readonly Block[], options: DocxOptions = {}): Promise<Buffer> {
  const d = loadDocx();
  const font = (eastAsia: string) => ({ eastAsia, ascii: FONT.latin, hAnsi: FONT.latin, cs: FONT.latin });
  const exact = { line: LINE, lineRule: d.LineRuleType.EXACT, before: 0, after: 0 };
  const titleFont = options.titleFont?.trim() || FONT.title;
  const style = (id: string, name: string, run: Docx.IRunStylePropertiesOptions, paragraph: Docx.IParagraphStylePropertiesOptions = {}): Docx.IParagraphStyleOptions => ({
    id, name, basedOn: 'Normal', next: 'Normal', quickFormat: true, run, paragraph: { spacing: exact, ...paragraph },
  });
  const paragraphStyles: Docx.IParagraphStyleOptions[] = [
    style(STYLE.title, 'PlanLens Title 标题', { font: font(titleFont), size: SIZE.er }, { alignment: d.AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { line: 700, lineRule: d.LineRuleType.EXACT, before: 0, after: LINE } }),
    style(STYLE.subtitle, 'PlanLens Subtitle 副标题', { font: font(FONT.heading2), size: SIZE.san }, { alignment: d.AlignmentType.CENTER, indent: { firstLine: 0 } }),
    style(STYLE.heading(1), 'heading 1', { font: font(FONT.heading1), size: SIZE.san, bold: false }, { indent: { firstLine: INDENT }, outlineLevel: 0 }),
    style(STYLE.heading(2), 'heading 2', { font: font(FONT.heading2), size: SIZE.san, bold: false }, { indent: { firstLine: INDENT }, outlineLevel: 1 }),
    style(STYLE.heading(3), 'heading 3', { font: font(FONT.body), size: SIZE.san, bold: false }, { indent: { firstLine: INDENT }, outlineLevel: 2 }),
    style(STYLE.heading(4), 'heading 4', { font: font(FONT.body), size: SIZE.san, bold: false }, { indent: { firstLine: INDENT }, outlineLevel: 3 }),
    style(STYLE.box, 'PlanLens Box 专栏', { font: font(FONT.heading1), size: SIZE.san }, { alignment: d.AlignmentType.CENTER, indent: { firstLine: 0 } }),
    style(STYLE.annexLabel, 'PlanLens Annex 附件', { font: font(FONT.heading1), size: SIZE.san }, { indent: { firstLine: 0 } }),
    style(STYLE.flush, 'PlanLens Flush 顶格', { font: font(FONT.body), size: SIZE.san }, { indent: { firstLine: 0 } }),
    style(STYLE.signature, 'PlanLens Signature 署名', { font: font(FONT.body), size: SIZE.san }, { alignment: d.AlignmentType.RIGHT, indent: { firstLine: 0, right: 2 * INDENT } }),
  ];

  const paragraph = (b: TextBlock): Docx.Paragraph => {
    const opts = { pageBreakBefore: b.pageBreakBefore === true };
    switch (b.kind) {
      case 'title':
      case 'notice-title':
      case 'annex-title':
        return new d.Paragraph({ style: STYLE.title, text: b.text, ...opts });
      case 'subtitle':
        return new d.Paragraph({ style: STYLE.subtitle, text: b.text, ...opts });
      case 'doc-number':
        return new d.Paragraph({ style: STYLE.flush, alignment: d.AlignmentType.CENTER, text: b.text, ...opts });
      case 'addressee':
        return new d.Paragraph({ style: STYLE.flush, text: b.text, ...opts });
      case 'signature':
        return new d.Paragraph({ style: STYLE.signature, text: b.text, ...opts });
      case 'box':
        return new d.Paragraph({ style: STYLE.box, text: b.text, ...opts });
      case 'annex-label':
        return new d.Paragraph({ style: STYLE.annexLabel, text: b.text, ...opts });
      case 'heading': {
        const level = b.level ?? 1;
        if (b.headingEnd === undefined || level >= 3) return new d.Paragraph({ style: STYLE.heading(level), text: b.text, ...opts });
        // （一）加强组织领导。各级…: the heading in its face, the body that follows it on the line in 仿宋.
        return new d.Paragraph({
          style: STYLE.heading(level),
          children: [new d.TextRun(b.text.slice(0, b.headingEnd)), new d.TextRun({ text: b.text.slice(b.headingEnd), font: font(FONT.body) })],
          ...opts,
        });
      }
      default:
        return new d.Paragraph({ text: b.text, ...opts });
    }
  };

  const table = (rows: string[][], pageBreakBefore: boolean): Array<Docx.Paragraph | Docx.Table> => {
    const columns = Math.max(...rows.map((r) => r.length));
    const width = PAGE.width - PAGE.margin.left - PAGE.margin.right;
    const cell = (text: string, span: number) =>
      new d.TableCell({
        ...(span > 1 ? { columnSpan: span } : {}),
        children: [new d.Paragraph({ style: STYLE.flush, text, spacing: { line: 400, lineRule: d.LineRuleType.AUTO }, run: { size: SIZE.si } })],
      });
    const t = new d.Table({
      width: { size: width, type: d.WidthType.DXA },
      columnWidths: Array.from({ length: columns }, () => Math.floor(width / columns)),
      rows: rows.map((r) => new d.TableRow({ children: r.map((c, k) => cell(c, k === r.length - 1 ? columns - r.length + 1 : 1)) })),
    });
    // A page break before a table needs a paragraph to carry it.
    return pageBreakBefore ? [new d.Paragraph({ children: [new d.PageBreak()] }), t] : [t];
  };

  const children = blocks.flatMap((b) => (b.kind === 'table' ? table(b.rows, b.pageBreakBefore === true) : [paragraph(b)]));
  const pageNumber = (alignment: (typeof d.AlignmentType)[keyof typeof d.AlignmentType], indent: Docx.IIndentAttributesProperties) =>
    new d.Footer({
      children: [
        new d.Paragraph({
          alignment,
          indent,
          children: [new d.TextRun({ children: ['— ', d.PageNumber.CURRENT, ' —'], font: { eastAsia: FONT.pageNumber, ascii: FONT.pageNumber, hAnsi: FONT.pageNumber }, size: SIZE.si })],
        }),
      ],
    });

  const doc = new d.Document({
    creator: 'PlanLens',
    title: options.title ?? undefined,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: font(FONT.body), size: SIZE.san },
          paragraph: { spacing: exact, indent: { firstLine: INDENT }, alignment: d.AlignmentType.JUSTIFIED },
        },
      },
      paragraphStyles,
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: d.PageOrientation.PORTRAIT },
            margin: { ...PAGE.margin, footer: PAGE.footer, header: 851 },
          },
        },
        footers: {
          default: pageNumber(d.AlignmentType.RIGHT, { right: PAGE_NUMBER_INDENT, firstLine: 0 }),
          even: pageNumber(d.AlignmentType.LEFT, { left: PAGE_NUMBER_INDENT, firstLine: 0 }),
        },
        children,
      },
    ],
  });
  return d.Packer.toBuffer(doc);
}
