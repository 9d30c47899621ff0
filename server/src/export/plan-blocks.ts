/**
 * The plan as the blocks of an official document (GB/T 9704-2012): the cover notice's parts, the
 * title, headings by level, body paragraphs, tables (tab-separated rows), annexes — each a line of
 * the plan text, so that the .docx reads back the same text line for line. Pure: no Word here
 * (write-docx.ts lays the blocks out).
 */
import { sectionsInOrder, type PlanAnalysis, type Section } from '../core';

export type BlockKind =
  | 'notice-title' // 关于印发…的通知: 2号 小标宋, centred
  | 'doc-number' // 国发〔2021〕23号: centred
  | 'addressee' // 各省、自治区…：flush left
  | 'signature' // 国务院, the date: right, four characters in
  | 'title' // the plan's title: 2号 小标宋, centred
  | 'subtitle' // （2021—2025年）under the title: 3号 楷体, centred
  | 'heading' // a numbered heading, by level: 黑体, 楷体, 仿宋, 仿宋
  | 'box' // 专栏1 …: 黑体, centred
  | 'annex-label' // 附件2: 黑体, flush left, on a new page
  | 'annex-title' // the annex's title: 2号 小标宋, centred
  | 'body'; // 仿宋, first line indented two characters

export interface TextBlock {
  kind: BlockKind;
  text: string;
  /** For a heading: 1–4 (deeper levels are laid out as level 4). */
  level?: number;
  /** For a heading with its body on the same line: where the heading (label, title, its stop) ends. */
  headingEnd?: number;
  pageBreakBefore?: boolean;
}

export interface TableBlock {
  kind: 'table';
  rows: string[][];
  pageBreakBefore?: boolean;
}

export type Block = TextBlock | TableBlock;

export type BlocksOrError = { blocks: Block[]; title: string | null } | { error: string };


/** A heading's level counted from its chapter, or from its annex for an annex's own headings. */
function headingLevel(s: Section): number {
  let level = s.level;
  for (let p = s.parent; p; p = p.parent) if (p.kind === 'annex') level--;
  return Math.min(4, Math.max(1, level));
}

export function planBlocks(analysis: PlanAnalysis): BlocksOrError {
  const { text, model, lineIndex } = analysis;
  if (text.trim() === '') return { error: '文件为空，没有可导出的内容 / the file is empty: nothing to export' };
  const sections = sectionsInOrder(model.outline);
  if (model.title === null && sections.length === 0) {
    return { error: '这不像一份方案：没有标题，也没有编号的标题，未导出 / this does not read as a plan (no title, no numbered headings): not exported' };
  }
  const lines = text.split(/\r\n|\n|\r/);
  const furniture = new Map(model.furniture.map((f) => [f.line, f.kind]));
  const headings = new Map(sections.map((s) => [s.line, s]));
  const titleLine = model.titleSpan ? lineIndex.lineAt(model.titleSpan.start) : -1;
  const hasNotice = model.furniture.some((f) => f.kind === 'notice-title' && f.line < titleLine);
  const annexTitles = new Set<number>();
  const blocks: Block[] = [];
  let table: TableBlock | null = null;
  let started = false;
  let breakNext = false;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    const pageBreakBefore = started && breakNext;
    breakNext = false;
    if (lines[i].includes('\t')) {
      const cells = lines[i].split('\t').map((c) => c.trim());
      if (!table) blocks.push((table = { kind: 'table', rows: [], ...(pageBreakBefore ? { pageBreakBefore } : {}) }));
      table.rows.push(cells);
      started = true;
      continue;
    }
    table = null;
    const push = (b: TextBlock) => {
      blocks.push(pageBreakBefore ? { ...b, pageBreakBefore } : b);
      started = true;
    };
    const f = furniture.get(i);
    const s = headings.get(i);
    if (i === titleLine) {
      // The plan after its cover notice starts on a page of its own.
      blocks.push({ kind: 'title', text: line, ...(started && hasNotice ? { pageBreakBefore: true } : pageBreakBefore ? { pageBreakBefore } : {}) });
      started = true;
      const next = lines[i + 1]?.trim() ?? '';
      if (/^[（(][^（()）]{2,30}[)）]$/.test(next) && !headings.has(i + 1)) {
        blocks.push({ kind: 'subtitle', text: next });
        i++;
      }
    } else if (s?.kind === 'annex' || f === 'annex-marker') {
      blocks.push({ kind: 'annex-label', text: line, ...(started ? { pageBreakBefore: true } : {}) });
      started = true;
      const next = lines[i + 1]?.trim() ?? '';
      if (s && next !== '' && next === s.title) annexTitles.add(i + 1);
    } else if (annexTitles.has(i)) push({ kind: 'annex-title', text: line });
    else if (s?.kind === 'box') push({ kind: 'box', text: line });
    else if (s) {
      const indent = lines[i].length - lines[i].trimStart().length;
      const end = s.inlineBody ? s.headingSpan.end - lineIndex.lineStarts[i] - indent + 1 : undefined;
      push({ kind: 'heading', text: line, level: headingLevel(s), ...(end !== undefined && end > 0 && end < line.length ? { headingEnd: end } : {}) });
    } else if (f === 'notice-title') push({ kind: 'notice-title', text: line });
    else if (f === 'doc-number') push({ kind: 'doc-number', text: line });
    else if (f === 'addressee') push({ kind: 'addressee', text: line });
    else if (f === 'signature' || f === 'date') push({ kind: 'signature', text: line });
    else push({ kind: 'body', text: line });
  }
  return { blocks, title: model.title };
}
